import { isIP } from 'node:net';
import { parse as parseDomain } from 'tldts';

/** Longest URL the crawler accepts or follows; longer ones are almost always traps. */
export const MAX_URL_LENGTH = 2000;
/** Deepest path (in segments) a followed link may have. */
export const MAX_PATH_DEPTH = 15;
/** Most query parameters a followed link may have (faceted-search explosions have many more). */
export const MAX_QUERY_PARAMETERS = 10;
/** How many times one path segment may repeat before the URL counts as a loop. */
export const MAX_SEGMENT_REPEATS = 2;

/** Thrown for a start URL the caller must fix (not retryable). The message is user-facing. */
export class InvalidUrlError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'InvalidUrlError';
  }
}

/** Query parameters that only identify a campaign, click or session, never content. */
const TRACKING_PARAMETERS = new Set([
  'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'fbclid', 'msclkid', 'yclid', 'twclid',
  'ttclid', 'li_fat_id', 'igshid', 'mc_cid', 'mc_eid', '_ga', '_gl', '_hsenc', '_hsmi',
  '__hssc', '__hstc', '__hsfp', 'hsctatracking', 'mkt_tok', 'oly_anon_id', 'oly_enc_id',
  'vero_id', 'vero_conv', 'rb_clickid', 's_cid', 'ref_src', 'srsltid', 'epik', 'wickedid',
  'phpsessid', 'jsessionid', 'aspsessionid', 'sessionid', 'sid_tracking',
]);
const TRACKING_PARAMETER_PREFIXES = ['utm_', 'pk_', 'mtm_', 'matomo_'];

/** Extensions of resources that are never HTML pages. */
const NON_HTML_EXTENSIONS = new Set([
  'pdf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'odt', 'ods', 'odp', 'rtf', 'csv', 'txt',
  'epub', 'ics', 'vcf', 'jpg', 'jpeg', 'png', 'gif', 'svg', 'svgz', 'webp', 'avif', 'bmp', 'ico',
  'tif', 'tiff', 'heic', 'psd', 'eps', 'ai', 'mp4', 'm4v', 'webm', 'mov', 'avi', 'mkv', 'wmv',
  'flv', 'mpg', 'mpeg', 'mp3', 'm4a', 'wav', 'ogg', 'oga', 'aac', 'flac', 'zip', 'rar', '7z',
  'tar', 'gz', 'tgz', 'bz2', 'xz', 'dmg', 'exe', 'msi', 'apk', 'deb', 'rpm', 'iso', 'bin', 'jar',
  'css', 'js', 'mjs', 'map', 'json', 'xml', 'rss', 'atom', 'woff', 'woff2', 'ttf', 'otf', 'eot',
  'swf', 'wasm',
]);

/**
 * Words (accents stripped, lower case) that name contact, about, legal-notice and team pages in
 * English, French, German, Spanish, Italian, Dutch and Portuguese. A path segment or anchor text
 * word starting with one of them marks a page that usually lists addresses.
 */
const PRIORITY_WORD_PREFIXES = [
  'contact', 'kontakt', 'contatt', 'contato', 'impressum', 'imprint', 'about', 'apropos',
  'legal', 'mentions', 'colofon', 'colophon', 'coordonnees', 'team', 'equipe', 'equipo',
  'staff', 'ueberuns', 'uberuns', 'chisiamo', 'quienessomos', 'quisommesnous', 'overons',
  'sobrenos', 'sobrenosotros', 'nousjoindre', 'nouscontacter', 'avisolegal', 'notelegali',
];
/** Multi-word names of the same pages, matched as whole phrases. */
const PRIORITY_PHRASES = [
  'a propos', 'qui sommes nous', 'uber uns', 'ueber uns', 'chi siamo', 'quienes somos',
  'sobre nosotros', 'sobre nos', 'over ons', 'about us', 'our people', 'our story', 'notre equipe',
  'aviso legal', 'note legali', 'nous trouver', 'find us', 'get in touch', 'reach us',
  'nous joindre', 'nous ecrire', 'ecrivez nous', 'who we are',
];

