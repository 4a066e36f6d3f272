/**
 * Which country's numbering plan applies to numbers written without a `+` on a site: from the
 * company's country (as uploaded), else the site's country-code TLD, else the page language.
 */
import { isSupportedCountry, type CountryCode } from 'libphonenumber-js/max';
import { foldText } from './fold-text.js';

/**
 * Country names (English, French and native spellings, folded: lower case, no accents, words
 * separated by one space) and ISO 3166 alpha-3 codes. Alpha-2 codes are recognised separately
 * (any code libphonenumber supports).
 */
const COUNTRY_NAMES: Readonly<Record<string, CountryCode>> = buildCountryNames({
  FR: ['france', 'fra', 'republique francaise'],
  BE: ['belgium', 'belgique', 'belgie', 'belgien', 'bel'],
  CH: ['switzerland', 'suisse', 'schweiz', 'svizzera', 'che'],
  LU: ['luxembourg', 'luxemburg', 'lux'],
  MC: ['monaco', 'mco'],
  AD: ['andorra', 'andorre'],
  DE: ['germany', 'allemagne', 'deutschland', 'deu'],
  AT: ['austria', 'autriche', 'osterreich', 'oesterreich', 'aut'],
  GB: [
    'united kingdom', 'royaume uni', 'uk', 'u k', 'great britain', 'grande bretagne', 'england', 'angleterre',
    'scotland', 'ecosse', 'wales', 'pays de galles', 'northern ireland', 'irlande du nord', 'gbr',
  ],
  IE: ['ireland', 'irlande', 'eire', 'irl'],
  ES: ['spain', 'espagne', 'espana', 'esp'],
  PT: ['portugal', 'prt'],
  IT: ['italy', 'italie', 'italia', 'ita'],
  NL: ['netherlands', 'the netherlands', 'pays bas', 'nederland', 'holland', 'hollande', 'nld'],
  DK: ['denmark', 'danemark', 'danmark', 'dnk'],
  SE: ['sweden', 'suede', 'sverige', 'swe'],
  NO: ['norway', 'norvege', 'norge', 'nor'],
  FI: ['finland', 'finlande', 'suomi', 'fin'],
  IS: ['iceland', 'islande', 'isl'],
  PL: ['poland', 'pologne', 'polska', 'pol'],
  CZ: ['czech republic', 'czechia', 'republique tcheque', 'tchequie', 'cze'],
  SK: ['slovakia', 'slovaquie', 'svk'],
  HU: ['hungary', 'hongrie', 'hun'],
  RO: ['romania', 'roumanie', 'rou'],
  BG: ['bulgaria', 'bulgarie', 'bgr'],
  GR: ['greece', 'grece', 'grc'],
  HR: ['croatia', 'croatie', 'hrv'],
  SI: ['slovenia', 'slovenie', 'svn'],
  RS: ['serbia', 'serbie', 'srb'],
  EE: ['estonia', 'estonie'],
  LV: ['latvia', 'lettonie', 'lva'],
  LT: ['lithuania', 'lituanie', 'ltu'],
  MT: ['malta', 'malte', 'mlt'],
  CY: ['cyprus', 'chypre', 'cyp'],
  TR: ['turkey', 'turquie', 'turkiye', 'tur'],
  RU: ['russia', 'russie', 'russian federation', 'rus'],
  UA: ['ukraine', 'ukr'],
  US: [
    'united states', 'united states of america', 'etats unis', 'etats unis d amerique', 'usa', 'u s a', 'us',
    'u s', 'america', 'amerique',
  ],
  CA: ['canada', 'can', 'quebec'],
  MX: ['mexico', 'mexique', 'mex'],
  BR: ['brazil', 'bresil', 'brasil', 'bra'],
  AR: ['argentina', 'argentine', 'arg'],
  CL: ['chile', 'chili', 'chl'],
  CO: ['colombia', 'colombie', 'col'],
  PE: ['peru', 'perou', 'per'],
  MA: ['morocco', 'maroc', 'mar'],
  DZ: ['algeria', 'algerie', 'dza'],
  TN: ['tunisia', 'tunisie', 'tun'],
  SN: ['senegal', 'sen'],
  CI: ['ivory coast', 'cote d ivoire', 'civ'],
  CM: ['cameroon', 'cameroun', 'cmr'],
  MG: ['madagascar', 'mdg'],
  MU: ['mauritius', 'maurice', 'ile maurice', 'mus'],
  EG: ['egypt', 'egypte', 'egy'],
  ZA: ['south africa', 'afrique du sud', 'zaf'],
  LB: ['lebanon', 'liban', 'lbn'],
  IL: ['israel', 'isr'],
  AE: ['united arab emirates', 'emirats arabes unis', 'uae', 'are'],
  SA: ['saudi arabia', 'arabie saoudite', 'sau'],
  IN: ['india', 'inde', 'ind'],
  CN: ['china', 'chine', 'chn'],
  HK: ['hong kong', 'hkg'],
  JP: ['japan', 'japon', 'jpn'],
  KR: ['south korea', 'coree du sud', 'korea', 'republic of korea', 'kor'],
  SG: ['singapore', 'singapour', 'sgp'],
  AU: ['australia', 'australie', 'aus'],
  NZ: ['new zealand', 'nouvelle zelande', 'nzl'],
  RE: ['reunion', 'la reunion', 'reu'],
  GP: ['guadeloupe', 'glp'],
  MQ: ['martinique', 'mtq'],
  GF: ['french guiana', 'guyane', 'guyane francaise', 'guf'],
  YT: ['mayotte', 'myt'],
  NC: ['new caledonia', 'nouvelle caledonie', 'ncl'],
  PF: ['french polynesia', 'polynesie francaise', 'pyf'],
  PM: ['saint pierre and miquelon', 'saint pierre et miquelon', 'spm'],
});

