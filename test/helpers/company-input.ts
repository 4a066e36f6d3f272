/**
 * A company input row as an upload or `startAnalysis` gives it, with every optional column empty
 * unless `extra` sets it.
 */
import type { CompanyInputPayload } from '../../schema/company.js';

export function companyInput<Website extends string | null>(
  name: string,
  website: Website,
  extra: Partial<Omit<CompanyInputPayload, 'name' | 'website'>> = {},
): CompanyInputPayload & { readonly website: Website } {
  return { name, website, category: null, address: null, phone: null, country: null, rating: null, reviewsCount: null, ...extra };
}
