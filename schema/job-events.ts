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
import { count, finite, id, isoDate, parseMessage, type Fields, type MessageOf } from './message-fields.js';
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
} as const satisfies Record<string, Fields>;

type JobEventFields = typeof JOB_EVENT_FIELDS;

function jobEvent<T extends keyof JobEventFields>(type: T) {
  return z.object({ type: z.literal(type), ...JOB_EVENT_BASE_FIELDS, ...JOB_EVENT_FIELDS[type] });
}

export const ScrapingStartedSchema = jobEvent('ScrapingStarted');
export const ScrapingProgressSchema = jobEvent('ScrapingProgress');
export const ScrapingEmailFoundSchema = jobEvent('ScrapingEmailFound');
export const ScrapingCompletedSchema = jobEvent('ScrapingCompleted');
export const ScrapingFailedSchema = jobEvent('ScrapingFailed');
export const ScrapingCancelledSchema = jobEvent('ScrapingCancelled');
export const AnalysisStartedSchema = jobEvent('AnalysisStarted');
export const AnalysisProgressSchema = jobEvent('AnalysisProgress');
export const AnalysisItemFailedSchema = jobEvent('AnalysisItemFailed');
export const AnalysisCompletedSchema = jobEvent('AnalysisCompleted');
export const AnalysisFailedSchema = jobEvent('AnalysisFailed');
export const AnalysisCancelledSchema = jobEvent('AnalysisCancelled');

/** Scraping events in GraphQL order (the `ScrapingEvent` interface's object types). */
export const SCRAPING_EVENT_SCHEMAS = [
  ScrapingStartedSchema,
  ScrapingProgressSchema,
  ScrapingEmailFoundSchema,
  ScrapingCompletedSchema,
  ScrapingFailedSchema,
  ScrapingCancelledSchema,
] as const;

/** Analysis events in GraphQL order (the `AnalysisEvent` interface's object types). */
export const ANALYSIS_EVENT_SCHEMAS = [
  AnalysisStartedSchema,
  AnalysisProgressSchema,
  AnalysisItemFailedSchema,
  AnalysisCompletedSchema,
  AnalysisFailedSchema,
  AnalysisCancelledSchema,
] as const;

export const JobEventSchema = z.discriminatedUnion('type', [...SCRAPING_EVENT_SCHEMAS, ...ANALYSIS_EVENT_SCHEMAS]);

export type JobEventBase = MessageOf<z.ZodObject<typeof JOB_EVENT_BASE_FIELDS>>;
export type ScrapingStartedEvent = MessageOf<typeof ScrapingStartedSchema>;
export type ScrapingProgressEvent = MessageOf<typeof ScrapingProgressSchema>;
export type ScrapingEmailFoundEvent = MessageOf<typeof ScrapingEmailFoundSchema>;
export type ScrapingCompletedEvent = MessageOf<typeof ScrapingCompletedSchema>;
export type ScrapingFailedEvent = MessageOf<typeof ScrapingFailedSchema>;
export type ScrapingCancelledEvent = MessageOf<typeof ScrapingCancelledSchema>;
export type AnalysisStartedEvent = MessageOf<typeof AnalysisStartedSchema>;
export type AnalysisProgressEvent = MessageOf<typeof AnalysisProgressSchema>;
export type AnalysisItemFailedEvent = MessageOf<typeof AnalysisItemFailedSchema>;
export type AnalysisCompletedEvent = MessageOf<typeof AnalysisCompletedSchema>;
export type AnalysisFailedEvent = MessageOf<typeof AnalysisFailedSchema>;
export type AnalysisCancelledEvent = MessageOf<typeof AnalysisCancelledSchema>;

export type ScrapingEventPayload = MessageOf<(typeof SCRAPING_EVENT_SCHEMAS)[number]>;
export type AnalysisEventPayload = MessageOf<(typeof ANALYSIS_EVENT_SCHEMAS)[number]>;
export type JobEventPayload = ScrapingEventPayload | AnalysisEventPayload;
export type JobEventType = JobEventPayload['type'];

/** A job event before the gateway numbers it. */
export type UnsequencedJobEvent = JobEventPayload extends infer E
  ? E extends JobEventPayload
    ? Omit<E, 'seq'>
    : never
  : never;

export const TERMINAL_EVENT_TYPES: ReadonlySet<JobEventType> = new Set<JobEventType>(TERMINAL_EVENT_TYPE_NAMES);

export function isTerminalEvent(event: { readonly type: string }): boolean {
  return TERMINAL_EVENT_TYPES.has(event.type as JobEventType);
}

/** Validates a sequenced job event read from the bus or the store; throws InvalidMessageError. */
export function parseJobEvent(value: unknown): JobEventPayload {
  return parseMessage(JobEventSchema, value, 'job event');
}
