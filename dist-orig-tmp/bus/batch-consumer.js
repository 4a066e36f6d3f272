/** @see BatchConsumeOptions.maxBatch */
export const DEFAULT_MAX_BATCH = 100;
/**
 * A per-message handler that gathers messages into batches for `handler`. Each message's
 * handler call resolves once its batch handler has returned, so the bus keeps counting it in
 * flight (and, with NATS, its slot unavailable) until its batch is done.
 */
export function batchingHandler(maxBatch, handler) {
    const queue = [];
    let running = false;
    let scheduled = false;
    const schedule = () => {
        if (running || scheduled || queue.length === 0)
            return;
        scheduled = true;
        // After the I/O phase: every message already received joins this batch.
        setImmediate(() => void run());
    };
    const run = async () => {
        scheduled = false;
        running = true;
        const batch = queue.splice(0, maxBatch);
        try {
            await handler(batch.map((entry) => entry.msg));
            for (const entry of batch)
                entry.resolve();
        }
        catch (error) {
            // The bus hands back (or, on the last delivery, drops) what the handler left unsettled.
            for (const entry of batch) {
                if (entry.msg.isSettled === true)
                    entry.resolve();
                else
                    entry.reject(error);
            }
        }
        finally {
            running = false;
            schedule();
        }
    };
    return (msg) => new Promise((resolve, reject) => {
        queue.push({ msg, resolve, reject });
        schedule();
    });
}
/** Checks `maxBatch` and maps batch options to the per-message consume that carries them. */
export function batchConsumeOptions(options) {
    const maxBatch = options.maxBatch ?? DEFAULT_MAX_BATCH;
    if (typeof maxBatch !== 'number' || !Number.isSafeInteger(maxBatch) || maxBatch < 1) {
        throw new RangeError(`maxBatch must be a positive integer, got ${String(maxBatch)}`);
    }
    const { maxBatch: _ignored, ...rest } = options;
    return { consume: { ...rest, maxInFlight: maxBatch }, maxBatch };
}
/** `Bus.consumeBatch` for a bus that has a per-message `consume`. */
export async function consumeInBatches(bus, options, handler) {
    if (typeof handler !== 'function')
        throw new TypeError('handler must be a function');
    const { consume, maxBatch } = batchConsumeOptions(options);
    return bus.consume(consume, batchingHandler(maxBatch, handler));
}
//# sourceMappingURL=batch-consumer.js.map