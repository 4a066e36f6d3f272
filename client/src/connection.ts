/**
 * The one WebSocket of the web client: a graphql-ws client that subscribes to the events of
 * every job the user watches and re-dispatches each event as a DOM Custom Event on `document`
 * (`analysis:progress`, `scraping:email_found`, … see job-event-names.ts), plus
 * `websocket:connected` / `websocket:disconnected`. Views only listen to those events.
 *
 * Resuming: the connection remembers the last `seq` of each watched job. When the socket drops,
 * every subscription is dropped with it; when the socket is back, each unfinished job is
 * subscribed again with `afterSeq` = its last seq, so the server replays exactly what was
 * missed. Events with a seq already seen are dropped, so nothing is shown twice.
 */
import { createClient, type Client } from 'graphql-ws';
import {
  CONNECTED_EVENT,
  DISCONNECTED_EVENT,
  jobEventName,
  SUBSCRIPTION_ERROR_EVENT,
  TERMINAL_EVENT_TYPES,
  type DisconnectedDetail,
  type JobEventDetail,
  type SubscriptionErrorDetail,
} from './job-event-names.js';
import { ANALYSIS_EVENTS_SUBSCRIPTION, SCRAPING_EVENTS_SUBSCRIPTION } from '../../schema/web-client-operations.js';
import type { JobKind } from './types.js';

/** Options of {@link LiveConnection}. */
export interface LiveConnectionOptions {
  /** WebSocket URL of the GraphQL endpoint, e.g. `ws://localhost:4000/graphql`. */
  readonly url: string;
  /** Where the Custom Events are dispatched. @default document */
  readonly target?: EventTarget;
  /** `connectionParams` of each new connection (read again at every reconnection). @default () => ({}) */
  readonly connectionParams?: () => Record<string, unknown>;
  /** Interval between keep-alive pings. @default 10000 */
  readonly keepAliveMs?: number;
  /** How long a ping may wait for its pong before the socket is considered dead. @default 5000 */
  readonly pongTimeoutMs?: number;
  /** First wait before reconnecting; doubles at each failed attempt. @default 250 */
  readonly minRetryDelayMs?: number;
  /** Longest wait between two reconnection attempts. @default 5000 */
  readonly maxRetryDelayMs?: number;
}

/** Where the WebSocket is. */
export type ConnectionState = 'connecting' | 'connected' | 'disconnected';

interface WatchedJob {
  readonly jobId: string;
  readonly kind: JobKind;
  lastSeq: number;
  /** Every event dispatched for this job, in seq order (views opened later start from these). */
  readonly events: JobEventDetail[];
  /** True once the terminal event was received: the job is not subscribed again. */
  finished: boolean;
  /** Ends the current subscription; null when there is none. */
  unsubscribe: (() => void) | null;
  /** Incremented at each (re)subscription; callbacks of older subscriptions are ignored. */
  generation: number;
}

const FIELD: Record<JobKind, 'analysisEvents' | 'scrapingEvents'> = { ANALYSIS: 'analysisEvents', SCRAPING: 'scrapingEvents' };
const QUERY: Record<JobKind, string> = { ANALYSIS: ANALYSIS_EVENTS_SUBSCRIPTION, SCRAPING: SCRAPING_EVENTS_SUBSCRIPTION };

function checkPositive(name: string, value: number): number {
  if (!Number.isFinite(value) || value <= 0) throw new RangeError(`LiveConnection: ${name} must be a positive number of ms, got ${value}`);
  return value;
}

function closeReason(event: unknown): string {
  const close = event as { code?: unknown; reason?: unknown } | null;
  if (close && typeof close.code === 'number') {
    const reason = typeof close.reason === 'string' ? close.reason : '';
    return reason ? `closed (${close.code}: ${reason})` : `closed (${close.code})`;
  }
  return event instanceof Error ? event.message : 'connection lost';
}

/** The client's live link to the gateway; see the module comment. */
export class LiveConnection {
  readonly #options: Required<LiveConnectionOptions>;
  readonly #jobs = new Map<string, WatchedJob>();
  #client: Client;
  #state: ConnectionState = 'connecting';
  #socket: WebSocket | null = null;
  #pongTimer: number | undefined;
  #recreateTimer: number | undefined;
  #disposed = false;

