/**
 * Options of one site crawl: defaults, allowed ranges and validation at the point where they
 * enter the crawler. The limits a scraping job's caller sets come from the public contract
 * (schema/scrape-limits.ts); the crawler adds its own settings to that table.
 */
import { SCRAPE_DEFAULTS, SCRAPE_LIMIT_RANGES } from '../../schema/scrape-limits.js';

/**
 * How pages are loaded: `auto` fetches each page over plain HTTP and renders it in Chromium
 * only when it needs a browser (see render-need.ts); `always` renders every HTML page (still
 * fetched over HTTP first, then shown to Chromium).
 */
export type RenderMode = 'auto' | 'always';

/** Accepted values of {@link RenderMode}. */
export const RENDER_MODES: readonly RenderMode[] = Object.freeze(['auto', 'always']);

/** Limits and politeness settings of one crawl. */
export interface CrawlOptions {
  /** Link depth from the start page (start = 0). @default {@link SCRAPE_DEFAULTS} */
  readonly maxDepth: number;
  /** Pages fetched at most, failed ones included. @default {@link SCRAPE_DEFAULTS} */
  readonly maxPages: number;
  /** Wall-clock budget of the whole crawl. @default {@link SCRAPE_DEFAULTS} */
  readonly maxDurationSeconds: number;
  /** Pages loaded at once. @default {@link SCRAPE_DEFAULTS} */
  readonly concurrency: number;
  /** Pause between two requests to the same host (robots.txt Crawl-delay may raise it). @default {@link SCRAPE_DEFAULTS} */
  readonly delayMs: number;
  /** Per-page navigation timeout. @default 20000 */
  readonly pageTimeoutMs: number;
  /** Skip URLs that robots.txt disallows for our user agent. @default true */
  readonly respectRobotsTxt: boolean;
  /**
   * Allow private, loopback and link-local addresses (tests, local demos).
   * @default false
   */
  readonly allowPrivateNetworks: boolean;
  /** Plain HTTP first and Chromium only when needed (`auto`), or Chromium for every page. @default 'auto' */
  readonly renderMode: RenderMode;
  /**
   * Rendered pages that `CrawlHooks.inspectPage` should see (JS globals, cookies), at most: the
   * start page, then each page that runs a script no rendered page of the crawl has run (a
   * page whose scripts were all run already defines nothing new). Pages rendered for their
   * content count too. Ignored with `renderMode: 'always'`, where every page is rendered.
   * @default 0
   */
  readonly renderForInspection: number;
}

/** Names of the numeric options, the ones with a range. */
export type NumericCrawlOption = 'maxDepth' | 'maxPages' | 'maxDurationSeconds' | 'concurrency' | 'delayMs' | 'pageTimeoutMs' | 'renderForInspection';

/** Values used for every option the caller leaves out. */
export const DEFAULT_CRAWL_OPTIONS: CrawlOptions = Object.freeze({
  ...SCRAPE_DEFAULTS,
  pageTimeoutMs: 20_000,
  respectRobotsTxt: true,
  allowPrivateNetworks: false,
  renderMode: 'auto',
  renderForInspection: 0,
});

/** Inclusive integer range accepted for each numeric option. */
export const CRAWL_LIMITS: Readonly<Record<NumericCrawlOption, { readonly min: number; readonly max: number }>> = Object.freeze({
  ...SCRAPE_LIMIT_RANGES,
  pageTimeoutMs: { min: 1000, max: 120_000 },
  renderForInspection: { min: 0, max: 1000 },
});

/**
 * The settings an actor service gives every crawl it runs (from the process configuration);
 * each job brings its own limits. Defaults: {@link DEFAULT_CRAWL_OPTIONS}.
 */
export type CrawlSettings = Pick<CrawlOptions, 'allowPrivateNetworks'> & Partial<Pick<CrawlOptions, 'pageTimeoutMs' | 'renderMode'>>;

/** An option is out of range or of the wrong type; retrying with the same input cannot help. */
export class InvalidCrawlOptionsError extends Error {
  /** Always false: the caller has to fix the input. */
  readonly retryable = false;
  constructor(
    message: string,
    /** The option at fault. */
    readonly field: keyof CrawlOptions,
  ) {
    super(message);
    this.name = 'InvalidCrawlOptionsError';
  }
}

const NUMERIC_FIELDS = Object.keys(CRAWL_LIMITS) as NumericCrawlOption[];
const BOOLEAN_FIELDS = ['respectRobotsTxt', 'allowPrivateNetworks'] as const;

/**
 * Validates the given options and fills the missing ones from {@link DEFAULT_CRAWL_OPTIONS}.
 * `undefined` (and `null`, as GraphQL sends it) means "use the default".
 *
 * @throws InvalidCrawlOptionsError naming the field and its range, e.g.
 *   `maxPages must be between 1 and 1000 (got 0)`.
 */
export function resolveCrawlOptions(partial: Partial<CrawlOptions>): CrawlOptions {
  const resolved: Record<string, number | boolean | string> = { ...DEFAULT_CRAWL_OPTIONS };
  for (const field of NUMERIC_FIELDS) {
    const value: unknown = partial[field];
    if (value === undefined || value === null) continue;
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
    const value: unknown = partial[field];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'boolean') {
      throw new InvalidCrawlOptionsError(`${field} must be true or false (got ${describe(value)})`, field);
    }
    resolved[field] = value;
  }
  const renderMode: unknown = partial.renderMode;
  if (renderMode !== undefined && renderMode !== null) {
    if (!RENDER_MODES.includes(renderMode as RenderMode)) {
      throw new InvalidCrawlOptionsError(`renderMode must be one of ${RENDER_MODES.join(', ')} (got ${describe(renderMode)})`, 'renderMode');
    }
    resolved.renderMode = renderMode as RenderMode;
  }
  return Object.freeze(resolved) as unknown as CrawlOptions;
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return typeof value;
}
