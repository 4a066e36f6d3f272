import { Parser } from 'htmlparser2';
import { wordSet } from '../word-set.js';
/**
 * Elements whose content a visitor never sees: code, styles, inert templates and the fallback
 * content of embedded objects (shown only by browsers that cannot render the object).
 * `noscript` is deliberately absent: its content is what visitors without JavaScript see, and
 * sites put real contact details there.
 */
const HIDDEN_CONTENT_ELEMENTS = new Set(['script', 'style', 'template', 'iframe', 'noembed', 'noframes', 'object', 'canvas', 'audio', 'video', 'datalist']);
/** Elements rendered inline: their boundaries do not separate words. */
const INLINE_ELEMENTS = wordSet('a abbr acronym b bdi bdo big cite code data del dfn em font i img ins kbd label mark q rp rt ruby s samp small span strike strong sub sup time tt u var wbr');
/** Elements laid out side by side: a space separates them, not a line break. */
const CELL_ELEMENTS = new Set(['td', 'th']);
/** Characters that render as nothing; pages insert them to break up addresses. */
const INVISIBLE_CHARACTERS = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
/**
 * Accumulates text with every whitespace run reduced to exactly one character: a space inside
 * a line, a line break between blocks. Keeping one character per run means offsets recorded
 * while walking stay valid when line breaks are later replaced by spaces.
 */
class CollapsedTextBuilder {
    parts = [];
    length = 0;
    pending = '';
    append(raw) {
        const collapsed = raw.replace(INVISIBLE_CHARACTERS, '').replace(/\s+/g, ' ');
        if (collapsed === '')
            return;
        const core = collapsed.trim();
        if (collapsed.startsWith(' '))
            this.separate(' ');
        if (core === '')
            return;
        if (this.pending !== '' && this.length > 0) {
            this.parts.push(this.pending);
            this.length += 1;
        }
        this.parts.push(core);
        this.length += core.length;
        this.pending = collapsed.endsWith(' ') ? ' ' : '';
    }
    separate(separator) {
        if (separator === '\n' || this.pending === '')
            this.pending = separator;
    }
    /** Offset at which the next appended text will start. */
    nextOffset() {
        return this.pending !== '' && this.length > 0 ? this.length + 1 : this.length;
    }
    toString() {
        return this.parts.join('');
    }
}
function isJsonLdScript(name, attributes) {
    return name === 'script' && (attributes.type ?? '').trim().toLowerCase() === 'application/ld+json';
}
/**
 * Walks an HTML document with a real (forgiving, streaming) parser and returns its visible text:
 * entities decoded; comments, scripts, styles and templates skipped; whitespace runs collapsed to
 * one space; block boundaries and `<br>` turned into line breaks. Runs in time linear in the size
 * of the HTML.
 */
export function walkVisibleText(html, visitor = {}) {
    const text = new CollapsedTextBuilder();
    let hiddenDepth = 0;
    let jsonLdChunks = null;
    const parser = new Parser({
        onopentag(name, attributes) {
            if (HIDDEN_CONTENT_ELEMENTS.has(name)) {
                hiddenDepth += 1;
                if (hiddenDepth === 1 && isJsonLdScript(name, attributes))
                    jsonLdChunks = [];
                return;
            }
            if (hiddenDepth > 0)
                return;
            if (name === 'br')
                text.separate('\n');
            else if (CELL_ELEMENTS.has(name))
                text.separate(' ');
            else if (!INLINE_ELEMENTS.has(name))
                text.separate('\n');
            visitor.onElement?.(name, attributes, text.nextOffset());
        },
        onclosetag(name) {
            if (HIDDEN_CONTENT_ELEMENTS.has(name)) {
                hiddenDepth = Math.max(0, hiddenDepth - 1);
                if (hiddenDepth === 0 && jsonLdChunks !== null) {
                    visitor.onJsonLd?.(jsonLdChunks.join(''));
                    jsonLdChunks = null;
                }
                return;
            }
            if (hiddenDepth > 0)
                return;
            if (CELL_ELEMENTS.has(name))
                text.separate(' ');
            else if (!INLINE_ELEMENTS.has(name))
                text.separate('\n');
        },
        ontext(data) {
            if (hiddenDepth === 0)
                text.append(data);
            else if (jsonLdChunks !== null)
                jsonLdChunks.push(data);
        },
    }, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
    parser.end(html);
    return text.toString();
}
/**
 * Visible text of an HTML document: what a visitor reads, without scripts, styles, comments or
 * templates; entities decoded; whitespace collapsed within lines and blocks on their own lines.
 */
export function htmlToVisibleText(html) {
    return walkVisibleText(html);
}
//# sourceMappingURL=html-text.js.map