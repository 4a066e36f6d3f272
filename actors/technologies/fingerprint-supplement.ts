/**
 * Fingerprints the installed data set lacks or misses on common markup, in the same Wappalyzer
 * format, merged into it at load (see {@link mergeFingerprintSupplement}). Each one matches
 * what a page visibly loads (a script or stylesheet URL, an embed, a form), never a guess.
 */
import type { RawDom, RawFingerprintData, RawPatterns, RawTechnology } from './fingerprint-data.js';
import SUPPLEMENT_TABLE from './data/fingerprint-supplement.json' with { type: 'json' };

/** Keyed by technology name; `cats` are Wappalyzer category ids (see categories.json). */
export const FINGERPRINT_SUPPLEMENT: Readonly<Record<string, RawTechnology>> = SUPPLEMENT_TABLE;

function asList(value: RawPatterns | undefined): (string | number)[] {
  if (value === undefined) return [];
  return typeof value === 'string' || typeof value === 'number' ? [value] : [...value];
}

type DomRecord = Exclude<RawDom, string | readonly string[]>;

function domAsRecord(dom: RawDom | undefined): Record<string, DomRecord[string]> {
  if (dom === undefined) return {};
  if (typeof dom === 'string') return { [dom]: { exists: '' } };
  if (Array.isArray(dom)) return Object.fromEntries((dom as readonly string[]).map((selector) => [selector, { exists: '' }]));
  return { ...(dom as DomRecord) };
}

function mergeTechnology(base: RawTechnology | undefined, extra: RawTechnology): RawTechnology {
  if (base === undefined) return extra;
  const merged: Record<string, unknown> = { ...base };
  for (const field of ['html', 'text', 'scripts', 'scriptSrc', 'url', 'implies'] as const) {
    if (extra[field] !== undefined) merged[field] = [...asList(base[field]), ...asList(extra[field])];
  }
  if (extra.dom !== undefined) merged.dom = { ...domAsRecord(base.dom), ...domAsRecord(extra.dom) };
  for (const field of ['js', 'meta', 'headers', 'cookies'] as const) {
    if (extra[field] !== undefined) merged[field] = { ...(base[field] ?? {}), ...extra[field] };
  }
  merged.cats = base.cats ?? extra.cats;
  return merged;
}

/** The data set with {@link FINGERPRINT_SUPPLEMENT} merged in (patterns added, never removed). */
export function mergeFingerprintSupplement(data: RawFingerprintData): RawFingerprintData {
  const technologies: Record<string, RawTechnology> = { ...data.technologies };
  for (const [name, extra] of Object.entries(FINGERPRINT_SUPPLEMENT)) technologies[name] = mergeTechnology(technologies[name], extra);
  return { ...data, source: `${data.source} + prospectlab supplement`, technologies };
}
