/**
 * Domain errors of admission control, named by what the caller can do next. They carry the
 * numbers a client needs; `gateway/graphql/errors.ts` maps each to its fixed `extensions.code`.
 */
/** The API key already has the most queued and running jobs: not retryable until one of them ends or is cancelled. */
export class JobLimitExceededError extends Error {
    maxActiveJobs;
    name = 'JobLimitExceededError';
    constructor(maxActiveJobs) {
        super(`This API key already has ${maxActiveJobs} queued or running jobs, the most allowed; wait for one to finish or cancel one`);
        this.maxActiveJobs = maxActiveJobs;
    }
}
/** The API key spent its mutation allowance: retryable after {@link RateLimitedError.retryAfterSeconds}. */
export class RateLimitedError extends Error {
    retryAfterSeconds;
    perMinute;
    name = 'RateLimitedError';
    constructor(
    /** Whole seconds until the operation would be admitted (at least 1). */
    retryAfterSeconds, perMinute) {
        super(`Too many mutations: this API key may make ${perMinute} per minute; retry in ${retryAfterSeconds} s`);
        this.retryAfterSeconds = retryAfterSeconds;
        this.perMinute = perMinute;
    }
}
/** One operation holds more mutations than the whole per-minute allowance: not retryable as it is (waiting will not help); split it. */
export class MutationBatchTooLargeError extends Error {
    mutations;
    perMinute;
    name = 'MutationBatchTooLargeError';
    constructor(mutations, perMinute) {
        super(`One operation may contain at most ${perMinute} mutations (got ${mutations}); split it`);
        this.mutations = mutations;
        this.perMinute = perMinute;
    }
}
//# sourceMappingURL=admission-errors.js.map