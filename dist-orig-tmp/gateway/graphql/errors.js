/**
 * Client-facing errors. Each carries a fixed `extensions.code` clients can switch on. The
 * domain errors of the layers below are mapped to them here, in {@link toGraphqlError}, and
 * nowhere else.
 */
import { GraphQLError } from 'graphql';
import { InvalidJobLabelError } from '../../schema/job-label.js';
import { InvalidJobInputError, JobNotFoundError } from '../jobs/job-service.js';
import { JobLimitExceededError, MutationBatchTooLargeError, RateLimitedError } from '../security/admission-errors.js';
import { InvalidCursorError } from '../store/job-store.js';
export const ErrorCode = {
    BAD_USER_INPUT: 'BAD_USER_INPUT',
    JOB_NOT_FOUND: 'JOB_NOT_FOUND',
    WRONG_JOB_KIND: 'WRONG_JOB_KIND',
    UPLOAD_NOT_FOUND: 'UPLOAD_NOT_FOUND',
    /** No API key, or not a configured one (HTTP 401; graphql-ws closes with 4403). */
    UNAUTHENTICATED: 'UNAUTHENTICATED',
    /** The API key made too many mutations; `extensions.retryAfterSeconds` says when to retry. */
    RATE_LIMITED: 'RATE_LIMITED',
    /** The API key already has the maximum of queued and running jobs. */
    TOO_MANY_JOBS: 'TOO_MANY_JOBS',
    /** The operation nests selections deeper than allowed. */
    QUERY_TOO_DEEP: 'QUERY_TOO_DEEP',
    /** The operation's estimated cost is above the limit. */
    QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
    /** The graphql-ws connection already runs the maximum of operations. */
    TOO_MANY_SUBSCRIPTIONS: 'TOO_MANY_SUBSCRIPTIONS',
};
export function badUserInput(message, field, cause) {
    return new GraphQLError(message, {
        extensions: { code: ErrorCode.BAD_USER_INPUT, ...(field ? { field } : {}) },
        originalError: cause instanceof Error ? cause : undefined,
    });
}
export function jobNotFound(jobId, cause) {
    return new GraphQLError(`No job with id ${JSON.stringify(jobId)}`, {
        extensions: { code: ErrorCode.JOB_NOT_FOUND, jobId },
        originalError: cause instanceof Error ? cause : undefined,
    });
}
export function wrongJobKind(jobId, expected) {
    return new GraphQLError(`Job ${jobId} is not a ${expected.toLowerCase()} job`, {
        extensions: { code: ErrorCode.WRONG_JOB_KIND, jobId },
    });
}
function withCode(error, extensions) {
    return new GraphQLError(error.message, { extensions, originalError: error });
}
export function toGraphqlError(error) {
    if (error instanceof InvalidJobInputError)
        return badUserInput(error.message, error.field, error);
    if (error instanceof InvalidCursorError)
        return badUserInput(error.message, 'after', error);
    if (error instanceof InvalidJobLabelError)
        return badUserInput(error.message, 'label', error);
    if (error instanceof JobNotFoundError)
        return jobNotFound(error.jobId, error);
    if (error instanceof JobLimitExceededError)
        return withCode(error, { code: ErrorCode.TOO_MANY_JOBS, maxActiveJobs: error.maxActiveJobs });
    if (error instanceof RateLimitedError)
        return withCode(error, { code: ErrorCode.RATE_LIMITED, retryAfterSeconds: error.retryAfterSeconds });
    if (error instanceof MutationBatchTooLargeError)
        return withCode(error, { code: ErrorCode.RATE_LIMITED });
    return error;
}
/** What `work` resolves to; its domain errors rejected as their client-facing errors ({@link toGraphqlError}). */
export async function withClientErrors(work) {
    try {
        return await work;
    }
    catch (error) {
        throw toGraphqlError(error);
    }
}
//# sourceMappingURL=errors.js.map