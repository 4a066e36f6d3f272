/**
 * Gateway job logic, apart from transports: creating jobs, queueing their work, turning
 * actor output into sequenced public events, cancelling. The decisions are the job kind's
 * reducer's (`reducers/`); this service loads the state a reducer needs and applies what it
 * returns in one store transaction: state changes, events, and the work to send, written to
 * the outbox so that no work decided by a committed transaction can be lost. After the
 * commit, events are published on `pl.job.<jobId>.events` and the dispatcher sends the work.
 */
import { randomUUID } from 'node:crypto';
import { subjects } from '../../schema/subjects.js';
import { companyFieldsOverLimit, START_URL_MAX_CHARS } from '../../schema/field-limits.js';
import { defaultLogger, warnTo } from '../../observability/logger.js';
import { ADMIT_ALL } from './job-admission-policy.js';
import { JobTelemetry } from './job-telemetry.js';
import { TERMINAL_STATUSES } from '../store/job-store.js';
import { JOB_KINDS, loadAnalysisState } from './job-kinds.js';
import { OutboxDispatcher } from './outbox-dispatcher.js';
import { startAnalysis } from './reducers/analysis-reducer.js';
import { startScraping } from './reducers/scraping-reducer.js';
/** The job does not exist (or is not visible to the caller). */
export class JobNotFoundError extends Error {
    jobId;
    name = 'JobNotFoundError';
    constructor(jobId) {
        super(`No job with id ${JSON.stringify(jobId)}`);
        this.jobId = jobId;
    }
}
/** The job's input breaks a field limit (see schema/field-limits.ts): the caller must change it; not retryable. */
export class InvalidJobInputError extends Error {
    field;
    name = 'InvalidJobInputError';
    constructor(message, field) {
        super(message);
        this.field = field;
    }
}
const NONE = { events: [], queued: 0 };
export class JobService {
    #store;
    #bus;
    #warn;
    #dispatcher;
    #afterOutboxCommit;
    #telemetry;
    #admission;
    constructor(options) {
        this.#admission = options.admission ?? ADMIT_ALL;
        this.#store = options.store;
        this.#bus = options.bus;
        const logger = options.logger ?? defaultLogger();
        this.#warn = options.warn ?? warnTo(logger);
        this.#telemetry = new JobTelemetry(options.store, logger);
        this.#afterOutboxCommit = options.afterOutboxCommit;
        this.#dispatcher = new OutboxDispatcher({
            ...options.outbox,
            store: this.#store,
            bus: this.#bus,
            warn: this.#warn,
            onUndeliverable: (work, error) => this.#undeliverable(work, error),
        });
    }
    get store() {
        return this.#store;
    }
    /** Sends the work left in the outbox (by this process or another one) and keeps sending. */
    startDispatching() {
        this.#dispatcher.start();
    }
    /** Stops sending work; unsent work stays in the outbox for the next start. */
    async stop() {
        await this.#dispatcher.stop();
    }
    /** Creates a scraping job and queues its work. `url` must already be a parsed start URL, `label` a validated one. */
    async startScraping(url, limits, owner, label = null) {
        this.#admission.checkScraping(limits);
        if (url.length > START_URL_MAX_CHARS)
            throw new InvalidJobInputError(`url is longer than ${START_URL_MAX_CHARS} characters`, 'url');
        const id = randomUUID();
        const work = { type: 'scrape', jobId: id, url, limits };
        return this.#commit(async (tx) => {
            await this.#admission.admit(tx, owner);
            const job = await tx.createJob({ id, kind: 'SCRAPING', input: work, owner, siteUrl: url, label });
            return { ...(await this.#applyReduction(tx, job, startScraping(work))), job: (await tx.getJob(id)) };
        }).then((applied) => applied.job);
    }
    /**
     * Creates an analysis job over `companies` (already deduplicated) and queues the first of
     * them. Companies without a website are reported at once.
     */
    async startAnalysis(companies, options, owner, duplicates, label = null) {
        this.#admission.checkAnalysis(options);
        companies.forEach((company, index) => {
            const [over] = companyFieldsOverLimit(company);
            if (over) {
                throw new InvalidJobInputError(`companies[${index}].${over.field} is longer than ${over.maxChars} characters (${over.length})`, `companies[${index}].${over.field}`);
            }
        });
        const id = randomUUID();
        const input = { options, duplicates, total: companies.length };
        return this.#commit(async (tx) => {
            await this.#admission.admit(tx, owner);
            const job = await tx.createJob({ id, kind: 'ANALYSIS', input, owner, label });
            await tx.analysis.addCompanies(id, companies);
            const state = await loadAnalysisState(tx, job, { for: 'job' });
            const applied = await this.#applyReduction(tx, job, startAnalysis(state, await tx.analysis.companies(id), new Date().toISOString()));
            return { ...applied, job: (await tx.getJob(id)) };
        }).then((applied) => applied.job);
    }
    /**
     * Queues the work of unfinished jobs afresh, for a bus that does not keep messages across
     * restarts (embedded mode): unsent work is discarded, running companies are queued again
     * under new message ids. With NATS the work is still in JetStream and the outbox sends
     * whatever was not sent: nothing to requeue.
     */
    async requeueUnfinished() {
        let count = 0;
        for (const job of await this.#store.unfinishedJobs()) {
            await this.#transition(job.id, { for: 'job' }, (kind, state) => kind.reducer.onRequeue(state, new Date().toISOString()));
            count++;
        }
        return count;
    }
    /**
     * Stops a job: marks it cancelled, emits its terminal cancelled event and tells every actor
     * service to stop its work. Finished jobs are returned unchanged.
     */
    async cancel(jobId) {
        const job = await this.#store.getJob(jobId);
        if (!job)
            throw new JobNotFoundError(jobId);
        if (TERMINAL_STATUSES.has(job.status))
            return job;
        await this.#transition(jobId, { for: 'job' }, (kind, state) => kind.reducer.onCancel(state, new Date().toISOString()));
        this.#broadcastCancel(jobId);
        return (await this.#store.getJob(jobId));
    }
    /**
     * Work that ran out of deliveries (it crashed or stalled every actor that took it): the
     * company, or the scrape, is reported failed so the job can finish.
     */
    applyDeadWork(work, deliveries) {
        const at = new Date().toISOString();
        const error = `Gave up after ${deliveries} attempts: the work stopped every actor service that took it`;
        const base = { id: `dead-letter:${work.jobId}:${work.type === 'company' ? work.index : 'site'}`, jobId: work.jobId, at };
        const message = work.type === 'company'
            ? { ...base, type: 'company.failed', index: work.index, error, pagesVisited: 0 }
            : { ...base, type: 'scrape.failed', error, visited: 0, emails: 0 };
        return this.applyActorMessage(message);
    }
    /**
     * Ends jobs running for longer than `timeoutMs`: remaining companies are reported failed
     * (then the analysis completes), a scrape fails; actors are told to stop.
     */
    async expireJobs(timeoutMs, now = Date.now()) {
        const expired = [];
        for (const job of await this.#store.unfinishedJobs()) {
            if (now - job.createdAt.getTime() < timeoutMs)
                continue;
            const error = `Timed out after ${Math.round(timeoutMs / 1000)} s`;
            const events = await this.#transition(job.id, { for: 'job' }, (kind, state) => kind.reducer.onExpire(state, new Date(now).toISOString(), error));
            if (!events.length)
                continue; // another gateway ended it meanwhile
            this.#broadcastCancel(job.id);
            expired.push(job.id);
        }
        return expired;
    }
    /**
     * Applies one message from an actor: updates the job, stores the public events it causes and
     * the work it decides, in one transaction; then publishes the events and sends the work.
     * Redelivered messages and messages for finished jobs change nothing. Acknowledge the
     * message only after this resolves: its effects are committed then.
     */
    applyActorMessage(message) {
        return this.applyActorMessages([message]);
    }
    /**
     * Applies a batch of actor messages, in order, in ONE transaction (as
     * {@link applyActorMessage} does for one), then publishes the events in order. The messages
     * at the positions in `superseded` are only recorded as processed: their effects are left to
     * a later message of the batch (see `coalesce-progress.ts`). When this rejects nothing of the
     * batch is applied.
     * @returns the events, in the order they were numbered
     */
    async applyActorMessages(batch, superseded = new Set()) {
        const effective = [];
        const applied = await this.#commit(async (tx) => {
            const events = [];
            let queued = 0;
            effective.length = 0; // a backend that retries the transaction starts it afresh
            // A redelivery of a message another transaction is applying waits for it here, then is seen as one.
            const fresh = batch.length === 1 ? null : await tx.markMessagesProcessed(batch.map((m) => m.id));
            for (const [position, message] of batch.entries()) {
                // delete: a second copy of one message in the batch is a redelivery too.
                if (fresh && (!fresh.delete(message.id) || superseded.has(position)))
                    continue;
                // One message alone takes the job's lock first, as every transition of the job does.
                const job = await tx.lockJob(message.jobId);
                if (!fresh && !(await tx.markMessageProcessed(message.id)))
                    continue;
                const one = await this.#decideLocked(tx, job, { for: 'message', message }, (kind, state) => kind.reducer.onMessage(state, message, message.at));
                if (one.events.length)
                    effective.push(message);
                events.push(...one.events);
                queued += one.queued;
            }
            return { events, queued };
        });
        for (const message of effective)
            this.#telemetry.onActorMessage(message);
        return applied.events;
    }
    /** Work that can never be sent: its company, or its scrape, fails with the reason. */
    async #undeliverable(work, error) {
        await this.#transition(work.jobId, { for: 'undeliverable', work }, (kind, state) => kind.reducer.onUndeliverable(state, work, error, new Date().toISOString()));
    }
    async #transition(jobId, need, reduce) {
        const applied = await this.#commit(async (tx) => this.#decideLocked(tx, await tx.lockJob(jobId), need, reduce));
        return applied.events;
    }
    /** Inside a transaction holding the job's lock: loads its state, reduces, applies. Finished jobs change no more. */
    async #decideLocked(tx, job, need, reduce) {
        if (!job || TERMINAL_STATUSES.has(job.status))
            return NONE;
        const kind = JOB_KINDS[job.kind];
        return this.#applyReduction(tx, job, reduce(kind, await kind.load(tx, job, need)));
    }
    /** Runs `decide` in one transaction; after the commit, publishes its events and sends its work. */
    async #commit(decide) {
        const applied = await this.#store.transaction(decide);
        if (applied.queued > 0) {
            this.#afterOutboxCommit?.();
            this.#dispatcher.notify();
        }
        for (const event of applied.events)
            this.#publish(event);
        return applied;
    }
    /** Inside the caller's transaction: applies a reducer's decisions to the store. */
    async #applyReduction(tx, job, reduction) {
        for (const change of reduction.changes) {
            switch (change.type) {
                case 'job':
                    await tx.updateJob(job.id, change.patch);
                    break;
                case 'company':
                    await tx.analysis.setCompany(job.id, change.index, change.patch);
                    break;
                case 'companyStarted':
                    await tx.analysis.markStarted(job.id, change.index);
                    break;
                case 'unfinishedCompanies':
                    await tx.analysis.finishRemaining(job.id, change.status, change.error);
                    break;
                case 'scrapeEmail':
                    await tx.addScrapeEmail(job.id, change.email);
                    break;
                case 'discardUnsentWork':
                    await tx.outbox.discardPending(job.id);
                    break;
            }
        }
        await tx.outbox.add(reduction.outbox);
        const events = [];
        for (const event of reduction.events) {
            const stored = await tx.appendEvent(event);
            if (stored)
                events.push(stored);
        }
        return { events, queued: reduction.outbox.length };
    }
    #broadcastCancel(jobId) {
        try {
            this.#bus.publish(subjects.cancel(jobId), { jobId });
        }
        catch (error) {
            // Actors also ask for the job's state before working on it: a lost broadcast only delays the stop.
            this.#warn(`Could not announce the cancellation of job ${jobId}`, error);
        }
    }
    #publish(event) {
        this.#telemetry.onEvent(event);
        try {
            this.#bus.publish(subjects.jobEvents(event.jobId), event);
        }
        catch (error) {
            // Live subscribers fill gaps from the store, so a lost publish delays, never loses, events.
            this.#warn(`Could not publish event ${event.jobId}#${event.seq}`, error);
        }
    }
}
//# sourceMappingURL=job-service.js.map