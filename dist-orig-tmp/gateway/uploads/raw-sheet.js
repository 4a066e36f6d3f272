/**
 * The file-format-neutral view of an uploaded sheet: rows of cells as read from CSV or XLSX,
 * before any column is interpreted.
 */
/** Shorthand for a plain text cell (CSV fields, header tests). */
export function textCell(text) {
    return { text, hyperlink: null, error: null, number: null };
}
/** True when every cell of the row is empty or blank. */
export function isBlankRow(row) {
    return row.cells.every((cell) => cell === undefined || (cell.text.trim() === '' && cell.error === null && cell.hyperlink === null));
}
//# sourceMappingURL=raw-sheet.js.map