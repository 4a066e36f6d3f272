/**
 * Durable work messages (gateway → actor services) on `pl.work.*`, defined once as zod
 * schemas from which the types and {@link parseWork} derive.
 */
import { z } from 'zod';
import { count, finite, parseMessage } from './message-fields.js';
/** Crawl limits of a scraping job, already validated by the gateway. */
export const ScrapeLimitsSchema = z.object({
    maxDepth: count,
    maxPages: count,
    maxDurationSeconds: count,
    concurrency: count,
    delayMs: count,
});
/** Ask an actor service to scrape one site for e-mail addresses. */
export const ScrapeWorkSchema = z.object({
    type: z.literal('scrape'),
    jobId: z.string(),
    url: z.string(),
    limits: ScrapeLimitsSchema,
});
/** Crawl limits of one company's analysis. */
export const CompanyCrawlLimitsSchema = z.object({ maxPages: count, maxDepth: count, delayMs: count });
/** Absent or null: null. */
const optionalString = z.string().nullable().default(null);
const optionalNumber = finite.nullable().default(null);
const companyToAnalyse = z.object({
    name: z.string(),
    website: z.string(),
    category: optionalString,
    address: optionalString,
    phone: optionalString,
    country: optionalString,
    rating: optionalNumber,
    reviewsCount: optionalNumber,
});
/** Ask an actor service to analyse one company's website. */
export const CompanyWorkSchema = z.object({
    type: z.literal('company'),
    jobId: z.string(),
    /** Index of the company in its job, 0-based. */
    index: count,
    company: companyToAnalyse,
    limits: CompanyCrawlLimitsSchema,
});
export const WorkSchema = z.discriminatedUnion('type', [ScrapeWorkSchema, CompanyWorkSchema]);
/** Validates any work message read from the bus; throws InvalidMessageError. */
export function parseWork(value) {
    return parseMessage(WorkSchema, value, 'work');
}
//# sourceMappingURL=work.js.map