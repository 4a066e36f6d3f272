/**
 * Reads CSV text into rows with csv-parse, choosing the delimiter among `,` `;` and tab by
 * which one yields a recognisable header row (French Excel writes `;`, "Unicode text" uses
 * tabs). csv-parse's own `delimiter_auto` counts characters per line without honouring quotes
 * and fails on quoted fields, hence the choice by parse.
 */
import { CsvError, parse } from 'csv-parse/sync';
import { countRecognisedHeaders } from './column-mapping.js';
import { InvalidCompanyFileError } from './invalid-company-file-error.js';
import { textCell } from './raw-sheet.js';
/** Delimiters tried, in order of preference when nothing else separates them. */
export const CSV_DELIMITERS = [',', ';', '\t'];
/** Records parsed per candidate delimiter to choose one. */
const SAMPLE_RECORDS = 50;
/** Rows examined for a header, like the header search itself. */
const HEADER_SCAN_ROWS = 10;
/** Characters of the file's start the delimiter is chosen from. */
export const DELIMITER_SAMPLE_CHARS = 64 * 1024;
/** Most fields in one record (Excel's column count); a wider record is refused before parsing. */
export const MAX_CSV_COLUMNS = 16_384;
/** Excel's hint line `sep=;`, which Excel hides when it opens the file. */
const SEP_HINT = /^sep=([,;\t])[ \t]*\r?\n/i;
const BASE_OPTIONS = {
    bom: true,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: false,
};
/**
 * The first records parsed with `delimiter`; when the parse fails (say a quote never closed
 * further down), the records before the failure, so the broken file is still read with its
 * real delimiter and reported as malformed rather than as a one-column file.
 */
function sampleRecords(text, delimiter) {
    try {
        return parse(text, { ...BASE_OPTIONS, delimiter, to: SAMPLE_RECORDS });
    }
    catch (error) {
        const complete = error instanceof CsvError && typeof error.records === 'number' ? error.records : 0;
        if (complete === 0)
            return null;
        try {
            return parse(text, { ...BASE_OPTIONS, delimiter, to: complete });
        }
        catch {
            return null;
        }
    }
}
function scoreDelimiter(text, delimiter) {
    const records = sampleRecords(text, delimiter);
    if (!records)
        return null;
    const nonBlank = records.filter((record) => record.some((field) => field.trim() !== ''));
    const headerScore = Math.max(0, ...nonBlank.slice(0, HEADER_SCAN_ROWS).map((record, index) => countRecognisedHeaders({ rowNumber: index + 1, cells: record.map(textCell) })));
    const widths = new Map();
    for (const record of nonBlank)
        widths.set(record.length, (widths.get(record.length) ?? 0) + 1);
    let consistentRows = 0;
    for (const [width, count] of widths)
        if (width > 1 && count > consistentRows)
            consistentRows = count;
    return { delimiter, headerScore, consistentRows };
}
/**
 * The delimiter whose parse has the most recognised header names, then the most rows of one
 * width (above one column), then the first of {@link CSV_DELIMITERS}.
 */
