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
import type { AnalysisOptions } from '../../schema/analysis-limits.js';
import type { CompanyInputPayload } from '../../schema/company.js';
import { companyFieldsOverLimit, START_URL_MAX_CHARS } from '../../schema/field-limits.js';
import { isPermanentBusError } from '../../bus/bus.js';
import type { CompanyWork, ScrapeLimits, ScrapeWork, Work } from '../../schema/work.js';
import { TERMINAL_STATUSES, type JobRecord, type JobStore } from '../store/job-store.js';
import { defaultLogger, warnTo, type Logger } from '../../observability/logger.js';
import { JobTelemetry } from './job-telemetry.js';

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

/** The job's input breaks a field limit (see schema/field-limits.ts): the caller must change it; not retryable. */
export class InvalidJobInputError extends Error {
  override readonly name = 'InvalidJobInputError';
  constructor(message: string, readonly field: string) {
    super(message);
  }
}

/** The bus refused the work for good (too large for its maximum payload, bad subject): not retryable. */
export class WorkRejectedError extends Error {
  override readonly name = 'WorkRejectedError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** What an analysis job stores as its input. */
export interface AnalysisJobInput {
  readonly options: AnalysisOptions;
  /** Input rows dropped as duplicates. */
  readonly duplicates: number;
  readonly total: number;
}

export interface JobServiceOptions {
  readonly store: JobStore;
  readonly bus: Bus;
  /** Logs unexpected conditions. @default warnings of {@link JobServiceOptions.logger} */
  readonly warn?: (message: string, error?: unknown) => void;
  /** Job start/end and company failure lines. @default defaultLogger() */
  readonly logger?: Logger;
}

export class JobService {
  readonly #store: JobStore;
  readonly #bus: Bus;
  readonly #warn: (message: string, error?: unknown) => void;
  readonly #telemetry: JobTelemetry;
  /** Company work decided inside a transaction, sent after it. */
  readonly #pendingDispatch: CompanyWork[] = [];
  /** Part of work message ids: a new epoch lets requeued work pass the bus's deduplication. */
  #dispatchEpoch = 'initial';

  constructor(options: JobServiceOptions) {
    this.#store = options.store;
    this.#bus = options.bus;
    const logger = options.logger ?? defaultLogger();
    this.#warn = options.warn ?? warnTo(logger);
    this.#telemetry = new JobTelemetry(options.store, logger);
  }

  get store(): JobStore {
    return this.#store;
  }

  /** Creates a scraping job and queues its work. `url` must already be a parsed start URL, `label` a validated one. */
  async startScraping(url: string, limits: ScrapeLimits, owner: string | null, label: string | null = null): Promise<JobRecord> {
    if (url.length > START_URL_MAX_CHARS) throw new InvalidJobInputError(`url is longer than ${START_URL_MAX_CHARS} characters`, 'url');
    const id = randomUUID();
    const work: ScrapeWork = { type: 'scrape', jobId: id, url, limits };
    const job = this.#store.createJob({ id, kind: 'SCRAPING', input: work, owner, siteUrl: url, label });
    await this.#queue(job, subjects.scrapeWork, work, id);
    return this.#store.getJob(id)!;
  }

