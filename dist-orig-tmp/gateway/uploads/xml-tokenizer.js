/**
 * A streaming XML tokenizer for the parts of an XLSX workbook, fed text in chunks: it reports
 * start tags (with attributes), end tags and text, and holds at most one tag (up to
 * {@link MAX_TAG_CHARS}) plus a few characters of a split entity, whatever the document's size.
 * Text is passed on in pieces as it arrives, so a huge text node never sits in memory here; the
 * caller keeps what it needs. Element names lose their namespace prefix (`x:row` → `row`).
 * A DOCTYPE is refused (no entity expansion, no external entities); comments, CDATA and
 * processing instructions are handled, CDATA as text.
 */
/** The document is not XML this reader accepts. */
export class XmlFormatError extends Error {
    name = 'XmlFormatError';
}
/** Longest tag (name and attributes) accepted. */
export const MAX_TAG_CHARS = 64 * 1024;
const ENTITIES = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const ENTITY = /&(#x[0-9a-fA-F]{1,8}|#[0-9]{1,10}|[a-zA-Z]{2,4});/g;
const ATTRIBUTE = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
/** Decodes the predefined and numeric entities; unknown ones stay as written. */
export function decodeXmlEntities(text) {
    if (!text.includes('&'))
        return text;
    return text.replace(ENTITY, (whole, body) => {
        if (body.startsWith('#')) {
            const code = body[1] === 'x' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
            return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
        }
        return ENTITIES[body] ?? whole;
    });
}
function localName(qualified) {
    const colon = qualified.indexOf(':');
    return colon < 0 ? qualified : qualified.slice(colon + 1);
}
export class XmlTokenizer {
    handlers;
    #state = 'text';
    /** Text waiting for the rest of an entity split between chunks. */
    #pendingText = '';
    /** The tag being read, from after `<`. */
    #tag = '';
    #quote = null;
    /** The end of a comment, CDATA or processing instruction may be split between chunks. */
    #tail = '';
    constructor(handlers) {
        this.handlers = handlers;
    }
    /** Feeds the next chunk of the document. */
    write(chunk) {
        let index = 0;
        while (index < chunk.length) {
            switch (this.#state) {
                case 'text':
                    index = this.#readText(chunk, index);
                    break;
                case 'tag':
                    index = this.#readTag(chunk, index);
                    break;
                default:
                    index = this.#readUntilEnd(chunk, index);
            }
        }
    }
    /** Ends the document: throws when it stops inside a tag. */
    end() {
        if (this.#state !== 'text')
            throw new XmlFormatError('The XML document ends inside a tag');
        this.#emitText(this.#pendingText, true);
        this.#pendingText = '';
    }
    #emitText(raw, final) {
        let text = raw;
        if (!final) {
            // Keep a possibly incomplete entity (`&am`) for the next chunk.
            const amp = text.lastIndexOf('&');
            if (amp >= 0 && !text.includes(';', amp) && text.length - amp <= 12) {
                this.#pendingText = text.slice(amp);
                text = text.slice(0, amp);
            }
        }
        if (text !== '')
            this.handlers.text(decodeXmlEntities(text));
    }
    #readText(chunk, from) {
        const lt = chunk.indexOf('<', from);
        const end = lt < 0 ? chunk.length : lt;
        const raw = this.#pendingText + chunk.slice(from, end);
        this.#pendingText = '';
        if (lt < 0) {
            this.#emitText(raw, false);
            return chunk.length;
        }
        this.#emitText(raw, true);
        this.#state = 'tag';
        this.#tag = '';
        this.#quote = null;
        return lt + 1;
    }
    #readTag(chunk, from) {
        let index = from;
        for (; index < chunk.length; index++) {
            const char = chunk[index];
            if (this.#quote !== null) {
                if (char === this.#quote)
                    this.#quote = null;
                continue;
            }
            if (char === '"' || char === "'") {
                // Quotes matter only inside an element's attributes, not in a `<!…>` declaration.
                const first = this.#tag.length > 0 ? this.#tag[0] : chunk[from];
                if (first !== '!' && first !== '?')
                    this.#quote = char;
                continue;
            }
            if (char === '>')
                break;
            const soFar = this.#tag.length + (index - from);
            if (soFar === 2 || soFar === 7) {
                // Switch early to the modes whose end is not a plain '>'.
                const head = this.#tag + chunk.slice(from, index + 1);
                if (head === '!--')
                    return this.#enter('comment', index + 1);
                if (head === '![CDATA[')
                    return this.#enter('cdata', index + 1);
            }
            if (soFar === 0 && char === '?')
                return this.#enter('pi', index + 1);
        }
        this.#tag += chunk.slice(from, index);
        if (this.#tag.length > MAX_TAG_CHARS)
            throw new XmlFormatError(`An XML tag is longer than ${MAX_TAG_CHARS} characters`);
        if (index >= chunk.length)
            return chunk.length;
        this.#finishTag(this.#tag);
        this.#tag = '';
        this.#state = 'text';
        return index + 1;
    }
    #enter(state, at) {
        this.#state = state;
        this.#tag = '';
        this.#tail = '';
        return at;
    }
    #readUntilEnd(chunk, from) {
        const terminator = this.#state === 'comment' ? '-->' : this.#state === 'cdata' ? ']]>' : '?>';
        const window = this.#tail + chunk.slice(from);
        const found = window.indexOf(terminator);
        if (found < 0) {
            if (this.#state === 'cdata')
                this.handlers.text(window.slice(0, Math.max(0, window.length - 2)));
            this.#tail = window.slice(-2);
            return chunk.length;
        }
        if (this.#state === 'cdata')
            this.handlers.text(window.slice(0, found));
        const consumed = found + terminator.length - this.#tail.length;
        this.#tail = '';
        this.#state = 'text';
        return from + consumed;
    }
    #finishTag(tag) {
        if (tag.startsWith('!')) {
            if (/^!DOCTYPE/i.test(tag))
                throw new XmlFormatError('XML with a DOCTYPE is refused');
            return;
        }
        if (tag.startsWith('/')) {
            this.handlers.close(localName(tag.slice(1).trim()));
            return;
        }
        const selfClosing = tag.endsWith('/');
        const body = selfClosing ? tag.slice(0, -1) : tag;
        const nameEnd = body.search(/[\s]/);
        const name = nameEnd < 0 ? body : body.slice(0, nameEnd);
        if (name === '')
            throw new XmlFormatError('An XML tag has no name');
        const attributes = Object.create(null);
        if (nameEnd >= 0) {
            for (const match of body.slice(nameEnd).matchAll(ATTRIBUTE)) {
                attributes[match[1]] = decodeXmlEntities(match[2] ?? match[3] ?? '');
            }
        }
        this.handlers.open(localName(name), attributes, selfClosing);
    }
}
//# sourceMappingURL=xml-tokenizer.js.map