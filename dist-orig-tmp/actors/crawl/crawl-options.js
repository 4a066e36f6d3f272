/**
 * Options of one site crawl: defaults, allowed ranges and validation at the point where they
 * enter the crawler. The limits a scraping job's caller sets come from the public contract
 * (schema/scrape-limits.ts); the crawler adds its own settings to that table.
 */
import { SCRAPE_DEFAULTS, SCRAPE_LIMIT_RANGES } from '../../schema/scrape-limits.js';
/** Accepted values of {@link RenderMode}. */
export const RENDER_MODES = Object.freeze(['auto', 'always']);
/** Values used for every option the caller leaves out. */
export const DEFAULT_CRAWL_OPTIONS = Object.freeze({
    ...SCRAPE_DEFAULTS,
    pageTimeoutMs: 20_000,
    respectRobotsTxt: true,
    allowPrivateNetworks: false,
    renderMode: 'auto',
    renderForInspection: 0,
});
/** Inclusive integer range accepted for each numeric option. */
export const CRAWL_LIMITS = Object.freeze({
    ...SCRAPE_LIMIT_RANGES,
    pageTimeoutMs: { min: 1000, max: 120_000 },
    renderForInspection: { min: 0, max: 1000 },
});
/** An option is out of range or of the wrong type; retrying with the same input cannot help. */
export class InvalidCrawlOptionsError extends Error {
    field;
    /** Always false: the caller has to fix the input. */
    retryable = false;
    constructor(message, 
    /** The option at fault. */
    field) {
        super(message);
        this.field = field;
        this.name = 'InvalidCrawlOptionsError';
    }
}
const NUMERIC_FIELDS = Object.keys(CRAWL_LIMITS);
const BOOLEAN_FIELDS = ['respectRobotsTxt', 'allowPrivateNetworks'];
/**
 * Validates the given options and fills the missing ones from {@link DEFAULT_CRAWL_OPTIONS}.
 * `undefined` (and `null`, as GraphQL sends it) means "use the default".
 *
 * @throws InvalidCrawlOptionsError naming the field and its range, e.g.
 *   `maxPages must be between 1 and 1000 (got 0)`.
 */
export function resolveCrawlOptions(partial) {
    const resolved = { ...DEFAULT_CRAWL_OPTIONS };
    for (const field of NUMERIC_FIELDS) {
        const value = partial[field];
        if (value === undefined || value === null)
            continue;
        const { min, max } = CRAWL_LIMITS[field];
        if (typeof value !== 'number' || !Number.isInteger(value)) {
            throw new InvalidCrawlOptionsError(`${field} must be an integer between ${min} and ${max} (got ${describe(value)})`, field);
        }
        if (value < min || value > max) {
            throw new InvalidCrawlOptionsError(`${field} must be between ${min} and ${max} (got ${value})`, field);
        }
        resolved[field] = value;
    }
    for (const field of BOOLEAN_FIELDS) {
        const value = partial[field];
        if (value === undefined || value === null)
            continue;
        if (typeof value !== 'boolean') {
            throw new InvalidCrawlOptionsError(`${field} must be true or false (got ${describe(value)})`, field);
        }
        resolved[field] = value;
    }
    const renderMode = partial.renderMode;
    if (renderMode !== undefined && renderMode !== null) {
        if (!RENDER_MODES.includes(renderMode)) {
            throw new InvalidCrawlOptionsError(`renderMode must be one of ${RENDER_MODES.join(', ')} (got ${describe(renderMode)})`, 'renderMode');
        }
        resolved.renderMode = renderMode;
    }
    return Object.freeze(resolved);
}
function describe(value) {
    if (typeof value === 'string')
        return JSON.stringify(value);
    if (typeof value === 'number' || typeof value === 'boolean' || value === null)
        return String(value);
    return typeof value;
}
//# sourceMappingURL=crawl-options.js.map