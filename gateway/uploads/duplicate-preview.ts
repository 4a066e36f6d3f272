/**
 * What the upload preview says about duplicates: the rows the analysis will drop, found with
 * the very {@link dedupeCompanies} the analysis applies, so the preview's count is the job's
 * `duplicates`.
 */
import type { CompanyInputPayload } from '../../schema/company.js';
import { companyIdentity, dedupeCompanies } from './dedupe-companies.js';

/** Dropped rows listed in the preview; `count` still counts them all. */
export const MAX_LISTED_DUPLICATES = 200;

/** One row the analysis will drop. */
export interface DuplicateRow {
  /** Its row number in the file. */
  readonly row: number;
  readonly name: string;
  readonly website: string | null;
  /** What made it a duplicate: the site (registrable domain), a page on a shared host, or name and address. */
  readonly matchedBy: 'site' | 'page' | 'name';
  /** The site, page or name-and-address both rows share. */
  readonly key: string;
  /** Row number in the file of the row that is kept instead. */
  readonly keptRow: number;
  readonly keptName: string;
}

export interface DuplicatePreview {
  /** Rows the analysis will drop (equals the job's `duplicates`). */
  readonly count: number;
  /** The first {@link MAX_LISTED_DUPLICATES} of them, in file order. */
  readonly rows: readonly DuplicateRow[];
}

/**
 * @param rows the upload's company rows, as stored
 * @param rowNumbers the file row number of each of `rows`
 */
export function previewDuplicates(rows: readonly CompanyInputPayload[], rowNumbers: readonly number[]): DuplicatePreview {
  const { companies, duplicates, duplicateOf } = dedupeCompanies(rows);
  const keptRowIndex = new Map<CompanyInputPayload, number>(rows.map((row, index) => [row, index]));
  const listed = duplicateOf.slice(0, MAX_LISTED_DUPLICATES).map(({ row, keptIndex }): DuplicateRow => {
    const dropped = rows[row];
    const kept = companies[keptIndex];
    const identity = companyIdentity(dropped);
    const separator = identity.indexOf(':');
    return {
      row: rowNumbers[row] ?? row + 1,
      name: dropped.name,
      website: dropped.website,
      matchedBy: identity.slice(0, separator) as DuplicateRow['matchedBy'],
      key: identity.slice(separator + 1),
      keptRow: rowNumbers[keptRowIndex.get(kept)!] ?? keptRowIndex.get(kept)! + 1,
      keptName: kept.name,
    };
  });
  return { count: duplicates, rows: listed };
}
