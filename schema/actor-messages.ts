/**
 * Actor output (actor service → gateway) on the durable subject `pl.actor.<jobId>`.
 * The gateway turns these into sequenced public {@link JobEventPayload}s.
 *
 * Every message carries a unique `id` (the gateway drops redelivered duplicates) and the
 * time `at` (ISO 8601) it happened.
 */
import { parseCompanyReport } from './company-report.js';
import type { CompanyReportPayload } from './company.js';
import { asObject, int, InvalidMessageError, num, str, type Obj } from './wire.js';

export interface EmailHitPayload {
  readonly address: string;
  readonly pageUrl: string;
  readonly context: string;
}

interface Base {
  readonly id: string;
  readonly jobId: string;
  readonly at: string;
}

export interface ScrapeStartedMessage extends Base {
  readonly type: 'scrape.started';
  readonly url: string;
}

export interface ScrapeProgressMessage extends Base {
  readonly type: 'scrape.progress';
  readonly visited: number;
  readonly emails: number;
  readonly elapsedSeconds: number;
  readonly currentUrl: string;
}

export interface ScrapeEmailMessage extends Base {
  readonly type: 'scrape.email';
  readonly email: EmailHitPayload;
}

export interface ScrapeCompletedMessage extends Base {
  readonly type: 'scrape.completed';
  readonly visited: number;
  readonly emails: number;
  readonly elapsedSeconds: number;
}

export interface ScrapeFailedMessage extends Base {
  readonly type: 'scrape.failed';
  readonly error: string;
  readonly visited: number;
  readonly emails: number;
}

export interface CompanyStartedMessage extends Base {
  readonly type: 'company.started';
  readonly index: number;
}

export interface CompanyProgressMessage extends Base {
  readonly type: 'company.progress';
  readonly index: number;
  readonly pagesVisited: number;
  readonly currentUrl: string;
}

export interface CompanyCompletedMessage extends Base {
  readonly type: 'company.completed';
  readonly index: number;
  readonly report: CompanyReportPayload;
}

export interface CompanyFailedMessage extends Base {
  readonly type: 'company.failed';
  readonly index: number;
  readonly error: string;
  readonly pagesVisited: number;
}

export type ActorMessage =
  | CompanyStartedMessage
  | CompanyProgressMessage
  | CompanyCompletedMessage
  | CompanyFailedMessage
  | ScrapeStartedMessage
  | ScrapeProgressMessage
  | ScrapeEmailMessage
  | ScrapeCompletedMessage
  | ScrapeFailedMessage;

export type ActorMessageType = ActorMessage['type'];

export function emailHit(value: unknown): EmailHitPayload {
  const o = asObject(value, 'email');
  return { address: str(o, 'address'), pageUrl: str(o, 'pageUrl'), context: str(o, 'context') };
}

function base(o: Obj): Base {
  const at = str(o, 'at');
  if (Number.isNaN(Date.parse(at))) throw new InvalidMessageError('at must be an ISO date');
  return { id: str(o, 'id'), jobId: str(o, 'jobId'), at };
}

/** Validates an actor message read from the bus. */
export function parseActorMessage(value: unknown): ActorMessage {
  const o = asObject(value, 'actor message');
  const b = base(o);
  switch (o.type) {
    case 'scrape.started':
      return { ...b, type: o.type, url: str(o, 'url') };
    case 'scrape.progress':
      return {
        ...b,
        type: o.type,
        visited: int(o, 'visited'),
        emails: int(o, 'emails'),
        elapsedSeconds: num(o, 'elapsedSeconds'),
        currentUrl: str(o, 'currentUrl'),
      };
    case 'scrape.email':
      return { ...b, type: o.type, email: emailHit(o.email) };
    case 'scrape.completed':
      return {
        ...b,
        type: o.type,
        visited: int(o, 'visited'),
        emails: int(o, 'emails'),
        elapsedSeconds: num(o, 'elapsedSeconds'),
      };
    case 'scrape.failed':
      return { ...b, type: o.type, error: str(o, 'error'), visited: int(o, 'visited'), emails: int(o, 'emails') };
    case 'company.started':
      return { ...b, type: o.type, index: int(o, 'index') };
    case 'company.progress':
      return { ...b, type: o.type, index: int(o, 'index'), pagesVisited: int(o, 'pagesVisited'), currentUrl: str(o, 'currentUrl') };
    case 'company.completed':
      return { ...b, type: o.type, index: int(o, 'index'), report: parseCompanyReport(o.report) };
    case 'company.failed':
      return { ...b, type: o.type, index: int(o, 'index'), error: str(o, 'error'), pagesVisited: int(o, 'pagesVisited') };
    default:
      throw new InvalidMessageError(`unknown actor message type ${JSON.stringify(o.type)}`);
  }
}
