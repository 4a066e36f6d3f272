/**
 * A small pool of worker threads for CPU-heavy pure functions, so that they never hold the
 * event loop of the process (in embedded mode the gateway shares it). Tasks name a function the
 * worker script knows and carry plain data only (structured clone). A worker that crashes is
 * replaced; a task that runs past its timeout has its worker terminated (and replaced) and fails
 * with {@link WorkerTaskTimeoutError}. Workers are unref'd: an idle pool never keeps the process alive.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
/** Not retryable for this input: the task ran past its timeout (its worker was terminated). */
export class WorkerTaskTimeoutError extends Error {
    retryable = false;
    constructor(task, timeoutMs) {
        super(`${task} took longer than ${timeoutMs} ms and was stopped`);
        this.name = 'WorkerTaskTimeoutError';
    }
}
/** The task threw, or its worker died under it. */
export class WorkerTaskFailedError extends Error {
    retryable = false;
    constructor(task, reason, options) {
        super(`${task} failed: ${reason}`, options);
        this.name = 'WorkerTaskFailedError';
    }
}
/** The pool was closed; no task can run. */
export class WorkerPoolClosedError extends Error {
    retryable = true;
    constructor() {
        super('The worker pool was closed');
        this.name = 'WorkerPoolClosedError';
    }
}
const DEFAULT_TASK_TIMEOUT_MS = 10_000;
const MAX_SIZE = 16;
/** See the file comment. */
export class WorkerPool {
    size;
    taskTimeoutMs;
    #scriptUrl;
    #slots = [];
    #queue = [];
    #nextId = 1;
    #closed = false;
    #workersStarted = 0;
    #tasksCompleted = 0;
    constructor(options) {
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
    get workersStarted() {
        return this.#workersStarted;
    }
    /** Tasks that returned a result so far. */
    get tasksCompleted() {
        return this.#tasksCompleted;
    }
    /** Runs `task` on `input` in a worker thread. */
    run(task, input) {
        if (this.#closed)
            return Promise.reject(new WorkerPoolClosedError());
        return new Promise((resolve, reject) => {
            this.#queue.push({ message: { id: this.#nextId++, task, input }, resolve: resolve, reject });
            this.#dispatch();
        });
    }
    /** Terminates every worker; queued and running tasks fail with {@link WorkerPoolClosedError}. */
    async close() {
        this.#closed = true;
        for (const pending of this.#queue.splice(0))
            pending.reject(new WorkerPoolClosedError());
        const slots = this.#slots.splice(0);
        for (const slot of slots) {
            clearTimeout(slot.timer);
            slot.busy?.reject(new WorkerPoolClosedError());
            slot.busy = null;
        }
        await Promise.all(slots.map((slot) => slot.worker.terminate().catch(() => undefined)));
    }
    #dispatch() {
        while (this.#queue.length > 0) {
            let slot = this.#slots.find((candidate) => candidate.busy === null);
            if (!slot && this.#slots.length < this.size)
                slot = this.#spawn();
            if (!slot)
                return;
            const pending = this.#queue.shift();
            slot.busy = pending;
            slot.worker.ref();
            slot.timer = setTimeout(() => this.#timeOut(slot), this.taskTimeoutMs);
            try {
                slot.worker.postMessage(pending.message);
            }
            catch (error) {
                this.#finish(slot);
                pending.reject(new WorkerTaskFailedError(pending.message.task, 'its input cannot be sent to a worker', { cause: error }));
            }
        }
    }
    #spawn() {
        const worker = new Worker(this.#scriptUrl);
        worker.unref();
        this.#workersStarted += 1;
        const slot = { worker, busy: null, timer: undefined };
        worker.on('message', (reply) => {
            const pending = slot.busy;
            if (pending?.message.id !== reply.id)
                return;
            this.#finish(slot);
            if (reply.ok) {
                this.#tasksCompleted += 1;
                pending.resolve({ result: reply.result, threadId: reply.threadId });
            }
            else
                pending.reject(new WorkerTaskFailedError(pending.message.task, reply.error));
            this.#dispatch();
        });
        const onDeath = (reason) => {
            if (!this.#slots.includes(slot))
                return;
            const pending = slot.busy;
            this.#finish(slot);
            this.#remove(slot);
            pending?.reject(new WorkerTaskFailedError(pending.message.task, reason));
            this.#dispatch();
        };
        worker.on('error', (error) => onDeath(`its worker crashed (${error instanceof Error ? error.message : String(error)})`));
        worker.on('exit', (code) => onDeath(`its worker exited (code ${code})`));
        this.#slots.push(slot);
        return slot;
    }
    #timeOut(slot) {
        const pending = slot.busy;
        if (!pending)
            return;
        this.#finish(slot);
        this.#remove(slot);
        void slot.worker.terminate().catch(() => undefined);
        pending.reject(new WorkerTaskTimeoutError(pending.message.task, this.taskTimeoutMs));
        this.#dispatch();
    }
    #finish(slot) {
        clearTimeout(slot.timer);
        slot.timer = undefined;
        slot.busy = null;
        slot.worker.unref();
    }
    #remove(slot) {
        const index = this.#slots.indexOf(slot);
        if (index >= 0)
            this.#slots.splice(index, 1);
    }
}
//# sourceMappingURL=worker-pool.js.map