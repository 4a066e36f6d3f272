/**
 * Streams one worksheet part into {@link RawRow}s: shared, inline and formula strings, numbers,
 * booleans, dates (number cells with a date style, and `t="d"` cells), error values and
 * hyperlinks (text and target). Reading stops as soon as the sheet has more non-blank rows than
 * allowed, so the rest of a huge sheet is never inflated.
 */
import { posix } from 'node:path';
import { isBlankRow } from './raw-sheet.js';
import { BoundedText, readRelationships } from './xlsx-parts.js';
/** Excel's last column (XFD). */
export const MAX_COLUMNS = 16_384;
/** Hyperlinks read from one sheet. */
const MAX_HYPERLINKS = 100_000;
/** The sheet has more non-blank rows than allowed; reading stopped there. */
export class SheetRowLimitError extends Error {
    maxNonBlankRows;
    name = 'SheetRowLimitError';
    constructor(maxNonBlankRows) {
        super(`More than ${maxNonBlankRows} non-blank rows`);
        this.maxNonBlankRows = maxNonBlankRows;
    }
}
const EMPTY_CELL = { text: '', hyperlink: null, error: null, number: null };
/** Shortest decimal text of a spreadsheet number (no float noise such as 0.30000000000000004). */
export function numberText(value) {
    return String(Number(value.toPrecision(15)));
}
/** `2024-01-02` for a date-only value, `2024-01-02 13:45:00` otherwise (Excel dates are zone-less). */
export function dateText(value) {
    if (Number.isNaN(value.getTime()))
        return '';
    const iso = value.toISOString();
    const [day, time] = [iso.slice(0, 10), iso.slice(11, 19)];
    return time === '00:00:00' ? day : `${day} ${time}`;
}
/** The date of an Excel serial number (days since 1899-12-30, or 1904-01-01), as exceljs reads it. */
export function excelSerialToDate(serial, date1904) {
    return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}
