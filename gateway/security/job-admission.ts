/**
 * Job admission: a {@link JobService} that refuses a new job when its API key already has the
 * most queued and running jobs allowed, or when it asks for more pages per crawl than the
 * operator allows. The check and the job's creation run in one synchronous step, so concurrent
 * requests of one key cannot slip past the limit.
 */
import type { AnalysisOptions } from '../../schema/analysis-limits.js';
import type { CompanyInputPayload } from '../../schema/company.js';
import type { ScrapeLimits } from '../../schema/work.js';
import { badUserInput } from '../graphql/errors.js';
import { JobService, type JobServiceOptions } from '../jobs/job-service.js';
import type { JobRecord } from '../store/job-store.js';
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

  /** Queued and running jobs of `owner`. */
  activeJobCount(owner: string): number {
    const count = (status: 'QUEUED' | 'RUNNING'): number => this.store.listJobs({ status, owner, first: 1 }).totalCount;
    return count('QUEUED') + count('RUNNING');
  }

  override async startScraping(url: string, limits: ScrapeLimits, owner: string | null, label: string | null = null): Promise<JobRecord> {
    this.#admit(owner, limits.maxPages, 'maxPages');
    return super.startScraping(url, limits, owner, label);
  }

  override async startAnalysis(
    companies: readonly CompanyInputPayload[],
    options: AnalysisOptions,
    owner: string | null,
    duplicates: number,
    label: string | null = null,
  ): Promise<JobRecord> {
    this.#admit(owner, options.maxPagesPerSite, 'options.maxPagesPerSite');
    return super.startAnalysis(companies, options, owner, duplicates, label);
  }

  /** @throws GraphQLError BAD_USER_INPUT (pages) or TOO_MANY_JOBS */
  #admit(owner: string | null, pages: number, pagesField: string): void {
    if (pages > this.#maxPagesPerJob) {
      throw badUserInput(`${pagesField} must be at most ${this.#maxPagesPerJob} on this server (got ${pages})`, pagesField);
    }
    if (owner === null || this.#maxActiveJobsPerOwner === 0) return;
    if (this.activeJobCount(owner) >= this.#maxActiveJobsPerOwner) throw tooManyJobs(this.#maxActiveJobsPerOwner);
  }
}
