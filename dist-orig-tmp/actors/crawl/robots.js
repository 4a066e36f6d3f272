/**
 * robots.txt parsing and matching per RFC 9309 (Robots Exclusion Protocol).
 */
/** Rules for a site without robots.txt (or with one that does not apply): everything allowed. */
export const ALLOW_ALL = Object.freeze({ isAllowed: () => true, sitemaps: Object.freeze([]) });
/**
 * Rules for a site whose robots.txt is unreachable because of a server error: RFC 9309 §2.3.1.4
 * says to assume complete disallow. `/robots.txt` itself stays allowed.
 */
export const DISALLOW_ALL = Object.freeze({
    isAllowed: (url) => pathAndQuery(url) === '/robots.txt',
    sitemaps: Object.freeze([]),
});
/**
 * Only this much of a robots.txt is parsed; RFC 9309 §2.5 requires at least 500 KiB. Counted in
 * UTF-16 code units, which is at least as many bytes for any content.
 */
export const MAX_ROBOTS_PARSE_LENGTH = 512 * 1024;
/** Directive names, including the misspellings Google's reference parser accepts. */
const USER_AGENT_KEYS = new Set(['user-agent', 'useragent', 'user agent']);
const ALLOW_KEYS = new Set(['allow']);
const DISALLOW_KEYS = new Set(['disallow', 'dissallow', 'dissalow', 'disalow', 'diasllow', 'disallaw']);
const CRAWL_DELAY_KEYS = new Set(['crawl-delay', 'crawldelay', 'crawl delay']);
const SITEMAP_KEYS = new Set(['sitemap', 'site-map']);
/** RFC 9309 §2.2.1: a product token is letters, "_" and "-"; anything after (a version, a URL) is ignored. */
function productToken(value) {
    const trimmed = value.trim();
    if (trimmed.startsWith('*'))
        return '*';
    return (/^[A-Za-z_-]+/.exec(trimmed)?.[0] ?? '').toLowerCase();
}
/**
 * RFC 9309 §2.2.2: octets outside US-ASCII are percent-encoded, escapes of unreserved characters
 * are decoded, other escapes are upper-cased, so a pattern and a path compare byte for byte.
 */
function normalizeForMatching(text) {
    let encoded = '';
    for (const character of text) {
        const code = character.codePointAt(0);
        encoded += code > 0x7e || code < 0x21 ? encodeURIComponent(character) : character;
    }
    return encoded.replace(/%[0-9a-f]{2}/gi, (escape) => {
        const decoded = String.fromCharCode(Number.parseInt(escape.slice(1), 16));
        return /[A-Za-z0-9\-._~]/.test(decoded) ? decoded : escape.toUpperCase();
    });
}
/** The path and query of an absolute URL, or the given path with any fragment removed. */
function pathAndQuery(url) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) {
        try {
            const parsed = new URL(url);
            return parsed.pathname + parsed.search;
        }
        catch {
            return '/';
        }
    }
    const withoutFragment = url.split('#')[0];
    return withoutFragment.startsWith('/') ? withoutFragment : `/${withoutFragment}`;
}
/**
 * True when `path` matches `pattern` from its start: `*` matches any run of characters and a
 * final `$` anchors the end (elsewhere `$` is literal). Tracks the set of reachable path positions
 * instead of backtracking, so the cost is bounded by path length × pattern length.
 */