/** 0-based column of a cell reference such as `AB12`, or null. */
export function columnOfReference(reference) {
    const letters = /^\$?([A-Za-z]{1,3})/.exec(reference)?.[1];
    if (!letters)
        return null;
    let column = 0;
    for (const letter of letters.toUpperCase())
        column = column * 26 + (letter.charCodeAt(0) - 64);
    return column - 1;
}
function rowOfReference(reference) {
    const digits = /(\d+)$/.exec(reference)?.[1];
    return digits ? Number(digits) : null;
}
/** Non-blank rows of the sheet, numbered as the spreadsheet shows them. */
export async function readSheetRows(zip, part, context, budget) {
    const rows = [];
    let nonBlankRows = 0;
    let rowNumber = 0;
    let cells = [];
    let inRow = false;
    let lastColumn = -1;
    let cell = null;
    let target = null;
    let phoneticDepth = 0;
    const value = new BoundedText();
    const inline = new BoundedText();
    const hyperlinks = [];
    const finishCell = (pending) => {
        const raw = value.take();
        const inlineText = inline.take();
        if (!pending.hasValue || pending.column >= MAX_COLUMNS)
            return;
        let result;
        switch (pending.type) {
            case 's': {
                const text = context.sharedStrings[Number(raw)];
                result = text === undefined ? null : { ...EMPTY_CELL, text };
                break;
            }
            case 'inlineStr':
                result = { ...EMPTY_CELL, text: inlineText };
                break;
            case 'str':
                result = { ...EMPTY_CELL, text: raw };
                break;
            case 'b':
                result = raw === '' ? null : { ...EMPTY_CELL, text: raw === '1' || raw === 'true' ? 'TRUE' : 'FALSE' };
                break;
            case 'e':
                result = { ...EMPTY_CELL, text: raw, error: raw };
                break;
            case 'd':
                result = raw === '' ? null : { ...EMPTY_CELL, text: dateText(new Date(raw.endsWith('Z') || /[+-]\d\d:\d\d$/.test(raw) ? raw : `${raw}Z`)) };
                break;
            default: {
                if (raw.trim() === '') {
                    result = null;
                    break;
                }
                const number = Number(raw);
                if (!Number.isFinite(number))
                    result = { ...EMPTY_CELL, text: raw };
                else if (context.dateStyles.has(pending.style))
                    result = { ...EMPTY_CELL, text: dateText(excelSerialToDate(number, context.date1904)) };
                else
                    result = { ...EMPTY_CELL, text: numberText(number), number };
            }
        }
        if (result)
            cells[pending.column] = result;
    };
    const handlers = {
        open(name, attributes, selfClosing) {
            switch (name) {
                case 'row':
                    inRow = true;
                    rowNumber = Number(attributes.r) > 0 ? Number(attributes.r) : rowNumber + 1;
                    cells = [];
                    lastColumn = -1;
                    if (selfClosing)
                        inRow = false;
                    break;
                case 'c': {
                    if (!inRow)
                        break;
                    const column = attributes.r !== undefined ? (columnOfReference(attributes.r) ?? lastColumn + 1) : lastColumn + 1;
                    lastColumn = column;
                    cell = { column, type: attributes.t ?? 'n', style: Number(attributes.s ?? 0), hasValue: false };
                    if (selfClosing)
                        cell = null;
                    break;
                }
                case 'v':
                    if (cell && !selfClosing) {
                        target = 'value';
                        cell.hasValue = true;
                    }
                    break;
                case 'is':
                    if (cell)
                        cell.hasValue = true;
                    break;
                case 'rPh':
                    if (!selfClosing)
                        phoneticDepth++;
                    break;
                case 't':
                    if (cell?.type === 'inlineStr' && phoneticDepth === 0 && !selfClosing)
                        target = 'inline';
                    break;
                case 'hyperlink':
                    if (attributes.ref && hyperlinks.length < MAX_HYPERLINKS) {
                        hyperlinks.push({
                            ref: attributes.ref,
                            relId: Object.entries(attributes).find(([key]) => key.endsWith(':id'))?.[1],
                            location: attributes.location,
                        });
                    }
                    break;
                default:
            }
        },
        close(name) {
            switch (name) {
                case 'v':
                case 't':
                    target = null;
                    break;
                case 'rPh':
                    phoneticDepth = Math.max(0, phoneticDepth - 1);
                    break;
                case 'c':
                    if (cell)
                        finishCell(cell);
                    cell = null;
                    target = null;
                    break;
                case 'row': {
                    if (!inRow)
                        break;
                    inRow = false;
                    if (cells.length === 0)
                        break;
                    const row = { rowNumber, cells };
                    // Blank rows are left out (the readers skip them anyway), so they cannot fill memory.
                    if (isBlankRow(row))
                        break;
                    if (++nonBlankRows > context.maxNonBlankRows)
                        throw new SheetRowLimitError(context.maxNonBlankRows);
                    rows.push(row);
                    break;
                }
                default:
            }
        },
        text(piece) {
            if (target === 'value')
                value.add(piece);
            else if (target === 'inline')
                inline.add(piece);
        },
    };
    await zip.streamXml(part, handlers, budget);
    if (hyperlinks.length > 0)
        await applyHyperlinks(zip, part, rows, hyperlinks, budget);
    return rows;
}
async function applyHyperlinks(zip, part, rows, hyperlinks, budget) {
    const folder = posix.dirname(part);
    const relationships = await readRelationships(zip, posix.join(folder, '_rels', `${posix.basename(part)}.rels`), folder, budget);
    const byNumber = new Map(rows.map((row, index) => [row.rowNumber, index]));
    // Ranges are applied to the cells that exist, within a bounded amount of work.
    let budgetSteps = 10_000_000;
    for (const link of hyperlinks) {
        const target = link.relId !== undefined ? relationships.get(link.relId)?.target : link.location !== undefined ? `#${link.location}` : undefined;
        if (target === undefined)
            continue;
        // A range such as B2:B5 links each of its cells.
        const [from, to = from] = link.ref.split(':');
        const [firstColumn, lastColumn] = [columnOfReference(from), columnOfReference(to)];
        const [firstRow, lastRow] = [rowOfReference(from), rowOfReference(to)];
        if (firstColumn === null || lastColumn === null || firstRow === null || lastRow === null)
            continue;
        const link1 = (row) => {
            const cells = row.cells;
            if (firstColumn === lastColumn) {
                budgetSteps--;
                const existing = cells[firstColumn];
                if (existing)
                    cells[firstColumn] = { ...existing, hyperlink: target };
                return;
            }
            cells.forEach((existing, column) => {
                budgetSteps--;
                if (existing && column >= firstColumn && column <= lastColumn)
                    cells[column] = { ...existing, hyperlink: target };
            });
        };
        if (firstRow === lastRow) {
            const index = byNumber.get(firstRow);
            if (index !== undefined)
                link1(rows[index]);
        }
        else {
            for (const row of rows) {
                budgetSteps--;
                if (row.rowNumber >= firstRow && row.rowNumber <= lastRow)
                    link1(row);
            }
        }
        if (budgetSteps <= 0)
            return;
    }
}
//# sourceMappingURL=xlsx-sheet.js.map