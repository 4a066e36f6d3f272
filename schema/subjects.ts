/**
 * The NATS subject hierarchy, the one place that builds subjects and stream definitions.
 *
 * ```
 * pl.work.scrape                 durable: one message per scraping job      (stream PL_WORK)
 * pl.work.company                durable: one message per company to analyse (stream PL_WORK)
 * pl.actor.<jobId>               durable: actor → gateway progress/results  (stream PL_ACTOR)
 * pl.job.<jobId>.events          core: sequenced public events, gateway → subscriptions
 * pl.control.cancel.<jobId>      core: gateway → every actor service, stop that job's work
 * pl.rpc.job-state               core request/reply: actor asks the gateway whether a job still runs
 * pl.rpc.actor-health            core request/reply: gateway asks any actor service whether it can crawl
 * ```
 *
 * Job ids are UUIDs, so they are always a single valid subject token.
 */
import type { StreamSpec } from '../bus/bus.js';

const ROOT = 'pl';

/** Subject tokens must not contain separators or wildcards. */
function token(value: string): string {
  if (!/^[A-Za-z0-9_-]+$/.test(value)) {
    throw new TypeError(`Not a valid subject token: ${JSON.stringify(value)}`);
  }
  return value;
}

/** Durable work for actor services; work-queue retention, each message taken by one actor. */
export const WORK_STREAM: StreamSpec = { name: 'PL_WORK', subjects: [`${ROOT}.work.>`] };

/** Durable actor output for the gateway; work-queue retention, read by the gateway only. */
export const ACTOR_STREAM: StreamSpec = { name: 'PL_ACTOR', subjects: [`${ROOT}.actor.>`] };

/** Durable consumer name shared by every actor service process. */
export const ACTOR_CONSUMER = 'actors';

/** Durable consumer name of the gateway on {@link ACTOR_STREAM}. */
export const GATEWAY_CONSUMER = 'gateway';

export const subjects = {
  /** Work message asking an actor service to scrape one site. */
  scrapeWork: `${ROOT}.work.scrape`,
  /** Work message asking an actor service to analyse one company. */
  companyWork: `${ROOT}.work.company`,
  /** Filter matching every work subject. */
  allWork: `${ROOT}.work.>`,
  /** Actor output for one job. */
  actorOutput: (jobId: string): string => `${ROOT}.actor.${token(jobId)}`,
  /** Filter matching every actor output subject. */
  allActorOutput: `${ROOT}.actor.>`,
  /** Sequenced public events of one job. */
  jobEvents: (jobId: string): string => `${ROOT}.job.${token(jobId)}.events`,
  /** Cancellation broadcast for one job. */
  cancel: (jobId: string): string => `${ROOT}.control.cancel.${token(jobId)}`,
  /** Filter matching every cancellation. */
  allCancels: `${ROOT}.control.cancel.*`,
  /** Request/reply: is this job still worth working on? */
  jobState: `${ROOT}.rpc.job-state`,
  /** Request/reply: can an actor service crawl right now (browser up)? */
  actorHealth: `${ROOT}.rpc.actor-health`,
} as const;

/** Extracts the job id from a `pl.control.cancel.<jobId>` or `pl.actor.<jobId>` subject. */
export function jobIdFromSubject(subject: string): string | null {
  const parts = subject.split('.');
  if (parts[0] !== ROOT) return null;
  if (parts[1] === 'actor' && parts.length === 3) return parts[2] ?? null;
  if (parts[1] === 'control' && parts[2] === 'cancel' && parts.length === 4) return parts[3] ?? null;
  return null;
}
