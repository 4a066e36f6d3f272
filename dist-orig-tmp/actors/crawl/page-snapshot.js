/** Defaults of {@link SnapshotLimits}. */
export const DEFAULT_SNAPSHOT_LIMITS = Object.freeze({
    maxHtmlChars: 5_000_000,
    maxTextChars: 1_000_000,
    maxLinks: 5000,
});
export function takePageSnapshot(page, limits = DEFAULT_SNAPSHOT_LIMITS, onlyIfScriptless = false) {
    return page.evaluate(readDocument, limits, onlyIfScriptless);
}
/** Runs inside the page (serialized by Puppeteer): must not reference anything outside itself. */
function readDocument(limits, onlyIfScriptless) {
    const doc = globalThis.document;
    if (onlyIfScriptless && doc.scripts.length > 0)
        return null;
    const links = [];
    const seen = new Set();
    const add = (raw, text) => {
        if (!raw || links.length >= limits.maxLinks)
            return;
        let href;
        try {
            href = new URL(raw.trim(), doc.baseURI).href;
        }
        catch {
            return;
        }
        if (seen.has(href))
            return;
        seen.add(href);
        links.push({ href, text: text.replace(/\s+/g, ' ').trim().slice(0, 200) });
    };
    // getAttribute rather than .href: SVG <a> elements expose an object there.
    for (const el of doc.querySelectorAll('a[href], area[href]')) {
        add(el.getAttribute('href'), el.textContent || el.getAttribute('title') || el.getAttribute('aria-label') || '');
    }
    for (const el of doc.querySelectorAll('iframe[src], frame[src]')) {
        add(el.getAttribute('src'), el.getAttribute('title') || '');
    }
    for (const el of doc.querySelectorAll('meta[http-equiv]')) {
        if ((el.getAttribute('http-equiv') || '').toLowerCase() !== 'refresh')
            continue;
        const match = /url\s*=\s*['"]?([^'";]+)/i.exec(el.getAttribute('content') || '');
        if (match?.[1])
            add(match[1], '');
    }
    // outerHTML leaves the doctype out; site-age signals (HTML 4, XHTML, none) need it.
    const dt = doc.doctype;
    const doctype = dt
        ? `<!DOCTYPE ${dt.name}${dt.publicId ? ` PUBLIC "${dt.publicId}"` : ''}${dt.systemId ? `${dt.publicId ? '' : ' SYSTEM'} "${dt.systemId}"` : ''}>\n`
        : '';
    const html = doc.documentElement ? doctype + doc.documentElement.outerHTML : '';
    const text = doc.body ? doc.body.innerText : '';
    return {
        html: html.length > limits.maxHtmlChars ? html.slice(0, limits.maxHtmlChars) : html,
        text: text.length > limits.maxTextChars ? text.slice(0, limits.maxTextChars) : text,
        title: doc.title,
        documentContentType: doc.contentType,
        links,
    };
}
//# sourceMappingURL=page-snapshot.js.map