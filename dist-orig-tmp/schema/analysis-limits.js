/**
 * Defaults and accepted ranges of an analysis job's options (the contract of `AnalysisOptionsInput`).
 * The page and depth defaults are ceilings of a best-first crawl (contact-likely pages first, depth
 * as a cost) that stops by itself after 50 pages in a row without a new contact: small sites are
 * crawled whole, large ones until their contacts stop coming.
 */
export const ANALYSIS_DEFAULTS = {
    concurrency: 3,
    maxPagesPerSite: 100,
    maxDepth: 5,
    delayMs: 0,
};
export const ANALYSIS_LIMIT_RANGES = {
    concurrency: { min: 1, max: 20 },
    maxPagesPerSite: { min: 1, max: 200 },
    maxDepth: { min: 0, max: 5 },
    delayMs: { min: 0, max: 60000 },
    companies: { min: 1, max: 10000 },
};
//# sourceMappingURL=analysis-limits.js.map