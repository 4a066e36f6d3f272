/**
 * Guard against pathologically deep HTML. htmlparser2 keeps its open-element stack with
 * `Array.unshift`/`shift`, so parsing costs grow with the square of the nesting depth: 200,000
 * nested `<div>`s take half a minute. Real pages nest a few hundred levels at most; a document
 * that goes deeper is cut where it does, so parsing stays linear in its size.
 */
/** Nesting depth beyond which a document is cut. */
export const MAX_NESTING_DEPTH = 2000;
/** Elements that never have children. */
const VOID_ELEMENTS = new Set([
    'area',
    'base',
    'basefont',
    'bgsound',
    'br',
    'col',
    'command',
    'embed',
    'frame',
    'hr',
    'image',
    'img',
    'input',
    'keygen',
    'link',
    'meta',
    'param',
    'source',
    'track',
    'wbr',
]);
/** Elements a parser closes by itself when a sibling opens (`<li>`, `<p>`…): they do not pile up. */
const SELF_CLOSING_SIBLINGS = new Set(['p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'tbody', 'thead', 'tfoot', 'rt', 'rp']);
/** Elements whose content is raw text up to their end tag. */
const RAW_TEXT_ELEMENTS = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noembed', 'noframes', 'plaintext']);
function isAsciiLetter(code) {
    return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}
/** Reads a tag name starting at `start`: letters, digits, `-`, `:`, lower-cased. */
function readTagName(html, start) {
    let end = start;
    while (end < html.length && end - start < 64) {
        const code = html.charCodeAt(end);
        if (isAsciiLetter(code) || (code >= 48 && code <= 57) || code === 45 || code === 58)
            end += 1;
        else
            break;
    }
    return html.slice(start, end).toLowerCase();
}
/**
 * `html` unchanged when its element nesting stays within `maxDepth`, else cut just before the
 * tag that goes deeper. Depth is estimated in one linear scan (comments, raw-text elements,
 * void and sibling-closing elements accounted for), without building a tree.
 */
export function cutAtNestingDepth(html, maxDepth = MAX_NESTING_DEPTH) {
    let depth = 0;
    let index = html.indexOf('<');
    while (index !== -1 && index < html.length - 1) {
        const next = html.charCodeAt(index + 1);
        let resume = index + 1;
        if (html.startsWith('<!--', index)) {
            const end = html.indexOf('-->', index + 4);
            if (end === -1)
                break;
            resume = end + 3;
        }
        else if (next === 33 /* ! */ || next === 63 /* ? */) {
            const end = html.indexOf('>', index);
            if (end === -1)
                break;
            resume = end + 1;
        }
        else if (next === 47 /* / */) {
            if (isAsciiLetter(html.charCodeAt(index + 2))) {
                const name = readTagName(html, index + 2);
                if (!VOID_ELEMENTS.has(name) && !SELF_CLOSING_SIBLINGS.has(name) && depth > 0)
                    depth -= 1;
            }
        }
        else if (isAsciiLetter(next)) {
            const name = readTagName(html, index + 1);
            const tagEnd = html.indexOf('>', index);
            if (tagEnd === -1)
                break;
            resume = tagEnd + 1;
            const selfClosed = html.charCodeAt(tagEnd - 1) === 47; /* / */
            if (RAW_TEXT_ELEMENTS.has(name) && !selfClosed) {
                const close = indexOfEndTag(html, name, resume);
                if (close === -1)
                    break;
                resume = close;
            }
            else if (!VOID_ELEMENTS.has(name) && !SELF_CLOSING_SIBLINGS.has(name) && !selfClosed) {
                depth += 1;
                if (depth > maxDepth)
                    return html.slice(0, index);
            }
        }
        index = html.indexOf('<', resume);
    }
    return html;
}
/** Index of `</name` (any case) at or after `from`, or -1. */
function indexOfEndTag(html, name, from) {
    let index = html.indexOf('</', from);
    while (index !== -1) {
        if (html.slice(index + 2, index + 2 + name.length).toLowerCase() === name)
            return index;
        index = html.indexOf('</', index + 2);
    }
    return -1;
}
//# sourceMappingURL=nesting-guard.js.map