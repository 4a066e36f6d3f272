/**
 * Real sizes of the job lists for the query cost, for the job named by `job(id: …)`:
 * `Job.companies` counts its companies and `ScrapeResult.emails` its e-mail addresses (0 when
 * the caller cannot see the job, so the count leaks nothing). Under a list of jobs, where the
 * job is not known before running, `companies` counts as the largest job and `emails` is priced
 * like any list.
 */
import type { GraphQLError } from 'graphql';
import type { JobStore } from '../store/job-store.js';
import type { ListSizeEstimator } from './query-cost.js';

/** The estimator of one operation, and how to read the sizes it was asked for. */
export interface JobListSizes {
  /** Sizes read so far; a size not read yet counts as 0 until {@link JobListSizes.load}. */
  readonly estimate: ListSizeEstimator;
  /** Reads the sizes `estimate` was asked for and did not know; true when it read any. */
  load(): Promise<boolean>;
}

/**
 * The store is asynchronous and the cost walk is not: price the operation once, read the
 * sizes it asked for, and price it again ({@link limitErrorWithJobSizes}).
 */
export function jobListSizes(store: JobStore, owner: string | null, maxJobCompanies: number): JobListSizes {
  const counted = new Map<string, number>(); // one estimator per operation: aliases ask once
  const wanted = new Map<string, { field: 'companies' | 'emails'; jobId: string }>();
  const count = (field: 'companies' | 'emails', jobId: string): number => {
    const key = `${field}\u0000${jobId}`;
    const size = counted.get(key);
    if (size !== undefined) return size;
    wanted.set(key, { field, jobId });
    return 0;
  };
  return {
    estimate: (typeName, fieldName, scopeId) => {
      if (typeName === 'Job' && fieldName === 'companies') return scopeId === null ? maxJobCompanies : count('companies', scopeId);
      if (typeName === 'ScrapeResult' && fieldName === 'emails') return scopeId === null ? null : count('emails', scopeId);
      return null;
    },
    async load() {
      const pending = [...wanted];
      wanted.clear();
      for (const [key, { field, jobId }] of pending) {
        const job = await store.getJob(jobId);
        const kind = field === 'companies' ? 'ANALYSIS' : 'SCRAPING';
        let size = 0;
        if (job?.kind === kind && (owner === null || job.owner === owner)) {
          size = field === 'companies' ? (await store.analysis.counts(jobId)).total : await store.scrapeEmailCount(jobId);
        }
        counted.set(key, size);
      }
      return pending.length > 0;
    },
  };
}

/** {@link queryLimitError} with the real sizes of the jobs the operation names. */
export async function limitErrorWithJobSizes(
  check: (listSize: ListSizeEstimator | undefined) => GraphQLError | null,
  sizes: JobListSizes | undefined,
): Promise<GraphQLError | null> {
  const first = check(sizes?.estimate);
  if (first || !sizes || !(await sizes.load())) return first;
  return check(sizes.estimate);
}
