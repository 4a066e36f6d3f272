/**
 * Real sizes of the job lists for the query cost, for the job named by `job(id: …)`:
 * `Job.companies` counts its companies and `ScrapeResult.emails` its e-mail addresses (0 when
 * the caller cannot see the job, so the count leaks nothing). Under a list of jobs, where the
 * job is not known before running, `companies` counts as the largest job and `emails` is priced
 * like any list.
 */
import type { JobStore } from '../store/job-store.js';
import type { ListSizeEstimator } from './query-cost.js';

export function jobListSizes(store: JobStore, owner: string | null, maxJobCompanies: number): ListSizeEstimator {
  const counted = new Map<string, number>(); // one estimator per operation: aliases ask once
  const count = (field: 'companies' | 'emails', jobId: string): number => {
    const key = `${field}\u0000${jobId}`;
    let size = counted.get(key);
    if (size === undefined) {
      const job = store.getJob(jobId);
      const kind = field === 'companies' ? 'ANALYSIS' : 'SCRAPING';
      if (!job || job.kind !== kind || (owner !== null && job.owner !== owner)) size = 0;
      else size = field === 'companies' ? store.analysis.counts(jobId).total : store.scrapeEmailCount(jobId);
      counted.set(key, size);
    }
    return size;
  };
  return (typeName, fieldName, scopeId) => {
    if (typeName === 'Job' && fieldName === 'companies') return scopeId === null ? maxJobCompanies : count('companies', scopeId);
    if (typeName === 'ScrapeResult' && fieldName === 'emails') return scopeId === null ? null : count('emails', scopeId);
    return null;
  };
}
