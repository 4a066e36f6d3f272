/**
 * Decides whether rendering a fetched page could show a technology that its HTML, headers and
 * Set-Cookie headers cannot. Only a technology with evidence a browser sees and the served
 * document does not (JS globals, DOM properties, script-set cookies, script-inserted nodes) can
 * need a render, and only when the page hints at it: a script URL or inline script contains a
 * literal of its `scriptSrc`/`scripts` patterns, or the page names one of its JS globals. A
 * hinted technology the static evidence already detects (with a version, when its JS rules could
 * give one) needs no render either.
 */
import { loadFingerprints, type Fingerprint, type FingerprintSet, type KeyedPatterns } from './fingerprints.js';
import { LiteralScanner } from './literal-scanner.js';
import { MATCH_LIMITS, matchPage } from './match-page.js';
import { pageScripts, technologyInputFromPage, type PageScripts, type RawTechnologyPage } from './technology-input.js';

/** Identifiers shorter than this (`$`, `ga`, `ui`) are too common in code to hint at anything. */
const MIN_HINT_CHARS = 4;
/** A pattern literal hints at a technology when it holds an uncommon word this long… */
const MIN_LITERAL_ALNUM = 5;
/** …and at most this many technologies' patterns share it (`jquery`, `wp-content` name no one). */
const MAX_LITERAL_SHARERS = 2;
/** Words of JS global paths and script URLs that name no technology. */
const GENERIC_STEPS = new Set([
  'fn',
  'prototype',
  'version',
  'ver',
  'v',
  'name',
  'default',
  'config',
  'init',
  'options',
  'settings',
  'core',
  'lib',
  'app',
  'api',
  'data',
  'window',
  'document',
  'constructor',
  'build',
  'info',
  'main',
  'site',
  'page',
  'head',
  'util',
  'utils',
  'plugin',
  'plugins',
  'com',
  'org',
  'net',
  'push',
  'event',
  'events',
  'track',
  'target',
  'form',
  'analytics',
  'loaded',
  'ready',
  'instance',
  'instances',
  'widget',
  'load',
  'start',
  'run',
  'q',
  'queue',
  'cmd',
  'next',
  'static',
  'global',
  'context',
  'embed',
  'assets',
  'scripts',
  'script',
  'dist',
  'build',
  'bundle',
  'vendor',
  'public',
  'resources',
  'files',
  'media',
  'images',
  'common',
  'cdn',
  'cdnjs',
  'jsdelivr',
  'cloudflare',
  'ajax',
  'libs',
  'www',
  'http',
  'https',
  'wp-content',
  'wp-includes',
  'themes',
  'content',
  'includes',
  'html',
  'json',
]);

/** A technology a browser may see better than the served document, with what hints at it. */
interface BrowserTechnology {
  readonly technology: Fingerprint;
  /** Distinctive literals of its `scriptSrc` patterns (lower case). */
  readonly srcLiterals: readonly string[];
  /** Distinctive literals of its `scripts` patterns (lower case). */
  readonly scriptLiterals: readonly string[];
  /** Its JS rules can resolve a version (`jQuery.fn.jquery`). */
  readonly versionFromJs: boolean;
}

interface HintIndex {
  /** Distinctive `scriptSrc` literal -> the technologies it hints at. */
  readonly bySrcLiteral: ReadonlyMap<string, readonly BrowserTechnology[]>;
  readonly srcScanner: LiteralScanner;
  /** Distinctive `scripts` literal -> the technologies it hints at. */
  readonly byScriptLiteral: ReadonlyMap<string, readonly BrowserTechnology[]>;
  readonly scriptScanner: LiteralScanner;
  /** Lower-cased telling step of a JS global path (see {@link hintIndex}) -> its technologies. */
  readonly byToken: ReadonlyMap<string, readonly BrowserTechnology[]>;
}

const indexes = new WeakMap<FingerprintSet, HintIndex>();

/** Options of {@link technologiesToProbe}. */
export interface ProbeNeedOptions {
  /** The page's scripts when already read (see `pageScripts`); read from its HTML otherwise. */
  readonly scripts?: PageScripts;
  /** @default the process-wide data set (`loadFingerprints()`) */
  readonly set?: FingerprintSet;
}