  constructor(options: LiveConnectionOptions) {
    this.#options = {
      target: document,
      connectionParams: () => ({}),
      keepAliveMs: 10_000,
      pongTimeoutMs: 5_000,
      minRetryDelayMs: 250,
      maxRetryDelayMs: 5_000,
      ...options,
    };
    for (const name of ['keepAliveMs', 'pongTimeoutMs', 'minRetryDelayMs', 'maxRetryDelayMs'] as const) {
      checkPositive(name, this.#options[name]);
    }
    if (!/^wss?:\/\//.test(this.#options.url)) throw new TypeError(`LiveConnection: url must be ws:// or wss://, got ${this.#options.url}`);
    this.#client = this.#createClient();
  }

  /** Where the WebSocket is now. */
  get state(): ConnectionState {
    return this.#state;
  }

  /**
   * Follows a job: its events (from the first one, then live) are dispatched as Custom Events.
   * Watching a job already watched does nothing; a finished job replays its events once.
   */
  watch(jobId: string, kind: JobKind): void {
    if (this.#disposed) throw new Error('LiveConnection: watch() after dispose()');
    const existing = this.#jobs.get(jobId);
    if (existing) {
      if (existing.kind !== kind) throw new TypeError(`LiveConnection: job ${jobId} is watched as ${existing.kind}, not ${kind}`);
      if (!existing.finished && !existing.unsubscribe && this.#state === 'connected') this.#subscribe(existing);
      return;
    }
    const job: WatchedJob = { jobId, kind, lastSeq: 0, events: [], finished: false, unsubscribe: null, generation: 0 };
    this.#jobs.set(jobId, job);
    if (this.#state === 'connected') this.#subscribe(job);
  }

  /** The events already dispatched for `jobId`, in seq order (empty when not watched). */
  eventsOf(jobId: string): readonly JobEventDetail[] {
    return this.#jobs.get(jobId)?.events ?? [];
  }

  /** The last seq received for `jobId` (0 when none). */
  lastSeq(jobId: string): number {
    return this.#jobs.get(jobId)?.lastSeq ?? 0;
  }

  /** True when the job's terminal event has been received. */
  isFinished(jobId: string): boolean {
    return this.#jobs.get(jobId)?.finished ?? false;
  }

  /**
   * Closes the socket and connects again, e.g. after the API key changed (connectionParams are
   * only sent when a connection opens). Live jobs resume from their last seq.
   */
  reconnect(): void {
    if (this.#disposed) return;
    this.#client.terminate();
  }

  /** Closes the socket for good and forgets every job. */
  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    window.clearTimeout(this.#pongTimer);
    window.clearTimeout(this.#recreateTimer);
    this.#dropSubscriptions();
    this.#jobs.clear();
    void this.#client.dispose();
  }

  #createClient(): Client {
    const { url, keepAliveMs, minRetryDelayMs, maxRetryDelayMs } = this.#options;
    return createClient({
      url,
      // Connect now and stay connected: the indicator must show the state with no job running.
      lazy: false,
      keepAlive: keepAliveMs,
      connectionAckWaitTimeout: 10_000,
      retryAttempts: Infinity,
      shouldRetry: () => true,
      retryWait: async (retries) => {
        const delayMs = Math.min(maxRetryDelayMs, minRetryDelayMs * 2 ** retries);
        await new Promise((resolve) => window.setTimeout(resolve, delayMs / 2 + Math.random() * (delayMs / 2)));
      },
      connectionParams: () => this.#options.connectionParams(),
      onNonLazyError: (error) => this.#onFatalClose(error),
      on: {
        opened: (socket) => {
          this.#socket = socket as WebSocket;
        },
        connected: () => this.#onConnected(),
        closed: (event) => this.#onClosed(closeReason(event)),
        ping: (received) => {
          if (!received) this.#startPongTimer();
        },
        pong: (received) => {
          if (received) window.clearTimeout(this.#pongTimer);
        },
      },
    });
  }

  #startPongTimer(): void {
    window.clearTimeout(this.#pongTimer);
    this.#pongTimer = window.setTimeout(() => {
      // No pong: the link is dead even if the socket does not know yet. 4408 is retried.
      if (this.#socket?.readyState === WebSocket.OPEN) this.#socket.close(4408, 'Pong timeout');
    }, this.#options.pongTimeoutMs);
  }

  #onConnected(): void {
    this.#setState('connected', '');
    for (const job of this.#jobs.values()) {
      if (!job.finished && !job.unsubscribe) this.#subscribe(job);
    }
  }

  #onClosed(reason: string): void {
    window.clearTimeout(this.#pongTimer);
    this.#socket = null;
    this.#dropSubscriptions();
    if (!this.#disposed) this.#setState('disconnected', reason);
  }

  /**
   * The client gave up (a close code graphql-ws treats as final, e.g. 4401 Unauthorized after a
   * wrong API key): make a new client after a pause, so the page still recovers by itself.
   */
  #onFatalClose(error: unknown): void {
    if (this.#disposed) return;
    this.#onClosed(closeReason(error));
    window.clearTimeout(this.#recreateTimer);
    this.#recreateTimer = window.setTimeout(() => {
      if (this.#disposed) return;
      void this.#client.dispose();
      this.#client = this.#createClient();
    }, this.#options.maxRetryDelayMs);
  }

  #setState(state: ConnectionState, reason: string): void {
    if (this.#state === state) return;
    this.#state = state;
    if (state === 'connected') {
      this.#options.target.dispatchEvent(new CustomEvent(CONNECTED_EVENT, { detail: {} }));
    } else if (state === 'disconnected') {
      const detail: DisconnectedDetail = { reason };
      this.#options.target.dispatchEvent(new CustomEvent(DISCONNECTED_EVENT, { detail }));
    }
  }

  /** Ends every subscription (the socket is gone); they are made again on the next connection. */
  #dropSubscriptions(): void {
    for (const job of this.#jobs.values()) {
      if (!job.unsubscribe) continue;
      const unsubscribe = job.unsubscribe;
      job.unsubscribe = null;
      job.generation += 1;
      unsubscribe();
    }
  }

  #subscribe(job: WatchedJob): void {
    job.generation += 1;
    const generation = job.generation;
    const current = (): boolean => job.generation === generation && !this.#disposed;
    const field = FIELD[job.kind];
    job.unsubscribe = this.#client.subscribe<Record<string, Record<string, unknown>>>(
      { query: QUERY[job.kind], variables: { jobId: job.jobId, afterSeq: job.lastSeq } },
      {
        next: (result) => {
          if (!current()) return;
          if (result.errors?.length) {
            this.#reportSubscriptionError(job, result.errors.map((e) => e.message).join('; '));
            return;
          }
          const event = result.data?.[field];
          if (event) this.#receive(job, event);
        },
        error: (error) => {
          if (!current()) return;
          job.unsubscribe = null;
          // Socket-level failures are handled by #onClosed / #onFatalClose; others are GraphQL
          // errors about this job (unknown id, wrong kind…): the server will not change its mind.
          if (Array.isArray(error)) {
            job.finished = true;
            this.#reportSubscriptionError(job, error.map((e: { message?: string }) => e.message ?? JSON.stringify(e)).join('; '));
          }
        },
        complete: () => {
          // The server ends the stream after the terminal event; without one, the job stays
          // unfinished and is subscribed again at the next connection or watch().
          if (current()) job.unsubscribe = null;
        },
      },
    );
  }

  #receive(job: WatchedJob, event: Record<string, unknown>): void {
    const seq = event.seq;
    if (typeof seq !== 'number' || seq <= job.lastSeq) return;
    const name = jobEventName(String(event.__typename));
    job.lastSeq = seq;
    if (!name) return;
    const detail = { ...event, jobId: job.jobId } as JobEventDetail;
    job.events.push(detail);
    if (TERMINAL_EVENT_TYPES.has(detail.__typename)) job.finished = true;
    this.#options.target.dispatchEvent(new CustomEvent(name, { detail }));
  }

  #reportSubscriptionError(job: WatchedJob, message: string): void {
    const detail: SubscriptionErrorDetail = { jobId: job.jobId, kind: job.kind, message };
    this.#options.target.dispatchEvent(new CustomEvent(SUBSCRIPTION_ERROR_EVENT, { detail }));
  }
}

/** The WebSocket URL of `/graphql` on the page's own origin (ws: or wss: to match the page). */
export function graphqlWebSocketUrl(location: Location = window.location): string {
  const protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${protocol}//${location.host}/graphql`;
}
