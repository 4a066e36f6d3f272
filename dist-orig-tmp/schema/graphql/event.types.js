/**
 * The job event types of the GraphQL contract, generated from the zod schemas of
 * schema/job-events.ts (the one definition of each event).
 */
import { JOB_EVENT_BASE_FIELDS, JOB_EVENT_FIELDS } from '../job-events.js';
import { EmailHitSchema } from '../actor-messages.js';
import { EmailHit } from './job.types.js';
import { zodInterfaceType, zodObjectType } from './zod-graphql.js';
/** Events are plain payloads tagged by `type`, the name of their GraphQL object type. */
const byTypeTag = (value) => value.type;
export const JobEvent = zodInterfaceType('JobEvent', JOB_EVENT_BASE_FIELDS, {
    description: 'Something that happened to a job.',
    resolveType: byTypeTag,
});
function eventInterface(name, description) {
    return zodInterfaceType(name, {}, { base: JobEvent, implements: JobEvent, resolveType: byTypeTag, description });
}
export const ScrapingEvent = eventInterface('ScrapingEvent', 'An event of a scraping job.');
export const AnalysisEvent = eventInterface('AnalysisEvent', 'An event of an analysis job.');
const nested = new Map([[EmailHitSchema, EmailHit]]);
/** The object types of one interface: the job events whose name starts with `prefix`. */
function eventTypes(prefix, family) {
    const names = Object.keys(JOB_EVENT_FIELDS).filter((name) => name.startsWith(prefix));
    return names.map((name) => zodObjectType(name, JOB_EVENT_FIELDS[name], { base: family, implements: [JobEvent, family], nested }));
}
/** Object types every schema build must know (they are reached only through interfaces). */
export const SCRAPING_EVENT_TYPES = eventTypes('Scraping', ScrapingEvent);
export const ANALYSIS_EVENT_TYPES = eventTypes('Analysis', AnalysisEvent);
//# sourceMappingURL=event.types.js.map