/**
 * What clients see of errors: in production, an unexpected (internal) error becomes
 * "Internal server error" with no message, stack trace or path of ours; client errors keep
 * their message and code. graphql-ws errors get the same codes Apollo Server gives on HTTP.
 */
import { GraphQLError, Kind, type GraphQLFormattedError } from 'graphql';
import { formatGraphqlError } from '../graphql/format-error.js';

export const INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR';

/** Replaces an internal error by a generic one in production, and drops stack traces there. */
export function maskInternalError(formatted: GraphQLFormattedError, production: boolean): GraphQLFormattedError {
  if (!production) return formatted;
  const code = formatted.extensions?.code;
  if (code === undefined || code === INTERNAL_SERVER_ERROR) {
    return { message: 'Internal server error', extensions: { code: INTERNAL_SERVER_ERROR }, ...(formatted.path ? { path: formatted.path } : {}) };
  }
  if (formatted.extensions && ('stacktrace' in formatted.extensions || 'exception' in formatted.extensions)) {
    const { stacktrace: _stacktrace, exception: _exception, ...extensions } = formatted.extensions;
    return { ...formatted, extensions };
  }
  return formatted;
}

/**
 * The code Apollo Server would give an execution error that has none: variable coercion
 * problems are the client's (BAD_USER_INPUT), anything else is internal.
 */
function codeOf(error: GraphQLError): string {
  const code = error.extensions?.code;
  if (typeof code === 'string') return code;
  const node = error.nodes?.[0];
  if (error.nodes?.length === 1 && node?.kind === Kind.VARIABLE_DEFINITION && error.originalError === undefined) return 'BAD_USER_INPUT';
  return INTERNAL_SERVER_ERROR;
}

/** Formats errors sent over graphql-ws like Apollo Server formats them over HTTP. */
export function formatSocketErrors(errors: readonly GraphQLError[], production: boolean): GraphQLFormattedError[] {
  return errors.map((error) => {
    const json = error.toJSON();
    const formatted = formatGraphqlError({ ...json, extensions: { ...json.extensions, code: codeOf(error) } });
    return maskInternalError(formatted, production);
  });
}
