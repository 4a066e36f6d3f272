import { ErrorCode } from '../graphql/errors.js';
import { sendJson } from '../http/http-util.js';
import { bearerToken } from './api-keys.js';
import { UNAUTHENTICATED_MESSAGE } from './security-errors.js';
/** Paths that serve or change data; with API keys configured they need one. */
const API_PATH = /^\/(?:graphql|uploads|jobs)(?:\/|$)/;
/** True for `/graphql`, `/uploads` and everything under `/jobs/`. */
export function isApiPath(pathname) {
    return API_PATH.test(pathname);
}
/** Identifies the caller of `req` from its `Authorization: Bearer` header. Open mode lets everyone in. */
export function authenticateRequest(req, keyRing) {
    if (!keyRing.enabled)
        return { ok: true, owner: null };
    const presented = bearerToken(req.headers.authorization);
    const owner = keyRing.ownerOf(presented);
    return owner === null ? { ok: false, keyPresented: req.headers.authorization !== undefined } : { ok: true, owner };
}
/**
 * Answers 401. `/graphql` gets a GraphQL-shaped body, other routes their usual `{ error, code }`.
 * An unread request body is discarded by node:http (within its request timeout), so clients
 * that send the whole body before reading still get this answer.
 */
export function sendUnauthorized(res, options) {
    const body = JSON.stringify(options.graphql
        ? { errors: [{ message: UNAUTHENTICATED_MESSAGE, extensions: { code: ErrorCode.UNAUTHENTICATED } }] }
        : { error: UNAUTHENTICATED_MESSAGE, code: ErrorCode.UNAUTHENTICATED });
    res.writeHead(401, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(body),
        'www-authenticate': `Bearer realm="ProspectLab"${options.keyPresented ? ', error="invalid_token"' : ''}`,
        'cache-control': 'no-store',
    });
    res.end(body);
}
/** Answers 429 RATE_LIMITED with `Retry-After` (uploads; GraphQL answers its own way). */
export function sendRateLimited(res, retryAfterSeconds) {
    res.setHeader('retry-after', String(retryAfterSeconds));
    sendJson(res, 429, { error: `Too many uploads and mutations; retry in ${retryAfterSeconds} s`, code: ErrorCode.RATE_LIMITED, retryAfterSeconds });
}
//# sourceMappingURL=http-auth.js.map