/**
 * Job admission: a {@link JobService} that refuses a new job when its API key already has the
 * most queued and running jobs allowed, or when it asks for more pages per crawl than the
 * operator allows. The count is taken inside the transaction that creates the job, under the
 * key's lock, so concurrent requests of one key cannot slip past the limit, whichever
 * gateways they reach.
 */
import type { AnalysisOptions } from '../../schema/analysis-limits.js';
import type { CompanyInputPayload } from '../../schema/company.js';
import type { ScrapeLimits } from '../../schema/work.js';
import { badUserInput } from '../graphql/errors.js';
import { JobService, type JobServiceOptions } from '../jobs/job-service.js';
import type { JobRecord, JobStore } from '../store/job-store.js';
import { tooManyJobs } from './security-errors.js';

export interface JobAdmissionOptions extends JobServiceOptions {
  /** Queued plus running jobs one owner may have; 0 means unlimited. Jobs without owner (open mode) are never limited. */
  readonly maxActiveJobsPerOwner: number;
  /** Most pages of one crawl (`maxPages`, `maxPagesPerSite`). */
  readonly maxPagesPerJob: number;
}

export class AdmissionControlledJobService extends JobService {
  readonly #maxActiveJobsPerOwner: number;
  readonly #maxPagesPerJob: number;

  constructor(options: JobAdmissionOptions) {
    super(options);
    this.#maxActiveJobsPerOwner = options.maxActiveJobsPerOwner;
    this.#maxPagesPerJob = options.maxPagesPerJob;
  }

  override async startScraping(url: string, limits: ScrapeLimits, owner: string | null, label: string | null = null): Promise<JobRecord> {
    this.#checkPages(limits.maxPages, 'maxPages');
    return super.startScraping(url, limits, owner, label);
  }

  override async startAnalysis(
    companies: readonly CompanyInputPayload[],
    options: AnalysisOptions,
    owner: string | null,
    duplicates: number,
    label: string | null = null,
  ): Promise<JobRecord> {
    this.#checkPages(options.maxPagesPerSite, 'options.maxPagesPerSite');
    return super.startAnalysis(companies, options, owner, duplicates, label);
  }

  /** @throws GraphQLError TOO_MANY_JOBS (the transaction rolls back: nothing is stored) */
  protected override async beforeCreate(tx: JobStore, owner: string | null): Promise<void> {
    if (owner === null || this.#maxActiveJobsPerOwner === 0) return;
    await tx.lockOwner(owner);
    if ((await tx.activeJobCount(owner)) >= this.#maxActiveJobsPerOwner) throw tooManyJobs(this.#maxActiveJobsPerOwner);
  }

  /** @throws GraphQLError BAD_USER_INPUT */
  #checkPages(pages: number, pagesField: string): void {
    if (pages > this.#maxPagesPerJob) {
      throw badUserInput(`${pagesField} must be at most ${this.#maxPagesPerJob} on this server (got ${pages})`, pagesField);
    }
  }
}
