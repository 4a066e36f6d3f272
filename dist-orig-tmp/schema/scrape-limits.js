export const SCRAPE_DEFAULTS = {
    maxDepth: 3,
    maxPages: 50,
    maxDurationSeconds: 300,
    concurrency: 5,
    delayMs: 0,
};
export const SCRAPE_LIMIT_RANGES = {
    maxDepth: { min: 0, max: 10 },
    maxPages: { min: 1, max: 1000 },
    maxDurationSeconds: { min: 1, max: 3600 },
    concurrency: { min: 1, max: 20 },
    delayMs: { min: 0, max: 60000 },
};
//# sourceMappingURL=scrape-limits.js.map