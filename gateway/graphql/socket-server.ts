/**
 * graphql-ws on a `ws` server: graphql-ws/use/ws's `useServer`, except that a subscription
 * result shared by several subscribers (`shared-execution.ts`) is sent as its once-written JSON
 * spliced into each subscriber's `next` message, instead of being stringified per subscriber,
 * and that a burst of such results reaches graphql-ws as one batch result, sent as one `next`
 * message per event (`subscribeSharedBatches`).
 *
 * graphql-ws builds every message with `JSON.stringify` and hands the string to `send` in the
 * same synchronous step, so the shared payloads stand in the message as a `null` (their
 * `toJSON`) and leave their JSON in {@link pendingPayloads} for the `send` that immediately
 * follows, which writes the message once per payload.
 *
 * Writes: the frames of shared payloads are built from their once-encoded UTF-8 bytes
 * (`websocket-frames.ts`) and written to the TCP socket directly, in one buffer per message
 * (a batch's frames together), instead of going through `ws`'s per-message `send`, which would
 * encode each subscriber's copy of the text again. Only on a socket that negotiated no extension,
 * where `ws` never holds a message back, so the two cannot overtake each other; a socket with
 * per-message compression, and every other message, goes through `ws`.
 * The frames sent to one socket within one turn of the event loop leave in one write
 * (the socket is corked until the turn ends, `socket-flusher.ts`), so a burst of events costs a
 * subscriber one system call per turn rather than one per event; a run of those writes yields
 * to I/O every `flushSliceMs`. Backpressure: `send` resolves at once while
 * the socket holds less than {@link SEND_HIGH_WATER_BYTES} unsent, and otherwise only once the
 * message is written; graphql-ws asks for a subscription's next event only when `send` resolves,
 * so a slow socket holds at most that much and one batch (`MAX_BATCH_EVENTS` events) more, and
 * its events wait in its bounded event stream (`jobs/job-event-stream.ts`, which falls back to
 * the store beyond that).
 */
import type { IncomingMessage } from 'node:http';
import { CloseCode, DEPRECATED_GRAPHQL_WS_PROTOCOL, handleProtocols, makeServer, type ServerOptions } from 'graphql-ws';
import type { Extra } from 'graphql-ws/use/ws';
import type { RawData, WebSocket, WebSocketServer } from 'ws';
import { sharedPayloadsOf, subscribeSharedBatches, type SharedPayload } from './shared-execution.js';
import { SocketFlusher } from './socket-flusher.js';
import { textFrames } from './websocket-frames.js';

/** A text frame's content (ws hands frames over as Buffer, or chunks of one). */
function rawDataText(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data instanceof ArrayBuffer ? new Uint8Array(data) : data).toString('utf8');
}

/** The shared payloads of the message being stringified right now (see the file comment). */
let pendingPayloads: readonly SharedPayload[] | null = null;
const NULL_PAYLOAD_TAIL = '"payload":null}';

/** Stands for shared payloads inside a graphql-ws message until `send` splices their JSON in. */
class SplicedPayload {
  constructor(private readonly shared: readonly SharedPayload[]) {}
  toJSON(): null {
    pendingPayloads = this.shared;
    return null;
  }
}

/** A message whose payload stands for shared payloads: its text before the payload, and those payloads. */
export interface SplicedMessage {
  /** The message's text up to its payload, e.g. `{"id":"1","type":"next","payload":`. */
  readonly head: string;
  readonly payloads: readonly SharedPayload[];
}

const CLOSING_BRACE = Buffer.from('}');

/**
 * The shared payloads `data` stands for, if `data` is the message that carries them (one message
 * to send per payload, `head` + its JSON + `}`); else null (send `data` as it is).
 */
export function takeSplice(data: string): SplicedMessage | null {
  const payloads = pendingPayloads;
  if (payloads === null) return null;
  pendingPayloads = null;
  if (!data.endsWith(NULL_PAYLOAD_TAIL)) return null; // not a message shape we know: leave it as it is
  return { head: data.slice(0, -'null}'.length), payloads };
}

/** A spliced message's messages, as text. */
export function splicedTexts(splice: SplicedMessage): string[] {
  return splice.payloads.map((payload) => `${splice.head}${payload.json}}`);
}

/** The WebSocket frames of a spliced message's messages, in one buffer. */
export function splicedFrames(splice: SplicedMessage): Buffer {
  return textFrames(
    Buffer.from(splice.head),
    splice.payloads.map((payload) => payload.bytes),
    CLOSING_BRACE,
  );
}

/** Stands for `result`'s shared payloads in a graphql-ws message (see the file comment); undefined when it has none. */
export function splicedPayloadOf(result: Parameters<typeof sharedPayloadsOf>[0]): object | undefined {
  const shared = sharedPayloadsOf(result);
  return shared ? new SplicedPayload(shared) : undefined;
}

/** Unsent bytes a socket may hold before `send` waits for its message to be written. */
export const SEND_HIGH_WATER_BYTES = 64 * 1024;

/** Longest close reason a WebSocket allows (123 bytes), as graphql-ws shortens them. */
function closeReason(reason: string, fallback: string): string {
  return Buffer.byteLength(reason) < 123 ? reason : fallback;
}

