/**
 * Page metadata for a company report: title, description, language, OpenGraph, JSON-LD
 * organisation, favicon and logo, plus the age signals an opportunity score reads (viewport,
 * generator, copyright years, legacy markup). One streaming parse of the HTML.
 */
import { Parser } from 'htmlparser2';
import { htmlToVisibleText } from '../extract/emails.js';
import { findCopyrightYears } from './copyright-years.js';
import { organizationFromJsonLd } from './json-ld-organization.js';
import { LegacyMarkupDetector } from './legacy-markup.js';
import { cutAtNestingDepth } from './nesting-guard.js';
export { LEGACY_MARKUP } from './legacy-markup.js';
/** Longest title or description kept. */
const MAX_TEXT_VALUE_CHARS = 1000;
/** Longest meta content or attribute value read. */
const MAX_ATTRIBUTE_CHARS = 10_000;
/** JSON-LD blocks kept per page, and characters per block. */
const MAX_JSON_LD_BLOCKS = 50;
const MAX_JSON_LD_CHARS = 1_000_000;
/** Ancestors of an image whose class/id may mark it as the logo (`<a class="logo"><img>`). */
const LOGO_ANCESTOR_LEVELS = 2;
const LANGUAGE_TAG = /^[a-z]{2,3}(?:[-_][a-z0-9]{1,8})*$/i;
const HEADER_CLASS_OR_ID = /header|masthead|navbar|topbar|banner/i;
const LOGO_CLASS_OR_ID = /logo|navbar-brand|site-brand/i;
function collapse(text, maxChars = MAX_TEXT_VALUE_CHARS) {
    const collapsed = text.replace(/\s+/g, ' ').trim();
    return collapsed.length === 0 ? null : collapsed.slice(0, maxChars);
}
function attribute(attributes, name) {
    const value = attributes[name] ?? '';
    return value.length > MAX_ATTRIBUTE_CHARS ? value.slice(0, MAX_ATTRIBUTE_CHARS) : value;
}
/** `fr_fr` → `fr-FR`; null when not a language tag. */
function normalizeLanguage(raw) {
    const first = (raw ?? '').split(',')[0].trim();
    if (!LANGUAGE_TAG.test(first))
        return null;
    const [language, ...rest] = first.split(/[-_]/);
    const subtags = rest.map((subtag) => {
        if (/^[a-z]{2}$/i.test(subtag))
            return subtag.toUpperCase();
        if (/^[a-z]{4}$/i.test(subtag))
            return subtag[0].toUpperCase() + subtag.slice(1).toLowerCase();
        return subtag.toLowerCase();
    });
    return [language.toLowerCase(), ...subtags].join('-');
}
function headerValue(headers, name) {
    if (headers === undefined)
        return null;
    for (const [key, value] of Object.entries(headers)) {
        if (key.toLowerCase() === name && typeof value === 'string')
            return value;
    }
    return null;
}
/** The first URL of a `srcset` (`/logo.png 1x, /logo@2x.png 2x` → `/logo.png`). */
function firstSrcsetUrl(srcset) {
    return srcset.trim().split(/\s+/)[0]?.replace(/,$/, '') ?? '';
}
function imageSource(attributes) {
    for (const name of ['src', 'data-src', 'data-lazy-src', 'data-original']) {
        const value = attribute(attributes, name).trim();
        if (value.length > 0 && !/^data:/i.test(value))
            return value;
    }
    const srcset = attribute(attributes, 'srcset') || attribute(attributes, 'data-srcset');
    const first = firstSrcsetUrl(srcset);
    return /^data:/i.test(first) ? '' : first;
}
function classAndId(attributes) {
    return `${attribute(attributes, 'class')} ${attribute(attributes, 'id')}`;
}
/** Collects, while the document streams through the parser, everything metadata needs. */
class MetadataCollector {
    legacy = new LegacyMarkupDetector();
    openGraph = {};
    jsonLdBlocks = [];
    htmlLang = null;
    title = null;
    metaDescription = null;
    metaContentLanguage = null;
    generator = null;
    hasViewport = false;
    baseHref = null;
    iconHref = null;
    touchIconHref = null;
    headerLogoSrc = null;
    otherLogoSrc = null;
    stack = [];
    titleChunks = null;
    jsonLdChunks = null;
    jsonLdLength = 0;
    onOpenTag(name, attributes) {
        this.legacy.onOpenTag(name, attributes);
        const parent = this.stack[this.stack.length - 1];
        const inSvg = (parent?.inSvg ?? false) || name === 'svg';
        const inHeader = (parent?.inHeader ?? false) ||
            name === 'header' ||
            name === 'nav' ||
            attribute(attributes, 'role').toLowerCase() === 'banner' ||
            HEADER_CLASS_OR_ID.test(classAndId(attributes));
        const namesLogo = LOGO_CLASS_OR_ID.test(classAndId(attributes));
        switch (name) {
            case 'html':
                this.htmlLang ??= normalizeLanguage(attribute(attributes, 'lang') || attribute(attributes, 'xml:lang'));
                break;
            case 'title':
                if (this.title === null && !inSvg && this.titleChunks === null)
                    this.titleChunks = [];
                break;
            case 'meta':
                this.onMeta(attributes);
                break;
            case 'link':
                this.onLink(attributes);
                break;
            case 'base':
                if (this.baseHref === null && attribute(attributes, 'href').trim())
                    this.baseHref = attribute(attributes, 'href').trim();
                break;
            case 'script':
                if (/^application\/ld\+json\b/i.test(attribute(attributes, 'type').trim()) && this.jsonLdBlocks.length < MAX_JSON_LD_BLOCKS) {
                    this.jsonLdChunks = [];
                    this.jsonLdLength = 0;
                }
                break;
            case 'img':
                this.onImage(attributes, inHeader, namesLogo);
                break;
            default:
                break;
        }
        this.stack.push({ name, inHeader, namesLogo, inSvg });
    }
    onCloseTag(name) {
        this.legacy.onCloseTag(name);
        if (name === 'title' && this.titleChunks !== null) {
            this.title = collapse(this.titleChunks.join(''));
            this.titleChunks = null;
        }
        else if (name === 'script' && this.jsonLdChunks !== null) {
            if (this.jsonLdLength <= MAX_JSON_LD_CHARS)
                this.jsonLdBlocks.push(this.jsonLdChunks.join(''));
            this.jsonLdChunks = null;
        }
        // The parser closes elements in order (implied closes included), so the match is almost
        // always on top; search downwards and pop up to it.
        for (let index = this.stack.length - 1; index >= 0; index -= 1) {
            if (this.stack[index].name === name) {
                this.stack.length = index;
                break;
            }
        }
    }
    onText(data) {
        if (this.titleChunks !== null) {
            if (this.titleChunks.length < 100)
                this.titleChunks.push(data);
        }
        else if (this.jsonLdChunks !== null) {
            this.jsonLdLength += data.length;
            if (this.jsonLdLength <= MAX_JSON_LD_CHARS)
                this.jsonLdChunks.push(data);
        }
    }
    onMeta(attributes) {
        const name = attribute(attributes, 'name').trim().toLowerCase();
        const property = attribute(attributes, 'property').trim().toLowerCase();
        const httpEquiv = attribute(attributes, 'http-equiv').trim().toLowerCase();
        const content = attribute(attributes, 'content');
        if (name === 'viewport')
            this.hasViewport = true;
        else if (name === 'description' && this.metaDescription === null)
            this.metaDescription = collapse(content);
        else if (name === 'generator' && this.generator === null)
            this.generator = collapse(content, 200);
        if (httpEquiv === 'content-language' && this.metaContentLanguage === null)
            this.metaContentLanguage = content;
        const ogKey = property.startsWith('og:') ? property : name.startsWith('og:') ? name : null;
        const value = collapse(content);
        if (ogKey !== null && value !== null && !(ogKey in this.openGraph))
            this.openGraph[ogKey] = value;
    }
    onLink(attributes) {
        const rel = attribute(attributes, 'rel').toLowerCase().split(/\s+/);
        const href = attribute(attributes, 'href').trim();
        if (href.length === 0 || /^(?:data|javascript):/i.test(href))
            return;
        if (rel.includes('icon') && this.iconHref === null)
            this.iconHref = href;
        else if ((rel.includes('apple-touch-icon') || rel.includes('apple-touch-icon-precomposed')) && this.touchIconHref === null) {
            this.touchIconHref = href;
        }
    }
    onImage(attributes, inHeader, namesLogo) {
        if (this.headerLogoSrc !== null)
            return;
        const src = imageSource(attributes);
        if (src.length === 0)
            return;
        const ancestors = this.stack.slice(-LOGO_ANCESTOR_LEVELS);
        const isLogo = namesLogo || /logo/i.test(src) || /logo/i.test(attribute(attributes, 'alt')) || ancestors.some((ancestor) => ancestor.namesLogo);
        if (!isLogo)
            return;
        if (inHeader)
            this.headerLogoSrc = src;
        else
            this.otherLogoSrc ??= src;
    }
}
function resolveHttpUrl(href, base) {
    if (href === null)
        return null;
    try {
        const url = new URL(href, base);
        return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
    }
    catch {
        return null;
    }
}
/** The URL relative references resolve against: `<base href>` when valid, else the page URL. */
function documentBase(pageUrl, baseHref) {
    return resolveHttpUrl(baseHref, pageUrl) ?? pageUrl;
}
/**
 * Reads a page's metadata (see {@link PageMetadata}) in one pass over its HTML; tolerates any
 * HTML (empty, truncated, invalid) and invalid JSON-LD. A document nested absurdly deep is read
 * up to where it becomes so (see {@link cutAtNestingDepth}).
 */
