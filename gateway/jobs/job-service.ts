/**
 * Gateway job logic, apart from transports: creating jobs, queueing their work, turning
 * actor output into sequenced public events, cancelling. Every event it stores is also
 * published on `pl.job.<jobId>.events` for live subscribers.
 */
import { randomUUID } from 'node:crypto';
import type { Bus } from '../../bus/bus.js';
import type { ActorMessage } from '../../schema/actor-messages.js';
import type { JobEventPayload, UnsequencedJobEvent } from '../../schema/job-events.js';
import { subjects } from '../../schema/subjects.js';
import type { ScrapeLimits, ScrapeWork } from '../../schema/work.js';
import { TERMINAL_STATUSES, type JobRecord, type JobStore } from '../store/job-store.js';

/** The job does not exist (or is not visible to the caller). */
export class JobNotFoundError extends Error {
  override readonly name = 'JobNotFoundError';
  constructor(readonly jobId: string) {
    super(`No job with id ${JSON.stringify(jobId)}`);
  }
}

/** The work could not be queued on the bus; the caller may retry later. */
export class RetryableQueueError extends Error {
  override readonly name = 'RetryableQueueError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

export interface JobServiceOptions {
  readonly store: JobStore;
  readonly bus: Bus;
  /** Logs unexpected conditions. @default console.warn */
  readonly warn?: (message: string, error?: unknown) => void;
}

export class JobService {
  readonly #store: JobStore;
  readonly #bus: Bus;
  readonly #warn: (message: string, error?: unknown) => void;

  constructor(options: JobServiceOptions) {
    this.#store = options.store;
    this.#bus = options.bus;
    this.#warn = options.warn ?? ((m, e) => console.warn(m, e ?? ''));
  }

  get store(): JobStore {
    return this.#store;
  }

  /** Creates a scraping job and queues its work. `url` must already be a parsed start URL. */
  async startScraping(url: string, limits: ScrapeLimits, owner: string | null): Promise<JobRecord> {
    const id = randomUUID();
    const work: ScrapeWork = { type: 'scrape', jobId: id, url, limits };
    const job = this.#store.createJob({ id, kind: 'SCRAPING', input: work, owner, siteUrl: url });
    await this.#queue(job, subjects.scrapeWork, work, id);
    return this.#store.getJob(id)!;
  }

  /** Queues work again for jobs a previous process left unfinished (embedded bus lost it). */
  async requeueUnfinished(): Promise<number> {
    let count = 0;
    for (const job of this.#store.unfinishedJobs()) {
      if (job.kind !== 'SCRAPING') continue;
      await this.#queue(job, subjects.scrapeWork, job.input, `${job.id}:requeue:${Date.now()}`);
      count++;
    }
    return count;
  }

  async #queue(job: JobRecord, subject: string, work: unknown, msgId: string): Promise<void> {
    try {
      await this.#bus.send(subject, work, msgId);
    } catch (cause) {
      this.#finish(job.id, 'FAILED', 'Could not queue the work: the message bus is unavailable', {
        jobId: job.id,
        type: 'ScrapingFailed',
        at: new Date().toISOString(),
        error: 'Could not queue the work: the message bus is unavailable',
      });
      throw new RetryableQueueError('The message bus is unavailable; try again shortly', { cause });
    }
  }

  /**
   * Stops a job: marks it cancelled, emits its terminal cancelled event and tells every actor
   * service to stop its work. Finished jobs are returned unchanged.
   */
  cancel(jobId: string): JobRecord {
    const job = this.#store.getJob(jobId);
    if (!job) throw new JobNotFoundError(jobId);
    if (TERMINAL_STATUSES.has(job.status)) return job;
    const visited = job.pagesVisited;
    const emails = this.#store.scrapeEmailCount(jobId);
    this.#finish(jobId, 'CANCELLED', null, {
      jobId,
      type: 'ScrapingCancelled',
      at: new Date().toISOString(),
      visited,
      emails,
    });
    this.#bus.publish(subjects.cancel(jobId), { jobId });
    return this.#store.getJob(jobId)!;
  }

  /**
   * Applies one message from an actor: updates the job and stores and publishes the public
   * events it causes. Redelivered messages and messages for finished jobs change nothing.
   */
  applyActorMessage(message: ActorMessage): JobEventPayload[] {
    const events = this.#store.transaction(() => {
      if (!this.#store.markMessageProcessed(message.id)) return [];
      const job = this.#store.getJob(message.jobId);
      if (!job || TERMINAL_STATUSES.has(job.status)) return [];
      return this.#reduce(job, message);
    });
    for (const event of events) this.#publish(event);
    return events;
  }

  #reduce(job: JobRecord, m: ActorMessage): JobEventPayload[] {
    const store = this.#store;
    const append = (e: UnsequencedJobEvent): JobEventPayload[] => {
      const stored = store.appendEvent(e);
      return stored ? [stored] : [];
    };
    const base = { jobId: job.id, at: m.at };
    const limits = (job.input as ScrapeWork).limits;
    switch (m.type) {
      case 'scrape.started':
        if (job.status === 'RUNNING') return []; // a redelivered job restarting: one Started is enough
        store.updateJob(job.id, { status: 'RUNNING', startedAt: new Date(m.at) });
        return append({ ...base, type: 'ScrapingStarted', url: m.url });
      case 'scrape.progress': {
        const progress = Math.min(100, (100 * m.visited) / Math.max(1, limits.maxPages));
        store.updateJob(job.id, { pagesVisited: Math.max(job.pagesVisited, m.visited), progress });
        return append({
          ...base,
          type: 'ScrapingProgress',
          visited: m.visited,
          emails: store.scrapeEmailCount(job.id),
          elapsedSeconds: m.elapsedSeconds,
          currentUrl: m.currentUrl,
        });
      }
      case 'scrape.email':
        if (!store.addScrapeEmail(job.id, m.email)) return [];
        return append({ ...base, type: 'ScrapingEmailFound', email: { ...m.email, address: m.email.address.toLowerCase() } });
      case 'scrape.completed':
        store.updateJob(job.id, { pagesVisited: m.visited, progress: 100 });
        return this.#finishEvents(job.id, 'COMPLETED', null, {
          ...base,
          type: 'ScrapingCompleted',
          visited: m.visited,
          emails: store.scrapeEmailCount(job.id),
          elapsedSeconds: m.elapsedSeconds,
        });
      case 'scrape.failed':
        store.updateJob(job.id, { pagesVisited: Math.max(job.pagesVisited, m.visited) });
        return this.#finishEvents(job.id, 'FAILED', m.error, { ...base, type: 'ScrapingFailed', error: m.error });
    }
  }

  #finishEvents(
    jobId: string,
    status: 'COMPLETED' | 'FAILED' | 'CANCELLED',
    error: string | null,
    event: UnsequencedJobEvent,
  ): JobEventPayload[] {
    const stored = this.#store.appendEvent(event);
    if (!stored) return [];
    this.#store.updateJob(jobId, { status, error, finishedAt: new Date(event.at) });
    return [stored];
  }

  #finish(jobId: string, status: 'COMPLETED' | 'FAILED' | 'CANCELLED', error: string | null, event: UnsequencedJobEvent): void {
    const events = this.#store.transaction(() => this.#finishEvents(jobId, status, error, event));
    for (const e of events) this.#publish(e);
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
