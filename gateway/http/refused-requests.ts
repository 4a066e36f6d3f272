/**
 * One info line (and a `prospectlab_requests_refused_total` count) per refused request, with
 * the code the caller got: HTTP answers 401/403/413/429, GraphQL errors that refuse an
 * operation (authentication, rate and cost limits), and graphql-ws connections without a key.
 * Never the request's credentials or body.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from '../../observability/logger.js';
import { requestsRefused } from '../../observability/metrics.js';

/** HTTP statuses answered outside GraphQL execution, with the code their body carries. */
const HTTP_REFUSALS: Readonly<Record<number, string>> = {
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  413: 'PAYLOAD_TOO_LARGE',
  429: 'RATE_LIMITED',
};

/** GraphQL error codes that refuse an operation (rather than report a result of running it). */
const GRAPHQL_REFUSALS = new Set([
  'UNAUTHENTICATED',
  'RATE_LIMITED',
  'TOO_MANY_JOBS',
  'QUERY_TOO_DEEP',
  'QUERY_TOO_COMPLEX',
  'TOO_MANY_SUBSCRIPTIONS',
  'PAYLOAD_TOO_LARGE',
  'GRAPHQL_PARSE_FAILED',
]);

export function logRefusal(logger: Logger, fields: { readonly code: string; readonly [key: string]: unknown }, message: string): void {
  requestsRefused.inc({ code: fields.code });
  logger.info({ event: 'request.refused', ...fields }, message);
}

/**
 * Logs the request once its answer is sent, when that answer refused it. GraphQL answers of
 * Apollo (4xx with an error code in the body) are logged by {@link logGraphqlError} instead.
 */
export function watchRefusedResponse(logger: Logger, req: IncomingMessage, res: ServerResponse): void {
  res.once('finish', () => {
    const code = HTTP_REFUSALS[res.statusCode];
    if (!code) return;
    const path = new URL(req.url ?? '/', 'http://gateway').pathname;
    if (path === '/graphql' && code === 'RATE_LIMITED') return; // a GraphQL error, logged with its own code
    logRefusal(logger, { code, status: res.statusCode, method: req.method, path }, `Refused ${req.method} ${path}: ${code}`);
  });
}

/** Logs a GraphQL error sent to a client: refusals as info lines, internal errors as errors. */
export function logGraphqlError(logger: Logger, formatted: GraphQLFormattedError, error: unknown): void {
  const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : 'INTERNAL_SERVER_ERROR';
  if (GRAPHQL_REFUSALS.has(code)) {
    logRefusal(logger, { code, reason: formatted.message }, `Refused GraphQL operation: ${code}`);
  } else if (code === 'INTERNAL_SERVER_ERROR') {
    const original = (error as { originalError?: unknown } | null)?.originalError ?? error;
    logger.error({ err: original, path: formatted.path }, `GraphQL operation failed: ${formatted.message}`);
  } else {
    logger.debug({ code, reason: formatted.message }, `GraphQL error: ${code}`);
  }
}