/**
 * Two-letter codes that are not the ISO code of the country they name, or top-level domains
 * that sites all over the world use as generic names (`.io`, `.co`, `.ai`…) and so say nothing
 * about where a company is.
 */
const TLD_REGIONS: Readonly<Record<string, CountryCode | null>> = {
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
const LANGUAGE_REGIONS: Readonly<Record<string, CountryCode>> = {
  fr: 'FR', de: 'DE', it: 'IT', nl: 'NL', pt: 'PT', es: 'ES', ca: 'ES', eu: 'ES', gl: 'ES',
  da: 'DK', sv: 'SE', nb: 'NO', nn: 'NO', no: 'NO', fi: 'FI', is: 'IS', pl: 'PL', cs: 'CZ',
  sk: 'SK', hu: 'HU', ro: 'RO', bg: 'BG', el: 'GR', hr: 'HR', sl: 'SI', sr: 'RS', et: 'EE',
  lv: 'LV', lt: 'LT', mt: 'MT', tr: 'TR', ru: 'RU', uk: 'UA', he: 'IL', ja: 'JP', ko: 'KR',
  zh: 'CN', vi: 'VN', th: 'TH', id: 'ID', ms: 'MY', hi: 'IN', ga: 'IE', lb: 'LU', br: 'FR',
  co: 'FR', oc: 'FR',
};

function buildCountryNames(table: Readonly<Partial<Record<CountryCode, readonly string[]>>>): Record<string, CountryCode> {
  const names: Record<string, CountryCode> = {};
  for (const [code, spellings] of Object.entries(table) as [CountryCode, readonly string[]][]) {
    for (const spelling of spellings) names[spelling] = code;
  }
  return names;
}

/** Folds a country name for lookup: `Côte d'Ivoire` → `cote d ivoire`, `U.S.A.` → `u s a`. */
function foldCountryName(name: string): string {
  return foldText(name).replace(/[^a-z0-9]+/g, ' ').trim();
}

/** The country a name or ISO code (alpha-2 or alpha-3) designates, or null if unknown. */
export function regionFromCountry(country: string): CountryCode | null {
  const trimmed = country.trim();
  if (trimmed.length === 0 || trimmed.length > 100) return null;
  const folded = foldCountryName(trimmed);
  const named = COUNTRY_NAMES[folded];
  if (named !== undefined) return named;
  if (/^[a-z]{2}$/.test(folded)) {
    const code = folded.toUpperCase();
    return isSupportedCountry(code) ? code : null;
  }
  return null;
}

/** The country of a URL's country-code top-level domain (`.fr`, `.co.uk`), or null. */
export function regionFromUrl(url: string): CountryCode | null {
  let hostname: string;
  try {
    hostname = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(url.trim()) ? url.trim() : `https://${url.trim()}`).hostname;
  } catch {
    return null;
  }
  const tld = hostname.replace(/\.$/, '').split('.').pop()?.toLowerCase() ?? '';
  if (!/^[a-z]{2,}$/.test(tld) || !hostname.includes('.')) return null;
  if (tld in TLD_REGIONS) return TLD_REGIONS[tld] ?? null;
  if (tld.length !== 2) return null;
  const code = tld.toUpperCase();
  return isSupportedCountry(code) ? code : null;
}

