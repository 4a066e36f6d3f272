/**
 * The file-format-neutral view of an uploaded sheet: rows of cells as read from CSV or XLSX,
 * before any column is interpreted.
 */

/** One cell as read from the file. */
export interface RawCell {
  /** The text a user sees in the cell (untrimmed); '' for an empty cell. */
  readonly text: string;
  /** Target of an XLSX hyperlink cell, when the cell has one. */
  readonly hyperlink: string | null;
  /** Spreadsheet error value of an XLSX error cell (`#REF!`…), or null. */
  readonly error: string | null;
  /** The number an XLSX numeric cell holds (also a formula's numeric result), or null. */
  readonly number: number | null;
}

/** One row of the sheet. */
export interface RawRow {
  /** Row number as the user sees it in a spreadsheet (1-based). */
  readonly rowNumber: number;
  /** Cells by 0-based column index; holes and missing trailing cells are empty cells. */
  readonly cells: readonly (RawCell | undefined)[];
}

/** Shorthand for a plain text cell (CSV fields, header tests). */
export function textCell(text: string): RawCell {
  return { text, hyperlink: null, error: null, number: null };
}

/** True when every cell of the row is empty or blank. */
export function isBlankRow(row: RawRow): boolean {
  return row.cells.every((cell) => cell === undefined || (cell.text.trim() === '' && cell.error === null && cell.hyperlink === null));
}
