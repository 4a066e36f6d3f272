/** Test clients for the security suites: raw HTTP answers with status and headers, one-shot graphql-ws operations. */
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import type { GraphqlResponse } from './graphql.js';

export interface HttpAnswer<T = GraphqlResponse> {
  readonly status: number;
  readonly headers: Headers;
  readonly body: T;
  readonly text: string;
}

/** POSTs a GraphQL operation as JSON and returns the whole answer. */
export async function postGraphql(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<HttpAnswer> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  let body: GraphqlResponse;
  try {
    body = JSON.parse(text) as GraphqlResponse;
  } catch {
    body = {};
  }
  return { status: res.status, headers: res.headers, body, text };
}

/** `Authorization: Bearer <key>` */
export function bearer(key: string): Record<string, string> {
  return { authorization: `Bearer ${key}` };
}

/** A graphql-ws client that does not retry, optionally sending connectionParams. */
export function socketClient(baseUrl: string, connectionParams?: Record<string, unknown>): Client {
  return createClient({
    url: `${baseUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    lazy: true,
    ...(connectionParams ? { connectionParams } : {}),
  });
}

/** What a one-shot graphql-ws operation ended with. */
export interface SocketOutcome {
  /** `next` payloads received. */
  readonly results: Record<string, any>[];
  /** Errors of an `error` message (refusals), if any. */
  readonly errors: readonly { message: string; extensions?: Record<string, unknown> }[] | null;
  /** Close code when the socket closed instead. */
  readonly closeCode: number | null;
  readonly closeReason: string | null;
}

/**
 * Runs one operation and waits for its end: completion, an `error` message, or the socket
 * closing. `untilResults` ends it early (client-side complete) after that many results.
 */
export function runOnce(client: Client, query: string, variables: Record<string, unknown> = {}, untilResults = Infinity): Promise<SocketOutcome> {
  return new Promise((resolve) => {
    const results: Record<string, any>[] = [];
    let stop: () => void = () => undefined;
    const finish = (outcome: Partial<SocketOutcome>): void => resolve({ results, errors: null, closeCode: null, closeReason: null, ...outcome });
    stop = client.subscribe(
      { query, variables },
      {
        next(value) {
          results.push(value as Record<string, any>);
          if (results.length >= untilResults) {
            stop();
            finish({});
          }
        },
        error(error) {
          if (Array.isArray(error)) finish({ errors: error });
          else if (error && typeof error === 'object' && 'code' in error) {
            finish({ closeCode: (error as { code: number }).code, closeReason: (error as { reason?: string }).reason ?? '' });
          } else finish({ errors: [{ message: String(error) }] });
        },
        complete() {
          finish({});
        },
      },
    );
  });
}

/**
 * Opens a raw graphql-transport-ws socket (for malformed frames and upgrade checks).
 * Resolves with the open socket, or with the HTTP status of a refused upgrade.
 */
export function openRawSocket(baseUrl: string, headers: Record<string, string> = {}): Promise<{ socket: WebSocket } | { refusedStatus: number }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws', { headers });
    socket.once('open', () => resolve({ socket }));
    socket.once('unexpected-response', (_req, res) => {
      resolve({ refusedStatus: res.statusCode ?? 0 });
      res.resume();
      socket.terminate();
    });
    socket.once('error', (error) => reject(error));
  });
}

/** Resolves with the close code and reason of `socket`. */
export function closeOf(socket: WebSocket): Promise<{ code: number; reason: string }> {
  if (socket.readyState === WebSocket.CLOSED) return Promise.resolve({ code: -1, reason: 'already closed' });
  return new Promise((resolve) => socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })));
}

/** Next message of `socket`, parsed. */
export function nextMessage(socket: WebSocket): Promise<Record<string, any>> {
  return new Promise((resolve, reject) => {
    const onMessage = (data: WebSocket.RawData): void => {
      socket.off('close', onClose);
      resolve(JSON.parse(rawDataText(data)) as Record<string, any>);
    };
    const onClose = (code: number): void => {
      socket.off('message', onMessage);
      reject(new Error(`socket closed with ${code} before a message`));
    };
    socket.once('message', onMessage);
    socket.once('close', onClose);
  });
}

/** The text of one WebSocket message, whichever of its binary forms `ws` hands over. */
export function rawDataText(data: WebSocket.RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  return Buffer.from(data).toString('utf8');
}
