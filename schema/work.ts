/**
 * Durable work messages (gateway → actor services) on `pl.work.*`.
 */
import type { CompanyInputPayload } from './company.js';
import { asObject, int, InvalidMessageError, optStr, str, type Obj } from './wire.js';

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

/** Crawl limits of one company's analysis. */
export interface CompanyCrawlLimits {
  readonly maxPages: number;
  readonly maxDepth: number;
  readonly delayMs: number;
}

/** Ask an actor service to analyse one company's website. */
export interface CompanyWork {
  readonly type: 'company';
  readonly jobId: string;
  /** Index of the company in its job, 0-based. */
  readonly index: number;
  readonly company: CompanyInputPayload & { readonly website: string };
  readonly limits: CompanyCrawlLimits;
}

export type Work = ScrapeWork | CompanyWork;

function companyInput(o: Obj): CompanyInputPayload & { readonly website: string } {
  const numOrNull = (key: string): number | null => {
    const v = o[key];
    if (v === null || v === undefined) return null;
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new InvalidMessageError(`${key} must be a number or null`);
    return v;
  };
  return {
    name: str(o, 'name'),
    website: str(o, 'website'),
    category: optStr(o, 'category'),
    address: optStr(o, 'address'),
    phone: optStr(o, 'phone'),
    country: optStr(o, 'country'),
    rating: numOrNull('rating'),
    reviewsCount: numOrNull('reviewsCount'),
  };
}

/** Validates any work message read from the bus. */
export function parseWork(value: unknown): Work {
  const o = asObject(value, 'work');
  if (o.type === 'scrape') return parseScrapeWork(o);
  if (o.type !== 'company') throw new InvalidMessageError(`unknown work type ${JSON.stringify(o.type)}`);
  const limits = asObject(o.limits, 'limits');
  return {
    type: 'company',
    jobId: str(o, 'jobId'),
    index: int(o, 'index'),
    company: companyInput(asObject(o.company, 'company')),
    limits: { maxPages: int(limits, 'maxPages'), maxDepth: int(limits, 'maxDepth'), delayMs: int(limits, 'delayMs') },
  };
}
