import { CloseCode, DEPRECATED_GRAPHQL_WS_PROTOCOL, handleProtocols, makeServer } from 'graphql-ws';
import { sharedPayloadOf, subscribeShared } from './shared-execution.js';
/** A text frame's content (ws hands frames over as Buffer, or chunks of one). */
function rawDataText(data) {
    if (Array.isArray(data))
        return Buffer.concat(data).toString('utf8');
    return Buffer.from(data instanceof ArrayBuffer ? new Uint8Array(data) : data).toString('utf8');
}
/** The JSON of the shared payload being stringified right now (see the file comment). */
let pendingPayloadJson = null;
const NULL_PAYLOAD_TAIL = '"payload":null}';
/** Stands for a shared payload inside a graphql-ws message until `send` splices its JSON in. */
class SplicedPayload {
    shared;
    constructor(shared) {
        this.shared = shared;
    }
    toJSON() {
        pendingPayloadJson = this.shared.json;
        return null;
    }
}
/** `data` with the pending shared payload spliced in, if `data` is the message that carries it. */
function spliced(data) {
    const json = pendingPayloadJson;
    if (json === null)
        return data;
    pendingPayloadJson = null;
    if (!data.endsWith(NULL_PAYLOAD_TAIL))
        return data; // not a message shape we know: leave it as it is
    return `${data.slice(0, -'null}'.length)}${json}}`;
}
/** Unsent bytes a socket may hold before `send` waits for its message to be written. */
export const SEND_HIGH_WATER_BYTES = 64 * 1024;
/** Sockets corked until the current turn's work is done. */
const corked = new WeakSet();
function corkForThisTurn(tcp) {
    if (corked.has(tcp))
        return;
    corked.add(tcp);
    tcp.cork();
    // After the promise jobs of this turn (the fan-out of the events it applied), before any I/O.
    process.nextTick(() => {
        corked.delete(tcp);
        tcp.uncork();
    });
}
/** Longest close reason a WebSocket allows (123 bytes), as graphql-ws shortens them. */
function closeReason(reason, fallback) {
    return Buffer.byteLength(reason) < 123 ? reason : fallback;
}
/**
 * Serves graphql-ws on `wss`; subscriptions run through `subscribeShared` unless `options`
 * brings its own `subscribe`.
 * @param keepAliveMs ping interval; a socket that does not answer within it is terminated. @default 12000
 */
export function serveGraphqlWs(options, wss, keepAliveMs = 12_000) {
    const isProd = options.isProd ?? process.env.NODE_ENV === 'production';
    const internalClose = (socket, error) => {
        socket.close(CloseCode.InternalServerError, isProd ? 'Internal server error' : closeReason(error instanceof Error ? error.message : String(error), 'Internal server error'));
    };
    const server = makeServer({
        subscribe: subscribeShared,
        ...options,
        async onNext(ctx, id, payload, args, result) {
            const shared = sharedPayloadOf(result);
            if (shared)
                return new SplicedPayload(shared);
            return options.onNext?.(ctx, id, payload, args, result);
        },
    });
    wss.options.handleProtocols = handleProtocols;
    wss.once('error', (error) => {
        console.error('Internal error emitted on the WebSocket server.', error);
        for (const client of wss.clients)
            internalClose(client, error);
    });
    wss.on('connection', (socket, request) => {
        socket.once('error', (error) => {
            console.error('Internal error emitted on a WebSocket socket.', error);
            internalClose(socket, error);
        });
        let pongWait = null;
        const pingInterval = keepAliveMs > 0 && Number.isFinite(keepAliveMs)
            ? setInterval(() => {
                if (socket.readyState !== socket.OPEN)
                    return;
                pongWait = setTimeout(() => socket.terminate(), keepAliveMs);
                socket.once('pong', () => {
                    if (pongWait)
                        clearTimeout(pongWait);
                    pongWait = null;
                });
                socket.ping();
            }, keepAliveMs)
            : null;
        const closed = server.opened({
            protocol: socket.protocol,
            send: (data) => {
                const message = spliced(data);
                if (socket.readyState !== socket.OPEN)
                    return Promise.resolve();
                corkForThisTurn(request.socket);
                if (socket.bufferedAmount < SEND_HIGH_WATER_BYTES) {
                    // A failed write closes the socket, which ends its subscriptions.
                    socket.send(message, () => undefined);
                    return Promise.resolve();
                }
                return new Promise((resolve, reject) => socket.send(message, (error) => (error ? reject(error) : resolve())));
            },
            close: (code, reason) => socket.close(code, reason),
            onMessage: (cb) => socket.on('message', (event) => {
                cb(rawDataText(event)).catch((error) => {
                    console.error('Internal error occurred during message handling.', error);
                    internalClose(socket, error);
                });
            }),
        }, { socket, request });
        socket.once('close', (code, reason) => {
            if (pongWait)
                clearTimeout(pongWait);
            if (pingInterval)
                clearInterval(pingInterval);
            if (!isProd && code === CloseCode.SubprotocolNotAcceptable && socket.protocol === DEPRECATED_GRAPHQL_WS_PROTOCOL) {
                console.warn('A client asked for the deprecated subscriptions-transport-ws protocol: use graphql-transport-ws (graphql-ws).');
            }
            void closed(code, String(reason));
        });
    });
    return {
        async dispose() {
            for (const client of wss.clients)
                client.close(1001, 'Going away');
            wss.removeAllListeners();
            await new Promise((resolve, reject) => wss.close((error) => (error ? reject(error) : resolve())));
        },
    };
}
//# sourceMappingURL=socket-server.js.map