/**
 * Serves generated benchmark sites on 127.0.0.1, each on its own port (so each is its own site),
 * and counts requests: documents by who made them (a browser navigation, `Sec-Fetch-Mode:
 * navigate`, or a plain HTTP client) and scripts (each page runs one external script, so with
 * the browser cache off, script requests count the pages a browser rendered).
 */
import { createServer } from 'node:http';
/** Starts one server per site on 127.0.0.1 (free ports). */
export async function serveSites(sites) {
    const servers = [];
    const urls = [];
    const pageUrls = [];
    let browser = 0;
    let http = 0;
    let scripts = 0;
    try {
        for (const site of sites) {
            const server = createServer((req, res) => {
                const path = (req.url ?? '/').split('?')[0];
                const page = site.pages.get(path);
                if (page) {
                    if (req.headers['sec-fetch-mode'] === 'navigate')
                        browser += 1;
                    else
                        http += 1;
                    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
                    res.end(page.html);
                    return;
                }
                const asset = site.assets.get(path);
                if (asset) {
                    if (path.endsWith('.js'))
                        scripts += 1;
                    // Not cacheable: each rendered page requests its script, which counts the renders.
                    res.writeHead(200, { 'content-type': asset.contentType, 'cache-control': 'no-store' });
                    res.end(asset.body);
                    return;
                }
                res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
                res.end('<!doctype html><title>Not found</title><p>Not found</p>');
            });
            server.keepAliveTimeout = 10_000;
            await new Promise((resolve, reject) => {
                server.once('error', reject);
                server.listen(0, '127.0.0.1', () => resolve());
            });
            servers.push(server);
            const base = `http://127.0.0.1:${server.address().port}`;
            urls.push(`${base}/`);
            for (const path of site.pages.keys())
                pageUrls.push(`${base}${path}`);
        }
    }
    catch (error) {
        await closeAll(servers);
        throw error;
    }
    return {
        urls,
        pageUrls,
        counts: () => ({ browser, http, scripts }),
        resetCounts() {
            browser = 0;
            http = 0;
            scripts = 0;
        },
        close: () => closeAll(servers),
    };
}
async function closeAll(servers) {
    await Promise.all(servers.map((server) => new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
    })));
}
//# sourceMappingURL=site-server.js.map