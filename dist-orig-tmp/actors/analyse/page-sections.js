/**
 * A page cut into text blocks (paragraphs, list items, cells…), each with the heading of the
 * section it sits in, whether it is part of the site's chrome (header, footer, navigation) and
 * the links it holds. Whose a contact is gets decided from its block and heading.
 */
import { Parser } from 'htmlparser2';
import { cutAtNestingDepth } from './nesting-guard.js';
const BLOCK_TAGS = new Set([
    'p',
    'div',
    'li',
    'dd',
    'dt',
    'td',
    'th',
    'tr',
    'address',
    'section',
    'article',
    'header',
    'footer',
    'nav',
    'aside',
    'main',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'ul',
    'ol',
    'table',
    'form',
    'blockquote',
    'pre',
    'figure',
    'figcaption',
    'body',
    'br',
    'hr',
]);
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Elements that open a new heading scope: their headings do not leak out of them. */
const SCOPE_TAGS = new Set(['section', 'article', 'header', 'footer', 'aside', 'nav', 'main']);
const CHROME_TAGS = new Set(['header', 'footer', 'nav']);
const CHROME_NAMES = /(?:^|[\s_-])(?:site-?)?(?:footer|header|masthead|colophon|navbar|topbar|menu)(?:$|[\s_-])/i;
const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'title', 'iframe', 'select', 'textarea']);
const VOID_TAGS = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'area', 'base', 'col', 'embed', 'source', 'track', 'wbr', 'param']);
/** Characters kept per block, and blocks kept per page. */
const MAX_BLOCK_CHARS = 4000;
const MAX_BLOCKS = 5000;
const MAX_HEADING_CHARS = 200;
/** Characters of text kept over all blocks, and links kept per block. */
export const MAX_TOTAL_BLOCK_CHARS = 1_000_000;
const MAX_HREFS_PER_BLOCK = 200;
/** Cuts a page's HTML into {@link PageBlock}s, in document order. */
export function readPageBlocks(html) {
    const blocks = [];
    const stack = [];
    /** headings[n] is the text of the last h(n) in force; a new h(n) drops the deeper ones. */
    let headings = [];
    const heading = () => {
        const chain = headings.filter((h) => h !== undefined);
        return chain.length === 0 ? null : chain.join(' › ');
    };
    let text = '';
    let hrefs = [];
    let headingText = null;
    let skipDepth = 0;
    let totalChars = 0;
    const inChrome = () => stack.some((e) => e.chrome);
    const flush = () => {
        const collapsed = text
            .replace(/\s+/g, ' ')
            .trim()
            .slice(0, Math.max(0, MAX_TOTAL_BLOCK_CHARS - totalChars));
        if ((collapsed.length > 0 || hrefs.length > 0) && blocks.length < MAX_BLOCKS) {
            totalChars += collapsed.length;
            blocks.push({ text: collapsed, heading: heading(), chrome: inChrome(), hrefs });
        }
        text = '';
        hrefs = [];
    };
    const parser = new Parser({
        onopentag(name, attributes) {
            if (skipDepth > 0 || SKIPPED_TAGS.has(name)) {
                if (!VOID_TAGS.has(name))
                    skipDepth += 1;
                return;
            }
            if (BLOCK_TAGS.has(name))
                flush();
            if (HEADING_TAGS.has(name))
                headingText = '';
            if (name === 'a' && attributes.href && hrefs.length < MAX_HREFS_PER_BLOCK)
                hrefs.push(attributes.href);
            if (VOID_TAGS.has(name))
                return;
            const named = `${attributes.id ?? ''} ${attributes.class ?? ''} ${attributes.role ?? ''}`;
            const chrome = CHROME_TAGS.has(name) || attributes.role === 'contentinfo' || attributes.role === 'banner' || (name === 'div' && CHROME_NAMES.test(named));
            const scope = SCOPE_TAGS.has(name) || chrome;
            stack.push({ name, chrome, scope, savedHeadings: headings });
            if (scope)
                headings = [];
        },
        ontext(data) {
            if (skipDepth > 0)
                return;
            if (text.length < MAX_BLOCK_CHARS)
                text += data;
            if (headingText !== null && headingText.length < MAX_HEADING_CHARS)
                headingText += data;
        },
        onclosetag(name) {
            if (skipDepth > 0) {
                if (!VOID_TAGS.has(name))
                    skipDepth -= 1;
                return;
            }
            if (VOID_TAGS.has(name))
                return;
            if (BLOCK_TAGS.has(name))
                flush();
            if (HEADING_TAGS.has(name) && headingText !== null) {
                const value = headingText.replace(/\s+/g, ' ').trim();
                headingText = null;
                // The heading applies to what follows it, in the scope it was written in.
                const index = stack.map((e) => e.name).lastIndexOf(name);
                if (index !== -1)
                    stack.splice(index, 1);
                if (value.length > 0) {
                    const level = Number(name.slice(1));
                    headings = headings.slice(0, level);
                    headings[level] = value;
                }
                return;
            }
            const index = stack.map((e) => e.name).lastIndexOf(name);
            if (index === -1)
                return;
            const closed = stack.splice(index);
            const scopeClosed = closed.find((e) => e.scope);
            if (scopeClosed)
                headings = [...scopeClosed.savedHeadings];
        },
    }, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
    parser.end(cutAtNestingDepth(html));
    flush();
    return blocks;
}
//# sourceMappingURL=page-sections.js.map