/**
 * Client-facing errors. Each carries a fixed `extensions.code` clients can switch on.
 */
import { GraphQLError } from 'graphql';

export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  JOB_NOT_FOUND: 'JOB_NOT_FOUND',
  WRONG_JOB_KIND: 'WRONG_JOB_KIND',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  UPLOAD_NOT_FOUND: 'UPLOAD_NOT_FOUND',
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

export function serviceUnavailable(message: string, cause?: unknown): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
    originalError: cause instanceof Error ? cause : undefined,
  });
}
