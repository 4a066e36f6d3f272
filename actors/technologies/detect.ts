/**
 * Technology detection from the Wappalyzer-format fingerprint data set: the entry point of this
 * folder. Build one {@link TechnologyInput} per page (see {@link technologyInputFromPage}), in a
 * rendered page also evaluate {@link evaluateJsProbes} and {@link evaluateDomProbes}, then call
 * {@link detectTechnologies} with all pages of a site.
 */
import type { TechnologyPayload } from '../../schema/company.js';
import { loadFingerprints } from './fingerprints.js';
import { matchPage, type Detection } from './match-page.js';
import { resolveDetections } from './resolve-detections.js';
import type { TechnologyInput } from './technology-input.js';

export { domProbes, evaluateDomProbes, type DomProbe, type DomProbeResult } from './dom-probes.js';
export { evaluateJsProbes, jsProbeNames } from './js-probes.js';
export { technologyInputFromPage, type PageCookie, type RawTechnologyPage, type TechnologyInput } from './technology-input.js';

/**
 * Detects the technologies of one site from one or more of its pages. A pattern that matches on
 * several pages counts once; each technology gets the sum of its distinct matching patterns'
 * confidences (capped at 100), its best version (most precise, then highest), and the
 * technologies it implies (transitively); `excludes` and `requires` rules are applied. Sorted by
 * confidence (highest first), then name; categories are names.
 */
export function detectTechnologies(pages: readonly TechnologyInput[]): TechnologyPayload[] {
  const set = loadFingerprints();
  return resolveDetections(
    set,
    pages.flatMap((page) => matchPage(set, page)),
  );
}

/** The fingerprint matches of one page, to resolve later with {@link resolveTechnologies} (pages need not be kept). */
export function detectPage(page: TechnologyInput): Detection[] {
  return matchPage(loadFingerprints(), page);
}

/** Technologies of a site from the matches of its pages (see {@link detectTechnologies}). */
export function resolveTechnologies(detections: readonly Detection[]): TechnologyPayload[] {
  return resolveDetections(loadFingerprints(), detections);
}

export type { Detection } from './match-page.js';
