/**
 * Defaults and accepted ranges of a scraping job's limits (the public contract of
 * `StartScrapingInput`). The crawler validates its own options again where they enter.
 */
import type { ScrapeLimits } from './work.js';

export const SCRAPE_DEFAULTS: ScrapeLimits = {
  maxDepth: 3,
  maxPages: 50,
  maxDurationSeconds: 300,
  concurrency: 5,
  delayMs: 0,
};

export const SCRAPE_LIMIT_RANGES: { readonly [K in keyof ScrapeLimits]: { readonly min: number; readonly max: number } } = {
  maxDepth: { min: 0, max: 10 },
  maxPages: { min: 1, max: 1000 },
  maxDurationSeconds: { min: 1, max: 3600 },
  concurrency: { min: 1, max: 20 },
  delayMs: { min: 0, max: 60000 },
};
