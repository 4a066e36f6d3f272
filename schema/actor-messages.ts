/**
 * Actor output (actor service → gateway) on the durable subject `pl.actor.<jobId>`, defined
 * once as zod schemas: the TypeScript types and {@link parseActorMessage} derive from them, and
 * the public job events (job-events.ts) reuse their field sets.
 *
 * Every message carries a unique `id` (the gateway drops redelivered duplicates) and the
 * time `at` (ISO 8601) it happened.
 */
import { z } from 'zod';
import { parseCompanyReport } from './company-report.js';
import type { CompanyReportPayload } from './company.js';
import { count, finite, id, isoDate, parseMessage, taggedSchemas, unionOf, type MessageOf } from './message-fields.js';

export const EmailHitSchema = z.object({
  address: z.string().describe('Lower-cased address.'),
  pageUrl: z.string().describe('Page the address was found on.'),
  context: z.string().describe('Text around the address on that page.'),
});
export type EmailHitPayload = MessageOf<typeof EmailHitSchema>;

/** The report of one company, validated by the hand-written parser of company-report.ts. */
const companyReport = z.unknown().transform((value, ctx): CompanyReportPayload => {
  try {
    return parseCompanyReport(value);
  } catch (error) {
    ctx.issues.push({ code: 'custom', message: (error as Error).message, input: value });
    return z.NEVER;
  }
});

/**
 * The fields of each message besides `id`, `jobId`, `at` and `type`. Job events that carry
 * the same facts spread these, so a field added here reaches them (and GraphQL) unchanged.
 */
export const ACTOR_MESSAGE_FIELDS = {
  'scrape.started': { url: z.string() },
  'scrape.progress': {
    visited: count.describe('Pages visited so far.'),
    emails: count.describe('Distinct e-mail addresses found so far.'),
    elapsedSeconds: finite,
    currentUrl: z.string(),
  },
  'scrape.email': { email: EmailHitSchema },
  'scrape.completed': { visited: count, emails: count, elapsedSeconds: finite },
  'scrape.failed': { error: z.string(), visited: count, emails: count },
  'company.started': { index: count },
  'company.progress': { index: count, pagesVisited: count, currentUrl: z.string() },
  'company.completed': { index: count, report: companyReport },
  'company.failed': { index: count, error: z.string(), pagesVisited: count },
} as const;

export type ActorMessageType = keyof typeof ACTOR_MESSAGE_FIELDS;

const messageBase = { id: z.string(), jobId: id, at: isoDate };

/** The schema of each actor message, by `type`. */
export const ACTOR_MESSAGE_SCHEMAS = taggedSchemas(messageBase, ACTOR_MESSAGE_FIELDS);
export const ActorMessageSchema = unionOf(ACTOR_MESSAGE_SCHEMAS);
export type ActorMessage = MessageOf<typeof ActorMessageSchema>;
/** The actor message of type `T`, e.g. `ActorMessageOf<'scrape.progress'>`. */
export type ActorMessageOf<T extends ActorMessageType> = Extract<ActorMessage, { readonly type: T }>;

/** The fields a message shares with the job event it becomes (all but `id`, `jobId`, `at`, `type`). */
export type SharedFields<M extends ActorMessage> = Omit<M, 'id' | 'jobId' | 'at' | 'type'>;

/** {@link SharedFields} of a message, for spreading into its job event. */
export function sharedFields<M extends ActorMessage>(message: M): SharedFields<M> {
  const { id: _id, jobId: _jobId, at: _at, type: _type, ...fields } = message;
  return fields;
}

/** Validates an actor message read from the bus; throws InvalidMessageError. */
export function parseActorMessage(value: unknown): ActorMessage {
  return parseMessage(ActorMessageSchema, value, 'actor message');
}
