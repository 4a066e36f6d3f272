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
 * `pl` is the default prefix (`PROSPECTLAB_NATS_PREFIX`): with another one, say `acme`, every
 * subject starts with `acme.`, the streams are `ACME_WORK` and `ACME_ACTOR` and the durable
 * consumers `acme_actors` and `acme_gateway`, so two deployments can share a NATS server
 * without seeing each other's work. The default keeps the names of earlier versions. The
 * prefix is set once per process ({@link useNatsPrefix}) before anything uses the bus; the
 * exported names below are live bindings that follow it.
 *
 * Job ids are UUIDs, so they are always a single valid subject token.
 */
import type { StreamSpec } from '../bus/bus.js';

export const DEFAULT_NATS_PREFIX = 'pl';

let ROOT = DEFAULT_NATS_PREFIX;

/** Subject tokens must not contain separators or wildcards. */
function token(value: string): string {
  if (!/^[A-Za-z0-9_-]+$/.test(value)) {
    throw new TypeError(`Not a valid subject token: ${JSON.stringify(value)}`);
  }
  return value;
}

/** A prefix is one subject token that also makes valid stream and consumer names. */
export class InvalidNatsPrefixError extends TypeError {
  override readonly name = 'InvalidNatsPrefixError';
}

/** Durable work for actor services; work-queue retention, each message taken by one actor. */
export let WORK_STREAM: StreamSpec = { name: 'PL_WORK', subjects: [`${ROOT}.work.>`] };

/** Durable actor output for the gateway; work-queue retention, read by the gateway only. */
export let ACTOR_STREAM: StreamSpec = { name: 'PL_ACTOR', subjects: [`${ROOT}.actor.>`] };

/** Durable consumer name shared by every actor service process. */
export let ACTOR_CONSUMER = 'actors';

/** Durable consumer name of the gateway on {@link ACTOR_STREAM}. */
export let GATEWAY_CONSUMER = 'gateway';

/** The prefix in use. */
export function natsPrefix(): string {
  return ROOT;
}

/**
 * Sets the prefix of every subject, stream and consumer name of this process.
 * @throws InvalidNatsPrefixError unless it is 1 to 32 letters, digits, `_` or `-`
 */
export function useNatsPrefix(prefix: string): void {
  if (!/^[A-Za-z0-9_-]{1,32}$/.test(prefix)) {
    throw new InvalidNatsPrefixError(`The NATS prefix must be 1 to 32 letters, digits, _ or - (got ${JSON.stringify(prefix)})`);
  }
  ROOT = prefix;
  const isDefault = prefix === DEFAULT_NATS_PREFIX;
  const stream = prefix.toUpperCase().replace(/-/g, '_');
  WORK_STREAM = { name: `${stream}_WORK`, subjects: [`${ROOT}.work.>`] };
  ACTOR_STREAM = { name: `${stream}_ACTOR`, subjects: [`${ROOT}.actor.>`] };
  ACTOR_CONSUMER = isDefault ? 'actors' : `${prefix}_actors`;
  GATEWAY_CONSUMER = isDefault ? 'gateway' : `${prefix}_gateway`;
}

export const subjects = {
  /** Work message asking an actor service to scrape one site. */
  get scrapeWork(): string {
    return `${ROOT}.work.scrape`;
  },
  /** Work message asking an actor service to analyse one company. */
  get companyWork(): string {
    return `${ROOT}.work.company`;
  },
  /** Filter matching every work subject. */
  get allWork(): string {
    return `${ROOT}.work.>`;
  },
  /** Actor output for one job. */
  actorOutput: (jobId: string): string => `${ROOT}.actor.${token(jobId)}`,
  /** Filter matching every actor output subject. */
  get allActorOutput(): string {
    return `${ROOT}.actor.>`;
  },
  /** Sequenced public events of one job. */
  jobEvents: (jobId: string): string => `${ROOT}.job.${token(jobId)}.events`,
  /** Cancellation broadcast for one job. */
  cancel: (jobId: string): string => `${ROOT}.control.cancel.${token(jobId)}`,
  /** Filter matching every cancellation. */
  get allCancels(): string {
    return `${ROOT}.control.cancel.*`;
  },
  /** Request/reply: is this job still worth working on? */
  get jobState(): string {
    return `${ROOT}.rpc.job-state`;
  },
  /** Request/reply: can an actor service crawl right now (browser up)? */
  get actorHealth(): string {
    return `${ROOT}.rpc.actor-health`;
  },
};

/** Extracts the job id from a `<prefix>.control.cancel.<jobId>` or `<prefix>.actor.<jobId>` subject. */
export function jobIdFromSubject(subject: string): string | null {
  const parts = subject.split('.');
  if (parts[0] !== ROOT) return null;
  if (parts[1] === 'actor' && parts.length === 3) return parts[2] ?? null;
  if (parts[1] === 'control' && parts[2] === 'cancel' && parts.length === 4) return parts[3] ?? null;
  return null;
}
