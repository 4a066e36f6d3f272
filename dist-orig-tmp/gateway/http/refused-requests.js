import { requestsRefused } from '../../observability/metrics.js';
/** HTTP statuses answered outside GraphQL execution, with the code their body carries. */
const HTTP_REFUSALS = {
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
export function logRefusal(logger, fields, message) {
    requestsRefused.inc({ code: fields.code });
    logger.info({ event: 'request.refused', ...fields }, message);
}
/**
 * Logs the request once its answer is sent, when that answer refused it. GraphQL answers of
 * Apollo (4xx with an error code in the body) are logged by {@link logGraphqlError} instead.
 */
export function watchRefusedResponse(logger, req, res) {
    res.once('finish', () => {
        const code = HTTP_REFUSALS[res.statusCode];
        if (!code)
            return;
        const path = new URL(req.url ?? '/', 'http://gateway').pathname;
        if (path === '/graphql' && code === 'RATE_LIMITED')
            return; // a GraphQL error, logged with its own code
        logRefusal(logger, { code, status: res.statusCode, method: req.method, path }, `Refused ${req.method} ${path}: ${code}`);
    });
}
/** Logs a GraphQL error sent to a client: refusals as info lines, internal errors as errors. */
export function logGraphqlError(logger, formatted, error) {
    const code = typeof formatted.extensions?.code === 'string' ? formatted.extensions.code : 'INTERNAL_SERVER_ERROR';
    if (GRAPHQL_REFUSALS.has(code)) {
        logRefusal(logger, { code, reason: formatted.message }, `Refused GraphQL operation: ${code}`);
    }
    else if (code === 'INTERNAL_SERVER_ERROR') {
        const original = error?.originalError ?? error;
        logger.error({ err: original, path: formatted.path }, `GraphQL operation failed: ${formatted.message}`);
    }
    else {
        logger.debug({ code, reason: formatted.message }, `GraphQL error: ${code}`);
    }
}
//# sourceMappingURL=refused-requests.js.map