import { lookup as dnsLookup } from 'node:dns/promises';
import { abortReason } from './abort-reason.js';
/**
 * The crawler's guard against server-side request forgery: it refuses URLs whose host is, or
 * resolves to, a private, loopback, link-local or otherwise non-public address, unless the
 * operator allows private networks. IP literals are recognised in every form browsers accept.
 */
/** Environment variable that lets the crawler reach private and loopback addresses. */
export const ALLOW_PRIVATE_NETWORKS_VARIABLE = 'PROSPECTLAB_ALLOW_PRIVATE_NETWORKS';
/** Time allowed for resolving a host name before giving up. */
export const DEFAULT_DNS_TIMEOUT_MS = 5000;
function ipv4(a, b, c, d) {
    return ((a << 24) | (b << 16) | (c << 8) | d) >>> 0;
}
/**
 * Special-purpose IPv4 ranges (IANA registry, RFC 6890 and successors), most specific first.
 * Cloud metadata endpoints are listed individually so that allowing private networks for local
 * development never exposes them.
 */
const IPV4_RANGES = [
    [ipv4(169, 254, 169, 254), 32, 'metadata'], // AWS, GCP, Azure, OpenStack, DigitalOcean…
    [ipv4(169, 254, 170, 2), 32, 'metadata'], // AWS ECS task metadata
    [ipv4(100, 100, 100, 200), 32, 'metadata'], // Alibaba Cloud
    [ipv4(0, 0, 0, 0), 32, 'unspecified'],
    [ipv4(255, 255, 255, 255), 32, 'reserved'], // limited broadcast
    [ipv4(0, 0, 0, 0), 8, 'reserved'], // "this network"; Linux routes it to the local host
    [ipv4(10, 0, 0, 0), 8, 'private'],
    [ipv4(100, 64, 0, 0), 10, 'private'], // carrier-grade NAT shared space
    [ipv4(127, 0, 0, 0), 8, 'loopback'],
    [ipv4(169, 254, 0, 0), 16, 'link-local'],
    [ipv4(172, 16, 0, 0), 12, 'private'],
    [ipv4(192, 0, 0, 0), 24, 'reserved'], // IETF protocol assignments
    [ipv4(192, 0, 2, 0), 24, 'reserved'], // TEST-NET-1
    [ipv4(192, 88, 99, 0), 24, 'reserved'], // 6to4 relay anycast (deprecated)
    [ipv4(192, 168, 0, 0), 16, 'private'],
    [ipv4(198, 18, 0, 0), 15, 'reserved'], // benchmarking
    [ipv4(198, 51, 100, 0), 24, 'reserved'], // TEST-NET-2
    [ipv4(203, 0, 113, 0), 24, 'reserved'], // TEST-NET-3
    [ipv4(224, 0, 0, 0), 4, 'multicast'],
    [ipv4(240, 0, 0, 0), 4, 'reserved'],
];
function prefixMask(prefixLength) {
    return prefixLength === 0 ? 0 : (0xffffffff << (32 - prefixLength)) >>> 0;
}
/** Class of an IPv4 address given as an unsigned 32-bit integer. */
function classifyIpv4(address) {
    for (const [first, prefixLength, addressClass] of IPV4_RANGES) {
        const mask = prefixMask(prefixLength);
        if ((address & mask) >>> 0 === first)
            return addressClass;
    }
    return 'public';
}
/** Parses one WHATWG IPv4 number: decimal, octal with a leading 0, or hex with 0x. */
function parseIpv4Number(part) {
    if (part === '')
        return null;
    if (/^0x[0-9a-f]*$/i.test(part))
        return part.length === 2 ? 0 : Number.parseInt(part.slice(2), 16);
    if (/^0[0-7]+$/.test(part))
        return Number.parseInt(part.slice(1), 8);
    if (/^(?:0|[1-9]\d*)$/.test(part))
        return Number(part);
    return null;
}
/**
 * Parses an IPv4 host in every form browsers accept (WHATWG URL "IPv4 parser"): dotted decimal,
 * one to four parts, each decimal, octal (`0177`) or hex (`0x7f`), the last part filling the
 * remaining bytes (`127.1`, `2130706433`), and an optional trailing dot.
 * @returns the address as an unsigned 32-bit integer, or `null` when the host is not an IPv4 address
 */
