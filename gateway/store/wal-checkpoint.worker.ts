/**
 * The worker thread of `wal-checkpointer.ts`: its own connection to the database, on which it
 * copies the write-ahead log back into the database file every `intervalMs`, so the fsyncs a
 * checkpoint does happen here rather than inside one of the main thread's commits.
 *
 * The checkpoint is PASSIVE: it never makes a writer wait. It reports the log's size, which the
 * main thread watches (`maxLogFrames`).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { openSqlite } from './sqlite.js';
import type { CheckpointWorkerData, CheckpointWorkerMessage } from './wal-checkpointer.js';

const { file, intervalMs, busyTimeoutMs } = workerData as CheckpointWorkerData;
const port = parentPort!;
const post = (message: CheckpointWorkerMessage): void => port.postMessage(message);

interface CheckpointRow {
  readonly busy: number;
  readonly log: number;
  readonly checkpointed: number;
}

try {
  const db = openSqlite(file);
  db.exec(`PRAGMA busy_timeout = ${busyTimeoutMs}`);
  const checkpoint = db.prepare('PRAGMA wal_checkpoint(PASSIVE)');
  const timer = setInterval(() => {
    try {
      const startedAt = performance.now();
      const row = checkpoint.get() as unknown as CheckpointRow;
      // log -1: the database is not in WAL mode; 0: the log is empty.
      if (row.log > 0) post({ type: 'checkpointed', framesInLog: row.log, framesCheckpointed: row.checkpointed, durationMs: performance.now() - startedAt });
    } catch (error) {
      // SQLITE_BUSY and the like: the next tick tries again; the main thread only hears about it.
      post({ type: 'skipped', message: error instanceof Error ? error.message : String(error) });
    }
  }, intervalMs);
  port.on('message', (message: unknown) => {
    if (message !== 'stop') return;
    clearInterval(timer);
    db.close();
    port.close();
  });
  post({ type: 'ready' });
} catch (error) {
  post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  port.close();
}
