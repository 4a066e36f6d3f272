/** Filtering and sorting of an analysis' companies (pure: no DOM). */
import type { CompanyReport, OpportunityLevel } from './types.js';

/** What the user filters the results table by. */
export interface CompanyFilters {
  /** Words that must all appear in the name, website, sector, e-mails or title (any case). */
  readonly text: string;
  /** Exact sector, or '' for any. */
  readonly sector: string;
  /** Opportunity level, or '' for any. */
  readonly opportunity: OpportunityLevel | '';
  /** Only companies with at least one e-mail address. */
  readonly withEmailOnly: boolean;
  /** Only companies whose site names at least one person. */
  readonly withNamedContactOnly?: boolean;
}

export const NO_FILTERS: CompanyFilters = { text: '', sector: '', opportunity: '', withEmailOnly: false, withNamedContactOnly: false };

/** Sortable columns of the results table. */
export type SortKey = 'index' | 'name' | 'website' | 'sector' | 'opportunity' | 'emails' | 'people' | 'status';
export type SortDirection = 'ascending' | 'descending';

function searchableText(company: CompanyReport): string {
  return [
    company.name,
    company.website,
    company.finalUrl,
    company.sector,
    company.category,
    company.title,
    ...company.emails.map((e) => e.address),
    ...company.people.flatMap((p) => [p.name, p.role]),
  ]
    .filter(Boolean)
    .join(' ')
    .toLocaleLowerCase();
}

/** The companies matching every filter, in their original order. */
export function filterCompanies(companies: readonly CompanyReport[], filters: CompanyFilters): CompanyReport[] {
  const words = filters.text.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  return companies.filter((company) => {
    if (filters.sector && company.sector !== filters.sector) return false;
    if (filters.opportunity && company.opportunity?.level !== filters.opportunity) return false;
    if (filters.withEmailOnly && company.emails.length === 0) return false;
    if (filters.withNamedContactOnly && company.people.length === 0) return false;
    if (words.length) {
      const text = searchableText(company);
      if (!words.every((word) => text.includes(word))) return false;
    }
    return true;
  });
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function sortValue(company: CompanyReport, key: SortKey): string | number | null {
  switch (key) {
    case 'index':
      return company.index;
    case 'name':
      return company.name;
    case 'website':
      return company.finalUrl ?? company.website;
    case 'sector':
      return company.sector;
    case 'opportunity':
      return company.opportunity?.score ?? null;
    case 'emails':
      return company.emails.length;
    case 'people':
      return company.people.length;
    case 'status':
      return company.status;
  }
}

/** A sorted copy; empty values go last in both directions, ties keep input order. */
export function sortCompanies(companies: readonly CompanyReport[], key: SortKey, direction: SortDirection): CompanyReport[] {
  const sign = direction === 'ascending' ? 1 : -1;
  return companies
    .map((company, position) => ({ company, position, value: sortValue(company, key) }))
    .sort((a, b) => {
      const aEmpty = a.value === null || a.value === '';
      const bEmpty = b.value === null || b.value === '';
      if (aEmpty || bEmpty) return aEmpty === bEmpty ? a.position - b.position : aEmpty ? 1 : -1;
      const order = typeof a.value === 'number' && typeof b.value === 'number' ? a.value - b.value : collator.compare(String(a.value), String(b.value));
      return order === 0 ? a.position - b.position : sign * order;
    })
    .map((entry) => entry.company);
}

/** The distinct sectors of the companies, sorted, for the sector filter. */
export function sectorsOf(companies: readonly CompanyReport[]): string[] {
  return [...new Set(companies.map((c) => c.sector).filter((s): s is string => Boolean(s)))].sort(collator.compare);
}
