/**
 * Runs the fingerprint patterns against one page. Every input is cut to a bounded length first
 * ({@link MATCH_LIMITS}), patterns are bounded-quantifier regexes (each match attempt scans a
 * bounded window), and a pattern runs only when the input contains its required literal: matching
 * time stays bounded whatever the page holds.
 */
import { parseDocument } from 'htmlparser2';
import type { DomProbeResult } from './dom-probes.js';
import { evaluateDomProbesStatically } from './dom-probes-static.js';
import type { Fingerprint, FingerprintSet, KeyedPatterns } from './fingerprints.js';
import { LiteralScanner, MIN_SCANNED_LITERALS } from './literal-scanner.js';
import { resolveVersion, type CompiledPattern } from './pattern.js';
import type { TechnologyInput } from './technology-input.js';

/** Caps on what is matched, in characters (or counts). */
export const MATCH_LIMITS = Object.freeze({
  urlChars: 2048,
  /** HTML is matched on its first `htmlHeadChars` and last `htmlTailChars` characters. */
  htmlHeadChars: 200_000,
  htmlTailChars: 50_000,
  /** Parsing for the static DOM check reads at most this much HTML. */
  domHtmlChars: 2_000_000,
  textChars: 100_000,
  scriptChars: 50_000,
  scriptsTotalChars: 300_000,
  scriptSrcChars: 2048,
  scriptSrcCount: 300,
  metaValueChars: 2048,
  metaValuesPerName: 20,
  headerValueChars: 4096,
  cookieValueChars: 2048,
  cookieCount: 300,
  jsValueChars: 200,
  domValueChars: 2000,
});

/** Page-wide fields matched pattern by pattern. */
type PageField = 'url' | 'html' | 'text' | 'scripts' | 'scriptSrc';

/** One pattern of one technology that matched a page. */
export interface Detection {
  readonly technology: Fingerprint;
  readonly pattern: CompiledPattern;
  /** Version the pattern resolved, '' when none. */
  readonly version: string;
  /** What matched, e.g. `scriptSrc: /js/jquery.min.js` or `dom: div.fb-page`. */
  readonly evidence?: string;
}

const EVIDENCE_CHARS = 120;

/** Matches every fingerprint of the set against one page. */
export function matchPage(set: FingerprintSet, input: TechnologyInput): Detection[] {
  const detections: Detection[] = [];
  /** `lowerValue` is `value.toLowerCase()`, computed once per value for the literal pre-check. */
  /** `where` names the input; the evidence is `where: <matched text>` (or `where` alone when nothing is shown). */
  const tryPattern = (technology: Fingerprint, pattern: CompiledPattern, value: string, where: string): void => {
    const match = pattern.regex.exec(value);
    if (!match) return;
    const shown = (where.startsWith('scriptSrc') ? value : match[0]).replace(/\s+/g, ' ').trim().slice(0, EVIDENCE_CHARS);
    const evidence = where === '' ? undefined : shown === '' ? where : `${where}: ${shown}`;
    detections.push({ technology, pattern, version: resolveVersion(pattern.versionTemplate, match), ...(evidence ? { evidence } : {}) });
  };
  const run = (technology: Fingerprint, patterns: readonly CompiledPattern[], value: string, lowerValue: string, where = ''): void => {
    for (const pattern of patterns) {
      if (pattern.literal !== null && !lowerValue.includes(pattern.literal)) continue;
      tryPattern(technology, pattern, value, where);
    }
  };
  const runKeyed = (entries: readonly KeyedPatterns[] | undefined, value: string, where = ''): void => {
    if (entries === undefined) return;
    const lowerValue = value.toLowerCase();
    for (const { technology, patterns } of entries) run(technology, patterns, value, lowerValue, where);
  };
  const runEach = (technologies: readonly Fingerprint[], field: PageField, value: string): void => {
    const lowerValue = value.toLowerCase();
    const index = fieldIndex(technologies, field);
    if (index === null) {
      for (const technology of technologies) run(technology, technology[field], value, lowerValue, field);
      return;
    }
    // Only the patterns whose literal the value contains (and those without one), in data set order.
    const candidates = [...index.withoutLiteral];
    for (const literal of index.scanner.scan(lowerValue)) candidates.push(...(index.byLiteral.get(literal) ?? []));
    candidates.sort((a, b) => a.ordinal - b.ordinal);
    for (const { technology, pattern } of candidates) tryPattern(technology, pattern, value, field);
  };

  runEach(set.withUrl, 'url', input.url.slice(0, MATCH_LIMITS.urlChars));
  runEach(set.withHtml, 'html', headAndTail(input.html, MATCH_LIMITS.htmlHeadChars, MATCH_LIMITS.htmlTailChars));
  if (input.text !== undefined) runEach(set.withText, 'text', input.text.slice(0, MATCH_LIMITS.textChars));
  const scripts = joinCapped(input.scripts ?? [], MATCH_LIMITS.scriptChars, MATCH_LIMITS.scriptsTotalChars);
  if (scripts !== '') runEach(set.withScripts, 'scripts', scripts);
  const scriptSrc = new Set(input.scriptSrc.slice(0, MATCH_LIMITS.scriptSrcCount));
  for (const src of scriptSrc) runEach(set.withScriptSrc, 'scriptSrc', src.slice(0, MATCH_LIMITS.scriptSrcChars));

  for (const [name, value] of Object.entries(input.headers)) {
    runKeyed(set.byHeader.get(name.toLowerCase()), value.slice(0, MATCH_LIMITS.headerValueChars), `header ${name}`);
  }

  const cookies = Object.entries(input.cookies).slice(0, MATCH_LIMITS.cookieCount);
  for (const [name, rawValue] of cookies) {
    const value = rawValue.slice(0, MATCH_LIMITS.cookieValueChars);
    runKeyed(set.byCookie.get(name.toLowerCase()), value, `cookie ${name}`);
    for (const technology of set.withCookieNamePatterns) {
      for (const cookieName of technology.cookieNamePatterns) {
        if (cookieName.name.test(name)) run(technology, cookieName.patterns, value, value.toLowerCase(), `cookie ${name}`);
      }
    }
  }

  for (const [name, content] of Object.entries(input.meta)) {
    const values = (typeof content === 'string' ? [content] : content).slice(0, MATCH_LIMITS.metaValuesPerName);
    const entries = set.byMeta.get(name.toLowerCase());
    for (const value of values) runKeyed(entries, value.slice(0, MATCH_LIMITS.metaValueChars), `meta ${name}`);
  }

  for (const [path, value] of Object.entries(input.js ?? {})) {
    runKeyed(set.byJs.get(path), value.slice(0, MATCH_LIMITS.jsValueChars), `js ${path}`);
  }

  const runCapped = (technology: Fingerprint, patterns: readonly CompiledPattern[], value: string, where: string): void => {
    const capped = value.slice(0, MATCH_LIMITS.domValueChars);
    run(technology, patterns, capped, capped.toLowerCase(), where);
  };
  // DOM rules run on the HTML as fetched (or rendered) and, for a rendered page, on the live DOM too.
  const doms = [...(input.dom ? [input.dom] : []), input.staticDom ?? staticDom(set, input.html)];
  const withFoundSelector = technologiesOfSelectors(set, doms);
  for (const technology of set.withDom) {
    if (!withFoundSelector.has(technology)) continue;
    for (const rule of technology.dom)
      for (const dom of doms) {
        const found = dom[rule.selector];
        if (found === undefined) continue;
        const where = `dom ${rule.selector}`;
        run(technology, rule.exists, '', '', where);
        for (const text of found.texts) runCapped(technology, rule.text, text, where);
        for (const [name, patterns] of rule.attributes) {
          for (const value of found.attributes[name] ?? []) runCapped(technology, patterns, value, `${where} [${name}]`);
        }
        for (const [name, patterns] of rule.properties) {
          for (const value of found.properties[name] ?? []) runCapped(technology, patterns, value, `${where} .${name}`);
        }
      }
  }
  return detections;
}

