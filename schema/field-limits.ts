/**
 * Longest text accepted in each field of a job's input, the same on every path into a job:
 * GraphQL inputs (`startAnalysis.companies`, `startScraping.url`), uploaded rows, and the job
 * service itself. Keeps every work message far below the bus's maximum payload.
 */
import type { CompanyInputPayload } from './company.js';

/** Text fields of a company and their longest accepted length, in characters. */
export const COMPANY_FIELD_MAX_CHARS = {
  name: 300,
  website: 2048,
  category: 300,
  address: 500,
  phone: 100,
  country: 100,
} as const satisfies Partial<Record<keyof CompanyInputPayload, number>>;

/** Longest start URL of a scraping job, in characters. */
export const START_URL_MAX_CHARS = 2048;

export type LimitedCompanyField = keyof typeof COMPANY_FIELD_MAX_CHARS;

/** The company fields over their limit, in field order (empty when all fit). */
export function companyFieldsOverLimit(
  company: Readonly<Partial<Record<LimitedCompanyField, string | null>>>,
): { field: LimitedCompanyField; maxChars: number; length: number }[] {
  const over: { field: LimitedCompanyField; maxChars: number; length: number }[] = [];
  for (const [field, maxChars] of Object.entries(COMPANY_FIELD_MAX_CHARS) as [LimitedCompanyField, number][]) {
    const value = company[field];
    if (typeof value === 'string' && value.length > maxChars) over.push({ field, maxChars, length: value.length });
  }
  return over;
}
