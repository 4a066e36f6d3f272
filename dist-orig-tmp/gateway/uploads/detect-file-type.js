/**
 * Decides whether an upload is a CSV (text) or an XLSX workbook from its bytes, cross-checked
 * with its file name; anything else is refused with a message saying what it is.
 * The declared content type is not trusted: browsers report `.csv` files as
 * `application/vnd.ms-excel` on Windows, and it costs nothing to look at the bytes.
 */
import { extname } from 'node:path';
import { hasUtf16Bom } from './decode-text.js';
import { InvalidCompanyFileError } from './invalid-company-file-error.js';
import { listZipEntries } from './zip-entries.js';
const TEXT_EXTENSIONS = new Set(['csv', 'tsv', 'tab', 'txt']);
const XLSX_EXTENSIONS = new Set(['xlsx', 'xlsm']);
/** Web apps often name CSV or XLSX downloads `.xls`; the bytes decide. */
const AMBIGUOUS_EXTENSIONS = new Set(['xls']);
const UPLOAD_HINT = 'upload the company list as a CSV or XLSX file';
/** Binary formats people upload by mistake, recognised by their first bytes. */
const KNOWN_BINARY_SIGNATURES = [
    { magic: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document' },
    { magic: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
    { magic: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
    { magic: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
    { magic: [0x1f, 0x8b], what: 'a gzip archive' },
    { magic: [0x52, 0x61, 0x72, 0x21], what: 'a RAR archive' },
    { magic: [0x37, 0x7a, 0xbc, 0xaf], what: 'a 7-Zip archive' },
    { magic: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'an RTF document' },
];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** How much of the file is inspected to tell text from binary. */
const TEXT_SNIFF_BYTES = 8192;
function startsWith(data, magic) {
    return data.length >= magic.length && magic.every((byte, index) => data[index] === byte);
}
/** Lower-case extension without the dot ('' when none). */
export function fileExtension(filename) {
    return extname(filename.replace(/\\/g, '/')).slice(1).toLowerCase();
}
/**
 * Text means: a UTF-16 BOM, or no NUL byte and almost no other control characters in the
 * first {@link TEXT_SNIFF_BYTES} bytes (tab, CR, LF and form feed are fine).
 */
function looksLikeText(data) {
    if (hasUtf16Bom(data))
        return true;
    const sample = data.subarray(0, TEXT_SNIFF_BYTES);
    let controls = 0;
    for (const byte of sample) {
        if (byte === 0)
            return false;
        if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c)
            controls++;
    }
    return controls <= sample.length / 100;
}
function looksLikeMarkup(data) {
    const head = Buffer.from(data.subarray(0, 512))
        .toString('latin1')
        .replace(/^\uFEFF|^\u00EF\u00BB\u00BF/, '')
        .trimStart();
    return /^<(?:!doctype|html|\?xml|table|head|body|svg)\b/i.test(head);
}
function describeZip(entries) {
    const names = new Set(entries.map((entry) => entry.fileName));
    if (names.has('xl/workbook.xml'))
        return { isXlsx: true, what: 'an XLSX workbook' };
    if (names.has('xl/workbook.bin'))
        return { isXlsx: false, what: 'a binary .xlsb workbook (save it as .xlsx or CSV)' };
    if (names.has('content.xml') && names.has('mimetype')) {
        return { isXlsx: false, what: 'an OpenDocument file such as .ods (save it as .xlsx or CSV)' };
    }
    if (names.has('word/document.xml'))
        return { isXlsx: false, what: 'a Word document' };
    if (names.has('ppt/presentation.xml'))
        return { isXlsx: false, what: 'a PowerPoint presentation' };
    return { isXlsx: false, what: 'a ZIP archive' };
}
function unsupported(message) {
    return new InvalidCompanyFileError('UNSUPPORTED_FILE_TYPE', message);
}
/**
 * Tells CSV from XLSX by content, then checks the extension agrees; throws
 * {@link InvalidCompanyFileError} `UNSUPPORTED_FILE_TYPE` (or `MALFORMED_FILE` for a damaged
 * ZIP) otherwise. A `.csv` holding a workbook, or a `.xlsx` holding CSV text, is read by its
 * content with a warning.
 */
export async function detectCompanyFileType(file) {
    const { data } = file;
    const extension = fileExtension(file.filename);
    const knownExtension = extension === '' || TEXT_EXTENSIONS.has(extension) || XLSX_EXTENSIONS.has(extension) || AMBIGUOUS_EXTENSIONS.has(extension);
    if (startsWith(data, OLE_MAGIC)) {
        throw unsupported('Legacy .xls files are not supported; save as .xlsx or CSV');
    }
    const binary = KNOWN_BINARY_SIGNATURES.find(({ magic }) => startsWith(data, magic));
    if (binary)
        throw unsupported(`The file is ${binary.what}, not a spreadsheet; ${UPLOAD_HINT}`);
    if (startsWith(data, ZIP_MAGIC)) {
        let zipEntries;
        try {
            zipEntries = await listZipEntries(data);
        }
        catch (cause) {
            throw new InvalidCompanyFileError('MALFORMED_FILE', 'The file looks like an XLSX workbook but is damaged (its ZIP structure cannot be read); save it again from your spreadsheet program', { cause });
        }
        const zip = describeZip(zipEntries);
        if (!zip.isXlsx)
            throw unsupported(`The file is ${zip.what}, not a CSV or XLSX spreadsheet; ${UPLOAD_HINT}`);
        if (!knownExtension)
            throw unsupported(`Files ending in .${extension} are not supported; ${UPLOAD_HINT}`);
        const warnings = extension !== '' && !XLSX_EXTENSIONS.has(extension) ? [`The file is named .${extension} but is an XLSX workbook; it was read as XLSX`] : [];
        return { kind: 'xlsx', zipEntries, warnings };
    }
    if (!looksLikeText(data)) {
        const declared = file.contentType ? ` (declared as ${file.contentType})` : '';
        throw unsupported(`The file${declared} is binary data, not a CSV or XLSX spreadsheet; ${UPLOAD_HINT}`);
    }
    if (looksLikeMarkup(data)) {
        throw unsupported(`The file is an HTML or XML document, not a CSV or XLSX spreadsheet; ${UPLOAD_HINT}`);
    }
    if (!knownExtension)
        throw unsupported(`Files ending in .${extension} are not supported; ${UPLOAD_HINT}`);
    const warnings = extension !== '' && !TEXT_EXTENSIONS.has(extension) ? [`The file is named .${extension} but contains text; it was read as CSV`] : [];
    return { kind: 'csv', warnings };
}
//# sourceMappingURL=detect-file-type.js.map