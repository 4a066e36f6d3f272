/**
 * Reads the first non-empty worksheet of an XLSX workbook into rows, streaming: parts are
 * inflated chunk by chunk with a hard cap on the bytes actually produced (zip bombs lie in the
 * ZIP directory), sheet XML is tokenized as it arrives, and reading stops at the row limit.
 * Memory stays bounded by the row limit and the caps, not by what the archive claims.
 */
import { formatSize } from './format-size.js';
import { InvalidCompanyFileError } from './invalid-company-file-error.js';
import { readDateStyles, readSharedStrings, readWorkbookInfo, SharedStringsLimitError } from './xlsx-parts.js';
import { readSheetRows, SheetRowLimitError } from './xlsx-sheet.js';
import { XmlFormatError } from './xml-tokenizer.js';
import { UnpackBudget, UnpackedSizeError, ZipParts } from './zip-parts.js';
const DAMAGED = 'The XLSX workbook is damaged and cannot be read; save it again from your spreadsheet program';
function hasContent(rows) {
    return rows.some((row) => row.cells.some((cell) => cell !== undefined && (cell.text.trim() !== '' || cell.error !== null)));
}
function translate(error, limits) {
    if (error instanceof InvalidCompanyFileError)
        return error;
    if (error instanceof UnpackedSizeError) {
        const message = error.reason === 'declared'
            ? `The workbook is damaged or a zip bomb: its part ${error.part} unpacks to more than the ${formatSize(error.limitBytes)} its ZIP directory declares`
            : `The workbook unpacks to more than ${formatSize(error.limitBytes)}, over the ${formatSize(limits.maxUnpackedBytes)} limit; save the company list on its own as CSV or a smaller XLSX`;
        return new InvalidCompanyFileError('FILE_TOO_LARGE', message, { cause: error });
    }
    if (error instanceof SharedStringsLimitError) {
        return new InvalidCompanyFileError('FILE_TOO_LARGE', `${error.message}; save the company list on its own as CSV or a smaller XLSX`, { cause: error });
    }
    if (error instanceof SheetRowLimitError) {
        return new InvalidCompanyFileError('TOO_MANY_ROWS', `The file has more than ${limits.maxDataRows} data rows, over the limit of ${limits.maxDataRows}; split it into smaller files`, { cause: error });
    }
    if (error instanceof XmlFormatError)
        return new InvalidCompanyFileError('MALFORMED_FILE', `${DAMAGED} (${error.message})`, { cause: error });
    return new InvalidCompanyFileError('MALFORMED_FILE', DAMAGED, { cause: error });
}
/**
 * Returns the rows of the workbook's first non-empty visible worksheet (hidden sheets only
 * when no visible one has data). Throws {@link InvalidCompanyFileError}: `FILE_TOO_LARGE` when
 * the parts exceed the unpacked limit (as declared, or as really inflated) or a part inflates
 * beyond its declared size, `TOO_MANY_ROWS` past the row limit, `MALFORMED_FILE` when the
 * workbook cannot be read, `EMPTY_FILE` when every sheet is empty.
 */
export async function readXlsxRows(data, zipEntries, limits) {
    const declaredBytes = zipEntries.reduce((total, entry) => total + entry.uncompressedSize, 0);
    if (declaredBytes > limits.maxUnpackedBytes) {
        throw new InvalidCompanyFileError('FILE_TOO_LARGE', `The workbook unpacks to ${formatSize(declaredBytes)}, over the ${formatSize(limits.maxUnpackedBytes)} limit; save the company list on its own as CSV or a smaller XLSX`);
    }
    let zip;
    try {
        zip = await ZipParts.open(data);
    }
    catch (cause) {
        throw new InvalidCompanyFileError('MALFORMED_FILE', DAMAGED, { cause });
    }
    const budget = new UnpackBudget(limits.maxUnpackedBytes);
    try {
        const workbook = await readWorkbookInfo(zip, budget);
        if (workbook.sheets.length === 0)
            throw new InvalidCompanyFileError('MALFORMED_FILE', `${DAMAGED} (it lists no worksheet)`);
        const dateStyles = await readDateStyles(zip, budget);
        const sharedStrings = zip.has('xl/sharedStrings.xml') ? await readSharedStrings(zip, 'xl/sharedStrings.xml', budget) : [];
        const sheets = [...workbook.sheets].sort((a, b) => Number(!a.visible) - Number(!b.visible));
        for (const sheet of sheets) {
            if (!zip.has(sheet.part))
                continue;
            const rows = await readSheetRows(zip, sheet.part, { sharedStrings, dateStyles, date1904: workbook.date1904, maxNonBlankRows: limits.maxNonBlankRows }, budget);
            if (hasContent(rows))
                return { sheetName: sheet.name, rows };
        }
    }
    catch (error) {
        throw translate(error, limits);
    }
    finally {
        zip.close();
    }
    throw new InvalidCompanyFileError('EMPTY_FILE', 'The workbook is empty: none of its sheets has any data');
}
//# sourceMappingURL=read-xlsx-rows.js.map