export function chooseCsvDelimiter(text) {
    let best = null;
    for (const delimiter of CSV_DELIMITERS) {
        const candidate = scoreDelimiter(text, delimiter);
        if (!candidate)
            continue;
        if (!best || candidate.headerScore > best.headerScore || (candidate.headerScore === best.headerScore && candidate.consistentRows > best.consistentRows)) {
            best = candidate;
        }
    }
    return best?.delimiter ?? ',';
}
function malformed(text, delimiter, fromLine, error) {
    if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
        // The parser reports where it gave up (end of file); the quote opened on the line after the
        // last complete record, which a parse stopped just before it tells us.
        const complete = typeof error.records === 'number' ? error.records : 0;
        let startLine = fromLine;
        if (complete > 0) {
            try {
                const before = parse(text, { ...BASE_OPTIONS, delimiter, from_line: fromLine, to: complete, info: true });
                startLine = (before.at(-1)?.info.lines ?? fromLine - 1) + 1;
            }
            catch {
                startLine = null;
            }
        }
        const where = startLine === null ? '' : ` opened on line ${startLine}`;
        return new InvalidCompanyFileError('MALFORMED_FILE', `Malformed CSV: a quote${where} is never closed (the file ends inside a quoted field)`, {
            cause: error,
        });
    }
    const where = typeof error.lines === 'number' ? ` on line ${error.lines}` : '';
    return new InvalidCompanyFileError('MALFORMED_FILE', `Malformed CSV${where}: ${error.message}`, { cause: error });
}
/** The file has more non-blank records than allowed; parsing stopped there. */
export class CsvRecordLimitError extends Error {
    maxNonBlankRecords;
    name = 'CsvRecordLimitError';
    constructor(maxNonBlankRecords) {
        super(`More than ${maxNonBlankRecords} non-blank CSV records`);
        this.maxNonBlankRecords = maxNonBlankRecords;
    }
}
/**
 * Parses `text` (already decoded) into rows numbered as a spreadsheet shows them: one row per
 * record, blank lines included (they come back as blank rows), an Excel `sep=` hint line
 * honoured and not counted. Throws {@link InvalidCompanyFileError} `MALFORMED_FILE` when the
 * CSV cannot be read (e.g. a quote that is never closed), and {@link CsvRecordLimitError} as
 * soon as the record limit is passed, without parsing the rest.
 */
export function readCsvRows(text, limits) {
    const body = text.replace(/^\uFEFF/, '');
    const hint = SEP_HINT.exec(body);
    const fromLine = hint ? 2 : 1;
    const delimiter = hint ? hint[1] : chooseCsvDelimiter(delimiterSample(body));
    const widest = findTooWideRecord(body, delimiter, MAX_CSV_COLUMNS);
    if (widest !== null) {
        throw new InvalidCompanyFileError('MALFORMED_FILE', `Malformed CSV: line ${widest} has more than ${MAX_CSV_COLUMNS} columns`);
    }
    let nonBlank = 0;
    let records;
    try {
        records = parse(body, {
            ...BASE_OPTIONS,
            delimiter,
            from_line: fromLine,
            on_record: (record) => {
                // Throwing from the hook is how csv-parse's sync API stops early.
                if (record.some((field) => field.trim() !== '') && ++nonBlank > limits.maxNonBlankRecords) {
                    throw new CsvRecordLimitError(limits.maxNonBlankRecords);
                }
                return record;
            },
        });
    }
    catch (error) {
        if (error instanceof CsvError)
            throw malformed(body, delimiter, fromLine, error);
        throw error;
    }
    const rows = records.map((record, index) => ({ rowNumber: index + 1, cells: record.map(textCell) }));
    return { rows, delimiter };
}
/** The start of the file the delimiter is chosen from: whole lines when there are any. */
export function delimiterSample(text) {
    if (text.length <= DELIMITER_SAMPLE_CHARS)
        return text;
    const sample = text.slice(0, DELIMITER_SAMPLE_CHARS);
    const lastBreak = sample.lastIndexOf('\n');
    return lastBreak > 0 ? sample.slice(0, lastBreak + 1) : sample;
}
/**
 * The line on which a record with more than `maxFields` fields starts, or null; one linear pass
 * that follows quoting as the parser does (a quote opens a field only at its start), so a huge
 * line of delimiters is refused without building millions of fields.
 */
export function findTooWideRecord(text, delimiter, maxFields) {
    let line = 1;
    let recordLine = 1;
    let fields = 1;
    let fieldStart = true;
    let quoted = false;
    for (let index = 0; index < text.length; index++) {
        const char = text[index];
        if (quoted) {
            if (char === '"') {
                if (text[index + 1] === '"')
                    index++;
                else
                    quoted = false;
            }
            else if (char === '\n')
                line++;
            continue;
        }
        if (char === delimiter) {
            if (++fields > maxFields)
                return recordLine;
            fieldStart = true;
            continue;
        }
        if (char === '\n' || char === '\r') {
            if (char === '\r' && text[index + 1] === '\n')
                index++;
            line++;
            recordLine = line;
            fields = 1;
            fieldStart = true;
            continue;
        }
        if (fieldStart && char === '"')
            quoted = true;
        fieldStart = false;
    }
    return null;
}
//# sourceMappingURL=read-csv-rows.js.map