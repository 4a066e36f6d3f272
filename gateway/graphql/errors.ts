/**
 * Client-facing errors. Each carries a fixed `extensions.code` clients can switch on.
 */
import { GraphQLError } from 'graphql';

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
} as const;

export function badUserInput(message: string, field?: string, cause?: unknown): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, ...(field ? { field } : {}) },
    originalError: cause instanceof Error ? cause : undefined,
  });
}

export function jobNotFound(jobId: string): GraphQLError {
  return new GraphQLError(`No job with id ${JSON.stringify(jobId)}`, {
    extensions: { code: ErrorCode.JOB_NOT_FOUND, jobId },
  });
}

export function wrongJobKind(jobId: string, expected: string): GraphQLError {
  return new GraphQLError(`Job ${jobId} is not a ${expected.toLowerCase()} job`, {
    extensions: { code: ErrorCode.WRONG_JOB_KIND, jobId },
  });
}
