/**
 * A checkpoint worker that fails, for `wal-checkpointer.ts` to survive: it takes over, then
 * dies (exit code 3); or, when its file name ends with `#failing`, it keeps reporting failed
 * checkpoints.
 */
import { parentPort, workerData } from 'node:worker_threads';

const { intervalMs, file } = workerData as { intervalMs: number; file: string };
const port = parentPort!;
port.postMessage({ type: 'ready' });
if (file.endsWith('#failing')) {
  const timer = setInterval(() => port.postMessage({ type: 'skipped', message: 'disk I/O error' }), Math.min(intervalMs, 20));
  port.on('message', () => {
    clearInterval(timer);
    port.close();
  });
} else {
  setTimeout(() => process.exit(3), Math.min(intervalMs, 50));
}
