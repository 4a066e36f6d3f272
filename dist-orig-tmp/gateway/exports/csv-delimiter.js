/**
 * The CSV export's field separator, chosen by `?delimiter=` on the export URL: `,` (the
 * default), `;` (what French and most European Excel installs split on) or a tab.
 */
/** Accepted spellings of each delimiter in the query string. */
const SPELLINGS = {
    ',': ',',
    comma: ',',
    ';': ';',
    semicolon: ';',
    '\t': '\t',
    tab: '\t',
};
/** The `?delimiter=` value is not one of the accepted ones: the caller must change it. */
export class InvalidCsvDelimiterError extends Error {
    name = 'InvalidCsvDelimiterError';
}
/**
 * The delimiter named by a `?delimiter=` value; `,` when absent.
 * @throws InvalidCsvDelimiterError for anything but `,` `;` a tab (`%09`) or `comma`/`semicolon`/`tab`.
 */
export function parseCsvDelimiter(raw) {
    if (raw === null)
        return ',';
    const delimiter = SPELLINGS[raw.length === 1 ? raw : raw.toLowerCase()];
    if (delimiter === undefined) {
        throw new InvalidCsvDelimiterError(`delimiter must be ",", ";" or a tab ("%09" or "tab"), got ${JSON.stringify(raw.slice(0, 20))}`);
    }
    return delimiter;
}
//# sourceMappingURL=csv-delimiter.js.map