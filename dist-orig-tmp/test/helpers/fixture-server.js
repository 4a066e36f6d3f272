/**
 * A small static web server for test fixture sites, bound to 127.0.0.1 on a free port, with
 * optional programmatic routes (redirect loops, hanging responses, link traps, non-HTML).
 */
import { createServer } from 'node:http';
import { existsSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
const CONTENT_TYPES = {
    '.html': 'text/html; charset=utf-8',
    '.htm': 'text/html; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.json': 'application/json; charset=utf-8',
    '.txt': 'text/plain; charset=utf-8',
    '.xml': 'application/xml; charset=utf-8',
    '.png': 'image/png',
    '.jpg': 'image/jpeg',
    '.svg': 'image/svg+xml',
    '.ico': 'image/x-icon',
    '.woff2': 'font/woff2',
    '.woff': 'font/woff',
    '.pdf': 'application/pdf',
    '.mp4': 'video/mp4',
};
/**
 * Serves the folder `dir` (index.html for directories, 404 for anything else) plus `routes`.
 */
export async function serveFixtureSite(dir, options = {}) {
    const root = resolve(dir);
    const routes = Object.entries(options.routes ?? {});
    const requestLog = [];
    let open = 0;
    const server = createServer((req, res) => {
        const rawPath = req.url ?? '/';
        requestLog.push(rawPath);
        open += 1;
        let counted = true;
        const release = () => {
            if (!counted)
                return;
            counted = false;
            open -= 1;
        };
        res.on('close', release);
        const pathname = decodeURIComponent(rawPath.split('?')[0] ?? '/');
        const route = routes.find(([key]) => (key.endsWith('*') ? pathname.startsWith(key.slice(0, -1)) : pathname === key));
        if (route) {
            route[1](req, res);
            return;
        }
        serveFile(root, pathname, res).catch((error) => {
            if (!res.headersSent)
                res.writeHead(500, { 'content-type': 'text/plain' });
            res.end(String(error));
        });
    });
    await new Promise((resolveListen, rejectListen) => {
        server.once('error', rejectListen);
        server.listen(0, '127.0.0.1', () => resolveListen());
    });
    const { port } = server.address();
    return {
        url: `http://127.0.0.1:${port}/`,
        port,
        requestLog,
        openRequests: () => open,
        close: () => new Promise((resolveClose) => {
            server.close(() => resolveClose());
            server.closeAllConnections();
        }),
    };
}
async function serveFile(root, pathname, res) {
    let filePath = normalize(join(root, pathname));
    if (filePath !== root && !filePath.startsWith(root + sep)) {
        notFound(res);
        return;
    }
    const info = await stat(filePath).catch(() => null);
    if (info?.isDirectory())
        filePath = join(filePath, 'index.html');
    const body = await readFile(filePath).catch(() => null);
    if (!body) {
        notFound(res);
        return;
    }
    res.writeHead(200, {
        'content-type': CONTENT_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream',
        'content-length': body.length,
    });
    res.end(body);
}
function notFound(res) {
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><title>404</title><h1>Page introuvable</h1>');
}
/**
 * Absolute path of the fixture site `name` under `test/fixtures/sites/`, found by walking up
 * from this module (works from `dist/test/helpers/` and from the sources).
 */
export function fixtureSitePath(name) {
    let current = dirname(fileURLToPath(import.meta.url));
    for (;;) {
        const candidate = join(current, 'test', 'fixtures', 'sites', name);
        if (existsSync(candidate) && statSync(candidate).isDirectory())
            return candidate;
        const parent = dirname(current);
        if (parent === current)
            throw new Error(`Fixture site not found: ${name}`);
        current = parent;
    }
}
//# sourceMappingURL=fixture-server.js.map