import { COMPANY_COLUMN_SYNONYMS, findHeaderRowIndex, mapColumns } from './column-mapping.js';
import { readCompanyRow } from './company-row.js';
import { decodeText } from './decode-text.js';
import { formatSize } from './format-size.js';
import { detectCompanyFileType } from './detect-file-type.js';
import { InvalidCompanyFileError } from './invalid-company-file-error.js';
import { isBlankRow } from './raw-sheet.js';
import { CsvRecordLimitError, readCsvRows } from './read-csv-rows.js';
import { readXlsxRows } from './read-xlsx-rows.js';
export { InvalidCompanyFileError } from './invalid-company-file-error.js';
/** Rows returned as preview. */
export const PREVIEW_ROWS = 10;
/** How many non-blank rows may sit above the header row (title rows of some exports). */
export const HEADER_SEARCH_ROWS = 10;
const MB = 1024 * 1024;
const DEFAULT_OPTIONS = {
    maxBytes: 16 * MB,
    maxRows: 10_000,
    maxUnpackedBytes: 128 * MB,
    maxWarnings: 100,
};
function checkedOptions(options) {
    const result = { ...DEFAULT_OPTIONS };
    for (const key of Object.keys(DEFAULT_OPTIONS)) {
        const value = options[key];
        if (value === undefined)
            continue;
        if (!Number.isSafeInteger(value) || value < 1) {
            throw new RangeError(`parseCompanyFile: ${key} must be a positive integer, got ${String(value)}`);
        }
        result[key] = value;
    }
    return result;
}
/** The expected header spellings, for the "no name column" message. */
const NAME_SPELLINGS = COMPANY_COLUMN_SYNONYMS.name.join(', ');
function noNameColumn(foundHeaders) {
    const found = foundHeaders.filter((header) => header.trim() !== '').map((header) => `"${header.trim()}"`);
    const foundText = found.length > 0 ? ` Columns found: ${found.slice(0, 20).join(', ')}${found.length > 20 ? ', …' : ''}.` : '';
    return new InvalidCompanyFileError('NO_NAME_COLUMN', `The file has no company name column; expected one of: ${NAME_SPELLINGS}.${foundText}`);
}
function cellTexts(row) {
    return Array.from(row.cells, (cell) => cell?.text ?? '');
}
function capWarnings(warnings, max) {
    if (warnings.length <= max)
        return warnings;
    const kept = warnings.slice(0, max - 1);
    kept.push(`… and ${warnings.length - kept.length} more warnings`);
    return kept;
}
async function readRows(file, options) {
    const detected = await detectCompanyFileType(file);
    if (detected.kind === 'xlsx') {
        const { rows } = await readXlsxRows(file.data, detected.zipEntries, {
            maxUnpackedBytes: options.maxUnpackedBytes,
            maxNonBlankRows: options.maxRows + HEADER_SEARCH_ROWS,
            maxDataRows: options.maxRows,
        });
        return { rows, warnings: detected.warnings };
    }
    const { text } = decodeText(file.data);
    if (text.trim() === '')
        throw new InvalidCompanyFileError('EMPTY_FILE', 'The file is empty');
    try {
        // Header and title rows come on top of the data rows; past this, the data rows are too many
        // whatever the header, and the rest of a huge file need not be parsed.
        const { rows } = readCsvRows(text, { maxNonBlankRecords: options.maxRows + HEADER_SEARCH_ROWS });
        return { rows, warnings: detected.warnings };
    }
    catch (error) {
        if (!(error instanceof CsvRecordLimitError))
            throw error;
        throw new InvalidCompanyFileError('TOO_MANY_ROWS', `The file has more than ${options.maxRows} data rows, over the limit of ${options.maxRows}; split it into smaller files`, { cause: error });
    }
}
/**
 * Parses a CSV or XLSX company list. The header row is the first row (among the first
 * {@link HEADER_SEARCH_ROWS} non-blank ones) with a recognised column name; columns are
 * recognised in English or French whatever their case, accents or punctuation.
 *
 * @throws InvalidCompanyFileError when the client must send another file (see its codes).
 * @throws RangeError when `options` are invalid (a programming error, not the file's fault).
 */
export async function parseCompanyFile(file, options = {}) {
    const limits = checkedOptions(options);
    if (file.data.length > limits.maxBytes) {
        throw new InvalidCompanyFileError('FILE_TOO_LARGE', `The file is ${formatSize(file.data.length)}, over the ${formatSize(limits.maxBytes)} limit`);
    }
    if (file.data.length === 0)
        throw new InvalidCompanyFileError('EMPTY_FILE', 'The file is empty');
    const { rows, warnings: fileWarnings } = await readRows(file, limits);
    const firstNonBlank = rows.find((row) => !isBlankRow(row));
    if (!firstNonBlank)
        throw new InvalidCompanyFileError('EMPTY_FILE', 'The file is empty: it has no data');
    const headerIndex = findHeaderRowIndex(rows, HEADER_SEARCH_ROWS);
    if (headerIndex < 0)
        throw noNameColumn(cellTexts(firstNonBlank));
    const header = rows[headerIndex];
    const columns = mapColumns(cellTexts(header));
    if (columns.mapping.name === undefined)
        throw noNameColumn(columns.columns);
    const dataRows = rows.slice(headerIndex + 1).filter((row) => !isBlankRow(row));
    if (dataRows.length === 0) {
        throw new InvalidCompanyFileError('EMPTY_FILE', `The file has a header row (row ${header.rowNumber}) but no data rows`);
    }
    if (dataRows.length > limits.maxRows) {
        throw new InvalidCompanyFileError('TOO_MANY_ROWS', `The file has ${dataRows.length} data rows, over the limit of ${limits.maxRows}; split it into smaller files`);
    }
    const companies = [];
    const rowNumbers = [];
    const rowWarnings = [];
    for (const row of dataRows) {
        const { company, warnings } = readCompanyRow(row, columns);
        if (company) {
            companies.push(company);
            rowNumbers.push(row.rowNumber);
        }
        rowWarnings.push(...warnings);
    }
    if (companies.length === 0) {
        const firstProblem = rowWarnings[0] !== undefined && !rowWarnings[0].endsWith('no company name, skipped') ? ` (${rowWarnings[0]})` : '';
        throw new InvalidCompanyFileError('EMPTY_FILE', `None of the ${dataRows.length} data rows has a company name in column "${columns.mapping.name}"${firstProblem}`);
    }
    return {
        rows: companies,
        rowNumbers,
        columns: columns.columns,
        mapping: columns.mapping,
        preview: companies.slice(0, PREVIEW_ROWS),
        warnings: capWarnings([...fileWarnings, ...columns.warnings, ...rowWarnings], limits.maxWarnings),
        totalRows: dataRows.length,
    };
}
//# sourceMappingURL=parse-company-file.js.map