export interface SocketServerOptions<P extends Record<string, unknown>, E extends Record<PropertyKey, unknown>> extends ServerOptions<P, Extra & Partial<E>> {
  /** Close reasons of internal errors say nothing. @default process.env.NODE_ENV === 'production' */
  readonly isProd?: boolean;
  /** Longest a run of socket writes holds the event loop before the rest wait for the next turn (`socket-flusher.ts`). @default 2 */
  readonly flushSliceMs?: number;
}

export interface SocketServer {
  dispose(): Promise<void>;
}

/**
 * Serves graphql-ws on `wss`; subscriptions run through `subscribeShared` unless `options`
 * brings its own `subscribe`.
 * @param keepAliveMs ping interval; a socket that does not answer within it is terminated. @default 12000
 */
export function serveGraphqlWs<P extends Record<string, unknown>, E extends Record<PropertyKey, unknown>>(
  options: SocketServerOptions<P, E>,
  wss: WebSocketServer,
  keepAliveMs = 12_000,
): SocketServer {
  const isProd = options.isProd ?? process.env.NODE_ENV === 'production';
  const flusher = new SocketFlusher(options.flushSliceMs);
  const internalClose = (socket: WebSocket, error: unknown): void => {
    socket.close(
      CloseCode.InternalServerError,
      isProd ? 'Internal server error' : closeReason(error instanceof Error ? error.message : String(error), 'Internal server error'),
    );
  };
  const server = makeServer<P, Extra & Partial<E>>({
    subscribe: subscribeSharedBatches,
    ...options,
    // Not async: graphql-ws awaits what it returns, and a plain value costs that await less.
    onNext(ctx, id, payload, args, result) {
      const spliced = splicedPayloadOf(result);
      if (spliced) return spliced;
      return options.onNext?.(ctx, id, payload, args, result);
    },
  });
  wss.options.handleProtocols = handleProtocols;
  wss.once('error', (error) => {
    console.error('Internal error emitted on the WebSocket server.', error);
    for (const client of wss.clients) internalClose(client, error);
  });
  wss.on('connection', (socket: WebSocket, request: IncomingMessage) => {
    socket.once('error', (error) => {
      console.error('Internal error emitted on a WebSocket socket.', error);
      internalClose(socket, error);
    });
    let pongWait: NodeJS.Timeout | null = null;
    const pingInterval =
      keepAliveMs > 0 && Number.isFinite(keepAliveMs)
        ? setInterval(() => {
            if (socket.readyState !== socket.OPEN) return;
            pongWait = setTimeout(() => socket.terminate(), keepAliveMs);
            socket.once('pong', () => {
              if (pongWait) clearTimeout(pongWait);
              pongWait = null;
            });
            socket.ping();
          }, keepAliveMs)
        : null;
    // Fixed by the handshake: with no extension, ws writes each message as it is sent, never holding one back.
    const framesWrittenDirectly = socket.extensions === '';
    const closed = server.opened(
      {
        protocol: socket.protocol,
        send: (data) => {
          const splice = takeSplice(data);
          if (socket.readyState !== socket.OPEN) return Promise.resolve();
          const tcp = request.socket;
          flusher.cork(tcp);
          // A failed write closes the socket, which ends its subscriptions.
          if (splice && framesWrittenDirectly) {
            const frames = splicedFrames(splice);
            if (socket.bufferedAmount + frames.length < SEND_HIGH_WATER_BYTES) {
              tcp.write(frames);
              return Promise.resolve();
            }
            return new Promise<void>((resolve, reject) => tcp.write(frames, (error) => (error ? reject(error) : resolve())));
          }
          const messages = splice ? splicedTexts(splice) : [data];
          const last = messages.length - 1;
          for (let i = 0; i < last; i += 1) socket.send(messages[i], () => undefined);
          if (socket.bufferedAmount < SEND_HIGH_WATER_BYTES) {
            socket.send(messages[last], () => undefined);
            return Promise.resolve();
          }
          return new Promise<void>((resolve, reject) => socket.send(messages[last], (error) => (error ? reject(error) : resolve())));
        },
        close: (code, reason) => socket.close(code, reason),
        onMessage: (cb) =>
          socket.on('message', (event: RawData) => {
            cb(rawDataText(event)).catch((error: unknown) => {
              console.error('Internal error occurred during message handling.', error);
              internalClose(socket, error);
            });
          }),
      },
      { socket, request } as Extra & Partial<E>,
    );
    socket.once('close', (code, reason) => {
      if (pongWait) clearTimeout(pongWait);
      if (pingInterval) clearInterval(pingInterval);
      if (!isProd && code === (CloseCode.SubprotocolNotAcceptable as number) && socket.protocol === DEPRECATED_GRAPHQL_WS_PROTOCOL) {
        console.warn('A client asked for the deprecated subscriptions-transport-ws protocol: use graphql-transport-ws (graphql-ws).');
      }
      void closed(code, String(reason));
    });
  });
  return {
    async dispose() {
      for (const client of wss.clients) client.close(1001, 'Going away');
      wss.removeAllListeners();
      await new Promise<void>((resolve, reject) => wss.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
