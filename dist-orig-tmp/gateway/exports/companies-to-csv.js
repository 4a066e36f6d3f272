/**
 * CSV export of an analysis: UTF-8 with a BOM so Excel detects the encoding, `,` delimiter
 * (or `;` / tab on request; no `sep=` line, which would hide the BOM from Excel), CRLF line
 * ends, one row per company, formula injection guarded.
 */
import { stringify } from 'csv-stringify/sync';
import { EXPORT_COLUMNS, reportToExportRow } from './export-columns.js';
import { fitSpreadsheetCell, guardCsvFormula } from './spreadsheet-cell-safety.js';
/** How a value is written in the CSV: empty, `true`/`false`, the number, or guarded text. */
export function csvCellText(value) {
    if (value === null)
        return '';
    if (typeof value === 'boolean')
        return value ? 'true' : 'false';
    if (typeof value === 'number')
        return String(value);
    return guardCsvFormula(fitSpreadsheetCell(value));
}
/**
 * The CSV text (BOM included) of the reports, header row first, columns {@link EXPORT_COLUMNS}.
 * @param delimiter field separator; cells holding it are quoted. @default ','
 */
export function companiesToCsv(reports, delimiter = ',') {
    const records = reports.map((report) => {
        const row = reportToExportRow(report);
        return EXPORT_COLUMNS.map((column) => csvCellText(row[column]));
    });
    return stringify([[...EXPORT_COLUMNS], ...records], { bom: true, delimiter, record_delimiter: 'windows' });
}
//# sourceMappingURL=companies-to-csv.js.map