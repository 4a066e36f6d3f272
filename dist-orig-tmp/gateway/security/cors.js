import { sendJson } from '../http/http-util.js';
/** Request headers a cross-origin client may send. */
export const CORS_ALLOWED_HEADERS = 'authorization, content-type, accept, apollo-require-preflight, x-apollo-operation-name';
/** Methods a cross-origin client may use. */
export const CORS_ALLOWED_METHODS = 'GET, POST, OPTIONS';
/** Response headers a cross-origin client may read. */
export const CORS_EXPOSED_HEADERS = 'retry-after, content-disposition, www-authenticate';
/** How long browsers may cache a preflight answer, in seconds. */
export const CORS_MAX_AGE_SECONDS = 600;
/** A configured origin is not an origin: the operator must fix it. */
export class InvalidCorsOriginError extends Error {
    name = 'InvalidCorsOriginError';
}
/**
 * Origins of a comma-separated list (`PROSPECTLAB_CORS_ORIGINS`): `*`, or `scheme://host[:port]`
 * (a trailing slash is dropped).
 * @throws InvalidCorsOriginError naming the bad item
 */
export function parseCorsOrigins(list) {
    return list
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item !== '')
        .map((item) => {
        if (item === '*')
            return item;
        const candidate = item.replace(/\/$/, '');
        let origin;
        try {
            origin = new URL(candidate).origin;
        }
        catch (cause) {
            throw new InvalidCorsOriginError(`PROSPECTLAB_CORS_ORIGINS: ${JSON.stringify(item)} is not an origin such as https://app.example.com`, { cause });
        }
        if (origin === 'null' || origin !== candidate.toLowerCase()) {
            throw new InvalidCorsOriginError(`PROSPECTLAB_CORS_ORIGINS: ${JSON.stringify(item)} is not an origin such as https://app.example.com (scheme, host and port only)`);
        }
        return origin;
    });
}
function headerValue(req, name) {
    const value = req.headers[name];
    return typeof value === 'string' && value !== '' ? value : null;
}
/** True when `origin` is the one the request was sent to (its Host header). */
export function isSameOrigin(origin, host) {
    if (host === null)
        return false;
    try {
        return new URL(origin).host === host.toLowerCase();
    }
    catch {
        return false;
    }
}
/** True when `origin` is listed (or the list allows any origin). */
export function isListedOrigin(origin, allowedOrigins) {
    return allowedOrigins.includes('*') || allowedOrigins.includes(origin.toLowerCase());
}
/**
 * Applies the CORS rules to an HTTP request: adds the headers an allowed cross-origin request
 * needs, and answers preflight requests itself.
 * @returns true when the request was answered (a preflight), false to go on routing it
 */
export function applyCors(req, res, allowedOrigins) {
    const origin = headerValue(req, 'origin');
    if (origin === null)
        return false;
    const isPreflight = req.method === 'OPTIONS' && headerValue(req, 'access-control-request-method') !== null;
    res.setHeader('vary', 'Origin');
    const allowed = !isSameOrigin(origin, headerValue(req, 'host')) && isListedOrigin(origin, allowedOrigins);
    if (allowed) {
        res.setHeader('access-control-allow-origin', allowedOrigins.includes('*') ? '*' : origin);
        res.setHeader('access-control-expose-headers', CORS_EXPOSED_HEADERS);
    }
    if (!isPreflight)
        return false;
    if (!allowed && !isSameOrigin(origin, headerValue(req, 'host'))) {
        sendJson(res, 403, { error: `Origin ${origin} may not call this API (see PROSPECTLAB_CORS_ORIGINS)`, code: 'ORIGIN_NOT_ALLOWED' });
        return true;
    }
    res.writeHead(204, {
        'access-control-allow-methods': CORS_ALLOWED_METHODS,
        'access-control-allow-headers': CORS_ALLOWED_HEADERS,
        'access-control-max-age': String(CORS_MAX_AGE_SECONDS),
        'content-length': '0',
    });
    res.end();
    return true;
}
/**
 * Whether a WebSocket upgrade may proceed: clients that send no Origin (not browsers) and
 * same-origin pages may; other origins only when listed.
 */
export function isWebSocketOriginAllowed(req, allowedOrigins) {
    const origin = headerValue(req, 'origin');
    if (origin === null)
        return true;
    return isSameOrigin(origin, headerValue(req, 'host')) || isListedOrigin(origin, allowedOrigins);
}
//# sourceMappingURL=cors.js.map