/**
 * Public job events: what `scrapingEvents` / `analysisEvents` subscribers receive, stored by
 * the gateway with a per-job `seq` and published on `pl.job.<jobId>.events`.
 * `type` is the GraphQL object type name.
 */
import { emailHit, type EmailHitPayload } from './actor-messages.js';
import { asObject, int, InvalidMessageError, num, str, type Obj } from './wire.js';

export interface JobEventBase {
  readonly jobId: string;
  /** 1, 2, 3… per job. */
  readonly seq: number;
  /** ISO 8601. */
  readonly at: string;
}

export interface ScrapingStartedEvent extends JobEventBase {
  readonly type: 'ScrapingStarted';
  readonly url: string;
}
export interface ScrapingProgressEvent extends JobEventBase {
  readonly type: 'ScrapingProgress';
  readonly visited: number;
  readonly emails: number;
  readonly elapsedSeconds: number;
  readonly currentUrl: string;
}
export interface ScrapingEmailFoundEvent extends JobEventBase {
  readonly type: 'ScrapingEmailFound';
  readonly email: EmailHitPayload;
}
export interface ScrapingCompletedEvent extends JobEventBase {
  readonly type: 'ScrapingCompleted';
  readonly visited: number;
  readonly emails: number;
  readonly elapsedSeconds: number;
}
export interface ScrapingFailedEvent extends JobEventBase {
  readonly type: 'ScrapingFailed';
  readonly error: string;
}
export interface ScrapingCancelledEvent extends JobEventBase {
  readonly type: 'ScrapingCancelled';
  readonly visited: number;
  readonly emails: number;
}

export type ScrapingEventPayload =
  | ScrapingStartedEvent
  | ScrapingProgressEvent
  | ScrapingEmailFoundEvent
  | ScrapingCompletedEvent
  | ScrapingFailedEvent
  | ScrapingCancelledEvent;

export type JobEventPayload = ScrapingEventPayload;
export type JobEventType = JobEventPayload['type'];

/** A job event before the gateway numbers it. */
export type UnsequencedJobEvent = JobEventPayload extends infer E
  ? E extends JobEventPayload
    ? Omit<E, 'seq'>
    : never
  : never;

export const TERMINAL_EVENT_TYPES: ReadonlySet<JobEventType> = new Set([
  'ScrapingCompleted',
  'ScrapingFailed',
  'ScrapingCancelled',
]);

export function isTerminalEvent(event: { readonly type: string }): boolean {
  return TERMINAL_EVENT_TYPES.has(event.type as JobEventType);
}

function base(o: Obj): JobEventBase {
  return { jobId: str(o, 'jobId'), seq: int(o, 'seq'), at: str(o, 'at') };
}

/** Validates a sequenced job event read from the bus or the store. */
export function parseJobEvent(value: unknown): JobEventPayload {
  const o = asObject(value, 'job event');
  const b = base(o);
  switch (o.type) {
    case 'ScrapingStarted':
      return { ...b, type: o.type, url: str(o, 'url') };
    case 'ScrapingProgress':
      return {
        ...b,
        type: o.type,
        visited: int(o, 'visited'),
        emails: int(o, 'emails'),
        elapsedSeconds: num(o, 'elapsedSeconds'),
        currentUrl: str(o, 'currentUrl'),
      };
    case 'ScrapingEmailFound':
      return { ...b, type: o.type, email: emailHit(o.email) };
    case 'ScrapingCompleted':
      return {
        ...b,
        type: o.type,
        visited: int(o, 'visited'),
        emails: int(o, 'emails'),
        elapsedSeconds: num(o, 'elapsedSeconds'),
      };
    case 'ScrapingFailed':
      return { ...b, type: o.type, error: str(o, 'error') };
    case 'ScrapingCancelled':
      return { ...b, type: o.type, visited: int(o, 'visited'), emails: int(o, 'emails') };
    default:
      throw new InvalidMessageError(`unknown job event type ${JSON.stringify(o.type)}`);
  }
}
