/**
 * Turns the bytes of a fetched HTML document into text the way browsers pick its encoding:
 * byte order mark, then the Content-Type charset, then a `<meta charset>` in the first bytes,
 * then UTF-8 when the bytes are valid UTF-8, else windows-1252.
 */
import { TextDecoder } from 'node:util';
/** Bytes scanned for a `<meta charset>` declaration (the HTML standard's prescan window). */
const META_PRESCAN_BYTES = 1024;
const META_CHARSET = /<meta\s[^>]*?charset\s*=\s*["']?\s*([a-zA-Z0-9_:.+-]+)/i;
const HEADER_CHARSET = /;\s*charset\s*=\s*["']?([^"';\s]+)/i;
/** The charset named by a Content-Type value, if any (`text/html; charset=ISO-8859-1` → `ISO-8859-1`). */
export function charsetFromContentType(contentType) {
    if (contentType === null)
        return null;
    return HEADER_CHARSET.exec(contentType)?.[1] ?? null;
}
function bomEncoding(bytes) {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
        return 'utf-8';
    if (bytes[0] === 0xfe && bytes[1] === 0xff)
        return 'utf-16be';
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
        return 'utf-16le';
    return null;
}
/** A decoder for `label`, or null when the label names no encoding this runtime knows. */
function decoderFor(label) {
    try {
        return new TextDecoder(label.trim().toLowerCase());
    }
    catch {
        return null;
    }
}
/**
 * Decodes an HTML document. `contentType` is the response's Content-Type header value.
 */
export function decodeHtml(bytes, contentType) {
    const fromBom = bomEncoding(bytes);
    if (fromBom)
        return new TextDecoder(fromBom).decode(bytes);
    const declared = charsetFromContentType(contentType);
    const headerDecoder = declared ? decoderFor(declared) : null;
    if (headerDecoder)
        return headerDecoder.decode(bytes);
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, META_PRESCAN_BYTES));
    const meta = META_CHARSET.exec(head)?.[1];
    // A page cannot declare itself UTF-16 from inside: such a declaration would not be readable.
    const metaDecoder = meta && !/^utf-?16/i.test(meta) ? decoderFor(meta) : null;
    if (metaDecoder)
        return metaDecoder.decode(bytes);
    try {
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        return new TextDecoder('windows-1252').decode(bytes);
    }
}
//# sourceMappingURL=html-decoding.js.map