import { sendJson } from '../http/http-util.js';
/**
 * True when `hostname` is a loopback address or a `localhost` name. The WHATWG URL parser
 * canonicalises it first, so `2130706433`, `0x7f.1` and `[0:0::1]` count as loopback too.
 */
export function isLoopbackHostname(hostname) {
    let host;
    try {
        host = new URL(`http://${hostname.includes(':') && !hostname.startsWith('[') ? `[${hostname}]` : hostname}/`).hostname;
    }
    catch {
        return false;
    }
    host = host.replace(/\.$/, '');
    if (host === 'localhost' || host.endsWith('.localhost'))
        return true;
    return host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host) || /^\[::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\]$/.test(host);
}
/** The host name of a `Host` header value (`name:port`, `[v6]:port`), or null when malformed. */
export function hostnameOfHostHeader(header) {
    if (!header)
        return null;
    try {
        return new URL(`http://${header}`).hostname;
    }
    catch {
        return null;
    }
}
/**
 * Whether requests carrying this `Host` header may be served.
 * @param listenHost the address the gateway listens on (`HOST`)
 * @param open true in open mode (no API keys): only then is the check needed
 */
export function isHostHeaderAllowed(header, listenHost, open) {
    if (!open || !isLoopbackHostname(listenHost))
        return true;
    const hostname = hostnameOfHostHeader(header);
    return hostname !== null && isLoopbackHostname(hostname);
}
/** Answers 403 HOST_NOT_ALLOWED. */
export function sendHostNotAllowed(res) {
    sendJson(res, 403, {
        error: 'This local gateway only answers requests to localhost or 127.0.0.1 (set API keys to serve other host names)',
        code: 'HOST_NOT_ALLOWED',
    });
}
//# sourceMappingURL=host-check.js.map