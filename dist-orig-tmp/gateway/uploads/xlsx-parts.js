/**
 * Reads the small parts of an XLSX workbook that say how to read its sheets: the sheet list
 * (`xl/workbook.xml` and its relationships), which cell styles are dates (`xl/styles.xml`) and
 * the shared strings (`xl/sharedStrings.xml`), all streamed with bounded memory.
 */
import { posix } from 'node:path';
/** Longest cell text kept; longer text is cut here (every company field limit is far below). */
export const MAX_CELL_CHARS = 32 * 1024;
/** Most shared strings accepted (a sheet within the row limit never needs more). */
export const MAX_SHARED_STRINGS = 2_000_000;
/** Most characters of shared strings kept in memory for one workbook. */
export const MAX_SHARED_STRING_CHARS = 64 * 1024 * 1024;
/** The workbook's shared strings are more than this reader keeps. */
export class SharedStringsLimitError extends Error {
    name = 'SharedStringsLimitError';
}
/** Collects text into a string of at most `maxChars` characters. */
export class BoundedText {
    maxChars;
    #text = '';
    constructor(maxChars = MAX_CELL_CHARS) {
        this.maxChars = maxChars;
    }
    add(piece) {
        const room = this.maxChars - this.#text.length;
        if (room > 0)
            this.#text += piece.length <= room ? piece : piece.slice(0, room);
    }
    take() {
        const text = this.#text;
        this.#text = '';
        return text;
    }
}
const IGNORE_TEXT = () => undefined;
function attribute(attributes, localName) {
    if (attributes[localName] !== undefined)
        return attributes[localName];
    for (const [name, value] of Object.entries(attributes))
        if (name.endsWith(`:${localName}`))
            return value;
    return undefined;
}
/** Relationship id → part path, resolved against the folder of the part that owns them. */
export async function readRelationships(zip, relsPart, ownerFolder, budget) {
    const relationships = new Map();
    await zip.streamXml(relsPart, {
        open(name, attributes) {
            if (name !== 'Relationship' || relationships.size >= 100_000)
                return;
            const id = attributes.Id;
            const target = attributes.Target;
            if (!id || target === undefined)
                return;
            const external = attributes.TargetMode === 'External';
            const resolved = external ? target : target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(ownerFolder, target));
            relationships.set(id, { target: resolved, external });
        },
        close: IGNORE_TEXT,
        text: IGNORE_TEXT,
    }, budget);
    return relationships;
}
/** The sheets of the workbook in their order, with the parts that hold them. */
export async function readWorkbookInfo(zip, budget) {
    const relationships = await readRelationships(zip, 'xl/_rels/workbook.xml.rels', 'xl', budget);
    const listed = [];
    let date1904 = false;
    await zip.streamXml('xl/workbook.xml', {
        open(name, attributes) {
            if (name === 'workbookPr')
                date1904 = attributes.date1904 === '1' || attributes.date1904 === 'true';
            if (name === 'sheet' && listed.length < 10_000) {
                listed.push({ name: attributes.name ?? '', visible: (attributes.state ?? 'visible') === 'visible', relId: attribute(attributes, 'id') });
            }
        },
        close: IGNORE_TEXT,
        text: IGNORE_TEXT,
    }, budget);
    const sheets = [];
    for (const sheet of listed) {
        const relationship = sheet.relId === undefined ? undefined : relationships.get(sheet.relId);
        if (relationship && !relationship.external)
            sheets.push({ name: sheet.name, visible: sheet.visible, part: relationship.target });
    }
    return { sheets, date1904 };
}
/** Built-in number formats that show dates or times. */
const BUILT_IN_DATE_FORMATS = new Set([
    14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);
/** Whether a custom number format shows a date or time (the rule exceljs applies). */
export function isDateFormatCode(code) {
    const visible = code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
    return /[ymdhMsb]+/.test(visible);
}
/** Indexes of the cell styles (`s` attribute of cells) that format numbers as dates. */
export async function readDateStyles(zip, budget) {
    const customFormats = new Map();
    const styleFormats = [];
    let inCellXfs = false;
    await zip.streamXml('xl/styles.xml', {
        open(name, attributes, selfClosing) {
            if (name === 'numFmt' && customFormats.size < 10_000)
                customFormats.set(Number(attributes.numFmtId), attributes.formatCode ?? '');
            if (name === 'cellXfs' && !selfClosing)
                inCellXfs = true;
            if (name === 'xf' && inCellXfs && styleFormats.length < 100_000)
                styleFormats.push(Number(attributes.numFmtId ?? 0));
        },
        close(name) {
            if (name === 'cellXfs')
                inCellXfs = false;
        },
        text: IGNORE_TEXT,
    }, budget);
    const dates = new Set();
    styleFormats.forEach((formatId, index) => {
        const custom = customFormats.get(formatId);
        if (custom !== undefined ? isDateFormatCode(custom) : BUILT_IN_DATE_FORMATS.has(formatId))
            dates.add(index);
    });
    return dates;
}
/**
 * The shared strings, each the text of its runs (phonetic runs left out) cut at
 * {@link MAX_CELL_CHARS}. Throws {@link SharedStringsLimitError} past {@link MAX_SHARED_STRINGS}
 * strings or {@link MAX_SHARED_STRING_CHARS} characters.
 */
export async function readSharedStrings(zip, part, budget) {
    const strings = [];
    let totalChars = 0;
    let inItem = false;
    let inText = false;
    let phoneticDepth = 0;
    const current = new BoundedText();
    const handlers = {
        open(name, _attributes, selfClosing) {
            if (name === 'si') {
                if (selfClosing)
                    strings.push('');
                else
                    inItem = true;
            }
            else if (name === 'rPh' && !selfClosing)
                phoneticDepth++;
            else if (name === 't' && inItem && phoneticDepth === 0 && !selfClosing)
                inText = true;
            if (strings.length > MAX_SHARED_STRINGS)
                throw new SharedStringsLimitError(`The workbook has more than ${MAX_SHARED_STRINGS} shared strings`);
        },
        close(name) {
            if (name === 't')
                inText = false;
            else if (name === 'rPh')
                phoneticDepth = Math.max(0, phoneticDepth - 1);
            else if (name === 'si' && inItem) {
                inItem = false;
                const text = current.take();
                totalChars += text.length;
                if (totalChars > MAX_SHARED_STRING_CHARS)
                    throw new SharedStringsLimitError(`The workbook's shared strings hold more than ${MAX_SHARED_STRING_CHARS} characters`);
                strings.push(text);
            }
        },
        text(piece) {
            if (inText)
                current.add(piece);
        },
    };
    await zip.streamXml(part, handlers, budget);
    return strings;
}
//# sourceMappingURL=xlsx-parts.js.map