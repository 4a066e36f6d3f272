/**
 * Which country's numbering plan applies to numbers written without a `+` on a site: from the
 * company's country (as uploaded), else the site's country-code TLD, else the page language.
 */
import { isSupportedCountry } from 'libphonenumber-js/max';
import { foldText } from './fold-text.js';
import COUNTRY_NAME_TABLE from './data/country-names.json' with { type: 'json' };
/**
 * Country names (English, French and native spellings, folded: lower case, no accents, words
 * separated by one space) and ISO 3166 alpha-3 codes, by country, in data/country-names.json.
 * Alpha-2 codes are recognised separately (any code libphonenumber supports).
 */
const COUNTRY_NAMES = buildCountryNames(COUNTRY_NAME_TABLE);
/**
 * Two-letter codes that are not the ISO code of the country they name, or top-level domains
 * that sites all over the world use as generic names (`.io`, `.co`, `.ai`…) and so say nothing
 * about where a company is.
 */
const TLD_REGIONS = {
    uk: 'GB',
    eu: null,
    su: null,
    io: null,
    co: null,
    ai: null,
    tv: null,
    me: null,
    fm: null,
    am: null,
    cc: null,
    ws: null,
    to: null,
    ly: null,
    gg: null,
    sh: null,
    vc: null,
    la: null,
    nu: null,
    tk: null,
    so: null,
};
/**
 * The main country of a language written without a region (`de` → DE). English and Arabic are
 * deliberately absent: `en` alone says nothing about where a company is. Spanish and Portuguese
 * map to their European countries, the usual reading of a bare tag on a European site.
 */
const LANGUAGE_REGIONS = {
    fr: 'FR',
    de: 'DE',
    it: 'IT',
    nl: 'NL',
    pt: 'PT',
    es: 'ES',
    ca: 'ES',
    eu: 'ES',
    gl: 'ES',
    da: 'DK',
    sv: 'SE',
    nb: 'NO',
    nn: 'NO',
    no: 'NO',
    fi: 'FI',
    is: 'IS',
    pl: 'PL',
    cs: 'CZ',
    sk: 'SK',
    hu: 'HU',
    ro: 'RO',
    bg: 'BG',
    el: 'GR',
    hr: 'HR',
    sl: 'SI',
    sr: 'RS',
    et: 'EE',
    lv: 'LV',
    lt: 'LT',
    mt: 'MT',
    tr: 'TR',
    ru: 'RU',
    uk: 'UA',
    he: 'IL',
    ja: 'JP',
    ko: 'KR',
    zh: 'CN',
    vi: 'VN',
    th: 'TH',
    id: 'ID',
    ms: 'MY',
    hi: 'IN',
    ga: 'IE',
    lb: 'LU',
    br: 'FR',
    co: 'FR',
    oc: 'FR',
};
function buildCountryNames(table) {
    const names = {};
    for (const [code, spellings] of Object.entries(table)) {
        for (const spelling of spellings)
            names[spelling] = code;
    }
    return names;
}
/** Folds a country name for lookup: `Côte d'Ivoire` → `cote d ivoire`, `U.S.A.` → `u s a`. */
function foldCountryName(name) {
    return foldText(name)
        .replace(/[^a-z0-9]+/g, ' ')
        .trim();
}
/** The country a name or ISO code (alpha-2 or alpha-3) designates, or null if unknown. */
export function regionFromCountry(country) {
    const trimmed = country.trim();
    if (trimmed.length === 0 || trimmed.length > 100)
        return null;
    const folded = foldCountryName(trimmed);
    const named = COUNTRY_NAMES[folded];
    if (named !== undefined)
        return named;
    if (/^[a-z]{2}$/.test(folded)) {
        const code = folded.toUpperCase();
        return isSupportedCountry(code) ? code : null;
    }
    return null;
}
/** The country of a URL's country-code top-level domain (`.fr`, `.co.uk`), or null. */
export function regionFromUrl(url) {
    let hostname;
    try {
        hostname = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(url.trim()) ? url.trim() : `https://${url.trim()}`).hostname;
    }
    catch {
        return null;
    }
    const tld = hostname.replace(/\.$/, '').split('.').pop()?.toLowerCase() ?? '';
    if (!/^[a-z]{2,}$/.test(tld) || !hostname.includes('.'))
        return null;
    if (tld in TLD_REGIONS)
        return TLD_REGIONS[tld] ?? null;
    if (tld.length !== 2)
        return null;
    const code = tld.toUpperCase();
    return isSupportedCountry(code) ? code : null;
}
/**
 * The country of a language tag: its region subtag when present (`fr-CA` → CA, `pt_BR` → BR,
 * `zh-Hant-TW` → TW), else the main country of the language (`fr` → FR); null for languages
 * spoken in many countries without one dominating (`en`, `ar`) or numeric regions (`es-419`).
 */
