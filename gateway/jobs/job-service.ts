/**
 * Gateway job logic, apart from transports: creating jobs, queueing their work, turning
 * actor output into sequenced public events, cancelling. The decisions are the job kind's
 * reducer's (`reducers/`); this service loads the state a reducer needs and applies what it
 * returns in one store transaction: state changes, events, and the work to send, written to
 * the outbox so that no work decided by a committed transaction can be lost. After the
 * commit, events are published on `pl.job.<jobId>.events` and the dispatcher sends the work.
 */
import { randomUUID } from 'node:crypto';
import type { Bus } from '../../bus/bus.js';
import type { ActorMessage } from '../../schema/actor-messages.js';
import type { JobEventPayload } from '../../schema/job-events.js';
import { subjects } from '../../schema/subjects.js';
import type { AnalysisOptions } from '../../schema/analysis-limits.js';
import type { CompanyInputPayload } from '../../schema/company.js';
import type { ScrapeLimits, ScrapeWork, Work } from '../../schema/work.js';
import { TERMINAL_STATUSES, type JobRecord, type JobStore } from '../store/job-store.js';
import { JOB_KINDS, loadAnalysisState, type JobKind, type StateNeed } from './job-kinds.js';
import { OutboxDispatcher, type OutboxDispatcherSettings } from './outbox-dispatcher.js';
import { startAnalysis, type AnalysisJobInput } from './reducers/analysis-reducer.js';
import type { Reduction } from './reducers/reduction.js';
import { startScraping } from './reducers/scraping-reducer.js';

/** The job does not exist (or is not visible to the caller). */
export class JobNotFoundError extends Error {
  override readonly name = 'JobNotFoundError';
  constructor(readonly jobId: string) {
    super(`No job with id ${JSON.stringify(jobId)}`);
  }
}

export type { AnalysisJobInput } from './reducers/analysis-reducer.js';

export interface JobServiceOptions {
  readonly store: JobStore;
  readonly bus: Bus;
  /** Logs unexpected conditions. @default console.warn */
  readonly warn?: (message: string, error?: unknown) => void;
  /** How the outbox is sent (polling, leases, backoff, when an outage is logged). */
  readonly outbox?: OutboxDispatcherSettings;
  /**
   * Called right after a transaction that wrote work to the outbox commits, before the work is
   * sent: the fault tests' hook (`PROSPECTLAB_TEST_CRASH_AFTER_COMMIT`) kills the process there.
   */
  readonly afterOutboxCommit?: () => void;
}

/** The result of one applied transition. */
interface Applied {
  readonly events: JobEventPayload[];
  readonly queued: number;
}

const NONE: Applied = { events: [], queued: 0 };

export class JobService {
  readonly #store: JobStore;
  readonly #bus: Bus;
  readonly #warn: (message: string, error?: unknown) => void;
  readonly #dispatcher: OutboxDispatcher;
  readonly #afterOutboxCommit: (() => void) | undefined;

