/**
 * The event stream behind `scrapingEvents` / `analysisEvents`: replays stored events after
 * `afterSeq`, then live ones, in `seq` order with no gap and no duplicate, and ends after the
 * job's terminal event.
 *
 * Live events arrive through the bus; the store is the source of truth. A gap (a live event
 * lost, or dropped because the subscriber was slow) is filled from the store, which is also
 * polled every `pollIntervalMs` in which no live event came, in case the last one was lost
 * (while events flow, a lost one shows as a gap, so a busy job costs no store read per
 * subscriber and poll: the gateway's event loop stays free of store work). A subscriber keeps at
 * most `maxBufferedEvents` live events in memory: beyond that they are dropped and re-read
 * from the store when the subscriber catches up, so a slow client costs bounded memory.
 */
import type { PubSub } from 'type-graphql';
import { isTerminalEvent, parseJobEvent, type JobEventPayload } from '../../schema/job-events.js';
import { subjects } from '../../schema/subjects.js';
import { TERMINAL_STATUSES, type JobStore } from '../store/job-store.js';
import { activeSubscriptions, eventDeliveryDelay } from '../../observability/metrics.js';
import { isListenable } from '../graphql/bus-pubsub.js';

export interface JobEventStreamOptions {
  readonly store: JobStore;
  readonly pubSub: PubSub;
  readonly jobId: string;
  /** Replay events with a greater seq. @default 0 */
  readonly afterSeq?: number;
  /** How often the store is checked for events no live message announced. @default 2000 */
  readonly pollIntervalMs?: number;
  /** Most live events held for one subscriber before falling back to the store. @default 1000 */
  readonly maxBufferedEvents?: number;
  /** Events read from the store at a time. @default 500 */
  readonly replayPageSize?: number;
  /** Where the gateway counts its open streams (tests and operators). */
  readonly registry?: JobEventStreams;
}

/** The open event streams of one gateway. */
export class JobEventStreams {
  readonly #open = new Set<JobEventStream>();
  add(stream: JobEventStream): void {
    this.#open.add(stream);
  }
  delete(stream: JobEventStream): void {
    this.#open.delete(stream);
  }
  /** Streams open now (one per graphql-ws subscription). */
  get size(): number {
    return this.#open.size;
  }
  /** Most live events any one open stream holds in memory (at most its `maxBufferedEvents`). */
  get mostBufferedEvents(): number {
    let most = 0;
    for (const stream of this.#open) most = Math.max(most, stream.bufferedCount);
    return most;
  }
}

const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

/** Live messages are shared by every subscriber of a job (bus-pubsub.ts): validate each once. */
const parsedLiveEvents = new WeakMap<object, JobEventPayload>();
/** Events that arrived live (not replayed from the store), by their `at` in ms: their delivery delay is measured. */
const liveEventsAtMs = new WeakMap<JobEventPayload, number>();

/** Recent events kept by job and seq (about 3 MB at most). */
const RECENT_EVENTS_KEPT = 10_000;
const recentEvents = new Map<string, JobEventPayload>();

/**
 * The one object of this process for the event `jobId#seq`, whether a subscriber got it live or
 * read it from the store: subscribers holding the same object share its GraphQL result and JSON
 * (`graphql/shared-execution.ts`), so 100 clients resuming from one `afterSeq` cost one
 * execution per event, as live events do.
 */
function canonicalEvent(event: JobEventPayload): JobEventPayload {
  const key = `${event.jobId}#${event.seq}`;
  const known = recentEvents.get(key);
  if (known) return known;
  recentEvents.set(key, event);
  if (recentEvents.size > RECENT_EVENTS_KEPT) recentEvents.delete(recentEvents.keys().next().value!);
  return event;
}

function parseLiveEvent(data: unknown): JobEventPayload {
  if (typeof data !== 'object' || data === null) return parseJobEvent(data);
  let event = parsedLiveEvents.get(data);
  if (!event) {
    event = canonicalEvent(parseJobEvent(data));
    parsedLiveEvents.set(data, event);
    liveEventsAtMs.set(event, Date.parse(event.at)); // parsed once, not per subscriber
  }
  return event;
}

export class JobEventStream implements AsyncIterableIterator<JobEventPayload> {
  readonly #store: JobStore;
  readonly #jobId: string;
  readonly #maxBuffered: number;
  readonly #pageSize: number;
  /** Stops the live messages. */
  readonly #stopLive: () => Promise<unknown>;
  readonly #timer: NodeJS.Timeout;
  readonly #registry: JobEventStreams | undefined;
  /** A live event arrived since the last poll tick: that tick needs no store read. */
  #liveSinceTick = false;
  #buffer: JobEventPayload[] = [];
  /** Events this subscriber read from the store (no delivery delay is measured for them). */
  readonly #fromStore = new WeakSet<JobEventPayload>();
  #lastSeq: number;
  /** Highest seq taken from the live stream: a second copy of an event (local delivery, then the bus) is skipped. */
  #highestLiveSeq = 0;
  #needsStoreRead = true;
  #done = false;
  #wake: (() => void) | null = null;

