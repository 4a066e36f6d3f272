/**
 * A small HTTP server answering `GET /metrics` for processes without a gateway (an actor
 * service with `METRICS_PORT`), optionally behind the same API keys as the gateway.
 */
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from './logger.js';
import { metricsText, requestsRefused } from './metrics.js';

export interface MetricsServerOptions {
  /** Port to listen on; 0 picks a free one. */
  readonly port: number;
  /** @default '127.0.0.1' */
  readonly host?: string;
  /** Decides whether a request may read the metrics (API keys); absent: everyone may. */
  readonly isAuthorized?: (req: IncomingMessage) => boolean;
  readonly logger: Logger;
}

export interface MetricsServer {
  readonly url: string;
  close(): Promise<void>;
}

/** Writes the registry as a Prometheus text response. */
export async function sendMetrics(res: ServerResponse): Promise<void> {
  const { contentType, body } = await metricsText();
  res.writeHead(200, { 'content-type': contentType, 'content-length': Buffer.byteLength(body), 'cache-control': 'no-store' });
  res.end(body);
}

function sendText(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

export async function startMetricsServer(options: MetricsServerOptions): Promise<MetricsServer> {
  const host = options.host ?? '127.0.0.1';
  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://metrics').pathname;
    if (path !== '/metrics') return sendText(res, 404, 'Not found: metrics are at /metrics\n');
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'Use GET\n', { allow: 'GET, HEAD' });
    if (options.isAuthorized && !options.isAuthorized(req)) {
      requestsRefused.inc({ code: 'UNAUTHENTICATED' });
      options.logger.info(
        { event: 'request.refused', code: 'UNAUTHENTICATED', method: req.method, path, status: 401 },
        `Refused ${req.method} ${path}: UNAUTHENTICATED`,
      );
      return sendText(res, 401, 'An API key is required (Authorization: Bearer <key>)\n', { 'www-authenticate': 'Bearer realm="ProspectLab"' });
    }
    sendMetrics(res).catch((error: unknown) => {
      options.logger.error({ err: error }, 'Collecting metrics failed');
      if (!res.headersSent) sendText(res, 500, 'Collecting metrics failed\n');
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}/metrics`;
  return {
    url,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
