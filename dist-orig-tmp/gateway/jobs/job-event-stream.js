import { isTerminalEvent, parseJobEvent } from '../../schema/job-events.js';
import { subjects } from '../../schema/subjects.js';
import { TERMINAL_STATUSES } from '../store/job-store.js';
import { activeSubscriptions, eventDeliveryDelay } from '../../observability/metrics.js';
/** The open event streams of one gateway. */
export class JobEventStreams {
    #open = new Set();
    add(stream) {
        this.#open.add(stream);
    }
    delete(stream) {
        this.#open.delete(stream);
    }
    /** Streams open now (one per graphql-ws subscription). */
    get size() {
        return this.#open.size;
    }
    /** Most live events any one open stream holds in memory (at most its `maxBufferedEvents`). */
    get mostBufferedEvents() {
        let most = 0;
        for (const stream of this.#open)
            most = Math.max(most, stream.bufferedCount);
        return most;
    }
}
const DONE = { done: true, value: undefined };
/** Live messages are shared by every subscriber of a job (bus-pubsub.ts): validate each once. */
const parsedLiveEvents = new WeakMap();
/** Events that arrived live (not replayed from the store): their delivery delay is measured. */
const liveEvents = new WeakSet();
/** Recent events kept by job and seq (about 3 MB at most). */
const RECENT_EVENTS_KEPT = 10_000;
const recentEvents = new Map();
/**
 * The one object of this process for the event `jobId#seq`, whether a subscriber got it live or
 * read it from the store: subscribers holding the same object share its GraphQL result and JSON
 * (`graphql/shared-execution.ts`), so 100 clients resuming from one `afterSeq` cost one
 * execution per event, as live events do.
 */
function canonicalEvent(event) {
    const key = `${event.jobId}#${event.seq}`;
    const known = recentEvents.get(key);
    if (known)
        return known;
    recentEvents.set(key, event);
    if (recentEvents.size > RECENT_EVENTS_KEPT)
        recentEvents.delete(recentEvents.keys().next().value);
    return event;
}
function parseLiveEvent(data) {
    if (typeof data !== 'object' || data === null)
        return parseJobEvent(data);
    let event = parsedLiveEvents.get(data);
    if (!event) {
        event = canonicalEvent(parseJobEvent(data));
        parsedLiveEvents.set(data, event);
        liveEvents.add(event);
    }
    return event;
}
export class JobEventStream {
    #store;
    #jobId;
    #maxBuffered;
    #pageSize;
    #live;
    #timer;
    #registry;
    /** A live event arrived since the last poll tick: that tick needs no store read. */
    #liveSinceTick = false;
    #buffer = [];
    /** Events this subscriber read from the store (no delivery delay is measured for them). */
    #fromStore = new WeakSet();
    #lastSeq;
    /** Highest seq taken from the live stream: a second copy of an event (local delivery, then the bus) is skipped. */
    #highestLiveSeq = 0;
    #needsStoreRead = true;
    #done = false;
    #wake = null;
    constructor(options) {
        this.#store = options.store;
        this.#jobId = options.jobId;
        this.#lastSeq = Math.max(0, options.afterSeq ?? 0);
        this.#maxBuffered = options.maxBufferedEvents ?? 1000;
        this.#pageSize = options.replayPageSize ?? 500;
        this.#live = options.pubSub.subscribe(subjects.jobEvents(options.jobId))[Symbol.asyncIterator]();
        this.#timer = setInterval(() => {
            if (this.#liveSinceTick) {
                this.#liveSinceTick = false;
                return;
            }
            this.#needsStoreRead = true;
            this.#notify();
        }, options.pollIntervalMs ?? 2000);
        this.#timer.unref();
        activeSubscriptions.inc();
        this.#registry = options.registry;
        this.#registry?.add(this);
        void this.#pump();
    }
    [Symbol.asyncIterator]() {
        return this;
    }
    /** Events held in memory for this subscriber (for tests and metrics). */
    get bufferedCount() {
        return this.#buffer.length;
    }
    async next() {
        for (;;) {
            if (this.#done)
                return DONE;
            const event = this.#buffer.shift();
            if (event) {
                if (event.seq <= this.#lastSeq)
                    continue;
                if (event.seq > this.#lastSeq + 1) {
                    this.#buffer = [];
                    this.#needsStoreRead = true;
                    continue;
                }
                this.#lastSeq = event.seq;
                if (liveEvents.has(event) && !this.#fromStore.has(event))
                    eventDeliveryDelay.observe(Math.max(0, Date.now() - Date.parse(event.at)) / 1000);
                if (isTerminalEvent(event))
                    await this.#close();
                return { done: false, value: event };
            }
            if (this.#needsStoreRead) {
                this.#needsStoreRead = false;
                let page;
                let ended = false;
                try {
                    page = await this.#store.eventsAfter(this.#jobId, this.#lastSeq, this.#pageSize);
                    ended = !page.length && (await this.#jobHasEnded());
                }
                catch {
                    // The store is unreachable (e.g. the database restarting): the next poll tries again.
                    await new Promise((resolve) => (this.#wake = resolve));
                    continue;
                }
                if (page.length === this.#pageSize)
                    this.#needsStoreRead = true;
                if (ended) {
                    await this.#close(); // resumed after the terminal event: nothing more will come
                    continue;
                }
                const events = page.map(canonicalEvent);
                for (const event of events)
                    this.#fromStore.add(event);
                // Live events that arrived during the read go after the page (duplicates are skipped by seq).
                this.#buffer = [...events, ...this.#buffer];
                continue;
            }
            await new Promise((resolve) => (this.#wake = resolve));
        }
    }
    async return() {
        await this.#close();
        return DONE;
    }
    /** True when the job's terminal event is stored (and so already delivered or skipped). */
    async #jobHasEnded() {
        const job = await this.#store.getJob(this.#jobId);
        return job !== null && TERMINAL_STATUSES.has(job.status) && (await this.#store.lastSeq(this.#jobId)) <= this.#lastSeq;
    }
    async #pump() {
        try {
            for (;;) {
                const r = await this.#live.next();
                if (r.done || this.#done)
                    return;
                this.#liveSinceTick = true;
                let event;
                try {
                    event = parseLiveEvent(r.value);
                }
                catch {
                    this.#needsStoreRead = true; // unreadable announcement: trust the store
                    this.#notify();
                    continue;
                }
                if (event.seq <= Math.max(this.#lastSeq, this.#highestLiveSeq))
                    continue;
                this.#highestLiveSeq = event.seq;
                if (this.#buffer.length >= this.#maxBuffered) {
                    this.#buffer = [];
                    this.#needsStoreRead = true;
                }
                else {
                    this.#buffer.push(event);
                }
                this.#notify();
            }
        }
        catch {
            // The bus subscription failed: keep serving from the store through polling.
        }
    }
    #notify() {
        const wake = this.#wake;
        this.#wake = null;
        wake?.();
    }
    async #close() {
        if (this.#done)
            return;
        this.#done = true;
        activeSubscriptions.dec();
        this.#registry?.delete(this);
        clearInterval(this.#timer);
        this.#buffer = [];
        this.#notify();
        await this.#live.return?.();
    }
}
//# sourceMappingURL=job-event-stream.js.map