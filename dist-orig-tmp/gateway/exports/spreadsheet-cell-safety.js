/**
 * Makes text safe to put in a spreadsheet cell: no formula injection through CSV, no cell over
 * Excel's size limit, no character that XML (hence XLSX) cannot hold.
 */
/** Longest text an Excel cell holds. */
export const MAX_SPREADSHEET_CELL_CHARS = 32_767;
/** First characters that make Excel, LibreOffice or Sheets read a CSV cell as a formula. */
const FORMULA_TRIGGER = /^[=+\-@\t\r]/;
/**
 * Phone numbers and number lists (`+33142685300; +33472102030`): a spreadsheet may compute
 * them but they cannot call a function or reach another cell or program, so they stay as is.
 */
const HARMLESS_NUMERIC = /^[+-][\d\s().;/+-]*$/;
/** XML 1.0 forbids these control characters, lone surrogates and U+FFFE/U+FFFF. */
// eslint-disable-next-line no-control-regex -- matching the control characters XML forbids is the point
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/**
 * Prefixes an apostrophe to text a spreadsheet would run as a formula (OWASP "CSV injection"):
 * `=HYPERLINK(…)` becomes `'=HYPERLINK(…)`, shown as text. Phone numbers are left alone.
 */
export function guardCsvFormula(text) {
    return FORMULA_TRIGGER.test(text) && !HARMLESS_NUMERIC.test(text) ? `'${text}` : text;
}
/** Cuts text to {@link MAX_SPREADSHEET_CELL_CHARS}, ending with `…` when cut. */
export function fitSpreadsheetCell(text) {
    return text.length <= MAX_SPREADSHEET_CELL_CHARS ? text : `${text.slice(0, MAX_SPREADSHEET_CELL_CHARS - 1)}…`;
}
/** Removes characters an XML document cannot contain. */
export function stripXmlInvalidChars(text) {
    return text.replace(XML_INVALID, '');
}
//# sourceMappingURL=spreadsheet-cell-safety.js.map