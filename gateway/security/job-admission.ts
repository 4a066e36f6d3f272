/**
 * Job admission policy: refuses a new job when its API key already has the most queued and
 * running jobs allowed, or when it asks for more pages per crawl than the operator allows.
 * The count is taken inside the transaction that creates the job, under the key's lock, so
 * concurrent requests of one key cannot slip past the limit, whichever gateways they reach.
 */
import type { AnalysisOptions } from '../../schema/analysis-limits.js';
import type { ScrapeLimits } from '../../schema/work.js';
import type { JobAdmissionPolicy } from '../jobs/job-admission-policy.js';
import { InvalidJobInputError } from '../jobs/job-service.js';
import type { JobStore } from '../store/job-store.js';
import { JobLimitExceededError } from './admission-errors.js';

export interface JobAdmissionOptions {
  /** Queued plus running jobs one owner may have; 0 means unlimited. Jobs without owner (open mode) are never limited. */
  readonly maxActiveJobsPerOwner: number;
  /** Most pages of one crawl (`maxPages`, `maxPagesPerSite`). */
  readonly maxPagesPerJob: number;
}

export class JobAdmission implements JobAdmissionPolicy {
  readonly #maxActiveJobsPerOwner: number;
  readonly #maxPagesPerJob: number;

  constructor(options: JobAdmissionOptions) {
    this.#maxActiveJobsPerOwner = options.maxActiveJobsPerOwner;
    this.#maxPagesPerJob = options.maxPagesPerJob;
  }

  /** @throws InvalidJobInputError when `maxPages` is over the cap */
  checkScraping(limits: ScrapeLimits): void {
    this.#checkPages(limits.maxPages, 'maxPages');
  }

  /** @throws InvalidJobInputError when `options.maxPagesPerSite` is over the cap */
  checkAnalysis(options: AnalysisOptions): void {
    this.#checkPages(options.maxPagesPerSite, 'options.maxPagesPerSite');
  }

  /** @throws JobLimitExceededError (the transaction rolls back: nothing is stored) */
  async admit(tx: JobStore, owner: string | null): Promise<void> {
    if (owner === null || this.#maxActiveJobsPerOwner === 0) return;
    await tx.lockOwner(owner);
    if ((await tx.activeJobCount(owner)) >= this.#maxActiveJobsPerOwner) throw new JobLimitExceededError(this.#maxActiveJobsPerOwner);
  }

  #checkPages(pages: number, pagesField: string): void {
    if (pages > this.#maxPagesPerJob) {
      throw new InvalidJobInputError(`${pagesField} must be at most ${this.#maxPagesPerJob} on this server (got ${pages})`, pagesField);
    }
  }
}
