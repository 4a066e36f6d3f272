/**
 * A small pool of worker threads for CPU-heavy pure functions, so that they never hold the
 * event loop of the process (in embedded mode the gateway shares it). Tasks name a function the
 * worker script knows and carry plain data only (structured clone). A worker that crashes is
 * replaced; a task that runs past its timeout has its worker terminated (and replaced) and fails
 * with {@link WorkerTaskTimeoutError}. Workers are unref'd: an idle pool never keeps the process alive.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/** Options of {@link WorkerPool}. */
export interface WorkerPoolOptions {
  /** The worker script (see worker-protocol in page-analysis.worker.ts). */
  readonly scriptUrl: URL;
  /** Worker threads at most (1 to 16). @default min(2, max(1, CPUs - 1)) */
  readonly size?: number;
  /** Longest run of one task before its worker is terminated (at least 1). @default 10000 */
  readonly taskTimeoutMs?: number;
}

/** The message a worker receives. */
export interface WorkerTaskMessage {
  readonly id: number;
  readonly task: string;
  readonly input: unknown;
}

/** The message a worker answers with. */
export type WorkerReplyMessage =
  | { readonly id: number; readonly ok: true; readonly result: unknown; readonly threadId: number }
  | { readonly id: number; readonly ok: false; readonly error: string; readonly threadId: number };

/** What a task returned, and the thread it ran on. */
export interface WorkerTaskResult<T> {
  readonly result: T;
  readonly threadId: number;
}

/** Not retryable for this input: the task ran past its timeout (its worker was terminated). */
export class WorkerTaskTimeoutError extends Error {
  readonly retryable = false;
  constructor(task: string, timeoutMs: number) {
    super(`${task} took longer than ${timeoutMs} ms and was stopped`);
    this.name = 'WorkerTaskTimeoutError';
  }
}

/** The task threw, or its worker died under it. */
export class WorkerTaskFailedError extends Error {
  readonly retryable = false;
  constructor(task: string, reason: string, options?: ErrorOptions) {
    super(`${task} failed: ${reason}`, options);
    this.name = 'WorkerTaskFailedError';
  }
}

/** The pool was closed; no task can run. */
export class WorkerPoolClosedError extends Error {
  readonly retryable = true;
  constructor() {
    super('The worker pool was closed');
    this.name = 'WorkerPoolClosedError';
  }
}

interface PendingTask {
  readonly message: WorkerTaskMessage;
  resolve(value: WorkerTaskResult<unknown>): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  busy: PendingTask | null;
  timer: NodeJS.Timeout | undefined;
}

const DEFAULT_TASK_TIMEOUT_MS = 10_000;
const MAX_SIZE = 16;

/** See the file comment. */
export class WorkerPool {
  readonly size: number;
  readonly taskTimeoutMs: number;
  readonly #scriptUrl: URL;
  readonly #slots: Slot[] = [];
  readonly #queue: PendingTask[] = [];
  #nextId = 1;
  #closed = false;
  #workersStarted = 0;
  #tasksCompleted = 0;

  constructor(options: WorkerPoolOptions) {
    this.#scriptUrl = options.scriptUrl;
    this.size = options.size ?? Math.min(2, Math.max(1, availableParallelism() - 1));
    if (!Number.isInteger(this.size) || this.size < 1 || this.size > MAX_SIZE) {
      throw new RangeError(`size must be an integer between 1 and ${MAX_SIZE} (got ${this.size})`);
    }
    this.taskTimeoutMs = options.taskTimeoutMs ?? DEFAULT_TASK_TIMEOUT_MS;
    if (!Number.isInteger(this.taskTimeoutMs) || this.taskTimeoutMs < 1) {
      throw new RangeError(`taskTimeoutMs must be a positive integer (got ${this.taskTimeoutMs})`);
    }
  }

  /** Worker threads started so far (replacements included). */
  get workersStarted(): number {
    return this.#workersStarted;
  }

  /** Tasks that returned a result so far. */
  get tasksCompleted(): number {
    return this.#tasksCompleted;
  }

  /** Runs `task` on `input` in a worker thread. */
  run<T>(task: string, input: unknown): Promise<WorkerTaskResult<T>> {
    if (this.#closed) return Promise.reject(new WorkerPoolClosedError());
    return new Promise<WorkerTaskResult<T>>((resolve, reject) => {
      this.#queue.push({ message: { id: this.#nextId++, task, input }, resolve: resolve as PendingTask['resolve'], reject });
      this.#dispatch();
    });
  }

  /** Terminates every worker; queued and running tasks fail with {@link WorkerPoolClosedError}. */
  async close(): Promise<void> {
    this.#closed = true;
    for (const pending of this.#queue.splice(0)) pending.reject(new WorkerPoolClosedError());
    const slots = this.#slots.splice(0);
    for (const slot of slots) {
      clearTimeout(slot.timer);
      slot.busy?.reject(new WorkerPoolClosedError());
      slot.busy = null;
    }
    await Promise.all(slots.map((slot) => slot.worker.terminate().catch(() => undefined)));
  }

  #dispatch(): void {
    while (this.#queue.length > 0) {
      let slot = this.#slots.find((candidate) => candidate.busy === null);
      if (!slot && this.#slots.length < this.size) slot = this.#spawn();
      if (!slot) return;
      const pending = this.#queue.shift()!;
      slot.busy = pending;
      slot.worker.ref();
      slot.timer = setTimeout(() => this.#timeOut(slot), this.taskTimeoutMs);
      try {
        slot.worker.postMessage(pending.message);
      } catch (error) {
        this.#finish(slot);
        pending.reject(new WorkerTaskFailedError(pending.message.task, 'its input cannot be sent to a worker', { cause: error }));
      }
    }
  }

  #spawn(): Slot {
    const worker = new Worker(this.#scriptUrl);
    worker.unref();
    this.#workersStarted += 1;
    const slot: Slot = { worker, busy: null, timer: undefined };
    worker.on('message', (reply: WorkerReplyMessage) => {
      const pending = slot.busy;
      if (pending?.message.id !== reply.id) return;
      this.#finish(slot);
      if (reply.ok) {
        this.#tasksCompleted += 1;
        pending.resolve({ result: reply.result, threadId: reply.threadId });
      } else pending.reject(new WorkerTaskFailedError(pending.message.task, reply.error));
      this.#dispatch();
    });
    const onDeath = (reason: string): void => {
      if (!this.#slots.includes(slot)) return;
      const pending = slot.busy;
      this.#finish(slot);
      this.#remove(slot);
      pending?.reject(new WorkerTaskFailedError(pending.message.task, reason));
      this.#dispatch();
    };
    worker.on('error', (error: unknown) => onDeath(`its worker crashed (${error instanceof Error ? error.message : String(error)})`));
    worker.on('exit', (code) => onDeath(`its worker exited (code ${code})`));
    this.#slots.push(slot);
    return slot;
  }

  #timeOut(slot: Slot): void {
    const pending = slot.busy;
    if (!pending) return;
    this.#finish(slot);
    this.#remove(slot);
    void slot.worker.terminate().catch(() => undefined);
    pending.reject(new WorkerTaskTimeoutError(pending.message.task, this.taskTimeoutMs));
    this.#dispatch();
  }

  #finish(slot: Slot): void {
    clearTimeout(slot.timer);
    slot.timer = undefined;
    slot.busy = null;
    slot.worker.unref();
  }

  #remove(slot: Slot): void {
    const index = this.#slots.indexOf(slot);
    if (index >= 0) this.#slots.splice(index, 1);
  }
}
