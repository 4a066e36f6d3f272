/**
 * A page read as its lines of visible text ("segments"), in document order, each with the
 * element that holds it, plus the page's links and its JSON-LD blocks. Elements keep the range
 * of segments they contain, so "the card around this name" is a walk up the element tree.
 * Size is bounded: a page yields at most {@link MAX_SEGMENTS} segments and
 * {@link MAX_ELEMENTS} elements, whatever its length.
 */
import { Parser } from 'htmlparser2';
import { cutAtNestingDepth } from '../analyse/nesting-guard.js';
import { wordSet } from '../word-set.js';
export const MAX_SEGMENTS = 20_000;
export const MAX_ELEMENTS = 100_000;
const MAX_SEGMENT_CHARS = 300;
const MAX_LINKS = 5_000;
const MAX_JSON_LD_BLOCKS = 20;
const SKIPPED = new Set(['script', 'style', 'template', 'svg', 'iframe', 'object', 'canvas', 'audio', 'video', 'select', 'textarea', 'title']);
const INLINE = wordSet('a abbr b bdi bdo big code data em font i img kbd label mark rp rt ruby s samp small span strike strong sub sup time tt u var wbr');
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const EXCLUDING_TAGS = new Set(['blockquote', 'q', 'cite', 'nav', 'menu', 'form']);
/** Class or id words of testimonials, reviews, quotes and menus, in the five languages. */
const EXCLUDING_CLASSES = /testimon|review|avis|temoign|t[eé]moign|quote|citation|zitat|kundenstimm|kundenmeinung|bewertung|referenz|recensi|opinion|opinione|testimonianz|rese[nñ]a|\bmenu|navbar|\bnav\b|breadcrumb|megamenu|cookie|credits?\b|agency-credit/;
const PERSON_CARD_CLASSES = /(?:^|\s)(?:h-card|vcard)(?:\s|$)/;
const FIELD_CLASSES = /(?:^|\s)(p-name|fn|p-given-name|given-name|p-family-name|family-name|p-job-title|title|role|p-role|u-email|email|p-tel|tel|u-url|url)(?:\s|$)/;
const FIELD_ITEMPROPS = new Set(['name', 'givenName', 'familyName', 'jobTitle', 'email', 'telephone', 'sameAs', 'url']);
const MAX_FIELD_CHARS = 200;
const MAX_FIELDS_PER_CARD = 40;
function isPersonMicrodata(attributes) {
    return 'itemscope' in attributes && /schema\.org\/Person\b/i.test(attributes.itemtype ?? '');
}
/** Splits a page into segments; the work is linear in the page's length. */
export function readPageSegments(html) {
    const segments = [];
    const links = [];
    const jsonLd = [];
    const cards = [];
    const root = { tag: '#root', parent: null, classes: '', attributes: {}, segStart: 0, segEnd: 0, excluded: false, position: 0, childCount: 0 };
    const stack = [root];
    let elements = 0;
    let skipDepth = 0;
    let jsonLdBuffer = null;
    let line = '';
    let anchor = null;
    const openFields = [];
    const openCards = [];
    const currentBlock = () => {
        for (let i = stack.length - 1; i >= 0; i--)
            if (!INLINE.has(stack[i].tag))
                return stack[i];
        return root;
    };
    const flush = () => {
        const text = line.replace(/\s+/g, ' ').trim();
        line = '';
        if (text === '' || segments.length >= MAX_SEGMENTS)
            return;
        segments.push({ text: text.slice(0, MAX_SEGMENT_CHARS), block: currentBlock() });
    };
    const parser = new Parser({
        onopentag(name, attributes) {
            if (skipDepth > 0) {
                if (!VOID.has(name))
                    skipDepth++;
                return;
            }
            if (name === 'script' && /ld\+json/i.test(attributes.type ?? '') && jsonLd.length < MAX_JSON_LD_BLOCKS)
                jsonLdBuffer = '';
            if (SKIPPED.has(name)) {
                if (!VOID.has(name))
                    skipDepth = 1;
                return;
            }
            if (name === 'br') {
                flush();
                return;
            }
            if (!INLINE.has(name))
                flush();
            if (VOID.has(name) || elements >= MAX_ELEMENTS)
                return;
            elements++;
            const parent = stack.at(-1);
            const classes = `${attributes.class ?? ''} ${attributes.id ?? ''}`.toLowerCase().trim();
            const element = {
                tag: name,
                parent,
                classes,
                attributes: {
                    ...(attributes.href !== undefined ? { href: attributes.href } : {}),
                    ...(attributes.itemprop !== undefined ? { itemprop: attributes.itemprop } : {}),
                    ...(attributes.itemtype !== undefined ? { itemtype: attributes.itemtype } : {}),
                    ...(attributes.itemscope !== undefined ? { itemscope: '' } : {}),
                    ...(attributes.content !== undefined ? { content: attributes.content.slice(0, 200) } : {}),
                    ...(attributes.role !== undefined ? { role: attributes.role } : {}),
                },
                segStart: segments.length,
                segEnd: segments.length,
                excluded: parent.excluded || EXCLUDING_TAGS.has(name) || EXCLUDING_CLASSES.test(classes) || attributes.role === 'navigation',
                position: parent.childCount++,
                childCount: 0,
            };
            stack.push(element);
            const card = openCards.at(-1);
            if (card?.fields && card.fields.length < MAX_FIELDS_PER_CARD) {
                const key = FIELD_CLASSES.exec(classes)?.[1] ?? (FIELD_ITEMPROPS.has(attributes.itemprop ?? '') ? attributes.itemprop : null);
                if (key) {
                    const field = { key, text: '', value: attributes.href ?? attributes.content ?? null };
                    card.fields.push(field);
                    openFields.push({ field, element });
                }
            }
            if (PERSON_CARD_CLASSES.test(` ${classes} `) || isPersonMicrodata(element.attributes)) {
                const marked = Object.assign(element, { fields: [] });
                cards.push(marked);
                openCards.push(marked);
            }
            if (name === 'a' && attributes.href && !anchor && links.length < MAX_LINKS) {
                anchor = { href: attributes.href.trim().slice(0, 500), text: '', startLength: line.length, startSegments: segments.length };
            }
        },
        ontext(text) {
            if (jsonLdBuffer !== null) {
                if (jsonLdBuffer.length < 200_000)
                    jsonLdBuffer += text;
                return;
            }
            if (skipDepth > 0)
                return;
            line += text;
            for (const open of openFields)
                if (open.field.text.length < MAX_FIELD_CHARS)
                    open.field.text += text;
            if (anchor && anchor.text.length < 300)
                anchor.text += text;
            if (line.length > 4 * MAX_SEGMENT_CHARS)
                line = line.slice(0, 4 * MAX_SEGMENT_CHARS);
        },
        onclosetag(name) {
            if (skipDepth > 0) {
                if (VOID.has(name))
                    return;
                skipDepth--;
                if (skipDepth === 0 && jsonLdBuffer !== null) {
                    jsonLd.push(jsonLdBuffer);
                    jsonLdBuffer = null;
                }
                return;
            }
            if (VOID.has(name))
                return;
            const index = stack.findLastIndex((e) => e.tag === name);
            if (index <= 0)
                return;
            if (name === 'a' && anchor) {
                const text = anchor.text.replace(/\s+/g, ' ').trim();
                const block = currentBlock();
                links.push({ href: anchor.href, text, block, position: text === '' ? segments.length - 0.5 : segments.length });
                anchor = null;
            }
            if (!INLINE.has(name))
                flush();
            while (stack.length > index) {
                const closed = stack.pop();
                closed.segEnd = segments.length;
                if (openFields.at(-1)?.element === closed)
                    openFields.pop();
                if (openCards.at(-1) === closed)
                    openCards.pop();
            }
        },
    }, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
    parser.write(cutAtNestingDepth(html));
    parser.end();
    flush();
    while (stack.length > 0)
        stack.pop().segEnd = segments.length;
    return { segments, links, jsonLd, cards };
}
/** Whether `ancestor` is `element` or holds it. */
export function isInside(element, ancestor) {
    for (let e = element, depth = 0; e && depth < 3000; e = e.parent, depth++)
        if (e === ancestor)
            return true;
    return false;
}
//# sourceMappingURL=page-segments.js.map