  constructor(options: JobServiceOptions) {
    this.#store = options.store;
    this.#bus = options.bus;
    this.#warn = options.warn ?? ((m, e) => console.warn(m, e ?? ''));
    this.#afterOutboxCommit = options.afterOutboxCommit;
    this.#dispatcher = new OutboxDispatcher({
      ...options.outbox,
      store: this.#store,
      bus: this.#bus,
      warn: this.#warn,
      onUndeliverable: (work, error) => this.#undeliverable(work, error),
    });
  }

  get store(): JobStore {
    return this.#store;
  }

  /** Sends the work left in the outbox (by this process or another one) and keeps sending. */
  startDispatching(): void {
    this.#dispatcher.start();
  }

  /** Stops sending work; unsent work stays in the outbox for the next start. */
  async stop(): Promise<void> {
    await this.#dispatcher.stop();
  }

  /** Creates a scraping job and queues its work. `url` must already be a parsed start URL. */
  async startScraping(url: string, limits: ScrapeLimits, owner: string | null): Promise<JobRecord> {
    const id = randomUUID();
    const work: ScrapeWork = { type: 'scrape', jobId: id, url, limits };
    this.#commit(() => {
      const job = this.#store.createJob({ id, kind: 'SCRAPING', input: work, owner, siteUrl: url });
      return this.#applyReduction(job, startScraping(work));
    });
    return this.#store.getJob(id)!;
  }

  /**
   * Creates an analysis job over `companies` (already deduplicated) and queues the first of
   * them. Companies without a website are reported at once.
   */
  async startAnalysis(companies: readonly CompanyInputPayload[], options: AnalysisOptions, owner: string | null, duplicates: number): Promise<JobRecord> {
    const id = randomUUID();
    const input: AnalysisJobInput = { options, duplicates, total: companies.length };
    this.#commit(() => {
      const job = this.#store.createJob({ id, kind: 'ANALYSIS', input, owner });
      this.#store.analysis.addCompanies(id, companies);
      const state = loadAnalysisState(this.#store, job, { for: 'job' });
      return this.#applyReduction(job, startAnalysis(state, this.#store.analysis.companies(id), new Date().toISOString()));
    });
    return this.#store.getJob(id)!;
  }

  /**
   * Queues the work of unfinished jobs afresh, for a bus that does not keep messages across
   * restarts (embedded mode): unsent work is discarded, running companies are queued again
   * under new message ids. With NATS the work is still in JetStream and the outbox sends
   * whatever was not sent: nothing to requeue.
   */
  async requeueUnfinished(): Promise<number> {
    let count = 0;
    for (const job of this.#store.unfinishedJobs()) {
      this.#transition(job.id, { for: 'job' }, (kind, state) => kind.reducer.onRequeue(state, new Date().toISOString()));
      count++;
    }
    return count;
  }

  /**
   * Stops a job: marks it cancelled, emits its terminal cancelled event and tells every actor
   * service to stop its work. Finished jobs are returned unchanged.
   */
  cancel(jobId: string): JobRecord {
    const job = this.#store.getJob(jobId);
    if (!job) throw new JobNotFoundError(jobId);
    if (TERMINAL_STATUSES.has(job.status)) return job;
    this.#transition(jobId, { for: 'job' }, (kind, state) => kind.reducer.onCancel(state, new Date().toISOString()));
    this.#broadcastCancel(jobId);
    return this.#store.getJob(jobId)!;
  }

  /**
   * Work that ran out of deliveries (it crashed or stalled every actor that took it): the
   * company, or the scrape, is reported failed so the job can finish.
   */
  applyDeadWork(work: Work, deliveries: number): JobEventPayload[] {
    const at = new Date().toISOString();
    const error = `Gave up after ${deliveries} attempts: the work stopped every actor service that took it`;
    const base = { id: `dead-letter:${work.jobId}:${work.type === 'company' ? work.index : 'site'}`, jobId: work.jobId, at };
    const message: ActorMessage =
      work.type === 'company'
        ? { ...base, type: 'company.failed', index: work.index, error, pagesVisited: 0 }
        : { ...base, type: 'scrape.failed', error, visited: 0, emails: 0 };
    return this.applyActorMessage(message);
  }

  /**
   * Ends jobs running for longer than `timeoutMs`: remaining companies are reported failed
   * (then the analysis completes), a scrape fails; actors are told to stop.
   */
  expireJobs(timeoutMs: number, now = Date.now()): string[] {
    const expired: string[] = [];
    for (const job of this.#store.unfinishedJobs()) {
      if (now - job.createdAt.getTime() < timeoutMs) continue;
      const error = `Timed out after ${Math.round(timeoutMs / 1000)} s`;
      this.#transition(job.id, { for: 'job' }, (kind, state) => kind.reducer.onExpire(state, new Date(now).toISOString(), error));
      this.#broadcastCancel(job.id);
      expired.push(job.id);
    }
    return expired;
  }

  /**
   * Applies one message from an actor: updates the job, stores the public events it causes and
   * the work it decides, in one transaction; then publishes the events and sends the work.
   * Redelivered messages and messages for finished jobs change nothing. Acknowledge the
   * message only after this returns: its effects are committed then.
   */
  applyActorMessage(message: ActorMessage): JobEventPayload[] {
    return this.#commit(() => {
      if (!this.#store.markMessageProcessed(message.id)) return NONE;
      return this.#decide(message.jobId, { for: 'message', message }, (kind, state) => kind.reducer.onMessage(state, message, message.at));
    });
  }

  /** Work that can never be sent: its company, or its scrape, fails with the reason. */
  #undeliverable(work: Work, error: string): void {
    this.#transition(work.jobId, { for: 'undeliverable', work }, (kind, state) => kind.reducer.onUndeliverable(state, work, error, new Date().toISOString()));
  }

  #transition(jobId: string, need: StateNeed, reduce: (kind: JobKind<unknown>, state: unknown) => Reduction): JobEventPayload[] {
    return this.#commit(() => this.#decide(jobId, need, reduce));
  }

  /** Inside a transaction: loads the job's state, reduces, applies. Finished jobs change no more. */
  #decide(jobId: string, need: StateNeed, reduce: (kind: JobKind<unknown>, state: unknown) => Reduction): Applied {
    const job = this.#store.getJob(jobId);
    if (!job || TERMINAL_STATUSES.has(job.status)) return NONE;
    const kind = JOB_KINDS[job.kind];
    return this.#applyReduction(job, reduce(kind, kind.load(this.#store, job, need)));
  }

  /** Runs `decide` in one transaction; after the commit, publishes its events and sends its work. */
  #commit(decide: () => Applied): JobEventPayload[] {
    const applied = this.#store.transaction(decide);
    if (applied.queued > 0) {
      this.#afterOutboxCommit?.();
      this.#dispatcher.notify();
    }
    for (const event of applied.events) this.#publish(event);
    return applied.events;
  }

  /** Inside the caller's transaction: applies a reducer's decisions to the store. */
  #applyReduction(job: JobRecord, reduction: Reduction): Applied {
    const store = this.#store;
    for (const change of reduction.changes) {
      switch (change.type) {
        case 'job':
          store.updateJob(job.id, change.patch);
          break;
        case 'company':
          store.analysis.setCompany(job.id, change.index, change.patch);
          break;
        case 'companyStarted':
          store.analysis.markStarted(job.id, change.index);
          break;
        case 'unfinishedCompanies':
          store.analysis.finishRemaining(job.id, change.status, change.error);
          break;
        case 'scrapeEmail':
          store.addScrapeEmail(job.id, change.email);
          break;
        case 'discardUnsentWork':
          store.outbox.discardPending(job.id);
          break;
      }
    }
    store.outbox.add(reduction.outbox);
    const events: JobEventPayload[] = [];
    for (const event of reduction.events) {
      const stored = store.appendEvent(event);
      if (stored) events.push(stored);
    }
    return { events, queued: reduction.outbox.length };
  }

  #broadcastCancel(jobId: string): void {
    try {
      this.#bus.publish(subjects.cancel(jobId), { jobId });
    } catch (error) {
      // Actors also ask for the job's state before working on it: a lost broadcast only delays the stop.
      this.#warn(`Could not announce the cancellation of job ${jobId}`, error);
    }
  }

  #publish(event: JobEventPayload): void {
    try {
      this.#bus.publish(subjects.jobEvents(event.jobId), event);
    } catch (error) {
      // Live subscribers fill gaps from the store, so a lost publish delays, never loses, events.
      this.#warn(`Could not publish event ${event.jobId}#${event.seq}`, error);
    }
  }
}