/**
 * Names of the technologies a render of the page could reveal (or give a version of) that the
 * page as served does not, sorted; empty when rendering it for technologies is pointless.
 * `page` is the page as fetched: its URL, HTML and response headers.
 */
export function technologiesToProbe(page: Pick<RawTechnologyPage, 'url' | 'html' | 'headers'>, options: ProbeNeedOptions = {}): string[] {
  const set = options.set ?? loadFingerprints();
  const scripts = options.scripts ?? pageScripts(page);
  const hinted = hintedTechnologies(scripts, hintIndex(set));
  if (hinted.size === 0) return [];
  const subset = subsetOf(set, hinted);
  const input = technologyInputFromPage({ url: page.url, html: page.html, headers: page.headers, domProbes: subset.domProbes });
  /** Technology name -> whether some static match gave its version. */
  const detected = new Map<string, boolean>();
  for (const { technology, version } of matchPage(subset, input)) {
    detected.set(technology.name, detected.get(technology.name) === true || version !== '');
  }
  return [...hinted]
    .filter(({ technology, versionFromJs }) => {
      const versioned = detected.get(technology.name);
      return versioned === undefined || (!versioned && versionFromJs);
    })
    .map(({ technology }) => technology.name)
    .sort();
}

/** The set restricted to `kept` (its static rules only matter here), so matching costs what they cost. */
function subsetOf(set: FingerprintSet, kept: ReadonlySet<BrowserTechnology>): FingerprintSet {
  const technologies = new Set([...kept].map(({ technology }) => technology));
  const keep = (list: readonly Fingerprint[]): Fingerprint[] => list.filter((technology) => technologies.has(technology));
  const keepKeyed = (index: FingerprintSet['byHeader']): Map<string, KeyedPatterns[]> => {
    const kept = new Map<string, KeyedPatterns[]>();
    for (const [key, entries] of index) {
      const mine = entries.filter(({ technology }) => technologies.has(technology));
      if (mine.length > 0) kept.set(key, mine);
    }
    return kept;
  };
  const selectors = new Set([...technologies].flatMap((technology) => technology.dom.map(({ selector }) => selector)));
  return {
    ...set,
    byHeader: keepKeyed(set.byHeader),
    byCookie: keepKeyed(set.byCookie),
    byMeta: keepKeyed(set.byMeta),
    byJs: new Map(),
    withUrl: keep(set.withUrl),
    withHtml: keep(set.withHtml),
    withText: keep(set.withText),
    withScripts: keep(set.withScripts),
    withScriptSrc: keep(set.withScriptSrc),
    withCookieNamePatterns: keep(set.withCookieNamePatterns),
    withDom: keep(set.withDom),
    jsProbeNames: [],
    domProbes: set.domProbes.filter(({ selector }) => selectors.has(selector)),
  };
}

function hintedTechnologies(page: PageScripts, index: HintIndex): Set<BrowserTechnology> {
  const hinted = new Set<BrowserTechnology>();
  const sources = page.scriptSrc
    .slice(0, MATCH_LIMITS.scriptSrcCount)
    .map((src) => src.slice(0, MATCH_LIMITS.scriptSrcChars))
    .join('\n')
    .toLowerCase();
  let inline = '';
  for (const script of page.scripts) {
    if (inline.length >= MATCH_LIMITS.scriptsTotalChars) break;
    inline += `\n${script.slice(0, MATCH_LIMITS.scriptChars)}`;
  }
  inline = inline.toLowerCase();
  if (sources === '' && inline === '') return hinted;
  const addHinted = (text: string, scanner: LiteralScanner, byLiteral: ReadonlyMap<string, readonly BrowserTechnology[]>): void => {
    if (text === '') return;
    for (const literal of scanner.scan(text)) for (const candidate of byLiteral.get(literal) ?? []) hinted.add(candidate);
  };
  addHinted(sources, index.srcScanner, index.bySrcLiteral);
  addHinted(inline, index.scriptScanner, index.byScriptLiteral);
  const tokens = new Set<string>();
  for (const text of [sources, inline]) for (const [token] of text.matchAll(/[a-z0-9_$]{4,}/g)) tokens.add(token);
  for (const token of tokens) for (const candidate of index.byToken.get(token) ?? []) hinted.add(candidate);
  return hinted;
}