/**
 * The country of a language tag: its region subtag when present (`fr-CA` → CA, `pt_BR` → BR,
 * `zh-Hant-TW` → TW), else the main country of the language (`fr` → FR); null for languages
 * spoken in many countries without one dominating (`en`, `ar`) or numeric regions (`es-419`).
 */
export function regionFromLanguage(language: string): CountryCode | null {
  const subtags = language.trim().toLowerCase().split(/[-_]/);
  const primary = subtags[0] ?? '';
  if (!/^[a-z]{2,3}$/.test(primary)) return null;
  const region = subtags.slice(1).find((subtag) => /^[a-z]{2}$/.test(subtag));
  if (region !== undefined) {
    const code = region === 'uk' ? 'GB' : region.toUpperCase();
    return isSupportedCountry(code) ? code : null;
  }
  if (subtags.slice(1).some((subtag) => /^\d{3}$/.test(subtag))) return null;
  return LANGUAGE_REGIONS[primary] ?? null;
}

/**
 * The default phone region for a company: from its country (ISO code, or a common English,
 * French or native name), else its website's ccTLD, else the page language (`fr-CA` → CA,
 * `fr` → FR, `en-GB` → GB, plain `en` → null). Each source that is absent or not recognised
 * is skipped.
 */
export function defaultRegionFor(input: {
  country?: string | null;
  url?: string | null;
  language?: string | null;
}): CountryCode | null {
  return (
    (input.country ? regionFromCountry(input.country) : null) ??
    (input.url ? regionFromUrl(input.url) : null) ??
    (input.language ? regionFromLanguage(input.language) : null)
  );
}

/**
 * Countries tried in order for national numbers on a page whose language names no single
 * country (English): the numbering plans are disjoint enough that a number valid and written
 * in national format in one of them is that country's.
 */
const LANGUAGE_FALLBACK_REGIONS: Readonly<Record<string, readonly CountryCode[]>> = {
  en: ['US', 'GB', 'CA', 'IE', 'AU', 'NZ'],
  ar: ['AE', 'SA', 'EG', 'MA'],
};

/** Fallback countries for national numbers when {@link defaultRegionFor} found none. */
export function fallbackRegionsFor(language: string | null | undefined): CountryCode[] {
  const primary = (language ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return [...(LANGUAGE_FALLBACK_REGIONS[primary] ?? [])];
}

/** Countries where each language is spoken by companies, for {@link regionFromShownNumbers}. */
const LANGUAGE_COUNTRIES: Readonly<Record<string, readonly CountryCode[]>> = {
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
export function regionFromShownNumbers(language: string | null | undefined, countries: readonly (CountryCode | undefined)[]): CountryCode | null {
  const primary = (language ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '';
  const candidates = LANGUAGE_COUNTRIES[primary];
  if (!candidates) return null;
  const counts = new Map<CountryCode, number>();
  for (const country of countries) if (country && candidates.includes(country)) counts.set(country, (counts.get(country) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  return ranked[0]?.[0] ?? null;
}
