/**
 * Batch consumption on top of a bus's per-message `consume`, the same for both buses: each
 * message the bus delivers is queued, and the queued messages are handed to the batch handler
 * together, in delivery order, one batch at a time. A batch is whatever has been delivered when
 * the handler is free (up to `maxBatch`): it never waits to fill. A handler that resolves with a
 * `BatchSettling` frees itself for the next batch while the previous one's settlement (ack round
 * trips) is still under way.
 */
import type { BatchConsumeOptions, BatchHandler, Bus, ConsumeOptions, Consumer, WorkHandler, WorkMessage } from './bus.js';

/** @see BatchConsumeOptions.maxBatch */
export const DEFAULT_MAX_BATCH = 100;

interface Queued {
  readonly msg: WorkMessage & { readonly isSettled?: boolean };
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

/**
 * A per-message handler that gathers messages into batches for `handler`. Each message's
 * handler call resolves once its batch handler has returned and, if it resolved with a
 * `BatchSettling`, once that is settled, so the bus keeps counting it in flight (and, with
 * NATS, its slot unavailable) until its batch is done.
 */
export function batchingHandler(maxBatch: number, handler: BatchHandler): WorkHandler {
  const queue: Queued[] = [];
  let running = false;
  let scheduled = false;
  const schedule = (): void => {
    if (running || scheduled || queue.length === 0) return;
    scheduled = true;
    // After the I/O phase: every message already received joins this batch.
    setImmediate(() => void run());
  };
  const run = async (): Promise<void> => {
    scheduled = false;
    running = true;
    const batch = queue.splice(0, maxBatch);
    let settling: Promise<void> | undefined;
    try {
      settling = (await handler(batch.map((entry) => entry.msg)))?.settled;
      if (!settling) for (const entry of batch) entry.resolve();
    } catch (error) {
      rejectUnsettled(batch, error);
    } finally {
      running = false;
      schedule();
    }
    settling?.then(
      () => batch.forEach((entry) => entry.resolve()),
      (error: unknown) => rejectUnsettled(batch, error),
    );
  };
  return (msg) =>
    new Promise<void>((resolve, reject) => {
      queue.push({ msg, resolve, reject });
      schedule();
    });
}

/** The bus hands back (or, on the last delivery, drops) what the handler left unsettled. */
function rejectUnsettled(batch: readonly Queued[], error: unknown): void {
  for (const entry of batch) {
    if (entry.msg.isSettled === true) entry.resolve();
    else entry.reject(error);
  }
}

/** Checks `maxBatch` and maps batch options to the per-message consume that carries them. */
export function batchConsumeOptions(options: BatchConsumeOptions): { consume: ConsumeOptions; maxBatch: number } {
  const maxBatch = options.maxBatch ?? DEFAULT_MAX_BATCH;
  if (typeof maxBatch !== 'number' || !Number.isSafeInteger(maxBatch) || maxBatch < 1) {
    throw new RangeError(`maxBatch must be a positive integer, got ${String(maxBatch)}`);
  }
  const { maxBatch: _ignored, ...rest } = options;
  return { consume: { ...rest, maxInFlight: maxBatch }, maxBatch };
}

/** `Bus.consumeBatch` for a bus that has a per-message `consume`. */
export async function consumeInBatches(bus: Pick<Bus, 'consume'>, options: BatchConsumeOptions, handler: BatchHandler): Promise<Consumer> {
  if (typeof handler !== 'function') throw new TypeError('handler must be a function');
  const { consume, maxBatch } = batchConsumeOptions(options);
  return bus.consume(consume, batchingHandler(maxBatch, handler));
}
