/**
 * Spreadsheet error values (`#REF!`, `#N/A`…), which arrive as error cells in XLSX and as
 * literal text in CSV exports; both mean "no value".
 */
/** Error values Excel, LibreOffice and Google Sheets write, upper case. */
export const SPREADSHEET_ERROR_VALUES = new Set([
    '#REF!',
    '#NAME?',
    '#N/A',
    '#VALUE!',
    '#DIV/0!',
    '#NULL!',
    '#NUM!',
    '#SPILL!',
    '#CALC!',
    '#GETTING_DATA',
    '#FIELD!',
    '#BLOCKED!',
    '#CONNECT!',
    '#BUSY!',
    '#UNKNOWN!',
    '#ERROR!',
]);
/** The error value the text is (trimmed, any case), or null when it is ordinary text. */
export function spreadsheetErrorIn(text) {
    const candidate = text.trim().toUpperCase();
    return SPREADSHEET_ERROR_VALUES.has(candidate) ? candidate : null;
}
//# sourceMappingURL=spreadsheet-errors.js.map