import { COMPANY_FIELD_MAX_CHARS } from '../../schema/field-limits.js';
import { parseCountText, parseDecimalText } from './number-cells.js';
import { spreadsheetErrorIn } from './spreadsheet-errors.js';
import { readWebsiteCell } from './website-cell.js';
const TEXT_FIELDS = ['category', 'address', 'phone', 'country'];
/** Collapses runs of whitespace (line breaks in addresses included); '' becomes null. */
function cleanText(text) {
    const cleaned = text.replace(/\s+/g, ' ').trim();
    return cleaned === '' ? null : cleaned;
}
/**
 * Reads the company of `row`. A row without a name is skipped with a warning; a bad value in
 * another column (spreadsheet error, invalid website or number) becomes null with a warning.
 */
export function readCompanyRow(row, columns) {
    // Warnings are reported in column order, as the user reads the row.
    const found = [];
    const warn = (field, text) => {
        found.push({ column: columns.columnIndexes[field] ?? 0, text });
    };
    const warnings = () => found.sort((a, b) => a.column - b.column).map((warning) => warning.text);
    const at = `Row ${row.rowNumber}`;
    /** The usable cell of a field: null when unmapped, empty, or a spreadsheet error (warned). */
    const cellOf = (field) => {
        const index = columns.columnIndexes[field];
        if (index === undefined)
            return null;
        const cell = row.cells[index];
        if (!cell)
            return null;
        const error = cell.error ?? spreadsheetErrorIn(cell.text);
        if (error !== null) {
            warn(field, `${at}: "${error}" in ${columns.mapping[field]} treated as empty`);
            return null;
        }
        return cell.text.trim() === '' && cell.hyperlink === null ? null : cell;
    };
    // A value over its field's limit (the same limits as GraphQL input) drops the whole row: a
    // cut name or address would be a different company.
    for (const field of Object.keys(COMPANY_FIELD_MAX_CHARS)) {
        const index = columns.columnIndexes[field];
        const cell = index === undefined ? undefined : row.cells[index];
        if (!cell)
            continue;
        const maxChars = COMPANY_FIELD_MAX_CHARS[field];
        const value = field === 'website' && cell.hyperlink !== null && /^https?:\/\//i.test(cell.hyperlink.trim()) ? cell.hyperlink.trim() : (cleanText(cell.text) ?? '');
        if (value.length > maxChars) {
            return {
                company: null,
                warnings: [`${at}: the value in ${columns.mapping[field]} is longer than ${maxChars} characters (the ${field} limit), row skipped`],
            };
        }
    }
    const nameCell = cellOf('name');
    const name = nameCell ? cleanText(nameCell.text) : null;
    if (name === null) {
        // Only the name's own problems are worth reporting for a row that is dropped anyway.
        warn('name', `${at}: no company name, skipped`);
        return { company: null, warnings: warnings() };
    }
    const text = {};
    for (const field of TEXT_FIELDS) {
        const cell = cellOf(field);
        text[field] = cell ? cleanText(cell.text) : null;
    }
    let website = null;
    const websiteCell = cellOf('website');
    if (websiteCell) {
        const result = readWebsiteCell(websiteCell.text, websiteCell.hyperlink);
        if (result.problem !== null) {
            warn('website', `${at}: "${websiteCell.text.trim() || websiteCell.hyperlink}" in ${columns.mapping.website} ${result.problem}, treated as empty`);
        }
        website = result.website;
        if (website !== null && website.length > COMPANY_FIELD_MAX_CHARS.website) {
            return {
                company: null,
                warnings: [
                    `${at}: the value in ${columns.mapping.website} is longer than ${COMPANY_FIELD_MAX_CHARS.website} characters (the website limit), row skipped`,
                ],
            };
        }
    }
    const numberOf = (field) => {
        const cell = cellOf(field);
        if (!cell)
            return null;
        const value = cell.number !== null
            ? field === 'rating'
                ? cell.number
                : Number.isInteger(cell.number)
                    ? cell.number
                    : null
            : field === 'rating'
                ? parseDecimalText(cell.text)
                : parseCountText(cell.text);
        if (value === null || !Number.isFinite(value) || value < 0) {
            const expected = field === 'rating' ? 'a number' : 'a whole number';
            warn(field, `${at}: "${cell.text.trim()}" in ${columns.mapping[field]} is not ${expected}, treated as empty`);
            return null;
        }
        return value;
    };
    const rating = numberOf('rating');
    const reviewsCount = numberOf('reviewsCount');
    return {
        company: {
            name,
            website,
            category: text.category ?? null,
            address: text.address ?? null,
            phone: text.phone ?? null,
            country: text.country ?? null,
            rating,
            reviewsCount,
        },
        warnings: warnings(),
    };
}
//# sourceMappingURL=company-row.js.map