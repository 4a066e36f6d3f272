/** Serves the web client's files from `client/` (built assets in `dist/client/` win). */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const FOLDERS = [path.join(ROOT, 'dist', 'client'), path.join(ROOT, 'client')];
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.map': 'application/json',
};

/** Writes the file for `pathname` and returns true, or returns false when there is none. */
export async function serveClient(pathname: string, res: ServerResponse): Promise<boolean> {
  const relative = pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '');
  for (const folder of FOLDERS) {
    const file = path.resolve(folder, relative);
    if (!file.startsWith(folder + path.sep)) return false;
    try {
      const body = await fs.readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'content-length': body.length,
        'x-content-type-options': 'nosniff',
      });
      res.end(body);
      return true;
    } catch {
      // not in this folder
    }
  }
  return false;
}
