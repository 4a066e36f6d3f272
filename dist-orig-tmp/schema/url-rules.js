/**
 * URL rules shared by the gateway and the crawler: start-URL validation, normalization and
 * site identity. The crawler's own heuristics (which links to follow first, which look like
 * traps) are in actors/crawl/crawl-heuristics.ts.
 */
import { isIP } from 'node:net';
import { parse as parseDomain } from 'tldts';
/** Longest URL the crawler accepts or follows; longer ones are almost always traps. */
export const MAX_URL_LENGTH = 2000;
/** Thrown for a start URL the caller must fix (not retryable). The message is user-facing. */
export class InvalidUrlError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = 'InvalidUrlError';
    }
}
/** Query parameters that only identify a campaign, click or session, never content. */
const TRACKING_PARAMETERS = new Set([
    'gclid',
    'gclsrc',
    'dclid',
    'gbraid',
    'wbraid',
    'fbclid',
    'msclkid',
    'yclid',
    'twclid',
    'ttclid',
    'li_fat_id',
    'igshid',
    'mc_cid',
    'mc_eid',
    '_ga',
    '_gl',
    '_hsenc',
    '_hsmi',
    '__hssc',
    '__hstc',
    '__hsfp',
    'hsctatracking',
    'mkt_tok',
    'oly_anon_id',
    'oly_enc_id',
    'vero_id',
    'vero_conv',
    'rb_clickid',
    's_cid',
    'ref_src',
    'srsltid',
    'epik',
    'wickedid',
    'phpsessid',
    'jsessionid',
    'aspsessionid',
    'sessionid',
    'sid_tracking',
]);
const TRACKING_PARAMETER_PREFIXES = ['utm_', 'pk_', 'mtm_', 'matomo_'];
/** Well-formed host label after URL parsing (punycode, lower case); `_` occurs in real subdomains. */
const HOST_LABEL = /^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$/;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
/** `host`, `host:port`, `[v6]:port`, optionally followed by a path, query or fragment. */
const BARE_HOST = /^(\[[0-9a-f:.]+\]|[^\s/?#@:[\]\\]+)(?::\d{1,5})?(?:[/?#\\]|$)/i;
function isIpLiteralHost(hostname) {
    return isIP(hostname.replace(/^\[|\]$/g, '')) !== 0;
}
function isLocalhostName(hostname) {
    return hostname === 'localhost' || hostname.endsWith('.localhost');
}
/** Adds a scheme to input typed without one ("acme.example/contact"), or returns null if it is not host-like. */
function withDefaultScheme(input) {
    if (input.startsWith('//'))
        return `https:${input}`;
    const host = BARE_HOST.exec(input);
    if (host === null)
        return null;
    const hostname = host[1].toLowerCase();
    if (isIpLiteralHost(hostname) || isLocalhostName(hostname))
        return `http://${input}`;
    return hostname.includes('.') ? `https://${input}` : null;
}
/** True when `input` starts with a scheme, as opposed to `host:port`. */
function hasScheme(input) {
    const match = SCHEME.exec(input);
    if (match === null)
        return false;
    const afterColon = input.slice(match[0].length);
    return !/^\d+(?:[/?#]|$)/.test(afterColon);
}
function isPlausibleHostname(hostname) {
    if (isIpLiteralHost(hostname))
        return true;
    const name = hostname.replace(/\.$/, '');
    return name.length > 0 && name.length <= 253 && name.split('.').every((label) => HOST_LABEL.test(label));
}
/**
 * Parses a start URL typed by a user: trims it, adds a scheme when it is missing and the input
 * looks like a host (`https://` for names, `http://` for IP addresses and `localhost`), accepts
 * only http and https, and normalises it with {@link normalizeUrl}.
 *
 * URLs carrying a user name or password are refused: the crawler never sends credentials, and
 * such URLs would store them in job records.
 *
 * @throws InvalidUrlError with a message naming the problem
 */
export function parseStartUrl(input) {
    if (typeof input !== 'string')
        throw new InvalidUrlError('Not a valid URL: expected text');
    const trimmed = input.trim();
    if (trimmed === '')
        throw new InvalidUrlError('Not a valid URL: the URL is empty');
    if (trimmed.length > MAX_URL_LENGTH) {
        throw new InvalidUrlError(`Not a valid URL: ${trimmed.length} characters long, at most ${MAX_URL_LENGTH} are allowed`);
    }
    let absolute;
    if (hasScheme(trimmed)) {
        absolute = trimmed;
    }
    else {
        const completed = withDefaultScheme(trimmed);
        if (completed === null) {
            const hint = /^[^\s@/]+@[^\s@/]+\.[a-z]{2,}$/i.test(trimmed) ? ' (this looks like an e-mail address)' : '';
            throw new InvalidUrlError(`Not a valid URL: "${trimmed}"${hint}`);
        }
        absolute = completed;
    }
    let url;
    try {
        url = new URL(absolute);
    }
    catch (cause) {
        throw new InvalidUrlError(`Not a valid URL: "${trimmed}"`, { cause });
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new InvalidUrlError(`Unsupported URL scheme "${url.protocol}"; use http or https`);
    }
    if (url.username !== '' || url.password !== '') {
        throw new InvalidUrlError('URLs containing a user name or password are not supported; remove the "user:password@" part');
    }
    if (!isPlausibleHostname(url.hostname)) {
        throw new InvalidUrlError(`Not a valid URL: "${trimmed}" has an invalid host name`);
    }
    const normalized = normalizeUrl(url.href);
    if (normalized === null)
        throw new InvalidUrlError(`Not a valid URL: "${trimmed}"`);
    return normalized;
}
/** Upper-cases percent-escapes and decodes the ones that stand for unreserved characters (RFC 3986 §6.2.2). */
function normalizePercentEncoding(text) {
    return text.replace(/%[0-9a-f]{2}/gi, (escape) => {
        const character = String.fromCharCode(Number.parseInt(escape.slice(1), 16));
        return /[A-Za-z0-9\-._~]/.test(character) ? character : escape.toUpperCase();
    });
}
/** Percent-decodes `text` (`+` as a space), or returns it unchanged when it is not valid percent-encoding. */
export function decodeLenient(text) {
    try {
        return decodeURIComponent(text.replace(/\+/g, ' '));
    }
    catch {
        return text;
    }
}
function isTrackingParameter(rawName) {
    const name = decodeLenient(rawName).toLowerCase();
    return TRACKING_PARAMETERS.has(name) || TRACKING_PARAMETER_PREFIXES.some((prefix) => name.startsWith(prefix));
}
/**
 * Keeps the query's own encoding (re-serialising through URLSearchParams would turn `%20` into
 * `+` and escape `/`), drops tracking parameters and empty pairs, and sorts by name (stable, so
 * repeated names keep their order).
 */
function normalizeQuery(search) {
    if (search.length <= 1)
        return '';
    const pairs = search
        .slice(1)
        .split('&')
        .filter((pair) => pair !== '')
        .map((pair) => {
        const equals = pair.indexOf('=');
        return { name: equals === -1 ? pair : pair.slice(0, equals), pair: normalizePercentEncoding(pair) };
    })
        .filter(({ name }) => !isTrackingParameter(name));
    if (pairs.length === 0)
        return '';
    pairs.sort((left, right) => (left.name < right.name ? -1 : left.name > right.name ? 1 : 0));
    return `?${pairs.map(({ pair }) => pair).join('&')}`;
}
/**
 * Resolves `raw` against `base` and normalises it so that one page has one URL: lower-case scheme
 * and host (URL parsing does both), no trailing dot on the host, no default port, no fragment,
 * no credentials, no `;jsessionid=` path parameter, duplicate slashes collapsed, dot segments
 * resolved, percent-escapes normalised, tracking and session parameters removed, remaining
 * parameters sorted. A trailing slash is kept as written; an empty path becomes "/".
 *
 * @returns the absolute http(s) URL, or `null` for other schemes (mailto:, tel:, javascript:,
 *   data:…) and for anything that does not parse
 */
export function normalizeUrl(raw, base) {
    let url;
    try {
        url = base === undefined ? new URL(raw.trim()) : new URL(raw.trim(), base);
    }
    catch {
        return null;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        return null;
    if (url.hostname === '')
        return null;
    url.username = '';
    url.password = '';
    url.hash = '';
    if (url.hostname.endsWith('.') && !url.hostname.startsWith('['))
        url.hostname = url.hostname.replace(/\.+$/, '');
    const path = url.pathname.replace(/;jsessionid=[^/?]*/gi, '').replace(/\/{2,}/g, '/');
    url.pathname = normalizePercentEncoding(path === '' ? '/' : path);
    const query = normalizeQuery(url.search);
    url.search = '';
    return url.href + query;
}
/**
 * The registrable domain of a host name (`www.acme.co.uk` → `acme.co.uk`), from the Public
 * Suffix List including its private section, so `shop.github.io` and `blog.github.io` are different
 * sites. IP addresses, `localhost` and single-label names are returned as they are, without port.
 */
export function registrableDomain(hostname) {
    let host = hostname.trim().toLowerCase();
    if (host.startsWith('['))
        return host.replace(/^\[|\]$/g, '');
    if (/^[^:]+:\d+$/.test(host))
        host = host.slice(0, host.lastIndexOf(':'));
    host = host.replace(/\.+$/, '');
    if (isIP(host) !== 0 || isLocalhostName(host))
        return host;
    return parseDomain(host, { allowPrivateDomains: true }).domain ?? host;
}
function effectivePort(url) {
    if (url.port !== '')
        return url.port;
    return url.protocol === 'https:' ? '443' : '80';
}
/**
 * The key that identifies a URL's site: its registrable domain, or `host:port` for hosts that have
 * none (IP addresses, `localhost`, single-label names).
 * @returns the key, or `null` when the URL does not parse
 */
export function siteKey(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return null;
    }
    const host = parsed.hostname.replace(/\.+$/, '').replace(/^\[|\]$/g, '');
    const hostOnlySite = isIP(host) !== 0 || isLocalhostName(host) || parseDomain(host, { allowPrivateDomains: true }).domain === null;
    return hostOnlySite ? `${host}:${effectivePort(parsed)}` : registrableDomain(host);
}
/**
 * True when both URLs belong to one site: the same registrable domain, so `www.` and the apex
 * (and http and https) are one site. Hosts without a registrable domain (IP addresses,
 * `localhost`, single-label names) must match exactly, port included, so two local sites on
 * different ports are different sites. False when either URL does not parse.
 */
export function isSameSite(a, b) {
    const left = siteKey(a);
    return left !== null && left === siteKey(b);
}
//# sourceMappingURL=url-rules.js.map