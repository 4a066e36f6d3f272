/**
 * Failures of the plain HTTP page fetcher, worded like Chromium's (`net::ERR_…`), so that a user
 * reads the same message whichever way a page was loaded.
 */
import { BlockedAddressError } from './network-guard.js';
import { netErrorFailure, PageLoadError } from './page-load-error.js';
/** Node / undici error codes and the Chromium error that means the same thing. */
const NET_ERRORS_BY_CODE = {
    ECONNREFUSED: 'net::ERR_CONNECTION_REFUSED',
    ECONNRESET: 'net::ERR_CONNECTION_RESET',
    EPIPE: 'net::ERR_CONNECTION_RESET',
    ENOTFOUND: 'net::ERR_NAME_NOT_RESOLVED',
    EAI_AGAIN: 'net::ERR_NAME_NOT_RESOLVED',
    EAI_NONAME: 'net::ERR_NAME_NOT_RESOLVED',
    ETIMEDOUT: 'net::ERR_CONNECTION_TIMED_OUT',
    UND_ERR_CONNECT_TIMEOUT: 'net::ERR_CONNECTION_TIMED_OUT',
    EHOSTUNREACH: 'net::ERR_ADDRESS_UNREACHABLE',
    ENETUNREACH: 'net::ERR_ADDRESS_UNREACHABLE',
    UND_ERR_HEADERS_OVERFLOW: 'net::ERR_RESPONSE_HEADERS_TOO_BIG',
    Z_DATA_ERROR: 'net::ERR_CONTENT_DECODING_FAILED',
    Z_BUF_ERROR: 'net::ERR_CONTENT_DECODING_FAILED',
    ERR_BROTLI_DECOMPRESSION_FAILED: 'net::ERR_CONTENT_DECODING_FAILED',
    CERT_HAS_EXPIRED: 'net::ERR_CERT_DATE_INVALID',
    CERT_NOT_YET_VALID: 'net::ERR_CERT_DATE_INVALID',
    DEPTH_ZERO_SELF_SIGNED_CERT: 'net::ERR_CERT_AUTHORITY_INVALID',
    SELF_SIGNED_CERT_IN_CHAIN: 'net::ERR_CERT_AUTHORITY_INVALID',
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'net::ERR_CERT_AUTHORITY_INVALID',
    UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'net::ERR_CERT_AUTHORITY_INVALID',
    ERR_TLS_CERT_ALTNAME_INVALID: 'net::ERR_CERT_COMMON_NAME_INVALID',
    EPROTO: 'net::ERR_SSL_PROTOCOL_ERROR',
};
/** The error and its causes, outermost first (undici wraps socket errors in `TypeError: fetch failed`). */
function causeChain(error) {
    const chain = [];
    for (let current = error; current !== undefined && current !== null && chain.length < 8;) {
        chain.push(current);
        current = current instanceof Error ? current.cause : undefined;
    }
    return chain;
}
/** The Chromium error name for a Node/undici failure, if one fits. */
export function netErrorOf(error, responded) {
    for (const link of causeChain(error)) {
        if (!(link instanceof Error))
            continue;
        const code = link.code;
        if (code && NET_ERRORS_BY_CODE[code])
            return NET_ERRORS_BY_CODE[code];
        if (code?.startsWith('ERR_SSL_') || code?.startsWith('ERR_TLS_'))
            return 'net::ERR_SSL_PROTOCOL_ERROR';
        if (code?.startsWith('HPE_'))
            return 'net::ERR_INVALID_HTTP_RESPONSE';
        if (code === 'UND_ERR_SOCKET')
            return responded ? 'net::ERR_CONNECTION_CLOSED' : 'net::ERR_EMPTY_RESPONSE';
    }
    return undefined;
}
/**
 * Node codes of failures Chromium gets past: responses its lenient HTTP parser reads (bare LF line
 * ends, control characters in header values: `HPE_*`), and certificate chains missing an
 * intermediate, which Chromium fetches from the certificate's AIA address.
 */
const BROWSER_TOLERATED_CODES = new Set(['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY']);
/** True when a plain HTTP fetch failed in a way a browser may not (see {@link BROWSER_TOLERATED_CODES}). */
export function browserMayLoadDespite(error) {
    return causeChain(error).some((link) => {
        const code = link instanceof Error ? link.code : undefined;
        return code !== undefined && (code.startsWith('HPE_') || BROWSER_TOLERATED_CODES.has(code));
    });
}
/** The network guard's refusal hidden in a connection failure (see http-agent.ts), if any. */
export function blockedAddressOf(error) {
    return causeChain(error).find((link) => link instanceof BlockedAddressError);
}
/** Turns a failed request into a user-facing {@link PageLoadError}. */
export function fetchFailure(url, error, responded) {
    const netError = netErrorOf(error, responded);
    if (netError)
        return netErrorFailure(url, netError, error);
    const message = causeChain(error)
        .map((link) => (link instanceof Error ? link.message : String(link)))
        .filter((text) => text !== 'fetch failed')
        .join(': ');
    return new PageLoadError(`Could not load ${url}: ${message || 'fetch failed'}`, 'failed', true, { cause: error });
}
//# sourceMappingURL=http-errors.js.map