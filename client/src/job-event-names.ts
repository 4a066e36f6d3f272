/**
 * The DOM Custom Event names of SPEC §5, one per GraphQL event type, and the connection events.
 * Views listen to these names only.
 */

/** Custom Event name for each GraphQL event `__typename`. */
export const JOB_EVENT_NAMES = {
  AnalysisStarted: 'analysis:started',
  AnalysisProgress: 'analysis:progress',
  AnalysisCompleted: 'analysis:complete',
  AnalysisFailed: 'analysis:error',
  AnalysisItemFailed: 'analysis:error_item',
  AnalysisCancelled: 'analysis:cancelled',
  ScrapingStarted: 'scraping:started',
  ScrapingProgress: 'scraping:progress',
  ScrapingEmailFound: 'scraping:email_found',
  ScrapingCompleted: 'scraping:complete',
  ScrapingFailed: 'scraping:error',
  ScrapingCancelled: 'scraping:cancelled',
} as const;

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

/** The event types after which a job sends nothing more. */
export const TERMINAL_EVENT_TYPES: ReadonlySet<string> = new Set<JobEventTypename>([
  'AnalysisCompleted',
  'AnalysisFailed',
  'AnalysisCancelled',
  'ScrapingCompleted',
  'ScrapingFailed',
  'ScrapingCancelled',
]);

/** `detail` of every job Custom Event: the GraphQL event object (its `jobId` included). */
export interface JobEventDetail {
  readonly __typename: JobEventTypename;
  readonly jobId: string;
  readonly seq: number;
  readonly at: string;
  readonly [field: string]: unknown;
}

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
