/**
 * Durable work messages (gateway → actor services) on `pl.work.*`.
 */
import { asObject, int, InvalidMessageError, str, type Obj } from './wire.js';

/** Crawl limits of a scraping job, already validated by the gateway. */
export interface ScrapeLimits {
  readonly maxDepth: number;
  readonly maxPages: number;
  readonly maxDurationSeconds: number;
  readonly concurrency: number;
  readonly delayMs: number;
}

/** Ask an actor service to scrape one site for e-mail addresses. */
export interface ScrapeWork {
  readonly type: 'scrape';
  readonly jobId: string;
  readonly url: string;
  readonly limits: ScrapeLimits;
}

export function scrapeLimits(o: Obj): ScrapeLimits {
  return {
    maxDepth: int(o, 'maxDepth'),
    maxPages: int(o, 'maxPages'),
    maxDurationSeconds: int(o, 'maxDurationSeconds'),
    concurrency: int(o, 'concurrency'),
    delayMs: int(o, 'delayMs'),
  };
}

export function parseScrapeWork(value: unknown): ScrapeWork {
  const o = asObject(value, 'scrape work');
  if (o.type !== 'scrape') throw new InvalidMessageError('type must be "scrape"');
  return {
    type: 'scrape',
    jobId: str(o, 'jobId'),
    url: str(o, 'url'),
    limits: scrapeLimits(asObject(o.limits, 'limits')),
  };
}
