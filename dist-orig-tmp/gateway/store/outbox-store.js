/**
 * The transactional outbox: work for actor services written in the same transaction as the
 * state change that decided it, then sent by the dispatcher (`gateway/jobs/outbox-dispatcher.ts`).
 * Rows are claimed for a lease before sending, so with several dispatchers a row is normally
 * sent by one of them; a row sent twice anyway is dropped by the bus (its `msgId`).
 */
import { randomUUID } from 'node:crypto';
import { parseWork } from '../../schema/work.js';
const toRecord = (r) => ({
    msgId: r.msg_id,
    jobId: r.job_id,
    work: parseWork(JSON.parse(r.payload_json)),
    status: r.status,
    attempts: Number(r.attempts),
    error: r.error,
});
const COLUMNS = 'msg_id, job_id, payload_json, status, attempts, error, seq';
export class OutboxStore {
    sql;
    constructor(sql) {
        this.sql = sql;
    }
    /** Adds work to send; call inside the transaction that decided it. */
    async add(works, nowMs = Date.now()) {
        const records = works.map((work) => ({ msgId: randomUUID(), jobId: work.jobId, work, status: 'PENDING', attempts: 0, error: null }));
        for (let from = 0; from < records.length; from += 500) {
            const chunk = records.slice(from, from + 500);
            await this.sql.run(`INSERT INTO outbox (msg_id, job_id, payload_json, created_at) VALUES ${chunk.map(() => '(?, ?, ?, ?)').join(', ')}`, chunk.flatMap((r) => [r.msgId, r.jobId, JSON.stringify(r.work), nowMs]));
        }
        return records;
    }
    /**
     * Takes up to `limit` pending rows that are due, oldest first, and hides them from other
     * claims for `leaseMs` (a dispatcher that dies holding them only delays them by that much).
     * On PostgreSQL, rows another gateway is claiming at the same moment are skipped, not waited for.
     */
    async claimDue(limit, leaseMs, nowMs = Date.now()) {
        const skipLocked = this.sql.dialect === 'postgres' ? ' FOR UPDATE SKIP LOCKED' : '';
        const rows = await this.sql.all(`UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?
       WHERE seq IN (SELECT seq FROM outbox WHERE status = 'PENDING' AND next_attempt_at <= ? ORDER BY seq LIMIT ?${skipLocked})
       RETURNING ${COLUMNS}`, [nowMs + leaseMs, nowMs, limit]);
        return rows.sort((a, b) => Number(a.seq) - Number(b.seq)).map(toRecord);
    }
    async markSent(msgId, nowMs = Date.now()) {
        await this.sql.run(`UPDATE outbox SET status = 'SENT', sent_at = ? WHERE msg_id = ? AND status = 'PENDING'`, [nowMs, msgId]);
    }
    /** The row can never be sent (e.g. too large for the bus); false when it was no longer pending. */
    async markFailed(msgId, error) {
        return (await this.sql.run(`UPDATE outbox SET status = 'FAILED', error = ? WHERE msg_id = ? AND status = 'PENDING'`, [error, msgId])) === 1;
    }
    /** Makes claimed rows due again at `atMs` (the bus was unavailable). */
    async retryAt(msgIds, atMs, error) {
        for (const id of msgIds) {
            await this.sql.run(`UPDATE outbox SET next_attempt_at = ?, error = ? WHERE msg_id = ? AND status = 'PENDING'`, [atMs, error, id]);
        }
    }
    /** Drops the unsent work of a job (it ended, or its work is being queued afresh). */
    async discardPending(jobId) {
        return this.sql.run(`UPDATE outbox SET status = 'DISCARDED' WHERE job_id = ? AND status = 'PENDING'`, [jobId]);
    }
    /** Rows of a job (every status), oldest first: for tests and diagnostics. */
    async ofJob(jobId) {
        return (await this.sql.all(`SELECT ${COLUMNS} FROM outbox WHERE job_id = ? ORDER BY seq`, [jobId])).map(toRecord);
    }
    /** When the earliest pending row falls due (epoch ms), or null when none is pending. */
    async nextDueAt() {
        const row = await this.sql.get(`SELECT MIN(next_attempt_at) AS due FROM outbox WHERE status = 'PENDING'`);
        return row?.due === null || row?.due === undefined ? null : Number(row.due);
    }
    /** Rows still to send, all jobs. */
    async pendingCount() {
        return Number((await this.sql.get(`SELECT COUNT(*) AS n FROM outbox WHERE status = 'PENDING'`)).n);
    }
}
//# sourceMappingURL=outbox-store.js.map