/** One pattern of a technology list's field, numbered in data set order. */
interface IndexedPattern {
  readonly ordinal: number;
  readonly technology: Fingerprint;
  readonly pattern: CompiledPattern;
}

/** The patterns of a technology list's field by required literal, with a scanner of those literals. */
interface FieldIndex {
  readonly scanner: LiteralScanner;
  readonly byLiteral: ReadonlyMap<string, readonly IndexedPattern[]>;
  readonly withoutLiteral: readonly IndexedPattern[];
}

/** Per technology list and field; null when the list has too few literals to need a scanner. */
const fieldIndexes = new WeakMap<readonly Fingerprint[], Map<PageField, FieldIndex | null>>();

function fieldIndex(technologies: readonly Fingerprint[], field: PageField): FieldIndex | null {
  let byField = fieldIndexes.get(technologies);
  if (byField === undefined) {
    byField = new Map();
    fieldIndexes.set(technologies, byField);
  }
  let index = byField.get(field);
  if (index === undefined) {
    const byLiteral = new Map<string, IndexedPattern[]>();
    const withoutLiteral: IndexedPattern[] = [];
    let ordinal = 0;
    for (const technology of technologies) {
      for (const pattern of technology[field]) {
        const entry = { ordinal: ordinal++, technology, pattern };
        if (pattern.literal === null) withoutLiteral.push(entry);
        else byLiteral.set(pattern.literal, [...(byLiteral.get(pattern.literal) ?? []), entry]);
      }
    }
    index = byLiteral.size >= MIN_SCANNED_LITERALS ? { scanner: new LiteralScanner(byLiteral.keys()), byLiteral, withoutLiteral } : null;
    byField.set(field, index);
  }
  return index;
}

/** Selector -> the technologies with a DOM rule on it, per fingerprint set. */
const technologiesBySelector = new WeakMap<FingerprintSet, Map<string, Fingerprint[]>>();

/** The technologies with a DOM rule on a selector that one of `doms` found. */
function technologiesOfSelectors(set: FingerprintSet, doms: readonly Readonly<Record<string, DomProbeResult>>[]): Set<Fingerprint> {
  let bySelector = technologiesBySelector.get(set);
  if (bySelector === undefined) {
    bySelector = new Map();
    for (const technology of set.withDom) {
      for (const { selector } of technology.dom) bySelector.set(selector, [...(bySelector.get(selector) ?? []), technology]);
    }
    technologiesBySelector.set(set, bySelector);
  }
  const technologies = new Set<Fingerprint>();
  for (const dom of doms) for (const selector of Object.keys(dom)) for (const technology of bySelector.get(selector) ?? []) technologies.add(technology);
  return technologies;
}

function staticDom(set: FingerprintSet, html: string): Readonly<Record<string, DomProbeResult>> {
  return evaluateDomProbesStatically(parseDocument(html.slice(0, MATCH_LIMITS.domHtmlChars)), set.domProbes);
}

function headAndTail(text: string, headChars: number, tailChars: number): string {
  if (text.length <= headChars + tailChars) return text;
  return `${text.slice(0, headChars)}\n${text.slice(text.length - tailChars)}`;
}

function joinCapped(parts: readonly string[], partChars: number, totalChars: number): string {
  let joined = '';
  for (const part of parts) {
    if (joined.length >= totalChars) break;
    joined += (joined === '' ? '' : '\n') + part.slice(0, partChars);
  }
  return joined.slice(0, totalChars);
}
