import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { fallbackRegionsFor, regionFromShownNumbers } from './phone-region.js';
import { defaultRegionFor, extractPhones } from './phones.js';
export function startPagePhoneRegions(page, country, language) {
    let region = defaultRegionFor({ country: country ?? null, url: page.url, language: language ?? null });
    // Only the language named the country: the international numbers the page shows may say more.
    if (defaultRegionFor({ country: country ?? null, url: page.url }) === null) {
        const shown = extractPhones(page, null).map((p) => parsePhoneNumberFromString(p.number)?.country);
        region = regionFromShownNumbers(language, shown) ?? region;
    }
    return { region, fallbackRegions: fallbackRegionsFor(language) };
}
//# sourceMappingURL=start-page-phone-regions.js.map