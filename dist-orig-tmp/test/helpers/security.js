/** Test clients for the security suites: raw HTTP answers with status and headers, one-shot graphql-ws operations. */
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
/** POSTs a GraphQL operation as JSON and returns the whole answer. */
export async function postGraphql(baseUrl, query, variables = {}, headers = {}) {
    const res = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
    });
    const text = await res.text();
    let body;
    try {
        body = JSON.parse(text);
    }
    catch {
        body = {};
    }
    return { status: res.status, headers: res.headers, body, text };
}
/** `Authorization: Bearer <key>` */
export function bearer(key) {
    return { authorization: `Bearer ${key}` };
}
/** A graphql-ws client that does not retry, optionally sending connectionParams. */
export function socketClient(baseUrl, connectionParams) {
    return createClient({
        url: `${baseUrl.replace(/^http/, 'ws')}/graphql`,
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        lazy: true,
        ...(connectionParams ? { connectionParams } : {}),
    });
}
/**
 * Runs one operation and waits for its end: completion, an `error` message, or the socket
 * closing. `untilResults` ends it early (client-side complete) after that many results.
 */
export function runOnce(client, query, variables = {}, untilResults = Infinity) {
    return new Promise((resolve) => {
        const results = [];
        let stop = () => undefined;
        const finish = (outcome) => resolve({ results, errors: null, closeCode: null, closeReason: null, ...outcome });
        stop = client.subscribe({ query, variables }, {
            next(value) {
                results.push(value);
                if (results.length >= untilResults) {
                    stop();
                    finish({});
                }
            },
            error(error) {
                if (Array.isArray(error))
                    finish({ errors: error });
                else if (error && typeof error === 'object' && 'code' in error) {
                    finish({ closeCode: error.code, closeReason: error.reason ?? '' });
                }
                else
                    finish({ errors: [{ message: String(error) }] });
            },
            complete() {
                finish({});
            },
        });
    });
}
/**
 * Opens a raw graphql-transport-ws socket (for malformed frames and upgrade checks).
 * Resolves with the open socket, or with the HTTP status of a refused upgrade.
 */
export function openRawSocket(baseUrl, headers = {}) {
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
export function closeOf(socket) {
    if (socket.readyState === WebSocket.CLOSED)
        return Promise.resolve({ code: -1, reason: 'already closed' });
    return new Promise((resolve) => socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })));
}
/** Next message of `socket`, parsed. */
export function nextMessage(socket) {
    return new Promise((resolve, reject) => {
        const onMessage = (data) => {
            socket.off('close', onClose);
            resolve(JSON.parse(rawDataText(data)));
        };
        const onClose = (code) => {
            socket.off('message', onMessage);
            reject(new Error(`socket closed with ${code} before a message`));
        };
        socket.once('message', onMessage);
        socket.once('close', onClose);
    });
}
/** The text of one WebSocket message, whichever of its binary forms `ws` hands over. */
export function rawDataText(data) {
    if (Array.isArray(data))
        return Buffer.concat(data).toString('utf8');
    if (Buffer.isBuffer(data))
        return data.toString('utf8');
    return Buffer.from(data).toString('utf8');
}
//# sourceMappingURL=security.js.map