/** A checkpoint worker that takes over, then dies (exit code 3): what `wal-checkpointer.ts` must survive. */
import { parentPort, workerData } from 'node:worker_threads';

parentPort!.postMessage({ type: 'ready' });
setTimeout(() => process.exit(3), Math.min((workerData as { intervalMs: number }).intervalMs, 50));
