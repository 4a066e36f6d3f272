/**
 * Checkpoints of the SQLite store's write-ahead log, off the event loop.
 *
 * In WAL mode with `synchronous = NORMAL` a commit only appends to the log, but every 1000
 * pages SQLite's automatic checkpoint copies the log back into the database file inside the
 * commit that crossed the mark, fsyncs included. On the gateway that blocked the event loop
 * (ingest, subscriptions, HTTP) for up to 199 ms in a 500-page scrape. Here a worker thread
 * with its own connection checkpoints every `intervalMs` instead, and only once it runs does
 * the main connection turn its automatic checkpoints off; if the worker fails, they are turned
 * back on, so the log never grows without bound.
 *
 * A writer starts the log over once a checkpoint has copied all of it. The worker's checkpoints
 * never make a commit wait, so under writes that never pause they may never catch up: once the
 * log holds `maxLogFrames`, commits checkpoint again as SQLite does by default (and block for
 * it), until the log has started over.
 *
 * Durability is unchanged for a crash of the process (a commit's log frames are in the OS once
 * it returns); after a power loss, commits since the last checkpoint may be lost, as with any
 * `synchronous = NORMAL` WAL database.
 */
import { Worker } from 'node:worker_threads';
import { positiveIntegerOption } from '../../schema/positive-integer.js';
import type { SqliteDatabase } from './sqlite.js';

/** SQLite's default `wal_autocheckpoint`, put back when the worker cannot do the work. */
export const AUTOCHECKPOINT_PAGES = 1000;

export interface WalCheckpointerOptions {
  /** How often the worker checkpoints. @default 1000 */
  readonly intervalMs?: number;
  /**
   * Log size, in frames (a page each), from which commits checkpoint again until the log has
   * started over: the bound on its growth when writes never pause long enough for the worker's
   * checkpoints to catch up. @default 10000 (about 40 MiB)
   */
  readonly maxLogFrames?: number;
  /** The worker's wait for a lock held by the main connection. @default 5000 */
  readonly busyTimeoutMs?: number;
  /** @default console.warn */
  readonly warn?: (message: string, error?: unknown) => void;
  /** Called after each of the worker's checkpoints that found frames in the log (tests, diagnostics). */
  readonly onCheckpoint?: (result: CheckpointResult) => void;
  /** @internal the worker's script, for tests of a worker that fails. @default ./wal-checkpoint.worker.js */
  readonly workerUrl?: URL;
}

export interface CheckpointResult {
  /** Frames in the log when the checkpoint ran. */
  readonly framesInLog: number;
  /** Of those, frames copied into the database file (fewer when a reader held older ones). */
  readonly framesCheckpointed: number;
  readonly durationMs: number;
}

/** @internal what the worker is started with */
export interface CheckpointWorkerData {
  readonly file: string;
  readonly intervalMs: number;
  readonly busyTimeoutMs: number;
}

/** @internal what the worker posts */
export type CheckpointWorkerMessage =
  | { readonly type: 'ready' }
  | ({ readonly type: 'checkpointed' } & CheckpointResult)
  | { readonly type: 'skipped'; readonly message: string }
  | { readonly type: 'failed'; readonly message: string };

/**
 * Who checkpoints the log: the worker; the worker and the commits (the log reached
 * `maxLogFrames`); or SQLite in the commits alone (before the worker is ready, after it failed,
 * after stop).
 */
export type CheckpointerState = 'starting' | 'worker' | 'worker-and-commits' | 'in-commits' | 'stopped';

const WORKER_URL = new URL('./wal-checkpoint.worker.js', import.meta.url);
const STOP_TIMEOUT_MS = 5000;
/** Checkpoints failing in a row after which the worker is given up (it reports no log size meanwhile). */
export const MAX_FAILED_CHECKPOINTS = 3;

export class WalCheckpointer {
  readonly #db: SqliteDatabase;
  readonly #worker: Worker;
  readonly #warn: (message: string, error?: unknown) => void;
  readonly #onCheckpoint: ((result: CheckpointResult) => void) | undefined;
  readonly #maxLogFrames: number;
  #state: CheckpointerState = 'starting';
  #stopped: Promise<void> | null = null;
  #failedInARow = 0;
  readonly #settled: Promise<void>;
  #settle!: () => void;
  readonly #started: Promise<void>;
  #markStarted!: () => void;