export function extractMetadata(page) {
    const html = cutAtNestingDepth(page.html);
    const collector = new MetadataCollector();
    const parser = new Parser({
        onopentag: (name, attributes) => collector.onOpenTag(name, attributes),
        onclosetag: (name) => collector.onCloseTag(name),
        ontext: (data) => collector.onText(data),
        oncomment: (data) => collector.legacy.onComment(data),
        onprocessinginstruction: (name, data) => {
            if (name.toLowerCase() === '!doctype')
                collector.legacy.onDoctype(data);
        },
    }, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
    parser.end(html);
    const base = documentBase(page.url, collector.baseHref);
    const organization = organizationFromJsonLd(collector.jsonLdBlocks, base);
    const text = page.text.trim().length > 0 ? page.text : htmlToVisibleText(html);
    const og = collector.openGraph;
    return {
        title: collector.title ?? og['og:title'] ?? null,
        description: collector.metaDescription ?? og['og:description'] ?? null,
        language: collector.htmlLang ??
            normalizeLanguage(headerValue(page.headers, 'content-language')) ??
            normalizeLanguage(collector.metaContentLanguage) ??
            normalizeLanguage(og['og:locale']),
        openGraph: og,
        organization,
        faviconUrl: resolveHttpUrl(collector.iconHref, base) ?? resolveHttpUrl(collector.touchIconHref, base) ?? resolveHttpUrl('/favicon.ico', page.url),
        logoUrl: organization?.logo ?? resolveHttpUrl(collector.headerLogoSrc, base) ?? resolveHttpUrl(collector.otherLogoSrc, base),
        hasViewport: collector.hasViewport,
        generator: collector.generator,
        copyrightYears: findCopyrightYears(text, new Date().getUTCFullYear() + 1),
        legacyMarkup: collector.legacy.labels(),
    };
}
//# sourceMappingURL=metadata.js.map