/** Answers requests while the gateway waits for its bus: alive, not ready, nothing else yet. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from './http-util.js';

export interface StartingState {
  /** Why the gateway is not ready, e.g. `waiting for NATS at nats://127.0.0.1:4222`. */
  readonly reason: string;
  readonly store: { ping(): Promise<boolean> };
}

export async function serveWhileStarting(req: IncomingMessage, res: ServerResponse, state: StartingState): Promise<void> {
  const pathname = new URL(req.url ?? '/', 'http://gateway').pathname;
  if (req.method === 'GET' && pathname === '/healthz') return sendJson(res, 200, { status: 'ok' });
  if (req.method === 'GET' && pathname === '/readyz') {
    let store = false;
    try {
      store = await state.store.ping();
    } catch {
      store = false;
    }
    return sendJson(res, 503, { status: 'not ready', reason: state.reason, checks: { bus: false, store, browser: false } });
  }
  res.setHeader('retry-after', '2');
  sendJson(res, 503, { error: `Not ready yet: ${state.reason}` });
}