  /**
   * Starts the worker on `file`, the database `db` (the main connection, in WAL mode) has open.
   * @throws RangeError when an option is out of range
   */
  constructor(db: SqliteDatabase, file: string, options: WalCheckpointerOptions = {}) {
    const data: CheckpointWorkerData = {
      file,
      intervalMs: positiveIntegerOption('intervalMs', options.intervalMs, 1000),
      busyTimeoutMs: positiveIntegerOption('busyTimeoutMs', options.busyTimeoutMs, 5000),
    };
    this.#maxLogFrames = positiveIntegerOption('maxLogFrames', options.maxLogFrames, 10_000);
    this.#db = db;
    this.#warn = options.warn ?? ((message, error) => console.warn(message, error ?? ''));
    this.#onCheckpoint = options.onCheckpoint;
    this.#settled = new Promise((resolve) => (this.#settle = resolve));
    this.#started = new Promise((resolve) => (this.#markStarted = resolve));
    this.#worker = new Worker(options.workerUrl ?? WORKER_URL, { workerData: data, resourceLimits: { maxOldGenerationSizeMb: 32 } });
    this.#worker.unref(); // never what keeps the process alive
    this.#worker.on('message', (message: CheckpointWorkerMessage) => this.#onMessage(message));
    this.#worker.on('error', (error) => this.#fallBack('The SQLite checkpoint worker failed', error));
    this.#worker.on('exit', (code) => {
      if (this.#state !== 'stopped') this.#fallBack(`The SQLite checkpoint worker exited (code ${code})`);
      this.#settle();
    });
  }

  get state(): CheckpointerState {
    return this.#state;
  }

  /** Resolves once the worker checkpoints (`worker`) or it could not (`in-commits`). */
  async started(): Promise<CheckpointerState> {
    await this.#started;
    return this.#state;
  }

  /** Ends the worker (its connection closed); call before closing the main connection, which then checkpoints as it closes. */
  stop(): Promise<void> {
    this.#stopped ??= (async () => {
      this.#state = 'stopped';
      this.#markStarted();
      this.#restoreAutocheckpoint();
      this.#worker.postMessage('stop');
      const timer = setTimeout(() => void this.#worker.terminate(), STOP_TIMEOUT_MS);
      await this.#settled;
      clearTimeout(timer);
    })();
    return this.#stopped;
  }

  #onMessage(message: CheckpointWorkerMessage): void {
    switch (message.type) {
      case 'ready':
        if (this.#state !== 'starting') return;
        if (!this.#setAutocheckpoint(0)) {
          void this.stop(); // the main connection was closed without stop(): nothing to checkpoint for
          return;
        }
        this.#state = 'worker';
        this.#markStarted();
        return;
      case 'checkpointed':
        this.#failedInARow = 0;
        if (this.#state === 'worker' && message.framesInLog >= this.#maxLogFrames) {
          this.#restoreAutocheckpoint();
          this.#state = 'worker-and-commits';
        } else if (this.#state === 'worker-and-commits' && message.framesInLog < this.#maxLogFrames && this.#setAutocheckpoint(0)) {
          this.#state = 'worker';
        }
        this.#onCheckpoint?.({ framesInLog: message.framesInLog, framesCheckpointed: message.framesCheckpointed, durationMs: message.durationMs });
        return;
      case 'skipped':
        // One failure may pass (the next interval tries again); a worker that keeps failing checkpoints nothing.
        if (++this.#failedInARow >= MAX_FAILED_CHECKPOINTS)
          this.#fallBack(`The SQLite checkpoint worker failed ${this.#failedInARow} times in a row (${message.message})`);
        return;
      case 'failed':
        this.#fallBack(`The SQLite checkpoint worker could not start: ${message.message}`);
        return;
    }
  }

  /** The worker is gone or useless: commits checkpoint again, as SQLite does by default. */
  #fallBack(reason: string, error?: unknown): void {
    if (this.#state === 'stopped' || this.#state === 'in-commits') return;
    this.#state = 'in-commits';
    this.#markStarted();
    this.#restoreAutocheckpoint();
    this.#warn(`${reason}; SQLite checkpoints in its commits again`, error);
    void this.#worker.terminate();
  }

  #restoreAutocheckpoint(): void {
    this.#setAutocheckpoint(AUTOCHECKPOINT_PAGES);
  }

  /** False when the main connection is closed already (nothing commits any more). */
  #setAutocheckpoint(pages: number): boolean {
    try {
      this.#db.exec(`PRAGMA wal_autocheckpoint = ${pages}`);
      return true;
    } catch {
      return false;
    }
  }
}
