/**
 * Runs {@link parseCompanyFile} in a worker thread, so parsing a big or hostile file never
 * stalls the gateway's event loop (health checks, subscriptions, other requests). Each parse
 * gets its own worker with a memory ceiling and a time limit; at most `maxConcurrent` run at
 * once, the others wait their turn.
 */
import { Worker } from 'node:worker_threads';
import { InvalidCompanyFileError } from './parse-company-file.js';
/** The worker failed for a reason that is not the file's (a bug): the caller answers 500. */
export class ParseWorkerFailedError extends Error {
    name = 'ParseWorkerFailedError';
}
const WORKER_URL = new URL('./parse-worker.js', import.meta.url);
/** Gates how many parses run at once. */
class Slots {
    #free;
    #waiting = [];
    constructor(count) {
        this.#free = count;
    }
    async acquire() {
        if (this.#free > 0)
            this.#free--;
        else
            await new Promise((resolve) => this.#waiting.push(resolve));
        let released = false;
        return () => {
            if (released)
                return;
            released = true;
            const next = this.#waiting.shift();
            if (next)
                next();
            else
                this.#free++;
        };
    }
}
function positiveInteger(name, value, fallback) {
    if (value === undefined)
        return fallback;
    if (!Number.isSafeInteger(value) || value < 1)
        throw new RangeError(`${name} must be a positive integer, got ${String(value)}`);
    return value;
}
/** Makes the parse function with its limits; one per gateway. */
export function createWorkerParser(limits = {}) {
    const slots = new Slots(positiveInteger('maxConcurrent', limits.maxConcurrent, 2));
    const maxHeapMb = positiveInteger('maxHeapMb', limits.maxHeapMb, 384);
    const timeoutMs = positiveInteger('timeoutMs', limits.timeoutMs, 120_000);
    return async (file, options) => {
        const release = await slots.acquire();
        try {
            return await parseOnce(file, options, maxHeapMb, timeoutMs);
        }
        finally {
            release();
        }
    };
}
function parseOnce(file, options, maxHeapMb, timeoutMs) {
    const input = {
        file: { filename: file.filename, ...(file.contentType !== undefined ? { contentType: file.contentType } : {}), data: file.data },
        options,
    };
    return new Promise((resolve, reject) => {
        const worker = new Worker(WORKER_URL, {
            workerData: input,
            resourceLimits: { maxOldGenerationSizeMb: maxHeapMb, maxYoungGenerationSizeMb: 32 },
        });
        let settled = false;
        const settle = (action) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            action();
            void worker.terminate();
        };
        const timer = setTimeout(() => {
            settle(() => reject(new InvalidCompanyFileError('FILE_TOO_LARGE', `Reading the file took longer than ${Math.round(timeoutMs / 1000)} s; send a smaller file`)));
        }, timeoutMs);
        worker.once('message', (output) => {
            settle(() => {
                if (output.ok)
                    resolve(output.parsed);
                else if ('invalid' in output)
                    reject(new InvalidCompanyFileError(output.invalid.code, output.invalid.message));
                else
                    reject(new ParseWorkerFailedError(`Parsing the upload failed: ${output.failure}`));
            });
        });
        worker.once('error', (error) => {
            settle(() => {
                if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
                    reject(new InvalidCompanyFileError('FILE_TOO_LARGE', `Reading the file needs more than the ${maxHeapMb} MiB an upload may use; send a smaller file`, {
                        cause: error,
                    }));
                }
                else
                    reject(new ParseWorkerFailedError('The upload parser stopped unexpectedly', { cause: error }));
            });
        });
        worker.once('exit', (code) => {
            settle(() => reject(new ParseWorkerFailedError(`The upload parser exited with code ${code} before answering`)));
        });
    });
}
//# sourceMappingURL=parse-in-worker.js.map