import { isBlankRow } from './raw-sheet.js';
/**
 * Header spellings per field, strongest first: when two headers match one field, the header
 * with the stronger spelling wins (so a `website` column beats a `url` column that holds
 * Google Maps links), and between equal spellings the first in the file wins.
 */
export const COMPANY_COLUMN_SYNONYMS = {
    name: [
        'name',
        'nom',
        'company',
        'company name',
        'entreprise',
        'raison sociale',
        'société',
        "nom de l'entreprise",
        'nom entreprise',
        'business name',
        'enseigne',
        'organisation',
        'organization',
        'title',
    ],
    website: ['website', 'site web', 'site internet', 'site', 'web', 'website url', 'site url', 'homepage', 'url'],
    category: ['category', 'catégorie', 'category name', 'categories', 'secteur', "secteur d'activité", 'activité', 'industry', 'type'],
    address: ['address', 'adresse', 'full address', 'adresse complète', 'adresse postale'],
    phone: ['phone', 'téléphone', 'tel', 'tél', 'phone number', 'numéro de téléphone', 'telephone number'],
    country: ['country', 'pays', 'country code', 'code pays'],
    rating: ['rating', 'note', 'total score', 'average rating', 'note moyenne', 'stars', 'étoiles'],
    reviewsCount: ['reviews_count', 'reviews', 'avis', "nombre d'avis", 'review count', 'reviews count', 'nb avis', 'number of reviews', 'user ratings total'],
};
/**
 * Header key used for matching: lower case, accents removed, everything but letters and
 * digits dropped (`Nombre d'avis` → `nombredavis`, `reviews_count` → `reviewscount`).
 */
export function normaliseHeader(header) {
    return header
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]/gu, '');
}
const SYNONYM_INDEX = (() => {
    const index = new Map();
    for (const [field, spellings] of Object.entries(COMPANY_COLUMN_SYNONYMS)) {
        spellings.forEach((spelling, rank) => {
            const key = normaliseHeader(spelling);
            if (!index.has(key))
                index.set(key, { field, rank });
        });
    }
    return index;
})();
/** The field a header names, with the strength of the match (0 strongest), or null. */
export function recogniseHeader(header) {
    const key = normaliseHeader(header);
    return key === '' ? null : (SYNONYM_INDEX.get(key) ?? null);
}
/** Maps the header cells (by column index) to company fields. */
export function mapColumns(headerCells) {
    const columns = [];
    const chosen = new Map();
    const candidates = [];
    const warnings = [];
    headerCells.forEach((raw, index) => {
        const header = raw.trim();
        if (header === '')
            return;
        columns.push(header);
        const match = recogniseHeader(header);
        if (!match) {
            warnings.push(`Column "${header}" not recognised, ignored`);
            return;
        }
        candidates.push({ index, header, field: match.field });
        const current = chosen.get(match.field);
        if (!current || match.rank < current.rank)
            chosen.set(match.field, { index, header, rank: match.rank });
    });
    for (const candidate of candidates) {
        const winner = chosen.get(candidate.field);
        if (winner && winner.index !== candidate.index) {
            warnings.push(`Column "${candidate.header}" also looks like ${candidate.field}; "${winner.header}" is used, "${candidate.header}" ignored`);
        }
    }
    const mapping = {};
    const columnIndexes = {};
    for (const field of Object.keys(COMPANY_COLUMN_SYNONYMS)) {
        const winner = chosen.get(field);
        if (!winner)
            continue;
        mapping[field] = winner.header;
        columnIndexes[field] = winner.index;
    }
    return { columns, mapping, columnIndexes, warnings };
}
/** Number of cells of the row whose text is a recognised header. */
export function countRecognisedHeaders(row) {
    return row.cells.filter((cell) => cell !== undefined && recogniseHeader(cell.text) !== null).length;
}
/**
 * Index (in `rows`) of the header row: the first of the first `scanRows` non-blank rows with at
 * least one recognised column, so a title row above the header is skipped. -1 when none has.
 */
export function findHeaderRowIndex(rows, scanRows) {
    let scanned = 0;
    for (let index = 0; index < rows.length && scanned < scanRows; index++) {
        const row = rows[index];
        if (isBlankRow(row))
            continue;
        scanned++;
        if (countRecognisedHeaders(row) > 0)
            return index;
    }
    return -1;
}
//# sourceMappingURL=column-mapping.js.map