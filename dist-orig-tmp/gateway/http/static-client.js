/**
 * Serves the bundled web client from `dist/client/` (built by `npm run build:client`): `/` is
 * the app, `/graphiql` the GraphQL playground, other paths are files of that folder.
 *
 * Pages get a Content-Security-Policy that only allows this origin (scripts, styles, fonts,
 * fetch and WebSocket), so neither page can load anything from elsewhere. Files are revalidated
 * on every load (`no-cache` + ETag) because their names do not change between builds.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
/** Where `npm run build:client` writes the bundle. */
export const CLIENT_DIST_DIR = path.join(ROOT, 'dist', 'client');
/** Addresses of the pages, mapped to their files. */
const PAGES = {
    '/': 'index.html',
    '/index.html': 'index.html',
    '/graphiql': 'graphiql.html',
    '/graphiql/': 'graphiql.html',
};
const TYPES = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.svg': 'image/svg+xml',
    '.json': 'application/json',
    '.map': 'application/json',
    '.txt': 'text/plain; charset=utf-8',
};
/**
 * Same origin only. `'self'` covers ws:/wss: to this host in current browsers; styles allow
 * inline because GraphiQL and CodeMirror set element styles.
 */
export const CLIENT_CONTENT_SECURITY_POLICY = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
].join('; ');
const NOT_BUILT_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>ProspectLab</title></head>
<body><h1>ProspectLab</h1><p>The web client is not built. Run <code>npm run build</code> (or <code>npm run build:client</code>)
and reload. The GraphQL API is available at <code>/graphql</code>.</p></body></html>`;
function etagOf(body) {
    return `"${createHash('sha1').update(body).digest('base64url')}"`;
}
/**
 * Answers `GET`/`HEAD` for a client page or file and returns true, or returns false when the
 * path is not one (the caller answers 404).
 */
export async function serveClient(pathname, res, options = {}) {
    let relative;
    try {
        relative = PAGES[pathname] ?? decodeURIComponent(pathname).replace(/^\/+/, '');
    }
    catch {
        return false;
    }
    const file = path.resolve(CLIENT_DIST_DIR, relative);
    if (!file.startsWith(CLIENT_DIST_DIR + path.sep))
        return false;
    if (options.sourceMaps === false && path.extname(file).toLowerCase() === '.map')
        return false;
    const isPage = path.extname(file) === '.html';
    let body;
    try {
        body = await fs.readFile(file);
    }
    catch {
        if (pathname in PAGES) {
            res.writeHead(503, { 'content-type': TYPES['.html'], 'cache-control': 'no-store' });
            res.end(NOT_BUILT_PAGE);
            return true;
        }
        return false;
    }
    const etag = etagOf(body);
    const headers = {
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        etag,
        'x-content-type-options': 'nosniff',
    };
    if (isPage) {
        headers['content-security-policy'] = CLIENT_CONTENT_SECURITY_POLICY;
        headers['referrer-policy'] = 'no-referrer';
        headers['x-frame-options'] = 'DENY';
    }
    if (res.req?.headers['if-none-match'] === etag) {
        res.writeHead(304, headers);
        res.end();
        return true;
    }
    headers['content-length'] = body.length;
    res.writeHead(200, headers);
    res.end(body);
    return true;
}
//# sourceMappingURL=static-client.js.map