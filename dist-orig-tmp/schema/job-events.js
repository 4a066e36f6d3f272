/**
 * Public job events: what `scrapingEvents` / `analysisEvents` subscribers receive, stored by
 * the gateway with a per-job `seq` and published on `pl.job.<jobId>.events`. Defined once as
 * zod schemas: the TypeScript types, {@link parseJobEvent} and the GraphQL object types
 * (schema/graphql/event.types.ts) derive from them. `type` is the GraphQL object type name.
 *
 * Events that report an actor message's facts reuse its field set (ACTOR_MESSAGE_FIELDS), so
 * a field added to e.g. `scrape.progress` is part of `ScrapingProgress` too.
 */
import { z } from 'zod';
import { ACTOR_MESSAGE_FIELDS } from './actor-messages.js';
import { count, finite, id, isoDate, parseMessage, taggedSchemas, unionOf } from './message-fields.js';
import { TERMINAL_EVENT_TYPE_NAMES } from './terminal-events.js';
/** The fields of every job event (the GraphQL `JobEvent` interface). */
export const JOB_EVENT_BASE_FIELDS = {
    jobId: id,
    seq: count.describe('Increases by one per job; pass the last one seen as afterSeq to resume.'),
    at: isoDate,
};
const scrape = ACTOR_MESSAGE_FIELDS;
/** The fields of each job event besides the base ones and `type`. */
export const JOB_EVENT_FIELDS = {
    ScrapingStarted: scrape['scrape.started'],
    ScrapingProgress: scrape['scrape.progress'],
    ScrapingEmailFound: scrape['scrape.email'],
    ScrapingCompleted: scrape['scrape.completed'],
    ScrapingFailed: { error: scrape['scrape.failed'].error },
    ScrapingCancelled: { visited: scrape['scrape.failed'].visited, emails: scrape['scrape.failed'].emails },
    AnalysisStarted: { total: count.describe('Companies to analyse (after removing duplicates).') },
    AnalysisProgress: {
        current: count.describe('Companies finished so far.'),
        total: count,
        percentage: finite.describe('0 to 100.'),
        message: z.string(),
        company: z.string().describe('Name of the company this event is about.'),
    },
    AnalysisItemFailed: { company: z.string(), error: z.string() },
    AnalysisCompleted: { total: count, succeeded: count, failed: count, durationMs: count },
    AnalysisFailed: { error: z.string() },
    AnalysisCancelled: { current: count, total: count },
};
/** The schema of each job event, by `type`. */
export const JOB_EVENT_SCHEMAS = taggedSchemas(JOB_EVENT_BASE_FIELDS, JOB_EVENT_FIELDS);
export const JobEventSchema = unionOf(JOB_EVENT_SCHEMAS);
export const TERMINAL_EVENT_TYPES = new Set(TERMINAL_EVENT_TYPE_NAMES);
export function isTerminalEvent(event) {
    return TERMINAL_EVENT_TYPES.has(event.type);
}
/** Validates a sequenced job event read from the bus or the store; throws InvalidMessageError. */
export function parseJobEvent(value) {
    return parseMessage(JobEventSchema, value, 'job event');
}
//# sourceMappingURL=job-events.js.map