export function regionFromLanguage(language) {
    const subtags = language.trim().toLowerCase().split(/[-_]/);
    const primary = subtags[0] ?? '';
    if (!/^[a-z]{2,3}$/.test(primary))
        return null;
    const region = subtags.slice(1).find((subtag) => /^[a-z]{2}$/.test(subtag));
    if (region !== undefined) {
        const code = region === 'uk' ? 'GB' : region.toUpperCase();
        return isSupportedCountry(code) ? code : null;
    }
    if (subtags.slice(1).some((subtag) => /^\d{3}$/.test(subtag)))
        return null;
    return LANGUAGE_REGIONS[primary] ?? null;
}
/**
 * The default phone region for a company: from its country (ISO code, or a common English,
 * French or native name), else its website's ccTLD, else the page language (`fr-CA` → CA,
 * `fr` → FR, `en-GB` → GB, plain `en` → null). Each source that is absent or not recognised
 * is skipped.
 */
export function defaultRegionFor(input) {
    return ((input.country ? regionFromCountry(input.country) : null) ??
        (input.url ? regionFromUrl(input.url) : null) ??
        (input.language ? regionFromLanguage(input.language) : null));
}
/**
 * Countries tried in order for national numbers on a page whose language names no single
 * country (English): the numbering plans are disjoint enough that a number valid and written
 * in national format in one of them is that country's.
 */
const LANGUAGE_FALLBACK_REGIONS = {
    en: ['US', 'GB', 'CA', 'IE', 'AU', 'NZ'],
    ar: ['AE', 'SA', 'EG', 'MA'],
};
/** Fallback countries for national numbers when {@link defaultRegionFor} found none. */
export function fallbackRegionsFor(language) {
    const primary = (language ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
    return [...(LANGUAGE_FALLBACK_REGIONS[primary] ?? [])];
}
/** Countries where each language is spoken by companies, for {@link regionFromShownNumbers}. */
const LANGUAGE_COUNTRIES = {
    fr: ['FR', 'BE', 'CH', 'LU', 'MC', 'CA', 'MA', 'TN', 'SN', 'CI'],
    de: ['DE', 'AT', 'CH', 'LU', 'LI'],
    it: ['IT', 'CH', 'SM'],
    es: ['ES', 'MX', 'AR', 'CO', 'CL', 'PE', 'UY', 'EC', 'CR'],
    en: ['GB', 'US', 'CA', 'IE', 'AU', 'NZ', 'ZA', 'MT'],
    nl: ['NL', 'BE'],
    pt: ['PT', 'BR'],
};
/**
 * The country of the international numbers a page shows (`+41 44 …` on a German-language page
 * says the site is Swiss), when it is a country of the page's language: the most frequent one.
 * Null when the page shows none or they say nothing more than the language.
 */
export function regionFromShownNumbers(language, countries) {
    const primary = (language ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
    const candidates = LANGUAGE_COUNTRIES[primary];
    if (!candidates)
        return null;
    const counts = new Map();
    for (const country of countries)
        if (country && candidates.includes(country))
            counts.set(country, (counts.get(country) ?? 0) + 1);
    const ranked = [...counts].sort((a, b) => b[1] - a[1]);
    return ranked[0]?.[0] ?? null;
}
//# sourceMappingURL=phone-region.js.map