function parseIpv4(host) {
    const parts = host.split('.');
    if (parts.length > 1 && parts[parts.length - 1] === '')
        parts.pop();
    if (parts.length === 0 || parts.length > 4)
        return null;
    const numbers = [];
    for (const part of parts) {
        const value = parseIpv4Number(part);
        if (value === null || !Number.isSafeInteger(value))
            return null;
        numbers.push(value);
    }
    const last = numbers.pop();
    if (numbers.some((value) => value > 255) || last >= 256 ** (4 - numbers.length))
        return null;
    let address = last;
    numbers.forEach((value, index) => {
        address += value * 256 ** (3 - index);
    });
    return address;
}
function formatIpv4(address) {
    return [address >>> 24, (address >>> 16) & 0xff, (address >>> 8) & 0xff, address & 0xff].join('.');
}
/** Parses a strict dotted quad (as allowed at the end of an IPv6 address). */
function parseDottedQuad(text) {
    if (!/^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/.test(text))
        return null;
    return parseIpv4(text);
}
/**
 * Parses an IPv6 address (RFC 4291 text forms: `::` compression, embedded dotted quad,
 * optional `%zone`).
 * @returns the eight 16-bit groups, or `null` when the text is not an IPv6 address
 */
function parseIpv6(text) {
    let address = text.replace(/%.*$/, '');
    if (!/^[0-9a-f:.]+$/i.test(address) || !address.includes(':'))
        return null;
    let embeddedIpv4 = null;
    const lastColon = address.lastIndexOf(':');
    if (address.includes('.', lastColon)) {
        embeddedIpv4 = parseDottedQuad(address.slice(lastColon + 1));
        if (embeddedIpv4 === null)
            return null;
        address = `${address.slice(0, lastColon + 1)}0:0`;
    }
    const halves = address.split('::');
    if (halves.length > 2)
        return null;
    const parseGroups = (part) => {
        if (part === '')
            return [];
        const groups = part.split(':');
        return groups.every((group) => /^[0-9a-f]{1,4}$/i.test(group)) ? groups.map((group) => Number.parseInt(group, 16)) : null;
    };
    const head = parseGroups(halves[0]);
    const tail = halves.length === 2 ? parseGroups(halves[1]) : [];
    if (head === null || tail === null)
        return null;
    let groups;
    if (halves.length === 2) {
        if (head.length + tail.length > 7)
            return null;
        groups = [...head, ...new Array(8 - head.length - tail.length).fill(0), ...tail];
    }
    else {
        if (head.length !== 8)
            return null;
        groups = head;
    }
    if (embeddedIpv4 !== null) {
        groups[6] = embeddedIpv4 >>> 16;
        groups[7] = embeddedIpv4 & 0xffff;
    }
    return groups;
}
/** RFC 5952 text form: lower case, no leading zeros, the longest run of zero groups as "::". */
function formatIpv6(groups) {
    let bestStart = -1;
    let bestLength = 0;
    for (let start = 0; start < 8;) {
        if (groups[start] !== 0) {
            start += 1;
            continue;
        }
        let end = start;
        while (end < 8 && groups[end] === 0)
            end += 1;
        if (end - start > bestLength && end - start >= 2) {
            bestStart = start;
            bestLength = end - start;
        }
        start = end;
    }
    const hex = groups.map((group) => group.toString(16));
    if (bestStart === -1)
        return hex.join(':');
    return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}
function startsWith(groups, prefix, prefixBits) {
    for (let bit = 0; bit < prefixBits; bit += 16) {
        const bits = Math.min(16, prefixBits - bit);
        const mask = (0xffff << (16 - bits)) & 0xffff;
        const index = bit / 16;
        if ((groups[index] & mask) !== ((prefix[index] ?? 0) & mask))
            return false;
    }
    return true;
}
function embeddedIpv4(high, low) {
    return ((high << 16) | low) >>> 0;
}
/** Class of an IPv6 address given as eight 16-bit groups. */
function classifyIpv6(groups) {
    if (groups.every((group) => group === 0))
        return 'unspecified';
    if (startsWith(groups, [0, 0, 0, 0, 0, 0, 0, 1], 128))
        return 'loopback';
    if (startsWith(groups, [0xfd00, 0x0ec2, 0, 0, 0, 0, 0, 0x254], 128))
        return 'metadata'; // AWS IMDS over IPv6
    // IPv4-mapped ::ffff:a.b.c.d and IPv4-translated ::ffff:0:a.b.c.d: the IPv4 address is what is reached.
    if (startsWith(groups, [0, 0, 0, 0, 0, 0xffff], 96) || startsWith(groups, [0, 0, 0, 0, 0xffff, 0], 96)) {
        return classifyIpv4(embeddedIpv4(groups[6], groups[7]));
    }
    // NAT64 well-known prefix: reaches the embedded IPv4 address.
    if (startsWith(groups, [0x64, 0xff9b, 0, 0, 0, 0], 96))
        return classifyIpv4(embeddedIpv4(groups[6], groups[7]));
    if (startsWith(groups, [0x64, 0xff9b, 1], 48))
        return 'private'; // local-use NAT64
    // Deprecated IPv4-compatible ::a.b.c.d: never legitimately used; keep the embedded class if worse.
    if (startsWith(groups, [0, 0, 0, 0, 0, 0], 96)) {
        const embedded = classifyIpv4(embeddedIpv4(groups[6], groups[7]));
        return embedded === 'public' ? 'reserved' : embedded;
    }
    // 6to4: 2002:AABB:CCDD::/48 tunnels to IPv4 AA.BB.CC.DD.
    if (startsWith(groups, [0x2002], 16))
        return classifyIpv4(embeddedIpv4(groups[1], groups[2]));
    if (startsWith(groups, [0x0100, 0, 0, 0], 64))
        return 'reserved'; // discard-only
    if (startsWith(groups, [0x2001, 0x0db8], 32))
        return 'reserved'; // documentation
    if (startsWith(groups, [0x2001], 23))
        return 'reserved'; // IETF protocol assignments, Teredo, ORCHID
    if (startsWith(groups, [0x3fff], 20))
        return 'reserved'; // documentation (RFC 9637)
    if (startsWith(groups, [0x5f00], 16))
        return 'reserved'; // SRv6 SIDs
    if (startsWith(groups, [0xfc00], 7))
        return 'private'; // unique local
    if (startsWith(groups, [0xfe80], 10))
        return 'link-local';
    if (startsWith(groups, [0xfec0], 10))
        return 'private'; // site-local (deprecated)
    if (startsWith(groups, [0xff00], 8))
        return 'multicast';
    if (startsWith(groups, [0x2000], 3))
        return 'public';
    return 'reserved';
}
/**
 * Classifies an IP literal: IPv4 in any browser-accepted form, IPv6 with or without brackets,
 * including IPv4-mapped (`::ffff:127.0.0.1`, `::ffff:7f00:1`), NAT64 (`64:ff9b::10.0.0.1`) and
 * 6to4 (`2002:0a00:0001::`) addresses, which are classified by the IPv4 address they reach.
 * @throws TypeError when `ip` is not an IP literal
 */