function matchesPattern(path, pattern) {
    let positions = [0];
    for (let index = 0; index < pattern.length; index += 1) {
        const character = pattern[index];
        if (character === '$' && index === pattern.length - 1) {
            return positions.includes(path.length);
        }
        if (character === '*') {
            const first = positions[0];
            positions = [];
            for (let position = first; position <= path.length; position += 1)
                positions.push(position);
            continue;
        }
        const next = [];
        for (const position of positions) {
            if (position < path.length && path[position] === character)
                next.push(position + 1);
        }
        if (next.length === 0)
            return false;
        positions = next;
    }
    return true;
}
function parseCrawlDelaySeconds(value) {
    if (!/^\d+(?:\.\d+)?$/.test(value))
        return undefined;
    const seconds = Number(value);
    return Number.isFinite(seconds) ? seconds : undefined;
}
function parseSitemapUrl(value) {
    try {
        const url = new URL(value);
        return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
    }
    catch {
        return undefined;
    }
}
/** Splits a robots.txt into groups (RFC 9309 §2.1) and collects sitemap lines. */
function parseGroups(body) {
    const groups = [];
    const sitemaps = [];
    let current = null;
    let readingAgents = false;
    const text = body.slice(0, MAX_ROBOTS_PARSE_LENGTH).replace(/^\ufeff/, '');
    for (const rawLine of text.split(/\r\n|\r|\n/)) {
        const line = rawLine.split('#')[0];
        const colon = line.indexOf(':');
        if (colon === -1)
            continue;
        const key = line.slice(0, colon).trim().toLowerCase().replace(/\s+/g, ' ');
        const value = line.slice(colon + 1).trim();
        if (USER_AGENT_KEYS.has(key)) {
            if (current === null || !readingAgents) {
                current = { agents: [], rules: [] };
                groups.push(current);
            }
            const token = productToken(value);
            if (token !== '')
                current.agents.push(token);
            readingAgents = true;
        }
        else if (ALLOW_KEYS.has(key) || DISALLOW_KEYS.has(key)) {
            readingAgents = false;
            // An empty pattern matches nothing (RFC 9309 §2.2.2); rules before any user-agent belong to no group.
            if (current === null || value === '')
                continue;
            const pattern = value.startsWith('/') || value.startsWith('*') ? value : `/${value}`;
            current.rules.push({ allow: ALLOW_KEYS.has(key), pattern: normalizeForMatching(pattern) });
        }
        else if (CRAWL_DELAY_KEYS.has(key)) {
            readingAgents = false;
            if (current !== null && current.crawlDelaySeconds === undefined)
                current.crawlDelaySeconds = parseCrawlDelaySeconds(value);
        }
        else if (SITEMAP_KEYS.has(key)) {
            const sitemap = parseSitemapUrl(value);
            if (sitemap !== undefined)
                sitemaps.push(sitemap);
        }
    }
    return { groups, sitemaps };
}
/**
 * Parses a robots.txt for one crawler, per RFC 9309: the groups whose user-agent matches the
 * crawler's product token (case-insensitive) are merged, else the `*` groups, else nothing
 * applies; the longest matching Allow/Disallow pattern wins and Allow wins a tie; `*` and a final
 * `$` are wildcards; percent-encoding is normalised on both sides; `/robots.txt` is always
 * allowed. Unknown lines and lines without a colon are ignored; only the first
 * {@link MAX_ROBOTS_PARSE_LENGTH} characters are read.
 *
 * @param userAgentToken the crawler's product token ("ProspectLab") or a full user agent string
 *   whose leading product token is used ("ProspectLab/1.0 (+https://…)")
 * @throws RangeError when `userAgentToken` has no product token
 */
export function parseRobots(body, userAgentToken) {
    const token = productToken(userAgentToken);
    if (token === '' || token === '*') {
        throw new RangeError(`userAgentToken must start with a product token of letters, "_" or "-", got "${userAgentToken}"`);
    }
    const { groups, sitemaps } = parseGroups(body);
    let matching = groups.filter((group) => group.agents.includes(token));
    if (matching.length === 0)
        matching = groups.filter((group) => group.agents.includes('*'));
    const rules = matching.flatMap((group) => group.rules);
    const crawlDelaySeconds = matching.find((group) => group.crawlDelaySeconds !== undefined)?.crawlDelaySeconds;
    const isAllowed = (url) => {
        const path = normalizeForMatching(pathAndQuery(url));
        if (path === '/robots.txt')
            return true;
        let bestLength = -1;
        let bestAllows = true;
        for (const rule of rules) {
            const length = rule.pattern.length;
            if (length < bestLength || (length === bestLength && bestAllows))
                continue;
            if (!matchesPattern(path, rule.pattern))
                continue;
            bestLength = length;
            bestAllows = rule.allow;
        }
        return bestAllows;
    };
    return Object.freeze({
        isAllowed,
        sitemaps: Object.freeze([...sitemaps]),
        ...(crawlDelaySeconds === undefined ? {} : { crawlDelayMs: Math.round(crawlDelaySeconds * 1000) }),
    });
}
//# sourceMappingURL=robots.js.map