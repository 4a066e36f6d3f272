/**
 * XLSX export of an analysis: sheet "Companies" (one row per company, the CSV's columns),
 * sheet "Emails" (one row per company and address) and sheet "People" (one row per company and
 * person), each with a bold, frozen, filterable
 * header. Text goes in as string cells, which spreadsheets never evaluate, so no formula guard
 * is needed here.
 */
import ExcelJS from 'exceljs';
import { EMAIL_SHEET_COLUMNS, EXPORT_COLUMNS, reportToExportRow, reportsToEmailRows } from './export-columns.js';
import { PEOPLE_SHEET_COLUMNS, reportsToPeopleRows } from './people-export.js';
import { fitSpreadsheetCell, stripXmlInvalidChars } from './spreadsheet-cell-safety.js';
/** Sheet names of the workbook. */
export const XLSX_COMPANIES_SHEET = 'Companies';
export const XLSX_EMAILS_SHEET = 'Emails';
export const XLSX_PEOPLE_SHEET = 'People';
const MIN_COLUMN_WIDTH = 8;
const MAX_COLUMN_WIDTH = 60;
/** Strings lose XML-invalid characters and use `\n` line breaks, as Excel does in cells (XML would turn CRLF into LF on reading anyway). */
function xlsxCellValue(value) {
    return typeof value === 'string' ? fitSpreadsheetCell(stripXmlInvalidChars(value).replace(/\r\n?/g, '\n')) : value;
}
function addTable(workbook, name, columns, rows) {
    const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
    sheet.addRow([...columns]);
    for (const row of rows)
        sheet.addRow(columns.map((column) => xlsxCellValue(row[column] ?? null)));
    sheet.getRow(1).font = { bold: true };
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
    columns.forEach((column, index) => {
        const longest = rows.reduce((max, row) => Math.max(max, String(row[column] ?? '').length), column.length);
        sheet.getColumn(index + 1).width = Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, longest + 2));
    });
}
/** The XLSX workbook of the reports, as bytes. */
export async function companiesToXlsx(reports) {
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'ProspectLab';
    workbook.created = new Date();
    addTable(workbook, XLSX_COMPANIES_SHEET, EXPORT_COLUMNS, reports.map(reportToExportRow));
    addTable(workbook, XLSX_EMAILS_SHEET, EMAIL_SHEET_COLUMNS, reportsToEmailRows(reports));
    addTable(workbook, XLSX_PEOPLE_SHEET, PEOPLE_SHEET_COLUMNS, reportsToPeopleRows(reports));
    const bytes = await workbook.xlsx.writeBuffer();
    // exceljs types the result as an ArrayBuffer-like; at run time it is already a Node Buffer.
    return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes);
}
//# sourceMappingURL=companies-to-xlsx.js.map