export function classifyAddress(ip) {
    const canonical = parseHostAsIp(ip);
    if (canonical === null)
        throw new TypeError(`Not an IP address: "${ip}"`);
    if (canonical.includes(':'))
        return classifyIpv6(parseIpv6(canonical));
    return classifyIpv4(parseIpv4(canonical));
}
/**
 * Parses a URL host name that is an IP literal in any form browsers accept: dotted decimal,
 * a single integer (`2130706433`), octal (`0177.0.0.1`), hex (`0x7f.0.0.1`), shortened (`127.1`),
 * bracketed or bare IPv6.
 * @returns the canonical address (`127.0.0.1`, RFC 5952 IPv6 such as `::ffff:7f00:1`), or `null`
 *   when the host is a name (or a numeric host out of range, which URL parsers reject)
 */
export function parseHostAsIp(hostname) {
    const host = hostname.trim().toLowerCase();
    if (host.startsWith('[') || host.includes(':')) {
        const bare = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
        const groups = parseIpv6(bare);
        return groups === null ? null : formatIpv6(groups);
    }
    const address = parseIpv4(host);
    return address === null ? null : formatIpv4(address);
}
/**
 * Not retryable: the crawler refused a host or address the operator has not allowed.
 * The message is user-facing.
 */
export class BlockedAddressError extends Error {
    url;
    address;
    addressClass;
    constructor(message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'BlockedAddressError';
        this.url = options.url;
        this.address = options.address;
        this.addressClass = options.addressClass;
    }
}
/** Not retryable: the URL's host name does not resolve (or did not within the time allowed). */
export class UnresolvableHostError extends Error {
    constructor(message, options) {
        super(message, options);
        this.name = 'UnresolvableHostError';
    }
}
const CLASS_DESCRIPTIONS = {
    private: 'a private address',
    loopback: 'a loopback address',
    'link-local': 'a link-local address',
    multicast: 'a multicast address',
    unspecified: 'an unspecified address',
    reserved: 'a reserved address',
    metadata: 'a cloud metadata address',
};
const ALLOW_HINT = `(set ${ALLOW_PRIVATE_NETWORKS_VARIABLE}=1 to allow)`;
/**
 * True when the policy lets the crawler reach an address of this class. Cloud metadata
 * endpoints are never reachable: allowing private networks is meant for local sites, and the
 * metadata service hands out cloud credentials.
 */
export function isAddressClassAllowed(addressClass, policy) {
    if (addressClass === 'public')
        return true;
    if (addressClass === 'metadata')
        return false;
    return policy.allowPrivateNetworks;
}
/**
 * Throws {@link BlockedAddressError} unless the policy allows `address` (an IP literal), e.g. the
 * remote address a browser actually connected to.
 * @param host the host name the address belongs to, named in the message when it differs
 */
