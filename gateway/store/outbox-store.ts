/**
 * The transactional outbox: work for actor services written in the same transaction as the
 * state change that decided it, then sent by the dispatcher (`gateway/jobs/outbox-dispatcher.ts`).
 * Rows are claimed for a lease before sending, so with several dispatchers a row is normally
 * sent by one of them; a row sent twice anyway is dropped by the bus (its `msgId`).
 */
import { randomUUID } from 'node:crypto';
import { parseWork, type Work } from '../../schema/work.js';
import type { SqliteDatabase } from './sqlite.js';

/** PENDING: to send; SENT: stored by the bus; FAILED: can never be sent; DISCARDED: no longer wanted. */
export type OutboxStatusValue = 'PENDING' | 'SENT' | 'FAILED' | 'DISCARDED';

export interface OutboxRecord {
  /** Also the bus message id, so a second send of the row is a duplicate the bus drops. */
  readonly msgId: string;
  readonly jobId: string;
  readonly work: Work;
  readonly status: OutboxStatusValue;
  /** Sends tried so far (claims). */
  readonly attempts: number;
  readonly error: string | null;
}

interface OutboxRow {
  msg_id: string;
  job_id: string;
  payload_json: string;
  status: OutboxStatusValue;
  attempts: number;
  error: string | null;
}

const toRecord = (r: OutboxRow): OutboxRecord => ({
  msgId: r.msg_id,
  jobId: r.job_id,
  work: parseWork(JSON.parse(r.payload_json)),
  status: r.status,
  attempts: r.attempts,
  error: r.error,
});

export class OutboxStore {
  constructor(private readonly db: SqliteDatabase) {}

  /** Adds work to send; call inside the transaction that decided it. */
  add(works: readonly Work[], nowMs = Date.now()): OutboxRecord[] {
    const insert = this.db.prepare('INSERT INTO outbox (msg_id, job_id, payload_json, created_at) VALUES (?, ?, ?, ?)');
    return works.map((work) => {
      const msgId = randomUUID();
      insert.run(msgId, work.jobId, JSON.stringify(work), nowMs);
      return { msgId, jobId: work.jobId, work, status: 'PENDING', attempts: 0, error: null };
    });
  }

  /**
   * Takes up to `limit` pending rows that are due, oldest first, and hides them from other
   * claims for `leaseMs` (a dispatcher that dies holding them only delays them by that much).
   */
  claimDue(limit: number, leaseMs: number, nowMs = Date.now()): OutboxRecord[] {
    const rows = this.db
      .prepare(
        `UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?
         WHERE seq IN (SELECT seq FROM outbox WHERE status = 'PENDING' AND next_attempt_at <= ? ORDER BY seq LIMIT ?)
         RETURNING msg_id, job_id, payload_json, status, attempts, error, seq`,
      )
      .all(nowMs + leaseMs, nowMs, limit) as unknown as (OutboxRow & { seq: number })[];
    return rows.sort((a, b) => a.seq - b.seq).map(toRecord);
  }

  markSent(msgId: string, nowMs = Date.now()): void {
    this.db.prepare(`UPDATE outbox SET status = 'SENT', sent_at = ? WHERE msg_id = ? AND status = 'PENDING'`).run(nowMs, msgId);
  }

  /** The row can never be sent (e.g. too large for the bus); false when it was no longer pending. */
  markFailed(msgId: string, error: string): boolean {
    return this.db.prepare(`UPDATE outbox SET status = 'FAILED', error = ? WHERE msg_id = ? AND status = 'PENDING'`).run(error, msgId).changes === 1;
  }

  /** Makes claimed rows due again at `atMs` (the bus was unavailable). */
  retryAt(msgIds: readonly string[], atMs: number, error: string): void {
    const update = this.db.prepare(`UPDATE outbox SET next_attempt_at = ?, error = ? WHERE msg_id = ? AND status = 'PENDING'`);
    for (const id of msgIds) update.run(atMs, error, id);
  }

  /** Drops the unsent work of a job (it ended, or its work is being queued afresh). */
  discardPending(jobId: string): number {
    return this.db.prepare(`UPDATE outbox SET status = 'DISCARDED' WHERE job_id = ? AND status = 'PENDING'`).run(jobId).changes as number;
  }

  /** Rows of a job (every status), oldest first: for tests and diagnostics. */
  ofJob(jobId: string): OutboxRecord[] {
    return (
      this.db.prepare('SELECT * FROM outbox WHERE job_id = ? ORDER BY seq').all(jobId) as unknown as OutboxRow[]
    ).map(toRecord);
  }

  /** When the earliest pending row falls due (epoch ms), or null when none is pending. */
  nextDueAt(): number | null {
    const row = this.db.prepare(`SELECT MIN(next_attempt_at) AS due FROM outbox WHERE status = 'PENDING'`).get() as { due: number | null };
    return row.due;
  }

  /** Rows still to send, all jobs. */
  pendingCount(): number {
    return (this.db.prepare(`SELECT COUNT(*) AS n FROM outbox WHERE status = 'PENDING'`).get() as { n: number }).n;
  }
}
