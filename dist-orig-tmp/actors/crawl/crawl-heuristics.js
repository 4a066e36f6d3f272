/**
 * Crawl heuristics: which links are worth following (HTML pages, no traps) and in which order
 * (contact-likely pages first). Only the crawler uses them; the URL rules the gateway shares are
 * in schema/url-rules.ts.
 */
import { decodeLenient, MAX_URL_LENGTH } from '../../schema/url-rules.js';
import { wordSet } from '../word-set.js';
/** Deepest path (in segments) a followed link may have. */
export const MAX_PATH_DEPTH = 15;
/** Most query parameters a followed link may have (faceted-search explosions have many more). */
export const MAX_QUERY_PARAMETERS = 10;
/** How many times one path segment may repeat before the URL counts as a loop. */
export const MAX_SEGMENT_REPEATS = 2;
/** Extensions of resources that are never HTML pages. */
const NON_HTML_EXTENSIONS = wordSet('pdf doc docx xls xlsx ppt pptx odt ods odp rtf csv txt epub ics vcf jpg jpeg png gif svg svgz webp avif bmp ico tif tiff heic psd eps ai mp4 m4v webm mov avi mkv wmv flv mpg mpeg mp3 m4a wav ogg oga aac flac zip rar 7z tar gz tgz bz2 xz dmg exe msi apk deb rpm iso bin jar css js mjs map json xml rss atom woff woff2 ttf otf eot swf wasm');
/**
 * Words (accents stripped, lower case) that name contact, about, legal-notice and team pages in
 * English, French, German, Spanish, Italian, Dutch and Portuguese. A path segment or anchor text
 * word starting with one of them marks a page that usually lists addresses.
 */
const PRIORITY_WORD_PREFIXES = [
    'contact',
    'kontakt',
    'contatt',
    'contato',
    'impressum',
    'imprint',
    'about',
    'apropos',
    'legal',
    'mentions',
    'colofon',
    'colophon',
    'coordonnees',
    'team',
    'equipe',
    'equipo',
    'staff',
    'ueberuns',
    'uberuns',
    'chisiamo',
    'quienessomos',
    'quisommesnous',
    'overons',
    'sobrenos',
    'sobrenosotros',
    'nousjoindre',
    'nouscontacter',
    'avisolegal',
    'notelegali',
];
/** Multi-word names of the same pages, matched as whole phrases. */
const PRIORITY_PHRASES = [
    'a propos',
    'qui sommes nous',
    'uber uns',
    'ueber uns',
    'chi siamo',
    'quienes somos',
    'sobre nosotros',
    'sobre nos',
    'over ons',
    'about us',
    'our people',
    'our story',
    'notre equipe',
    'aviso legal',
    'note legali',
    'nous trouver',
    'find us',
    'get in touch',
    'reach us',
    'nous joindre',
    'nous ecrire',
    'ecrivez nous',
    'who we are',
];
/** Words suggesting a calendar or date browser, where "next month" links never end. */
const CALENDAR_WORDS = /(?:calendar|calendrier|kalender|calendario|agenda|event|evenement|termine|date|month|mois|monat|year|annee|jahr|week|semaine|day|jour)/i;
/** ASP.NET cookieless sessions put the session in the path: /(S(abc123))/page.aspx. */
const SESSION_IN_PATH = /\/\([a-z]\([a-z0-9]{8,}\)\)\//i;
function stripAccents(text) {
    return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}
/** The lower-case extension of the URL path's last segment, or '' when it has none. */
function pathExtension(pathname) {
    const lastSegment = pathname.slice(pathname.lastIndexOf('/') + 1);
    const dot = lastSegment.lastIndexOf('.');
    return dot <= 0 ? '' : decodeLenient(lastSegment.slice(dot + 1)).toLowerCase();
}
/**
 * False for URLs whose path ends in an extension of a non-HTML resource (documents, images,
 * media, archives, styles, scripts, fonts, feeds); true for everything else, including
 * extension-less paths and server pages (.php, .aspx…). False when the URL does not parse.
 */
export function isLikelyHtmlUrl(url) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return false;
    }
    return !NON_HTML_EXTENSIONS.has(pathExtension(parsed.pathname));
}
function words(text) {
    return stripAccents(text)
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter((word) => word !== '');
}
function mentionsPriorityPage(text) {
    const tokens = words(text);
    if (tokens.length === 0)
        return false;
    const joined = ` ${tokens.join(' ')} `;
    if (PRIORITY_PHRASES.some((phrase) => joined.includes(` ${phrase} `)))
        return true;
    const glued = tokens.join('');
    return (tokens.some((token) => PRIORITY_WORD_PREFIXES.some((prefix) => token.startsWith(prefix))) ||
        PRIORITY_WORD_PREFIXES.some((prefix) => prefix.length >= 8 && glued.includes(prefix)));
}
/**
 * Crawl priority of a link; lower runs first. Contact, about, legal-notice (mentions légales,
 * Impressum, imprint, legal) and team (équipe, team, staff) pages get 0, by path or anchor text,
 * in English, French, German, Spanish, Italian, Dutch and Portuguese; all others get 1.
 */
