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
import { count, finite, id, isoDate, parseMessage, taggedSchemas, unionOf } from './message-fields.js';
export const EmailHitSchema = z.object({
    address: z.string().describe('Lower-cased address.'),
    pageUrl: z.string().describe('Page the address was found on.'),
    context: z.string().describe('Text around the address on that page.'),
});
/** The report of one company, validated by the hand-written parser of company-report.ts. */
const companyReport = z.unknown().transform((value, ctx) => {
    try {
        return parseCompanyReport(value);
    }
    catch (error) {
        ctx.issues.push({ code: 'custom', message: error.message, input: value });
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
};
const messageBase = { id: z.string(), jobId: id, at: isoDate };
/** The schema of each actor message, by `type`. */
export const ACTOR_MESSAGE_SCHEMAS = taggedSchemas(messageBase, ACTOR_MESSAGE_FIELDS);
export const ActorMessageSchema = unionOf(ACTOR_MESSAGE_SCHEMAS);
/** {@link SharedFields} of a message, for spreading into its job event. */
export function sharedFields(message) {
    const { id: _id, jobId: _jobId, at: _at, type: _type, ...fields } = message;
    return fields;
}
/** Validates an actor message read from the bus; throws InvalidMessageError. */
export function parseActorMessage(value) {
    return parseMessage(ActorMessageSchema, value, 'actor message');
}
//# sourceMappingURL=actor-messages.js.map