/** Words suggesting a calendar or date browser, where "next month" links never end. */
const CALENDAR_WORDS = /(?:calendar|calendrier|kalender|calendario|agenda|event|evenement|termine|date|month|mois|monat|year|annee|jahr|week|semaine|day|jour)/i;
/** ASP.NET cookieless sessions put the session in the path: /(S(abc123))/page.aspx. */
const SESSION_IN_PATH = /\/\([a-z]\([a-z0-9]{8,}\)\)\//i;
/** Well-formed host label after URL parsing (punycode, lower case); `_` occurs in real subdomains. */
const HOST_LABEL = /^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$/;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
/** `host`, `host:port`, `[v6]:port`, optionally followed by a path, query or fragment. */
const BARE_HOST = /^(\[[0-9a-f:.]+\]|[^\s/?#@:[\]\\]+)(?::\d{1,5})?(?:[/?#\\]|$)/i;

function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

function isIpLiteralHost(hostname: string): boolean {
  return isIP(hostname.replace(/^\[|\]$/g, '')) !== 0;
}

function isLocalhostName(hostname: string): boolean {
  return hostname === 'localhost' || hostname.endsWith('.localhost');
}

/** Adds a scheme to input typed without one ("acme.example/contact"), or returns null if it is not host-like. */
function withDefaultScheme(input: string): string | null {
  if (input.startsWith('//')) return `https:${input}`;
  const host = BARE_HOST.exec(input);
  if (host === null) return null;
  const hostname = host[1]!.toLowerCase();
  if (isIpLiteralHost(hostname) || isLocalhostName(hostname)) return `http://${input}`;
  return hostname.includes('.') ? `https://${input}` : null;
}

/** True when `input` starts with a scheme, as opposed to `host:port`. */
function hasScheme(input: string): boolean {
  const match = SCHEME.exec(input);
  if (match === null) return false;
  const afterColon = input.slice(match[0].length);
  return !/^\d+(?:[/?#]|$)/.test(afterColon);
}

function isPlausibleHostname(hostname: string): boolean {
  if (isIpLiteralHost(hostname)) return true;
  const name = hostname.replace(/\.$/, '');
  return name.length > 0 && name.length <= 253 && name.split('.').every((label) => HOST_LABEL.test(label));
}

/**
 * Parses a start URL typed by a user: trims it, adds a scheme when it is missing and the input
 * looks like a host (`https://` for names, `http://` for IP addresses and `localhost`), accepts
 * only http and https, and normalises it with {@link normalizeUrl}.
 *
 * URLs carrying a user name or password are refused: the crawler never sends credentials, and
 * such URLs would store them in job records.
 *
 * @throws InvalidUrlError with a message naming the problem
 */
export function parseStartUrl(input: string): string {
  if (typeof input !== 'string') throw new InvalidUrlError('Not a valid URL: expected text');
  const trimmed = input.trim();
  if (trimmed === '') throw new InvalidUrlError('Not a valid URL: the URL is empty');
  if (trimmed.length > MAX_URL_LENGTH) {
    throw new InvalidUrlError(`Not a valid URL: ${trimmed.length} characters long, at most ${MAX_URL_LENGTH} are allowed`);
  }

  let absolute: string;
  if (hasScheme(trimmed)) {
    absolute = trimmed;
  } else {
    const completed = withDefaultScheme(trimmed);
    if (completed === null) {
      const hint = /^[^\s@/]+@[^\s@/]+\.[a-z]{2,}$/i.test(trimmed) ? ' (this looks like an e-mail address)' : '';
      throw new InvalidUrlError(`Not a valid URL: "${trimmed}"${hint}`);
    }
    absolute = completed;
  }

  let url: URL;
  try {
    url = new URL(absolute);
  } catch (cause) {
    throw new InvalidUrlError(`Not a valid URL: "${trimmed}"`, { cause });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new InvalidUrlError(`Unsupported URL scheme "${url.protocol}"; use http or https`);
  }
  if (url.username !== '' || url.password !== '') {
    throw new InvalidUrlError('URLs containing a user name or password are not supported; remove the "user:password@" part');
  }
  if (!isPlausibleHostname(url.hostname)) {
    throw new InvalidUrlError(`Not a valid URL: "${trimmed}" has an invalid host name`);
  }
  const normalized = normalizeUrl(url.href);
  if (normalized === null) throw new InvalidUrlError(`Not a valid URL: "${trimmed}"`);
  return normalized;
}

/** Upper-cases percent-escapes and decodes the ones that stand for unreserved characters (RFC 3986 §6.2.2). */
function normalizePercentEncoding(text: string): string {
  return text.replace(/%[0-9a-f]{2}/gi, (escape) => {
    const character = String.fromCharCode(Number.parseInt(escape.slice(1), 16));
    return /[A-Za-z0-9\-._~]/.test(character) ? character : escape.toUpperCase();
  });
}

function decodeLenient(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

function isTrackingParameter(rawName: string): boolean {
  const name = decodeLenient(rawName).toLowerCase();
  return TRACKING_PARAMETERS.has(name) || TRACKING_PARAMETER_PREFIXES.some((prefix) => name.startsWith(prefix));
}

/**
 * Keeps the query's own encoding (re-serialising through URLSearchParams would turn `%20` into
 * `+` and escape `/`), drops tracking parameters and empty pairs, and sorts by name (stable, so
 * repeated names keep their order).
 */
function normalizeQuery(search: string): string {
  if (search.length <= 1) return '';
  const pairs = search
    .slice(1)
    .split('&')
    .filter((pair) => pair !== '')
    .map((pair) => {
      const equals = pair.indexOf('=');
      return { name: equals === -1 ? pair : pair.slice(0, equals), pair: normalizePercentEncoding(pair) };
    })
    .filter(({ name }) => !isTrackingParameter(name));
  if (pairs.length === 0) return '';
  pairs.sort((left, right) => (left.name < right.name ? -1 : left.name > right.name ? 1 : 0));
  return `?${pairs.map(({ pair }) => pair).join('&')}`;
}

/**
 * Resolves `raw` against `base` and normalises it so that one page has one URL: lower-case scheme
 * and host (URL parsing does both), no trailing dot on the host, no default port, no fragment,
 * no credentials, no `;jsessionid=` path parameter, duplicate slashes collapsed, dot segments
 * resolved, percent-escapes normalised, tracking and session parameters removed, remaining
 * parameters sorted. A trailing slash is kept as written; an empty path becomes "/".
 *
 * @returns the absolute http(s) URL, or `null` for other schemes (mailto:, tel:, javascript:,
 *   data:…) and for anything that does not parse
 */
export function normalizeUrl(raw: string, base?: string): string | null {
  let url: URL;
  try {
    url = base === undefined ? new URL(raw.trim()) : new URL(raw.trim(), base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.hostname === '') return null;
  url.username = '';
  url.password = '';
  url.hash = '';
  if (url.hostname.endsWith('.') && !url.hostname.startsWith('[')) url.hostname = url.hostname.replace(/\.+$/, '');

  const path = url.pathname.replace(/;jsessionid=[^/?]*/gi, '').replace(/\/{2,}/g, '/');
  url.pathname = normalizePercentEncoding(path === '' ? '/' : path);
  const query = normalizeQuery(url.search);
  url.search = '';
  return url.href + query;
}

/**
 * The registrable domain of a host name (`www.acme.co.uk` → `acme.co.uk`), from the Public
 * Suffix List including its private section, so `shop.github.io` and `blog.github.io` are different
 * sites. IP addresses, `localhost` and single-label names are returned as they are, without port.
 */
export function registrableDomain(hostname: string): string {
  let host = hostname.trim().toLowerCase();
  if (host.startsWith('[')) return host.replace(/^\[|\]$/g, '');
  if (/^[^:]+:\d+$/.test(host)) host = host.slice(0, host.lastIndexOf(':'));
  host = host.replace(/\.+$/, '');
  if (isIP(host) !== 0 || isLocalhostName(host)) return host;
  return parseDomain(host, { allowPrivateDomains: true }).domain ?? host;
}

function effectivePort(url: URL): string {
  if (url.port !== '') return url.port;
  return url.protocol === 'https:' ? '443' : '80';
}

/**
 * The key that identifies a URL's site: its registrable domain, or `host:port` for hosts that have
 * none (IP addresses, `localhost`, single-label names).
 * @returns the key, or `null` when the URL does not parse
 */
export function siteKey(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const host = parsed.hostname.replace(/\.+$/, '').replace(/^\[|\]$/g, '');
  const hostOnlySite = isIP(host) !== 0 || isLocalhostName(host)
    || parseDomain(host, { allowPrivateDomains: true }).domain === null;
  return hostOnlySite ? `${host}:${effectivePort(parsed)}` : registrableDomain(host);
}

/**
 * True when both URLs belong to one site: the same registrable domain, so `www.` and the apex
 * (and http and https) are one site. Hosts without a registrable domain (IP addresses,
 * `localhost`, single-label names) must match exactly, port included, so two local sites on
 * different ports are different sites. False when either URL does not parse.
 */
export function isSameSite(a: string, b: string): boolean {
  const left = siteKey(a);
  return left !== null && left === siteKey(b);
}

/** The lower-case extension of the URL path's last segment, or '' when it has none. */
function pathExtension(pathname: string): string {
  const lastSegment = pathname.slice(pathname.lastIndexOf('/') + 1);
  const dot = lastSegment.lastIndexOf('.');
  return dot <= 0 ? '' : decodeLenient(lastSegment.slice(dot + 1)).toLowerCase();
}

/**
 * False for URLs whose path ends in an extension of a non-HTML resource (documents, images,
 * media, archives, styles, scripts, fonts, feeds); true for everything else, including
 * extension-less paths and server pages (.php, .aspx…). False when the URL does not parse.
 */
export function isLikelyHtmlUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return !NON_HTML_EXTENSIONS.has(pathExtension(parsed.pathname));
}

function words(text: string): string[] {
  return stripAccents(text).toLowerCase().split(/[^a-z0-9]+/).filter((word) => word !== '');
}

function mentionsPriorityPage(text: string): boolean {
  const tokens = words(text);
  if (tokens.length === 0) return false;
  const joined = ` ${tokens.join(' ')} `;
  if (PRIORITY_PHRASES.some((phrase) => joined.includes(` ${phrase} `))) return true;
  const glued = tokens.join('');
  return tokens.some((token) => PRIORITY_WORD_PREFIXES.some((prefix) => token.startsWith(prefix)))
    || PRIORITY_WORD_PREFIXES.some((prefix) => prefix.length >= 8 && glued.includes(prefix));
}

/**
 * Crawl priority of a link; lower runs first. Contact, about, legal-notice (mentions légales,
 * Impressum, imprint, legal) and team (équipe, team, staff) pages get 0, by path or anchor text,
 * in English, French, German, Spanish, Italian, Dutch and Portuguese; all others get 1.
 */
export function linkPriority(url: string, anchorText?: string): number {
  let path = '';
  try {
    path = decodeLenient(new URL(url).pathname);
  } catch {
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
  'press', 'presse', 'prensa', 'stampa', 'media', 'news', 'actualit', 'aktuell', 'noticia', 'notizi', 'blog',
  'communique', 'career', 'carriere', 'recrut', 'job', 'karriere', 'empleo', 'lavora', 'emploi', 'stellen',
  'agence', 'agenc', 'location', 'office', 'bureau', 'standort', 'sedi', 'sede', 'filiale', 'branch', 'magasin',
  'boutique', 'store', 'anfahrt', 'acces', 'plan', 'support', 'help', 'aide', 'faq', 'service', 'reclamation',
  'complaint', 'beschwerde', 'mediation', 'licen', 'agrement', 'accredit', 'zulassung', 'qualite', 'quality',
  'deontolog', 'disclaimer', 'sponsor', 'exhibit', 'partenaire', 'partner', 'company', 'entreprise', 'societe',
  'unternehmen', 'empresa', 'azienda', 'cabinet', 'kanzlei', 'studio', 'people', 'mitarbeiter', 'personal',
  'squadra', 'nosotros', 'privacy', 'datenschutz', 'confidentialite', 'rgpd', 'gdpr', 'cgv', 'terms', 'agb',
  'adherer', 'membership', 'volunteer', 'benevol', 'donate', 'don', 'reservation', 'booking', 'reserv', 'prenot',
  'devis', 'quote', 'rendez', 'appointment', 'termin', 'cita',
];

/**
 * How likely a link leads to contact details, for a best-first crawl: 0 for contact, about,
 * legal-notice and team pages (see {@link linkPriority}), 1 for pages that often carry a
 * contact block (press, news, careers, offices, support, licences, privacy…), 2 for the rest.
 * By path or anchor text.
 */
export function contactLikelihoodClass(url: string, anchorText?: string): 0 | 1 | 2 {
  if (linkPriority(url, anchorText) === 0) return 0;
  let path = '';
  try {
    path = decodeLenient(new URL(url).pathname);
  } catch {
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
function hasRunawayCalendarDate(url: URL): boolean {
  const text = decodeLenient(url.pathname + url.search);
  if (!CALENDAR_WORDS.test(text) && !/(?:^|[^\d])(?:19|20|21)\d{2}[-/](?:0?[1-9]|1[0-2])(?:[^\d]|$)/.test(text)) return false;
  const currentYear = new Date().getUTCFullYear();
  for (const match of text.matchAll(/(?<!\d)(18\d{2}|19\d{2}|20\d{2}|21\d{2})(?!\d)/g)) {
    const year = Number(match[1]);
    if (year > currentYear + FUTURE_YEARS_ALLOWED || year < EARLIEST_YEAR_ALLOWED) return true;
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
export function looksLikeTrap(url: string): boolean {
  if (url.length > MAX_URL_LENGTH) return true;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  const segments = parsed.pathname.split('/').filter((segment) => segment !== '');
  if (segments.length > MAX_PATH_DEPTH) return true;
  const counts = new Map<string, number>();
  for (const segment of segments) {
    const key = decodeLenient(segment).toLowerCase();
    const count = (counts.get(key) ?? 0) + 1;
    if (count > MAX_SEGMENT_REPEATS) return true;
    counts.set(key, count);
  }
  const parameterCount = parsed.search.length <= 1 ? 0 : parsed.search.slice(1).split('&').filter((pair) => pair !== '').length;
  if (parameterCount > MAX_QUERY_PARAMETERS) return true;
  if (SESSION_IN_PATH.test(parsed.pathname)) return true;
  return hasRunawayCalendarDate(parsed);
}
