/**
 * Numbers typed by people in English or French: `4.5`, `4,5`, `1 234`, `1,234`, `1.234,5`,
 * `(1 234)` as Google Maps shows review counts.
 */
/** Spaces used as thousands separators, including the no-break spaces French formatting uses. */
const GROUP_SPACES = /[\s\u00a0\u202f]/g;
const PLAIN_DECIMAL = /^\d+(?:[.,]\d+)?$/;
const GROUPED_INTEGER = /^\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*$/;
const GROUPED_DECIMAL = /^\d{1,3}(?:([.,])\d{3})*(?!\1)[.,]\d+$/;
function compact(text) {
    let value = text.trim().replace(GROUP_SPACES, '');
    if (value.startsWith('(') && value.endsWith(')'))
        value = value.slice(1, -1);
    return value;
}
/**
 * A non-negative decimal number, with `.` or `,` as decimal mark; null when the text is not
 * one. `1,234.5` and `1.234,5` read as 1234.5; a lone separator is a decimal mark (`4,5`).
 */
export function parseDecimalText(text) {
    const value = compact(text);
    if (PLAIN_DECIMAL.test(value))
        return Number(value.replace(',', '.'));
    if (GROUPED_DECIMAL.test(value)) {
        const decimalIndex = Math.max(value.lastIndexOf('.'), value.lastIndexOf(','));
        return Number(`${value.slice(0, decimalIndex).replace(/[.,]/g, '')}.${value.slice(decimalIndex + 1)}`);
    }
    return null;
}
/**
 * A non-negative whole number; `.` and `,` between groups of three digits are thousands
 * separators (`1,234` → 1234), `12.0` is 12; null for anything else, fractions included.
 */
export function parseCountText(text) {
    const value = compact(text);
    if (/^\d+$/.test(value))
        return Number(value);
    if (GROUPED_INTEGER.test(value))
        return Number(value.replace(/[.,]/g, ''));
    const decimal = parseDecimalText(value);
    return decimal !== null && Number.isInteger(decimal) ? decimal : null;
}
//# sourceMappingURL=number-cells.js.map