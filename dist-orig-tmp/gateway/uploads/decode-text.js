/**
 * Turns the bytes of a text upload into a string: UTF-8 (with or without BOM), UTF-16 with a
 * BOM (Excel's "Unicode text"), and windows-1252 for bytes that are not valid UTF-8 (what
 * Excel writes for "CSV (separator: semicolon)" on a French Windows).
 *
 * windows-1252 goes through iconv-lite: Node's own TextDecoder('windows-1252') decodes it as
 * latin1 since Node 20.18.3 (nodejs/node#60888), turning `€` and `’` into control characters.
 */
import iconv from 'iconv-lite';
/** Whether the bytes start with a UTF-16 byte order mark. */
export function hasUtf16Bom(data) {
    return data.length >= 2 && ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff));
}
/** Decodes `data`, choosing the encoding from its BOM or, without one, UTF-8 then windows-1252. */
export function decodeText(data) {
    if (data.length >= 2 && data[0] === 0xff && data[1] === 0xfe) {
        return { text: new TextDecoder('utf-16le').decode(data), encoding: 'utf-16le' };
    }
    if (data.length >= 2 && data[0] === 0xfe && data[1] === 0xff) {
        return { text: new TextDecoder('utf-16be').decode(data), encoding: 'utf-16be' };
    }
    try {
        // fatal: invalid UTF-8 throws instead of producing U+FFFD, which is our cue for windows-1252.
        return { text: new TextDecoder('utf-8', { fatal: true }).decode(data), encoding: 'utf-8' };
    }
    catch {
        return { text: iconv.decode(Buffer.from(data.buffer, data.byteOffset, data.byteLength), 'windows-1252'), encoding: 'windows-1252' };
    }
}
//# sourceMappingURL=decode-text.js.map