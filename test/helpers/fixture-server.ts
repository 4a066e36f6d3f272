/**
 * A small static web server for test fixture sites, bound to 127.0.0.1 on a free port, with
 * optional programmatic routes (redirect loops, hanging responses, link traps, non-HTML).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Handles one request; it may also never answer (hanging host). */
export type FixtureRoute = (req: IncomingMessage, res: ServerResponse) => void;

/** Options of {@link serveFixtureSite}. */
export interface FixtureServerOptions {
  /**
   * Programmatic routes, checked before the files. A key is an exact path (`/loop-a`) or a
   * prefix ending in `*` (`/calendar/*`). Matching ignores the query string.
   */
  readonly routes?: Readonly<Record<string, FixtureRoute>>;
}

/** A running fixture server. */
export interface FixtureServer {
  /** Base URL, e.g. `http://127.0.0.1:41234/` (with trailing slash). */
  readonly url: string;
  readonly port: number;
  /** Path and query of every request received, in arrival order (robots.txt included). */
  readonly requestLog: readonly string[];
  /** Number of requests currently open (received, response not finished, socket open). */
  openRequests(): number;
  /** Stops listening and destroys every open connection, hanging ones included. */
  close(): Promise<void>;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
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
export async function serveFixtureSite(dir: string, options: FixtureServerOptions = {}): Promise<FixtureServer> {
  const root = resolve(dir);
  const routes = Object.entries(options.routes ?? {});
  const requestLog: string[] = [];
  let open = 0;

  const server = createServer((req, res) => {
    const rawPath = req.url ?? '/';
    requestLog.push(rawPath);
    open += 1;
    let counted = true;
    const release = (): void => {
      if (!counted) return;
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
    serveFile(root, pathname, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    });
  });

  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(0, '127.0.0.1', () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    requestLog,
    openRequests: () => open,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.close(() => resolveClose());
        server.closeAllConnections();
      }),
  };
}

async function serveFile(root: string, pathname: string, res: ServerResponse): Promise<void> {
  let filePath = normalize(join(root, pathname));
  if (filePath !== root && !filePath.startsWith(root + sep)) {
    notFound(res);
    return;
  }
  const info = await stat(filePath).catch(() => null);
  if (info?.isDirectory()) filePath = join(filePath, 'index.html');
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

function notFound(res: ServerResponse): void {
  res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
  res.end('<!doctype html><title>404</title><h1>Page introuvable</h1>');
}

/**
 * Absolute path of the fixture site `name` under `test/fixtures/sites/`, found by walking up
 * from this module (works from `dist/test/helpers/` and from the sources).
 */
export function fixtureSitePath(name: string): string {
  let current = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(current, 'test', 'fixtures', 'sites', name);
    if (existsSync(candidate) && statSync(candidate).isDirectory()) return candidate;
    const parent = dirname(current);
    if (parent === current) throw new Error(`Fixture site not found: ${name}`);
    current = parent;
  }
}
