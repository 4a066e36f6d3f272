/**
 * What rendering a page taught about its technologies (JS globals, cookies), kept per origin and
 * set of script URLs: another page of the same origin loading the same scripts defines the same
 * globals, so it needs no render of its own.
 */
/** Entries kept at most; the oldest goes first. @default 64 */
const DEFAULT_MAX_ENTRIES = 64;
/** Probe results keyed by a page's origin and the distinct script URLs it loads. */
export class ProbeCache {
    #entries = new Map();
    #maxEntries;
    /** @param maxEntries entries kept at most (the oldest is dropped first) @default 64 */
    constructor(maxEntries = DEFAULT_MAX_ENTRIES) {
        if (!Number.isInteger(maxEntries) || maxEntries < 1)
            throw new RangeError(`maxEntries must be a positive integer (got ${maxEntries})`);
        this.#maxEntries = maxEntries;
    }
    get size() {
        return this.#entries.size;
    }
    /** What a page of `pageUrl`'s origin loading exactly `scriptUrls` (in any order) taught; undefined when unknown. */
    get(pageUrl, scriptUrls) {
        const key = probeCacheKey(pageUrl, scriptUrls);
        return key === null ? undefined : this.#entries.get(key);
    }
    /** Remembers what rendering a page of `pageUrl` loading `scriptUrls` taught. */
    set(pageUrl, scriptUrls, value) {
        const key = probeCacheKey(pageUrl, scriptUrls);
        if (key === null)
            return;
        this.#entries.delete(key);
        this.#entries.set(key, value);
        if (this.#entries.size > this.#maxEntries)
            this.#entries.delete(this.#entries.keys().next().value);
    }
}
/**
 * The cache key of a page: its origin and its distinct script URLs without fragment, sorted; null
 * for a URL without a usable origin (`data:`, unparsable), which is never cached.
 */
export function probeCacheKey(pageUrl, scriptUrls) {
    let origin;
    try {
        origin = new URL(pageUrl).origin;
    }
    catch {
        return null;
    }
    if (origin === 'null')
        return null;
    const scripts = [...new Set(scriptUrls.map((url) => url.replace(/#.*$/s, '')))].sort();
    return [origin, ...scripts].join('\n');
}
//# sourceMappingURL=probe-cache.js.map