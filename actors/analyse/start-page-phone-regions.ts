/**
 * The regions a company's phone numbers are read in, decided once from its start page: the
 * input's country, the site's TLD or language, then the international numbers the page shows.
 */
import type { CountryCode } from 'libphonenumber-js';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { fallbackRegionsFor, regionFromShownNumbers } from './phone-region.js';
import { defaultRegionFor, extractPhones } from './phones.js';

export interface PhoneRegions {
  /** The region national numbers are read in; null when none is known. */
  readonly region: CountryCode | null;
  /** Regions tried in turn when `region` is null (English pages without a country). */
  readonly fallbackRegions: readonly CountryCode[];
}

export function startPagePhoneRegions(
  page: { readonly url: string; readonly html: string; readonly text: string },
  country: string | null | undefined,
  language: string | null | undefined,
): PhoneRegions {
  let region = defaultRegionFor({ country: country ?? null, url: page.url, language: language ?? null });
  // Only the language named the country: the international numbers the page shows may say more.
  if (defaultRegionFor({ country: country ?? null, url: page.url }) === null) {
    const shown = extractPhones(page, null).map((p) => parsePhoneNumberFromString(p.number)?.country);
    region = regionFromShownNumbers(language, shown) ?? region;
  }
  return { region, fallbackRegions: fallbackRegionsFor(language) };
}