export function linkPriority(url, anchorText) {
    let path = '';
    try {
        path = decodeLenient(new URL(url).pathname);
    }
    catch {
        path = '';
    }
    return mentionsPriorityPage(path) || (anchorText !== undefined && mentionsPriorityPage(anchorText)) ? 0 : 1;
}
/**
 * Pages that often carry a contact block although they are not contact pages: about and
 * company pages, press and news, careers, offices and branches, support, complaints and
 * mediation, licences and accreditations, sponsors and partners (word prefixes, folded).
 */
const SECONDARY_WORD_PREFIXES = [
    'press',
    'presse',
    'prensa',
    'stampa',
    'media',
    'news',
    'actualit',
    'aktuell',
    'noticia',
    'notizi',
    'blog',
    'communique',
    'career',
    'carriere',
    'recrut',
    'job',
    'karriere',
    'empleo',
    'lavora',
    'emploi',
    'stellen',
    'agence',
    'agenc',
    'location',
    'office',
    'bureau',
    'standort',
    'sedi',
    'sede',
    'filiale',
    'branch',
    'magasin',
    'boutique',
    'store',
    'anfahrt',
    'acces',
    'plan',
    'support',
    'help',
    'aide',
    'faq',
    'service',
    'reclamation',
    'complaint',
    'beschwerde',
    'mediation',
    'licen',
    'agrement',
    'accredit',
    'zulassung',
    'qualite',
    'quality',
    'deontolog',
    'disclaimer',
    'sponsor',
    'exhibit',
    'partenaire',
    'partner',
    'company',
    'entreprise',
    'societe',
    'unternehmen',
    'empresa',
    'azienda',
    'cabinet',
    'kanzlei',
    'studio',
    'people',
    'mitarbeiter',
    'personal',
    'squadra',
    'nosotros',
    'privacy',
    'datenschutz',
    'confidentialite',
    'rgpd',
    'gdpr',
    'cgv',
    'terms',
    'agb',
    'adherer',
    'membership',
    'volunteer',
    'benevol',
    'donate',
    'don',
    'reservation',
    'booking',
    'reserv',
    'prenot',
    'devis',
    'quote',
    'rendez',
    'appointment',
    'termin',
    'cita',
];
/**
 * How likely a link leads to contact details, for a best-first crawl: 0 for contact, about,
 * legal-notice and team pages (see {@link linkPriority}), 1 for pages that often carry a
 * contact block (press, news, careers, offices, support, licences, privacy…), 2 for the rest.
 * By path or anchor text.
 */
export function contactLikelihoodClass(url, anchorText) {
    if (linkPriority(url, anchorText) === 0)
        return 0;
    let path = '';
    try {
        path = decodeLenient(new URL(url).pathname);
    }
    catch {
        path = '';
    }
    const tokens = [...words(path), ...(anchorText === undefined ? [] : words(anchorText))];
    return tokens.some((token) => SECONDARY_WORD_PREFIXES.some((prefix) => token.startsWith(prefix))) ? 1 : 2;
}
/** Calendar pages this far ahead are generated by "next" links, not written by anyone. */
const FUTURE_YEARS_ALLOWED = 3;
/** Calendar pages before this year are generated by "previous" links. */
const EARLIEST_YEAR_ALLOWED = 1900;
/** Calendar dates in path or query far enough ahead (or back) to be an endless "next" chain. */
function hasRunawayCalendarDate(url) {
    const text = decodeLenient(url.pathname + url.search);
    if (!CALENDAR_WORDS.test(text) && !/(?:^|[^\d])(?:19|20|21)\d{2}[-/](?:0?[1-9]|1[0-2])(?:[^\d]|$)/.test(text))
        return false;
    const currentYear = new Date().getUTCFullYear();
    for (const match of text.matchAll(/(?<!\d)(18\d{2}|19\d{2}|20\d{2}|21\d{2})(?!\d)/g)) {
        const year = Number(match[1]);
        if (year > currentYear + FUTURE_YEARS_ALLOWED || year < EARLIEST_YEAR_ALLOWED)
            return true;
    }
    return false;
}
/**
 * Heuristic crawler-trap guard: true for URLs that look like endless calendars, session paths or
 * generated link loops: longer than {@link MAX_URL_LENGTH}, deeper than {@link MAX_PATH_DEPTH}
 * segments, a path segment repeated more than {@link MAX_SEGMENT_REPEATS} times, more than
 * {@link MAX_QUERY_PARAMETERS} query parameters, a session id inside the path, or a calendar
 * date more than three years ahead (or before 1900). Also true for URLs that do not parse.
 */
export function looksLikeTrap(url) {
    if (url.length > MAX_URL_LENGTH)
        return true;
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return true;
    }
    const segments = parsed.pathname.split('/').filter((segment) => segment !== '');
    if (segments.length > MAX_PATH_DEPTH)
        return true;
    const counts = new Map();
    for (const segment of segments) {
        const key = decodeLenient(segment).toLowerCase();
        const count = (counts.get(key) ?? 0) + 1;
        if (count > MAX_SEGMENT_REPEATS)
            return true;
        counts.set(key, count);
    }
    const parameterCount = parsed.search.length <= 1
        ? 0
        : parsed.search
            .slice(1)
            .split('&')
            .filter((pair) => pair !== '').length;
    if (parameterCount > MAX_QUERY_PARAMETERS)
        return true;
    if (SESSION_IN_PATH.test(parsed.pathname))
        return true;
    return hasRunawayCalendarDate(parsed);
}
//# sourceMappingURL=crawl-heuristics.js.map