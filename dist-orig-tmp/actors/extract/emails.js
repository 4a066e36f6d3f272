import { cloudflareValueFromHref, decodeCloudflareEmail } from './cloudflare-email.js';
import { cleanEmailCandidate } from './email-address.js';
import { findEmailsInText } from './email-scan.js';
import { walkVisibleText } from './html-text.js';
import { addressesFromMailto } from './mailto.js';
import { reversedTexts } from './reversed-text.js';
export { cleanEmailCandidate } from './email-address.js';
export { htmlToVisibleText } from './html-text.js';
/** Characters of visible text kept on each side of an address in {@link EmailHit.context}. */
const CONTEXT_RADIUS = 60;
/** Longest partial word dropped at either edge of a context. */
const MAX_WORD_TRIM = 20;
/** Nesting depth beyond which JSON-LD is not searched (guards against hostile documents). */
const MAX_JSON_LD_DEPTH = 32;
const INVISIBLE_CHARACTERS = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
function collapseWhitespace(text) {
    return text.replace(INVISIBLE_CHARACTERS, '').replace(/\s+/g, ' ');
}
function contextAround(text, start, end) {
    let from = Math.max(0, start - CONTEXT_RADIUS);
    let to = Math.min(text.length, end + CONTEXT_RADIUS);
    // Start and end on word boundaries when one is near, so the context does not open mid-word.
    if (from > 0 && text[from - 1] !== ' ') {
        const space = text.indexOf(' ', from);
        if (space !== -1 && space < start && space - from <= MAX_WORD_TRIM)
            from = space + 1;
    }
    if (to < text.length && text[to] !== ' ') {
        const space = text.lastIndexOf(' ', to);
        if (space >= end && to - space <= MAX_WORD_TRIM)
            to = space;
    }
    // Never split a surrogate pair.
    if (from > 0 && /[\udc00-\udfff]/.test(text[from]))
        from += 1;
    if (to < text.length && /[\udc00-\udfff]/.test(text[to]))
        to -= 1;
    return text.slice(from, to).trim();
}
/** Addresses from a Cloudflare-encoded value, which may itself be a mailto URL. */
function addressesFromCloudflare(encoded) {
    const decoded = decodeCloudflareEmail(encoded);
    if (decoded === null)
        return [];
    if (/^mailto:/i.test(decoded.trim()))
        return addressesFromMailto(decoded);
    const address = cleanEmailCandidate(decoded.split('?')[0]);
    return address === null ? [] : [address];
}
/** `email` values anywhere in a JSON-LD document (schema.org Organization, Person, ContactPoint…). */
function addressesFromJsonLd(json) {
    let document;
    try {
        document = JSON.parse(json);
    }
    catch {
        return [];
    }
    const addresses = [];
    const pending = [{ value: document, depth: 0 }];
    while (pending.length > 0) {
        const { value, depth } = pending.pop();
        if (value === null || typeof value !== 'object' || depth > MAX_JSON_LD_DEPTH)
            continue;
        for (const [key, child] of Object.entries(value)) {
            if (key.toLowerCase() === 'email') {
                for (const candidate of Array.isArray(child) ? child : [child]) {
                    if (typeof candidate !== 'string')
                        continue;
                    const found = /^mailto:/i.test(candidate.trim()) ? addressesFromMailto(candidate) : [cleanEmailCandidate(candidate)];
                    for (const address of found)
                        if (address !== null)
                            addresses.push(address);
                }
            }
            else {
                pending.push({ value: child, depth: depth + 1 });
            }
        }
    }
    return addresses;
}
/**
 * Collects the addresses carried by markup while the page's visible text is derived:
 * `mailto:` links, Cloudflare-protected links and `data-cfemail` attributes, and JSON-LD.
 */
function readPage(html) {
    const markupAddresses = [];
    const text = walkVisibleText(html, {
        onElement(_name, attributes, textOffset) {
            const href = attributes.href;
            if (href !== undefined) {
                const cloudflareValue = cloudflareValueFromHref(href);
                const addresses = cloudflareValue !== null ? addressesFromCloudflare(cloudflareValue) : addressesFromMailto(href);
                for (const address of addresses)
                    markupAddresses.push({ address, textOffset });
            }
            const cloudflareAttribute = attributes['data-cfemail'];
            if (cloudflareAttribute !== undefined) {
                for (const address of addressesFromCloudflare(cloudflareAttribute))
                    markupAddresses.push({ address, textOffset });
            }
        },
        onJsonLd(json) {
            for (const address of addressesFromJsonLd(json))
                markupAddresses.push({ address, textOffset: null });
        },
    });
    return { text, markupAddresses };
}
/**
 * The e-mail addresses on one page: in `mailto:` links (all recipients), in visible text
 * (including bracketed and spelled-out obfuscations and HTML entities), in Cloudflare-protected
 * links and `data-cfemail` attributes, and in JSON-LD `email` fields. Never from comments, scripts,
 * styles, script URLs or other attributes; sample addresses, asset names and telemetry keys are
 * dropped (see {@link cleanEmailCandidate}).
 *
 * When `page.text` is given (the rendered page's innerText) it is searched first and supplies the
 * context; the HTML-derived text is searched too, which adds addresses in content hidden by CSS
 * (collapsed accordions, tabs).
 *
 * @returns one hit per address (case-insensitive), in order of first appearance
 */
export function extractEmails(page) {
    const { text: htmlText, markupAddresses } = readPage(page.html);
    const flatHtmlText = htmlText.replace(/\n/g, ' ');
    const hits = new Map();
    const add = (address, context) => {
        if (!hits.has(address))
            hits.set(address, { address, pageUrl: page.url, context });
    };
    const texts = page.text !== undefined ? [collapseWhitespace(page.text), flatHtmlText] : [flatHtmlText];
    for (const text of texts) {
        for (const match of findEmailsInText(text))
            add(match.address, contextAround(text, match.start, match.end));
    }
    for (const { address, textOffset } of markupAddresses) {
        add(address, textOffset === null ? '' : contextAround(flatHtmlText, textOffset, textOffset));
    }
    for (const reversed of reversedTexts(page.html)) {
        for (const match of findEmailsInText(collapseWhitespace(reversed)))
            add(match.address, reversed);
    }
    // "06 12 34 56 78<a href=mailto:contact@…>": text glued before a link is not part of its address.
    const linked = markupAddresses.map((m) => m.address);
    for (const address of [...hits.keys()]) {
        if (linked.some((l) => l !== address && address.endsWith(l) && /^[\d.+()-]+$/.test(address.slice(0, -l.length))))
            hits.delete(address);
    }
    return [...hits.values()];
}
//# sourceMappingURL=emails.js.map