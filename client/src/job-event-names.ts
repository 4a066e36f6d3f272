/**
 * The DOM Custom Event names of SPEC §5, one per GraphQL event type, and the connection events.
 * Views listen to these names only.
 */
import { TERMINAL_EVENT_TYPE_NAMES } from '../../schema/terminal-events.js';
import { JOB_EVENT_NAMES } from '../../schema/web-client-events.js';
import type { AnalysisEventsResult, ScrapingEventsResult } from './generated/operations.js';

export { JOB_EVENT_NAMES };

export type JobEventTypename = keyof typeof JOB_EVENT_NAMES;
export type JobEventName = (typeof JOB_EVENT_NAMES)[JobEventTypename];

/** Dispatched when the WebSocket is up (detail: `{}`). */
export const CONNECTED_EVENT = 'websocket:connected';
/** Dispatched when the WebSocket went down (detail: `{ reason }`); the client reconnects by itself. */
export const DISCONNECTED_EVENT = 'websocket:disconnected';
/**
 * Dispatched when the server refused a job's subscription (unknown job, wrong kind, no access);
 * detail: `{ jobId, kind, message }`. Not a job event: it has no `seq`.
 */
export const SUBSCRIPTION_ERROR_EVENT = 'subscription:error';

/** The event types after which a job sends nothing more (defined once, beside the job event schemas). */
export const TERMINAL_EVENT_TYPES: ReadonlySet<string> = new Set<JobEventTypename>(TERMINAL_EVENT_TYPE_NAMES);

/** The event objects the client's subscriptions select (generated from the schema). */
type SelectedJobEvent = AnalysisEventsResult['analysisEvents'] | ScrapingEventsResult['scrapingEvents'];

/** `detail` of every job Custom Event: the GraphQL event object as selected (its `jobId` included). */
export type JobEventDetail = SelectedJobEvent;

/** Compile-time check: one Custom Event name per event type the subscriptions can return, no more. */
type SameKeys<A extends string, B extends string> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const EVENT_NAMES_MATCH_SCHEMA: SameKeys<JobEventTypename, SelectedJobEvent['__typename']> = true;

/** `detail` of {@link DISCONNECTED_EVENT}. */
export interface DisconnectedDetail {
  readonly reason: string;
}

/** `detail` of {@link SUBSCRIPTION_ERROR_EVENT}. */
export interface SubscriptionErrorDetail {
  readonly jobId: string;
  readonly kind: 'ANALYSIS' | 'SCRAPING';
  readonly message: string;
}

/** The Custom Event name of a GraphQL event type, or null for a type this client does not know. */
export function jobEventName(typename: string): JobEventName | null {
  return Object.hasOwn(JOB_EVENT_NAMES, typename) ? JOB_EVENT_NAMES[typename as JobEventTypename] : null;
}
