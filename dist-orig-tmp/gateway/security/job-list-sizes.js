/**
 * The store is asynchronous and the cost walk is not: price the operation once, read the
 * sizes it asked for, and price it again ({@link limitErrorWithJobSizes}).
 */
export function jobListSizes(store, owner, maxJobCompanies) {
    const counted = new Map(); // one estimator per operation: aliases ask once
    const wanted = new Map();
    const count = (field, jobId) => {
        const key = `${field}\u0000${jobId}`;
        const size = counted.get(key);
        if (size !== undefined)
            return size;
        wanted.set(key, { field, jobId });
        return 0;
    };
    return {
        estimate: (typeName, fieldName, scopeId) => {
            if (typeName === 'Job' && fieldName === 'companies')
                return scopeId === null ? maxJobCompanies : count('companies', scopeId);
            if (typeName === 'ScrapeResult' && fieldName === 'emails')
                return scopeId === null ? null : count('emails', scopeId);
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
export async function limitErrorWithJobSizes(check, sizes) {
    const first = check(sizes?.estimate);
    if (first || !sizes || !(await sizes.load()))
        return first;
    return check(sizes.estimate);
}
//# sourceMappingURL=job-list-sizes.js.map