  /**
   * Creates an analysis job over `companies` (already deduplicated) and queues the first of
   * them. Companies without a website are reported at once.
   */
  async startAnalysis(
    companies: readonly CompanyInputPayload[],
    options: AnalysisOptions,
    owner: string | null,
    duplicates: number,
    label: string | null = null,
  ): Promise<JobRecord> {
    companies.forEach((company, index) => {
      const [over] = companyFieldsOverLimit(company);
      if (over) {
        throw new InvalidJobInputError(`companies[${index}].${over.field} is longer than ${over.maxChars} characters (${over.length})`, `companies[${index}].${over.field}`);
      }
    });
    const id = randomUUID();
    const input: AnalysisJobInput = { options, duplicates, total: companies.length };
    const events = this.#store.transaction(() => {
      this.#store.createJob({ id, kind: 'ANALYSIS', input, owner, label });
      this.#store.analysis.addCompanies(id, companies);
      const at = new Date().toISOString();
      this.#store.updateJob(id, { status: 'RUNNING', startedAt: new Date(at) });
      const out: JobEventPayload[] = [];
      const started = this.#store.appendEvent({ jobId: id, at, type: 'AnalysisStarted', total: companies.length });
      if (started) out.push(started);
      let current = 0;
      for (const company of this.#store.analysis.companies(id)) {
        if (company.status !== 'NO_WEBSITE') continue;
        current++;
        const e = this.#store.appendEvent({
          jobId: id,
          at,
          type: 'AnalysisProgress',
          current,
          total: companies.length,
          percentage: Math.round((10_000 * current) / companies.length) / 100,
          message: `${company.name} has no website`,
          company: company.name,
        });
        if (e) out.push(e);
      }
      out.push(...this.#scheduleOrComplete(id, at));
      return out;
    });
    for (const e of events) this.#publish(e);
    await this.#dispatch();
    return this.#store.getJob(id)!;
  }

  /**
   * Queues work again for jobs a previous process left unfinished (for a bus that does not
   * keep messages across restarts).
   */
  async requeueUnfinished(): Promise<number> {
    let count = 0;
    this.#dispatchEpoch = `requeue-${Date.now()}`;
    for (const job of this.#store.unfinishedJobs()) {
      if (job.kind === 'SCRAPING') {
        await this.#queue(job, subjects.scrapeWork, job.input, `${job.id}:${this.#dispatchEpoch}`);
      } else {
        const events = this.#store.transaction(() => {
          for (const c of this.#store.analysis.companies(job.id)) {
            if (c.status === 'RUNNING') this.#store.analysis.setCompany(job.id, c.index, { status: 'PENDING' });
          }
          return this.#scheduleOrComplete(job.id, new Date().toISOString());
        });
        for (const e of events) this.#publish(e);
        await this.#dispatch();
      }
      count++;
    }
    return count;
  }

  async #queue(job: JobRecord, subject: string, work: unknown, msgId: string): Promise<void> {
    try {
      await this.#bus.send(subject, work, msgId);
    } catch (cause) {
      if (isPermanentBusError(cause)) {
        const error = `Could not queue the work: ${(cause as Error).message}`;
        this.#finish(job.id, 'FAILED', error, { jobId: job.id, type: 'ScrapingFailed', at: new Date().toISOString(), error });
        throw new WorkRejectedError(error, { cause });
      }
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
    const at = new Date().toISOString();
    if (job.kind === 'ANALYSIS') {
      const events = this.#store.transaction(() => {
        const counts = this.#store.analysis.counts(jobId);
        this.#store.analysis.finishRemaining(jobId, 'CANCELLED', null);
        return this.#finishEvents(jobId, 'CANCELLED', null, {
          jobId,
          at,
          type: 'AnalysisCancelled',
          current: counts.succeeded + counts.failed,
          total: counts.total,
        });
      });
      for (const e of events) this.#publish(e);
    } else {
      this.#finish(jobId, 'CANCELLED', null, {
        jobId,
        type: 'ScrapingCancelled',
        at,
        visited: job.pagesVisited,
        emails: this.#store.scrapeEmailCount(jobId),
      });
    }
    this.#bus.publish(subjects.cancel(jobId), { jobId });
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
      const at = new Date(now).toISOString();
      const error = `Timed out after ${Math.round(timeoutMs / 1000)} s`;
      const events = this.#store.transaction(() => {
        if (job.kind === 'SCRAPING') {
          return this.#finishEvents(job.id, 'FAILED', error, { jobId: job.id, at, type: 'ScrapingFailed', error });
        }
        const out: JobEventPayload[] = [];
        const analysis = this.#store.analysis;
        for (const company of analysis.companies(job.id)) {
          if (company.status !== 'PENDING' && company.status !== 'RUNNING') continue;
          analysis.setCompany(job.id, company.index, { status: 'FAILED', error });
          const e = this.#store.appendEvent({ jobId: job.id, at, type: 'AnalysisItemFailed', company: company.name, error });
          if (e) out.push(e);
        }
        out.push(...this.#scheduleOrComplete(job.id, at));
        return out;
      });
      for (const e of events) this.#publish(e);
      this.#bus.publish(subjects.cancel(job.id), { jobId: job.id });
      expired.push(job.id);
    }
    return expired;
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
    if (events.length) this.#telemetry.onActorMessage(message);
    if (this.#pendingDispatch.length) void this.#dispatch();
    return events;
  }

  #reduce(job: JobRecord, m: ActorMessage): JobEventPayload[] {
    if (m.type.startsWith('company.')) return this.#reduceCompany(job, m);
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
      default:
        return [];
    }
  }

  #reduceCompany(job: JobRecord, m: ActorMessage): JobEventPayload[] {
    if (!('index' in m)) return [];
    const analysis = this.#store.analysis;
    const company = analysis.company(job.id, m.index);
    // Only a company whose work is out may report; anything else is a late or duplicate message.
    if (!company || company.status !== 'RUNNING') return [];
    const events: JobEventPayload[] = [];
    const append = (e: UnsequencedJobEvent): void => {
      const stored = this.#store.appendEvent(e);
      if (stored) events.push(stored);
    };
    const base = { jobId: job.id, at: m.at };
    const progressEvent = (message: string): void => {
      const counts = analysis.counts(job.id);
      const current = counts.succeeded + counts.failed;
      const percentage = counts.total ? Math.round((10_000 * current) / counts.total) / 100 : 100;
      this.#store.updateJob(job.id, { progress: percentage });
      append({ ...base, type: 'AnalysisProgress', current, total: counts.total, percentage, message, company: company.name });
    };
    switch (m.type) {
      case 'company.started':
        // A redelivered company starts again elsewhere: announce it once.
        if (analysis.markStarted(job.id, m.index)) progressEvent(`Analysing ${company.name}`);
        break;
      case 'company.progress':
        analysis.setCompany(job.id, m.index, { status: 'RUNNING', pagesVisited: m.pagesVisited });
        progressEvent(`Analysing ${company.name}: ${m.pagesVisited} page${m.pagesVisited === 1 ? '' : 's'} (${m.currentUrl})`);
        break;
      case 'company.completed':
        analysis.setCompany(job.id, m.index, { status: 'OK', report: { ...m.report, name: company.name, input: company.input }, pagesVisited: m.report.pagesVisited });
        progressEvent(`Analysed ${company.name}`);
        break;
      case 'company.failed':
        analysis.setCompany(job.id, m.index, { status: 'FAILED', error: m.error, pagesVisited: m.pagesVisited });
        append({ ...base, type: 'AnalysisItemFailed', company: company.name, error: m.error });
        progressEvent(`Could not analyse ${company.name}`);
        break;
      default:
        return [];
    }
    if (m.type === 'company.completed' || m.type === 'company.failed') {
      events.push(...this.#scheduleOrComplete(job.id, m.at));
    }
    return events;
  }

  /**
   * Queues more companies of an analysis, up to its concurrency, or completes it when nothing
   * is left. Runs inside the caller's transaction; the sends happen after it.
   */
  #scheduleOrComplete(jobId: string, at: string): JobEventPayload[] {
    const job = this.#store.getJob(jobId)!;
    const input = job.input as AnalysisJobInput;
    const analysis = this.#store.analysis;
    const counts = analysis.counts(jobId);
    if (counts.pending === 0 && counts.running === 0) {
      return this.#finishEvents(jobId, 'COMPLETED', null, {
        jobId,
        at,
        type: 'AnalysisCompleted',
        total: counts.total,
        succeeded: counts.succeeded,
        failed: counts.failed,
        durationMs: Math.max(0, Date.parse(at) - (job.startedAt ?? job.createdAt).getTime()),
      });
    }
    const free = input.options.concurrency - counts.running;
    if (free <= 0) return [];
    const works: CompanyWork[] = [];
    for (const company of analysis.pendingCompanies(jobId, free)) {
      analysis.setCompany(jobId, company.index, { status: 'RUNNING' });
      works.push({
        type: 'company',
        jobId,
        index: company.index,
        company: { ...company.input, website: company.input.website! },
        limits: { maxPages: input.options.maxPagesPerSite, maxDepth: input.options.maxDepth, delayMs: input.options.delayMs },
      });
    }
    this.#pendingDispatch.push(...works);
    return [];
  }

  /**
   * Sends queued company work, retrying while the bus is unavailable (up to 5 minutes). Work the
   * bus refuses for good (too large, bad subject), or could not send in that time, fails its
   * company at once, so the job goes on and finishes.
   */
  async #dispatch(): Promise<void> {
    const works = this.#pendingDispatch.splice(0);
    await Promise.all(
      works.map(async (work) => {
        const deadline = Date.now() + 5 * 60_000;
        for (let attempt = 0; ; attempt++) {
          try {
            await this.#bus.send(subjects.companyWork, work, `${work.jobId}:${work.index}:${this.#dispatchEpoch}`);
            return;
          } catch (error) {
            const permanent = isPermanentBusError(error);
            if (permanent || Date.now() > deadline) {
              this.#warn(`Could not queue company ${work.index} of job ${work.jobId}`, error);
              const reason = permanent ? (error as Error).message : 'the message bus stayed unavailable for 5 minutes';
              this.applyActorMessage({
                id: `queue-failed:${work.jobId}:${work.index}:${this.#dispatchEpoch}`,
                type: 'company.failed',
                jobId: work.jobId,
                index: work.index,
                at: new Date().toISOString(),
                error: `Could not queue the work: ${reason}`,
                pagesVisited: 0,
              });
              return;
            }
            await new Promise((r) => setTimeout(r, Math.min(5000, 200 * 2 ** attempt)));
          }
        }
      }),
    );
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
    this.#telemetry.onEvent(event);
    try {
      this.#bus.publish(subjects.jobEvents(event.jobId), event);
    } catch (error) {
      // Live subscribers fill gaps from the store, so a lost publish delays, never loses, events.
      this.#warn(`Could not publish event ${event.jobId}#${event.seq}`, error);
    }
  }
}
