/** A checkpoint worker that takes over, then reports a failed checkpoint at every interval: what `wal-checkpointer.ts` must give up. */
import { parentPort, workerData } from 'node:worker_threads';

const port = parentPort!;
port.postMessage({ type: 'ready' });
const timer = setInterval(
  () => port.postMessage({ type: 'skipped', message: 'disk I/O error' }),
  Math.min((workerData as { intervalMs: number }).intervalMs, 20),
);
port.on('message', () => {
  clearInterval(timer);
  port.close();
});
