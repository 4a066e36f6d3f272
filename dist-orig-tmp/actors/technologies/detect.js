import { loadFingerprints } from './fingerprints.js';
import { matchPage } from './match-page.js';
import { resolveDetections } from './resolve-detections.js';
export { domProbes, evaluateDomProbes } from './dom-probes.js';
export { evaluateJsProbes, jsProbeNames } from './js-probes.js';
export { technologyInputFromPage } from './technology-input.js';
/**
 * Detects the technologies of one site from one or more of its pages. A pattern that matches on
 * several pages counts once; each technology gets the sum of its distinct matching patterns'
 * confidences (capped at 100), its best version (most precise, then highest), and the
 * technologies it implies (transitively); `excludes` and `requires` rules are applied. Sorted by
 * confidence (highest first), then name; categories are names.
 */
export function detectTechnologies(pages) {
    const set = loadFingerprints();
    return resolveDetections(set, pages.flatMap((page) => matchPage(set, page)));
}
/** The fingerprint matches of one page, to resolve later with {@link resolveTechnologies} (pages need not be kept). */
export function detectPage(page) {
    return matchPage(loadFingerprints(), page);
}
/** Technologies of a site from the matches of its pages (see {@link detectTechnologies}). */
export function resolveTechnologies(detections) {
    return resolveDetections(loadFingerprints(), detections);
}
//# sourceMappingURL=detect.js.map