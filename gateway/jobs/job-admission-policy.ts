/**
 * The contract of job admission: which new jobs the job service may create. The service asks
 * it before storing anything and again inside the transaction that creates the job; a policy
 * refuses by throwing a domain error (e.g. `InvalidJobInputError`, `JobLimitExceededError`),
 * which the GraphQL layer maps to its client-facing code (`gateway/graphql/errors.ts`).
 */
import type { AnalysisOptions } from '../../schema/analysis-limits.js';
import type { ScrapeLimits } from '../../schema/work.js';
import type { JobStore } from '../store/job-store.js';

export interface JobAdmissionPolicy {
  /** Before anything is stored: refuses a scraping whose limits are over the operator's caps. */
  checkScraping(limits: ScrapeLimits): void;
  /** Before anything is stored: refuses an analysis whose options are over the operator's caps. */
  checkAnalysis(options: AnalysisOptions): void;
  /**
   * Inside the transaction that creates a job of `owner`, before it is created: throwing rolls
   * the transaction back, so nothing is stored.
   */
  admit(tx: JobStore, owner: string | null): Promise<void>;
}

/** Admits every job (the default of `JobService`). */
export const ADMIT_ALL: JobAdmissionPolicy = Object.freeze({
  checkScraping: () => undefined,
  checkAnalysis: () => undefined,
  admit: () => Promise.resolve(),
});
