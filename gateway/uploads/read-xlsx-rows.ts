/**
 * Reads the first non-empty worksheet of an XLSX workbook into rows with exceljs: rich text,
 * hyperlinks (text and target), formulas (their cached result), dates, numbers and error
 * values (`#REF!`…) all become {@link RawCell}s.
 */
import ExcelJS from 'exceljs';
import { formatSize } from './format-size.js';
import { InvalidCompanyFileError } from './invalid-company-file-error.js';
import type { RawCell, RawRow } from './raw-sheet.js';
import type { ZipEntryInfo } from './zip-entries.js';

/** Rows of the sheet that was read. */
export interface XlsxRows {
  readonly sheetName: string;
  readonly rows: readonly RawRow[];
}

/** Limits on reading a workbook. */
export interface XlsxReadLimits {
  /** Refuse workbooks whose parts add up to more than this once unpacked (zip bombs). */
  readonly maxUnpackedBytes: number;
}

const EMPTY_CELL: RawCell = { text: '', hyperlink: null, error: null, number: null };

/** Shortest decimal text of a spreadsheet number (no float noise such as 0.30000000000000004). */
function numberText(value: number): string {
  return String(Number(value.toPrecision(15)));
}

/** `2024-01-02` for a date-only value, `2024-01-02 13:45:00` otherwise (Excel dates are zone-less). */
function dateText(value: Date): string {
  if (Number.isNaN(value.getTime())) return '';
  const iso = value.toISOString();
  const [day, time] = [iso.slice(0, 10), iso.slice(11, 19)];
  return time === '00:00:00' ? day : `${day} ${time}`;
}

function richTextOf(value: { richText: readonly { text: string }[] }): string {
  return value.richText.map((run) => run.text).join('');
}

type Scalar = number | string | boolean | Date | { error: string } | null | undefined;

function scalarCell(value: Scalar): RawCell {
  if (value === null || value === undefined) return EMPTY_CELL;
  if (typeof value === 'number') return { ...EMPTY_CELL, text: numberText(value), number: value };
  if (typeof value === 'string') return { ...EMPTY_CELL, text: value };
  if (typeof value === 'boolean') return { ...EMPTY_CELL, text: value ? 'TRUE' : 'FALSE' };
  if (value instanceof Date) return { ...EMPTY_CELL, text: dateText(value) };
  return { ...EMPTY_CELL, text: value.error, error: value.error };
}

/** Converts an exceljs cell value; unknown shapes fall back to the cell's display text. */
export function toRawCell(value: ExcelJS.CellValue, displayText: () => string): RawCell {
  if (value === null || value === undefined || typeof value !== 'object' || value instanceof Date) {
    return scalarCell(value);
  }
  if ('error' in value) return scalarCell(value);
  if ('richText' in value) return { ...EMPTY_CELL, text: richTextOf(value) };
  if ('hyperlink' in value) {
    // The text of a hyperlink cell may itself be rich text.
    const text: unknown = value.text;
    const shown = typeof text === 'string' ? text : text && typeof text === 'object' && 'richText' in text ? richTextOf(text as { richText: { text: string }[] }) : '';
    return { ...EMPTY_CELL, text: shown, hyperlink: typeof value.hyperlink === 'string' ? value.hyperlink : null };
  }
  if ('formula' in value || 'sharedFormula' in value) return scalarCell(value.result as Scalar);
  return { ...EMPTY_CELL, text: displayText() };
}

function readRows(sheet: ExcelJS.Worksheet): RawRow[] {
  const rows: RawRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: RawCell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      cells[columnNumber - 1] = toRawCell(cell.value, () => cell.text);
    });
    rows.push({ rowNumber, cells });
  });
  return rows;
}

function hasContent(rows: readonly RawRow[]): boolean {
  return rows.some((row) => row.cells.some((cell) => cell !== undefined && (cell.text.trim() !== '' || cell.error !== null)));
}

/**
 * Loads the workbook and returns the rows of its first non-empty visible worksheet (hidden
 * sheets only when no visible one has data). Throws {@link InvalidCompanyFileError}:
 * `FILE_TOO_LARGE` when the unpacked parts exceed the limit, `MALFORMED_FILE` when exceljs
 * cannot read the workbook, `EMPTY_FILE` when every sheet is empty.
 */
export async function readXlsxRows(data: Buffer, zipEntries: readonly ZipEntryInfo[], limits: XlsxReadLimits): Promise<XlsxRows> {
  const unpackedBytes = zipEntries.reduce((total, entry) => total + entry.uncompressedSize, 0);
  if (unpackedBytes > limits.maxUnpackedBytes) {
    throw new InvalidCompanyFileError(
      'FILE_TOO_LARGE',
      `The workbook unpacks to ${formatSize(unpackedBytes)}, over the ${formatSize(limits.maxUnpackedBytes)} limit; save the company list on its own as CSV or a smaller XLSX`,
    );
  }
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as an ArrayBuffer-like; at run time it takes a Node Buffer.
    await workbook.xlsx.load(data as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch (cause) {
    throw new InvalidCompanyFileError('MALFORMED_FILE', 'The XLSX workbook is damaged and cannot be read; save it again from your spreadsheet program', { cause });
  }
  const sheets = [...workbook.worksheets].sort((a, b) => Number(a.state !== 'visible') - Number(b.state !== 'visible'));
  for (const sheet of sheets) {
    const rows = readRows(sheet);
    if (hasContent(rows)) return { sheetName: sheet.name, rows };
  }
  throw new InvalidCompanyFileError('EMPTY_FILE', 'The workbook is empty: none of its sheets has any data');
}
