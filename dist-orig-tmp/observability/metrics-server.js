/**
 * A small HTTP server answering `GET /metrics` for processes without a gateway (an actor
 * service with `METRICS_PORT`), optionally behind the same API keys as the gateway.
 */
import http from 'node:http';
import { metricsText, requestsRefused } from './metrics.js';
/** Writes the registry as a Prometheus text response. */
export async function sendMetrics(res) {
    const { contentType, body } = await metricsText();
    res.writeHead(200, { 'content-type': contentType, 'content-length': Buffer.byteLength(body), 'cache-control': 'no-store' });
    res.end(body);
}
function sendText(res, status, text, headers = {}) {
    res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
    res.end(text);
}
export async function startMetricsServer(options) {
    const host = options.host ?? '127.0.0.1';
    const server = http.createServer((req, res) => {
        const path = new URL(req.url ?? '/', 'http://metrics').pathname;
        if (path !== '/metrics')
            return sendText(res, 404, 'Not found: metrics are at /metrics\n');
        if (req.method !== 'GET' && req.method !== 'HEAD')
            return sendText(res, 405, 'Use GET\n', { allow: 'GET, HEAD' });
        if (options.isAuthorized && !options.isAuthorized(req)) {
            requestsRefused.inc({ code: 'UNAUTHENTICATED' });
            options.logger.info({ event: 'request.refused', code: 'UNAUTHENTICATED', method: req.method, path, status: 401 }, `Refused ${req.method} ${path}: UNAUTHENTICATED`);
            return sendText(res, 401, 'An API key is required (Authorization: Bearer <key>)\n', { 'www-authenticate': 'Bearer realm="ProspectLab"' });
        }
        sendMetrics(res).catch((error) => {
            options.logger.error({ err: error }, 'Collecting metrics failed');
            if (!res.headersSent)
                sendText(res, 500, 'Collecting metrics failed\n');
            else
                res.destroy();
        });
    });
    await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port, host, () => {
            server.off('error', reject);
            resolve();
        });
    });
    const { port } = server.address();
    const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}/metrics`;
    return {
        url,
        close: () => new Promise((resolve) => {
            server.closeAllConnections();
            server.close(() => resolve());
        }),
    };
}
//# sourceMappingURL=metrics-server.js.map