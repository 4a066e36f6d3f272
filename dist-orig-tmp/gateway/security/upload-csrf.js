import { isListedOrigin, isSameOrigin } from './cors.js';
/** Headers whose presence proves the request went through a CORS preflight (Apollo's list). */
export const CSRF_PREFLIGHT_HEADERS = ['apollo-require-preflight', 'x-apollo-operation-name'];
/** Content types a browser may send cross-origin without a preflight. */
const SIMPLE_CONTENT_TYPES = new Set(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']);
function headerValue(req, name) {
    const value = req.headers[name];
    return typeof value === 'string' && value.trim() !== '' ? value : null;
}
/** The refusal of an upload request that could come from a cross-site form, or null when it may go on. */
export function checkUploadCsrf(req, allowedOrigins) {
    const origin = headerValue(req, 'origin');
    if (origin !== null && !isSameOrigin(origin, headerValue(req, 'host')) && !isListedOrigin(origin, allowedOrigins)) {
        return { status: 403, code: 'ORIGIN_NOT_ALLOWED', error: `Origin ${origin} may not call this API (see PROSPECTLAB_CORS_ORIGINS)` };
    }
    const contentType = (headerValue(req, 'content-type') ?? '').split(';')[0].trim().toLowerCase();
    const simple = contentType === '' || SIMPLE_CONTENT_TYPES.has(contentType);
    if (simple && !CSRF_PREFLIGHT_HEADERS.some((name) => headerValue(req, name) !== null)) {
        return {
            status: 400,
            code: 'CSRF_PREVENTED',
            error: 'This upload may be a cross-site request forgery: send it with an "apollo-require-preflight: 1" header (as for /graphql)',
        };
    }
    return null;
}
//# sourceMappingURL=upload-csrf.js.map