/**
 * CSRF and Origin rules for `POST /uploads`, the same as `/graphql` gets: a browser page on
 * another origin cannot make a visitor's browser upload a file. A multipart form is a "simple"
 * request that browsers send cross-origin without a preflight, so (as Apollo Server's CSRF
 * prevention does for `/graphql`) a simple request must carry `apollo-require-preflight` or
 * `x-apollo-operation-name`, headers a page can only add after a preflight that unlisted origins
 * fail; and a request whose `Origin` is neither the gateway's own nor a listed one is refused.
 */
import type { IncomingMessage } from 'node:http';
import { isListedOrigin, isSameOrigin } from './cors.js';

/** Headers whose presence proves the request went through a CORS preflight (Apollo's list). */
export const CSRF_PREFLIGHT_HEADERS = ['apollo-require-preflight', 'x-apollo-operation-name'] as const;

/** Content types a browser may send cross-origin without a preflight. */
const SIMPLE_CONTENT_TYPES: ReadonlySet<string> = new Set(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']);

/** Why an upload request was refused, with its HTTP status and fixed code. */
export interface UploadCsrfRefusal {
  readonly status: 403 | 400;
  readonly code: 'ORIGIN_NOT_ALLOWED' | 'CSRF_PREVENTED';
  readonly error: string;
}

function headerValue(req: IncomingMessage, name: string): string | null {
  const value = req.headers[name];
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/** The refusal of an upload request that could come from a cross-site form, or null when it may go on. */
export function checkUploadCsrf(req: IncomingMessage, allowedOrigins: readonly string[]): UploadCsrfRefusal | null {
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
