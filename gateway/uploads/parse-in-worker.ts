/**
 * Runs {@link parseCompanyFile} in a worker thread, so parsing a big or hostile file never
 * stalls the gateway's event loop (health checks, subscriptions, other requests). Each parse
 * gets its own worker with a memory ceiling and a time limit; at most `maxConcurrent` run at
 * once, the others wait their turn.
 */
import { Worker } from 'node:worker_threads';
import { positiveIntegerOption } from '../../schema/positive-integer.js';
import { InvalidCompanyFileError, type ParseOptions, type ParsedCompanyFile, type UploadedFile } from './parse-company-file.js';
import type { ParseWorkerInput, ParseWorkerOutput } from './parse-worker.js';

/** Limits of the worker that parses an upload. */
export interface ParseWorkerLimits {
  /** Parses running at once; more wait. @default 2 */
  readonly maxConcurrent?: number;
  /** Old-generation heap of one parse worker, in MiB; a file needing more is refused. @default 384 */
  readonly maxHeapMb?: number;
  /** A parse running longer is stopped and the file refused. @default 120000 */
  readonly timeoutMs?: number;
}

/** The worker failed for a reason that is not the file's (a bug): the caller answers 500. */
export class ParseWorkerFailedError extends Error {
  override readonly name = 'ParseWorkerFailedError';
}

const WORKER_URL = new URL('./parse-worker.js', import.meta.url);

/** Gates how many parses run at once. */
class Slots {
  #free: number;
  readonly #waiting: (() => void)[] = [];
  constructor(count: number) {
    this.#free = count;
  }
  async acquire(): Promise<() => void> {
    if (this.#free > 0) this.#free--;
    else await new Promise<void>((resolve) => this.#waiting.push(resolve));
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.#waiting.shift();
      if (next) next();
      else this.#free++;
    };
  }
}

/** Makes the parse function with its limits; one per gateway. */
export function createWorkerParser(limits: ParseWorkerLimits = {}): (file: UploadedFile, options: ParseOptions) => Promise<ParsedCompanyFile> {
  const slots = new Slots(positiveIntegerOption('maxConcurrent', limits.maxConcurrent, 2));
  const maxHeapMb = positiveIntegerOption('maxHeapMb', limits.maxHeapMb, 384);
  const timeoutMs = positiveIntegerOption('timeoutMs', limits.timeoutMs, 120_000);

  return async (file, options) => {
    const release = await slots.acquire();
    try {
      return await parseOnce(file, options, maxHeapMb, timeoutMs);
    } finally {
      release();
    }
  };
}

function parseOnce(file: UploadedFile, options: ParseOptions, maxHeapMb: number, timeoutMs: number): Promise<ParsedCompanyFile> {
  const input: ParseWorkerInput = {
    file: { filename: file.filename, ...(file.contentType !== undefined ? { contentType: file.contentType } : {}), data: file.data },
    options,
  };
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_URL, {
      workerData: input,
      resourceLimits: { maxOldGenerationSizeMb: maxHeapMb, maxYoungGenerationSizeMb: 32 },
    });
    let settled = false;
    const settle = (action: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      action();
      void worker.terminate();
    };
    const timer = setTimeout(() => {
      settle(() =>
        reject(new InvalidCompanyFileError('FILE_TOO_LARGE', `Reading the file took longer than ${Math.round(timeoutMs / 1000)} s; send a smaller file`)),
      );
    }, timeoutMs);
    worker.once('message', (output: ParseWorkerOutput) => {
      settle(() => {
        if (output.ok) resolve(output.parsed);
        else if ('invalid' in output) reject(new InvalidCompanyFileError(output.invalid.code, output.invalid.message));
        else reject(new ParseWorkerFailedError(`Parsing the upload failed: ${output.failure}`));
      });
    });
    worker.once('error', (error: Error & { code?: string }) => {
      settle(() => {
        if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') {
          reject(
            new InvalidCompanyFileError('FILE_TOO_LARGE', `Reading the file needs more than the ${maxHeapMb} MiB an upload may use; send a smaller file`, {
              cause: error,
            }),
          );
        } else reject(new ParseWorkerFailedError('The upload parser stopped unexpectedly', { cause: error }));
      });
    });
    worker.once('exit', (code) => {
      settle(() => reject(new ParseWorkerFailedError(`The upload parser exited with code ${code} before answering`)));
    });
  });
}