function hintIndex(set: FingerprintSet): HintIndex {
  let index = indexes.get(set);
  if (index !== undefined) return index;
  const sharers = new Map<string, number>();
  for (const technology of set.technologies.values()) {
    for (const literal of new Set([...technology.scriptSrc, ...technology.scripts].map(({ literal }) => literal))) {
      if (literal !== null) sharers.set(literal, (sharers.get(literal) ?? 0) + 1);
    }
  }
  // A literal hints when few technologies share it and it holds a word that is not a common path part.
  const distinctive = (patterns: Fingerprint['scriptSrc']): string[] => [
    ...new Set(
      patterns.flatMap(({ literal }) =>
        literal !== null &&
        (sharers.get(literal) ?? 0) <= MAX_LITERAL_SHARERS &&
        (literal.match(/[a-z0-9_-]+/g) ?? []).some((word) => word.length >= MIN_LITERAL_ALNUM && !GENERIC_STEPS.has(word))
          ? [literal]
          : [],
      ),
    ),
  ];
  const bySrcLiteral = new Map<string, BrowserTechnology[]>();
  const byScriptLiteral = new Map<string, BrowserTechnology[]>();
  const hintedBy = (literals: readonly string[], candidate: BrowserTechnology, byLiteral: Map<string, BrowserTechnology[]>): void => {
    for (const literal of literals) byLiteral.set(literal, [...(byLiteral.get(literal) ?? []), candidate]);
  };
  const byToken = new Map<string, BrowserTechnology[]>();
  const tokenSharers = new Map<string, Set<string>>();
  const share = (token: string, name: string): void => {
    const names = tokenSharers.get(token) ?? new Set<string>();
    names.add(name);
    tokenSharers.set(token, names);
  };
  for (const technology of set.technologies.values()) {
    for (const path of technology.js.keys()) {
      const steps = stepsOf(path);
      if (steps.length > 0) share(`root:${steps[0]}`, technology.name);
      if (steps.length > 1) share(`step:${steps.at(-1)!}`, technology.name);
    }
  }
  const telling = (token: string | undefined, kind: 'root' | 'step'): token is string =>
    token !== undefined &&
    token.length >= MIN_HINT_CHARS &&
    !GENERIC_STEPS.has(token) &&
    (tokenSharers.get(`${kind}:${token}`)?.size ?? 0) <= MAX_LITERAL_SHARERS;
  for (const technology of set.technologies.values()) {
    const browserOnly = technology.js.size > 0 || technology.dom.length > 0 || technology.cookies.size > 0;
    if (!browserOnly) continue;
    const candidate: BrowserTechnology = {
      technology,
      srcLiterals: distinctive(technology.scriptSrc),
      scriptLiterals: distinctive(technology.scripts),
      versionFromJs: [...technology.js.values()].some((patterns) => patterns.some(({ versionTemplate }) => versionTemplate !== '')),
    };
    hintedBy(candidate.srcLiterals, candidate, bySrcLiteral);
    hintedBy(candidate.scriptLiterals, candidate, byScriptLiteral);
    for (const path of technology.js.keys()) {
      // `viafoura.core` is hinted by `viafoura`; `jQuery.fn.dataTable` (jQuery is everywhere) by `datatable`.
      const steps = stepsOf(path);
      const root = steps[0];
      const last = steps.length > 1 ? steps.at(-1) : undefined;
      const token = telling(root, 'root') ? root : telling(last, 'step') ? last : undefined;
      if (token === undefined) continue;
      const list = byToken.get(token) ?? [];
      if (!list.includes(candidate)) list.push(candidate);
      byToken.set(token, list);
    }
  }
  index = {
    bySrcLiteral,
    srcScanner: new LiteralScanner(bySrcLiteral.keys()),
    byScriptLiteral,
    scriptScanner: new LiteralScanner(byScriptLiteral.keys()),
    byToken,
  };
  indexes.set(set, index);
  return index;
}

/** The lower-cased steps of a JS global path (`a['b'].c` -> a, b, c), skipping generic ones after the root. */
function stepsOf(path: string): string[] {
  const steps = path
    .replace(/\[\s*(['"]?)([^\]]*?)\1\s*\]/g, '.$2')
    .split('.')
    .map((step) => step.trim().toLowerCase());
  return steps.filter((step, index) => /^[a-z0-9_$-]+$/.test(step) && (index === 0 || !GENERIC_STEPS.has(step)));
}