export function assertAddressAllowed(url, address, policy, host) {
    const addressClass = classifyAddress(address);
    if (isAddressClassAllowed(addressClass, policy))
        return;
    const description = CLASS_DESCRIPTIONS[addressClass];
    const canonical = parseHostAsIp(address) ?? address;
    const subject = host === undefined || parseHostAsIp(host) !== null ? `${canonical} is ${description}` : `${host} resolves to ${canonical}, ${description}`;
    const hint = addressClass === 'metadata' ? '' : ` ${ALLOW_HINT}`;
    throw new BlockedAddressError(`Refused to fetch ${url}: ${subject}${hint}`, { url, address: canonical, addressClass });
}
const systemLookup = (host) => dnsLookup(host, { all: true, order: 'verbatim' });
function isLocalhostName(host) {
    return host === 'localhost' || host.endsWith('.localhost');
}
/** Waits for `lookup(host)` at most `timeoutMs`, or until `signal` aborts. */
async function resolveHost(host, lookup, timeoutMs, signal) {
    let timer;
    let onAbort;
    try {
        return await new Promise((resolve, reject) => {
            timer = setTimeout(() => reject(new UnresolvableHostError(`Could not resolve host "${host}": no answer within ${timeoutMs} ms`)), timeoutMs);
            if (signal !== undefined) {
                onAbort = () => reject(abortReason(signal));
                signal.addEventListener('abort', onAbort, { once: true });
            }
            Promise.resolve()
                .then(() => lookup(host))
                .then(resolve, (cause) => reject(new UnresolvableHostError(`Could not resolve host "${host}"`, { cause })));
        });
    }
    finally {
        clearTimeout(timer);
        if (onAbort !== undefined)
            signal?.removeEventListener('abort', onAbort);
    }
}
/**
 * Throws {@link BlockedAddressError} unless every address the URL's host resolves to is allowed
 * by the policy: public addresses always; private, loopback, link-local and other special ranges
 * only with `allowPrivateNetworks`; cloud metadata endpoints never. IP literals in any form are
 * checked without DNS; `localhost` and `*.localhost` are refused without resolving; other names
 * are resolved and every answer is checked (one private answer is enough to refuse).
 *
 * The check does not pin the resolved address, so callers should also check the address actually
 * connected to (see {@link assertAddressAllowed}) to defeat DNS rebinding.
 *
 * @throws BlockedAddressError for refused hosts and for non-http(s) or unparsable URLs
 * @throws UnresolvableHostError when the name does not resolve within `timeoutMs`
 * @throws RangeError for an invalid `timeoutMs`; the signal's reason when aborted
 */
export async function assertUrlAllowed(url, policy, options = {}) {
    const timeoutMs = options.timeoutMs ?? DEFAULT_DNS_TIMEOUT_MS;
    if (!Number.isFinite(timeoutMs) || timeoutMs <= 0)
        throw new RangeError(`timeoutMs must be a positive number, got ${timeoutMs}`);
    options.signal?.throwIfAborted();
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch (cause) {
        throw new BlockedAddressError(`Refused to fetch "${url}": not a valid URL`, { url, cause });
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
        throw new BlockedAddressError(`Refused to fetch ${url}: only http and https URLs are allowed`, { url });
    }
    const literal = parseHostAsIp(parsed.hostname);
    if (literal !== null) {
        assertAddressAllowed(url, literal, policy);
        return;
    }
    const host = parsed.hostname.toLowerCase().replace(/\.+$/, '');
    if (isLocalhostName(host) && !policy.allowPrivateNetworks) {
        throw new BlockedAddressError(`Refused to fetch ${url}: ${host} is a loopback host name ${ALLOW_HINT}`, {
            url,
            addressClass: 'loopback',
        });
    }
    const answers = await resolveHost(host, options.lookup ?? systemLookup, timeoutMs, options.signal);
    if (answers.length === 0)
        throw new UnresolvableHostError(`Could not resolve host "${host}"`);
    for (const { address } of answers)
        assertAddressAllowed(url, address, policy, host);
}
/**
 * Reads {@link ALLOW_PRIVATE_NETWORKS_VARIABLE}: `1`, `true`, `yes` or `on` allow private
 * networks; unset, empty, `0`, `false`, `no` or `off` refuse them (case-insensitive).
 * @throws RangeError for any other value, so a typo never silently changes the policy
 */
export function networkPolicyFromEnv(env = process.env) {
    const raw = env[ALLOW_PRIVATE_NETWORKS_VARIABLE];
    const value = (raw ?? '').trim().toLowerCase();
    if (['1', 'true', 'yes', 'on'].includes(value))
        return { allowPrivateNetworks: true };
    if (['', '0', 'false', 'no', 'off'].includes(value))
        return { allowPrivateNetworks: false };
    throw new RangeError(`${ALLOW_PRIVATE_NETWORKS_VARIABLE} must be 1/true or 0/false, got "${raw}"`);
}
//# sourceMappingURL=network-guard.js.map