  constructor(options: JobEventStreamOptions) {
    this.#store = options.store;
    this.#jobId = options.jobId;
    this.#lastSeq = Math.max(0, options.afterSeq ?? 0);
    this.#maxBuffered = options.maxBufferedEvents ?? 1000;
    this.#pageSize = options.replayPageSize ?? 500;
    const subject = subjects.jobEvents(options.jobId);
    if (isListenable(options.pubSub)) {
      // Each live message is taken in the step that delivers it: no promise per subscriber and event.
      const stop = options.pubSub.listen(subject, (data) => this.#onLive(data));
      this.#stopLive = async () => stop();
    } else {
      const live = options.pubSub.subscribe(subject)[Symbol.asyncIterator]();
      this.#stopLive = async () => live.return?.();
      void this.#pump(live);
    }
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
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  /** Events held in memory for this subscriber (for tests and metrics). */
  get bufferedCount(): number {
    return this.#buffer.length;
  }

  /**
   * The events `next()` would return one after the other right now without waiting (the next
   * ones in order already held in memory), at most `max`; none when it would have to wait or
   * read the store. After the terminal event the stream is closed, as `next()` does.
   */
  takeReady(max: number): JobEventPayload[] {
    const ready: JobEventPayload[] = [];
    while (ready.length < max && !this.#done) {
      const event = this.#buffer[0];
      if (!event || event.seq > this.#lastSeq + 1) break; // a gap is next()'s to fill
      this.#buffer.shift();
      if (event.seq <= this.#lastSeq) continue;
      this.#accept(event);
      ready.push(event);
      if (isTerminalEvent(event)) void this.#close();
    }
    return ready;
  }

  async next(): Promise<IteratorResult<JobEventPayload, undefined>> {
    for (;;) {
      if (this.#done) return DONE;
      const event = this.#buffer.shift();
      if (event) {
        if (event.seq <= this.#lastSeq) continue;
        if (event.seq > this.#lastSeq + 1) {
          this.#buffer = [];
          this.#needsStoreRead = true;
          continue;
        }
        this.#accept(event);
        if (isTerminalEvent(event)) await this.#close();
        return { done: false, value: event };
      }
      if (this.#needsStoreRead) {
        this.#needsStoreRead = false;
        let page: JobEventPayload[];
        let ended = false;
        try {
          page = await this.#store.eventsAfter(this.#jobId, this.#lastSeq, this.#pageSize);
          ended = !page.length && (await this.#jobHasEnded());
        } catch {
          // The store is unreachable (e.g. the database restarting): the next poll tries again.
          await new Promise<void>((resolve) => (this.#wake = resolve));
          continue;
        }
        if (page.length === this.#pageSize) this.#needsStoreRead = true;
        if (ended) {
          await this.#close(); // resumed after the terminal event: nothing more will come
          continue;
        }
        const events = page.map(canonicalEvent);
        for (const event of events) this.#fromStore.add(event);
        // Live events that arrived during the read go after the page (duplicates are skipped by seq).
        this.#buffer = [...events, ...this.#buffer];
        continue;
      }
      await new Promise<void>((resolve) => (this.#wake = resolve));
    }
  }

  /** `event` is the next one in order and goes to the subscriber now. */
  #accept(event: JobEventPayload): void {
    this.#lastSeq = event.seq;
    const atMs = liveEventsAtMs.get(event);
    if (atMs !== undefined && !this.#fromStore.has(event)) eventDeliveryDelay.observe(Math.max(0, Date.now() - atMs) / 1000);
  }

  async return(): Promise<IteratorReturnResult<undefined>> {
    await this.#close();
    return DONE;
  }

  /** True when the job's terminal event is stored (and so already delivered or skipped). */
  async #jobHasEnded(): Promise<boolean> {
    const job = await this.#store.getJob(this.#jobId);
    return job !== null && TERMINAL_STATUSES.has(job.status) && (await this.#store.lastSeq(this.#jobId)) <= this.#lastSeq;
  }

  /** Reads a PubSub that can only be iterated. */
  async #pump(live: AsyncIterator<unknown>): Promise<void> {
    try {
      for (;;) {
        const r = await live.next();
        if (r.done || this.#done) return;
        this.#onLive(r.value);
      }
    } catch {
      // The bus subscription failed: keep serving from the store through polling.
    }
  }

  /** One live message: buffered if it is the next event, else left to the store. */
  #onLive(data: unknown): void {
    if (this.#done) return;
    this.#liveSinceTick = true;
    let event: JobEventPayload;
    try {
      event = parseLiveEvent(data);
    } catch {
      this.#needsStoreRead = true; // unreadable announcement: trust the store
      this.#notify();
      return;
    }
    if (event.seq <= Math.max(this.#lastSeq, this.#highestLiveSeq)) return;
    this.#highestLiveSeq = event.seq;
    if (this.#buffer.length >= this.#maxBuffered) {
      this.#buffer = [];
      this.#needsStoreRead = true;
    } else {
      this.#buffer.push(event);
    }
    this.#notify();
  }

  #notify(): void {
    const wake = this.#wake;
    this.#wake = null;
    wake?.();
  }

  async #close(): Promise<void> {
    if (this.#done) return;
    this.#done = true;
    activeSubscriptions.dec();
    this.#registry?.delete(this);
    clearInterval(this.#timer);
    this.#buffer = [];
    this.#notify();
    await this.#stopLive();
  }
}
