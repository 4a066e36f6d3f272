/** The request body is larger than allowed: the client must send less. */
export class PayloadTooLargeError extends Error {
    name = 'PayloadTooLargeError';
}
/** Bytes of an oversized body read and dropped so the client can read the 413; past this, the socket is cut. */
const MAX_DISCARDED_BYTES = 64 * 1024 * 1024;
/**
 * Reads a whole request body, refusing more than `maxBytes`. An oversized body is still read to
 * its end and dropped (up to {@link MAX_DISCARDED_BYTES}) before the refusal, so a client still
 * sending it reads the 413 instead of a broken pipe.
 */
export async function readBody(req, maxBytes) {
    const declared = Number(req.headers['content-length'] ?? NaN);
    const chunks = [];
    let size = 0;
    let tooLarge = Number.isFinite(declared) && declared > maxBytes;
    for await (const chunk of req) {
        size += chunk.length;
        if (size > MAX_DISCARDED_BYTES)
            break; // leaving the loop destroys the request and its socket
        if (size > maxBytes)
            tooLarge = true;
        if (!tooLarge)
            chunks.push(chunk);
    }
    if (tooLarge || size > maxBytes)
        throw new PayloadTooLargeError(`The request body is larger than ${maxBytes} bytes`);
    return Buffer.concat(chunks);
}
export function sendJson(res, status, value) {
    const body = JSON.stringify(value);
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
    res.end(body);
}
export function sendText(res, status, text, type = 'text/plain; charset=utf-8') {
    res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(text) });
    res.end(text);
}
//# sourceMappingURL=http-util.js.map