import { companyIdentity, dedupeCompanies } from './dedupe-companies.js';
/** Dropped rows listed in the preview; `count` still counts them all. */
export const MAX_LISTED_DUPLICATES = 200;
/**
 * @param rows the upload's company rows, as stored
 * @param rowNumbers the file row number of each of `rows`
 */
export function previewDuplicates(rows, rowNumbers) {
    const { companies, duplicates, duplicateOf } = dedupeCompanies(rows);
    const keptRowIndex = new Map(rows.map((row, index) => [row, index]));
    const listed = duplicateOf.slice(0, MAX_LISTED_DUPLICATES).map(({ row, keptIndex }) => {
        const dropped = rows[row];
        const kept = companies[keptIndex];
        const identity = companyIdentity(dropped);
        const separator = identity.indexOf(':');
        return {
            row: rowNumbers[row] ?? row + 1,
            name: dropped.name,
            website: dropped.website,
            matchedBy: identity.slice(0, separator),
            key: identity.slice(separator + 1),
            keptRow: rowNumbers[keptRowIndex.get(kept)] ?? keptRowIndex.get(kept) + 1,
            keptName: kept.name,
        };
    });
    return { count: duplicates, rows: listed };
}
//# sourceMappingURL=duplicate-preview.js.map