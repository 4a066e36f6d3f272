/**
 * What technology detection reads from one page, and how to build it from a fetched or rendered
 * page (meta tags, script URLs, inline scripts and visible text parsed from the HTML).
 */
import { DomUtils, ElementType, parseDocument } from 'htmlparser2';
import { domProbes } from './dom-probes.js';
import { evaluateDomProbesStatically } from './dom-probes-static.js';
/** Elements whose text content a visitor never reads. */
const INVISIBLE_ELEMENTS = new Set(['script', 'style', 'template', 'noscript', 'head', 'title']);
/**
 * Builds a detection input from a page: parses its HTML once (htmlparser2) for meta tags
 * (`name`/`property` -> `content`), script URLs (resolved against the page URL and `<base href>`),
 * inline scripts, visible text and, when the page was not rendered, the DOM probes.
 */
export function technologyInputFromPage(page) {
    const document = parseDocument(page.html);
    const { scriptSrc, scripts } = scriptsOfDocument(document, page.url);
    const meta = {};
    for (const element of DomUtils.getElementsByTagName('meta', document, true)) {
        const key = (element.attribs.name ?? element.attribs.property ?? '').trim().toLowerCase();
        const content = element.attribs.content;
        if (key !== '' && content !== undefined)
            (meta[key] ??= []).push(content);
    }
    const headers = {};
    for (const [name, value] of Object.entries(page.headers))
        headers[name.toLowerCase()] = value;
    const cookies = {};
    for (const cookie of [...setCookies(headers['set-cookie']), ...(page.cookies ?? [])])
        cookies[cookie.name] = cookie.value;
    return {
        url: page.url,
        headers,
        cookies,
        html: page.html,
        scriptSrc,
        meta,
        scripts,
        text: page.text ?? visibleText(document),
        ...(page.js !== undefined ? { js: page.js } : {}),
        dom: page.dom ?? evaluateDomProbesStatically(document, domProbes()),
    };
}
/**
 * Cookies of `Set-Cookie` header values (several joined by line breaks, as the crawler keeps
 * them): what a browser would hold from the response itself, without rendering the page.
 */
export function setCookies(header) {
    if (header === undefined)
        return [];
    const cookies = [];
    for (const line of header.split('\n')) {
        const pair = line.split(';', 1)[0];
        const equals = pair.indexOf('=');
        const name = (equals === -1 ? '' : pair.slice(0, equals)).trim();
        if (name !== '')
            cookies.push({ name, value: pair.slice(equals + 1).trim() });
    }
    return cookies;
}
/** The scripts of a page's HTML (a lighter read than {@link technologyInputFromPage}). */
export function pageScripts(page) {
    return scriptsOfDocument(parseDocument(page.html), page.url);
}
function scriptsOfDocument(document, pageUrl) {
    const baseUrl = documentBaseUrl(document, pageUrl);
    const scriptSrc = [];
    const scripts = [];
    for (const element of DomUtils.getElementsByTagName('script', document, true)) {
        const src = element.attribs.src?.trim();
        if (src) {
            const absolute = resolveUrl(src, baseUrl);
            if (absolute !== null && !absolute.startsWith('data:text/javascript;'))
                scriptSrc.push(absolute);
        }
        else {
            const content = DomUtils.textContent(element);
            if (content.trim() !== '')
                scripts.push(content);
        }
    }
    return { scriptSrc, scripts };
}
function documentBaseUrl(document, pageUrl) {
    const base = DomUtils.findOne((element) => element.name === 'base' && element.attribs.href !== undefined, document.children);
    return (base && resolveUrl(base.attribs.href, pageUrl)) ?? pageUrl;
}
function resolveUrl(reference, baseUrl) {
    try {
        return new URL(reference, baseUrl).href;
    }
    catch {
        return null;
    }
}
/** Text of the body outside scripts, styles and templates, whitespace collapsed (no recursion: pages nest deeply). */
function visibleText(document) {
    const parts = [];
    const stack = [document];
    while (stack.length > 0) {
        const node = stack.pop();
        if (node.type === ElementType.Text) {
            parts.push(node.data);
        }
        else if ('children' in node) {
            if ('name' in node && INVISIBLE_ELEMENTS.has(node.name))
                continue;
            for (let i = node.children.length - 1; i >= 0; i--)
                stack.push(node.children[i]);
        }
    }
    return parts.join(' ').replace(/\s+/g, ' ').trim();
}
//# sourceMappingURL=technology-input.js.map