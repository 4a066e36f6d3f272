/**
 * Real sizes of the job lists for the query cost: `Job.companies` of a job named by id counts
 * its companies (0 when the caller cannot see the job, so the count leaks nothing); under a list
 * of jobs, where the job is not known before running, it counts as the largest job.
 */
import type { JobStore } from '../store/job-store.js';
import type { ListSizeEstimator } from './query-cost.js';

export function jobListSizes(store: JobStore, owner: string | null, maxJobCompanies: number): ListSizeEstimator {
  const counted = new Map<string, number>(); // one estimator per operation: aliases ask once
  return (typeName, fieldName, scopeId) => {
    if (typeName !== 'Job' || fieldName !== 'companies') return null;
    if (scopeId === null) return maxJobCompanies;
    let count = counted.get(scopeId);
    if (count === undefined) {
      const job = store.getJob(scopeId);
      count = !job || job.kind !== 'ANALYSIS' || (owner !== null && job.owner !== owner) ? 0 : store.analysis.counts(scopeId).total;
      counted.set(scopeId, count);
    }
    return count;
  };
}
