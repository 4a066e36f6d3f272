/**
 * Public job events: what `scrapingEvents` / `analysisEvents` subscribers receive, stored by
 * the gateway with a per-job `seq` and published on `pl.job.<jobId>.events`.
 * `type` is the GraphQL object type name.
 */
import { emailHit, type EmailHitPayload } from './actor-messages.js';
import { asObject, int, InvalidMessageError, num, optStr, str, type Obj } from './wire.js';

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

export interface AnalysisStartedEvent extends JobEventBase {
  readonly type: 'AnalysisStarted';
  readonly total: number;
}
export interface AnalysisProgressEvent extends JobEventBase {
  readonly type: 'AnalysisProgress';
  /** Companies finished (analysed or failed). */
  readonly current: number;
  readonly total: number;
  readonly percentage: number;
  readonly message: string;
  /** Name of the company the event is about. */
  readonly company: string;
}
export interface AnalysisItemFailedEvent extends JobEventBase {
  readonly type: 'AnalysisItemFailed';
  readonly company: string;
  readonly error: string;
}
export interface AnalysisCompletedEvent extends JobEventBase {
  readonly type: 'AnalysisCompleted';
  readonly total: number;
  readonly succeeded: number;
  readonly failed: number;
  readonly durationMs: number;
}
export interface AnalysisFailedEvent extends JobEventBase {
  readonly type: 'AnalysisFailed';
  readonly error: string;
}
export interface AnalysisCancelledEvent extends JobEventBase {
  readonly type: 'AnalysisCancelled';
  readonly current: number;
  readonly total: number;
}

export type AnalysisEventPayload =
  | AnalysisStartedEvent
  | AnalysisProgressEvent
  | AnalysisItemFailedEvent
  | AnalysisCompletedEvent
  | AnalysisFailedEvent
  | AnalysisCancelledEvent;

export type JobEventPayload = ScrapingEventPayload | AnalysisEventPayload;
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
  'AnalysisCompleted',
  'AnalysisFailed',
  'AnalysisCancelled',
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
    case 'AnalysisStarted':
      return { ...b, type: o.type, total: int(o, 'total') };
    case 'AnalysisProgress':
      return {
        ...b,
        type: o.type,
        current: int(o, 'current'),
        total: int(o, 'total'),
        percentage: num(o, 'percentage'),
        message: str(o, 'message'),
        company: str(o, 'company'),
      };
    case 'AnalysisItemFailed':
      return { ...b, type: o.type, company: str(o, 'company'), error: str(o, 'error') };
    case 'AnalysisCompleted':
      return {
        ...b,
        type: o.type,
        total: int(o, 'total'),
        succeeded: int(o, 'succeeded'),
        failed: int(o, 'failed'),
        durationMs: int(o, 'durationMs'),
      };
    case 'AnalysisFailed':
      return { ...b, type: o.type, error: str(o, 'error') };
    case 'AnalysisCancelled':
      return { ...b, type: o.type, current: int(o, 'current'), total: int(o, 'total') };
    default:
      throw new InvalidMessageError(`unknown job event type ${JSON.stringify(o.type)}`);
  }
}
