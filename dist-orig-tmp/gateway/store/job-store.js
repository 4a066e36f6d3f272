/**
 * Durable store of jobs, their sequenced events, their results, uploads and the outbox: one
 * asynchronous interface over SQLite (embedded, the default: one gateway process) or
 * PostgreSQL (`PROSPECTLAB_DATABASE_URL`: any number of gateways sharing it).
 *
 * Multi-statement changes run in {@link JobStore.transaction}; a transition of a job first
 * takes the job's row lock ({@link JobStore.lockJob}), so gateways applying output of the same
 * job one after the other number its events without gap or duplicate (and the primary key
 * `(job_id, seq)` refuses a duplicate number should anything bypass the lock).
 */
import { isTerminalEvent, parseJobEvent } from '../../schema/job-events.js';
import { AnalysisStore } from './analysis-store.js';
import { OutboxStore } from './outbox-store.js';
import { SqliteBackend } from './sqlite-backend.js';
export const TERMINAL_STATUSES = new Set(['COMPLETED', 'FAILED', 'CANCELLED']);
const NEVER_LOST = { lost: new Promise(() => undefined), release: () => Promise.resolve() };
/** The cursor string was not produced by this API: the caller must fix it. */
export class InvalidCursorError extends Error {
    name = 'InvalidCursorError';
}
function toRecord(row) {
    return {
        id: row.id,
        kind: row.kind,
        status: row.status,
        createdAt: new Date(Number(row.created_at)),
        startedAt: row.started_at === null ? null : new Date(Number(row.started_at)),
        finishedAt: row.finished_at === null ? null : new Date(Number(row.finished_at)),
        progress: row.progress,
        error: row.error,
        owner: row.owner,
        input: JSON.parse(row.input_json),
        siteUrl: row.site_url,
        pagesVisited: Number(row.pages_visited),
        label: row.label ?? null,
    };
}
export function encodeCursor(job, order) {
    return Buffer.from(`${order}:${job.id}`, 'utf8').toString('base64url');
}
function decodeCursor(cursor) {
    const text = Buffer.from(cursor, 'base64url').toString('utf8');
    const match = /^(\d+):[0-9a-f-]+$/i.exec(text);
    if (!match)
        throw new InvalidCursorError(`Invalid cursor ${JSON.stringify(cursor)}`);
    return Number(match[1]);
}
export class JobStore {
    #backend;
    #sql;
    #inTransaction;
    /** Companies of analysis jobs and uploads. */
    analysis;
    /** Work waiting to be sent to actor services. */
    outbox;
    constructor(backend, sql = backend.sql, inTransaction = false) {
        this.#backend = backend;
        this.#sql = sql;
        this.#inTransaction = inTransaction;
        this.analysis = new AnalysisStore(sql);
        this.outbox = new OutboxStore(sql);
    }
    /**
     * Opens (and migrates) the SQLite store at `<dataDir>/prospectlab.sqlite`; `:memory:` for
     * tests. The data directory is locked for this process until {@link close}.
     * @throws DataDirLockedError when another live process holds the data directory
     */
    static open(dataDir) {
        return new JobStore(SqliteBackend.open(dataDir));
    }
    /** `sqlite` or `postgres`. */
    get kind() {
        return this.#backend.kind;
    }
    /**
     * Runs `fn` in one transaction with a store bound to it (use only that store inside `fn`).
     * Called on a transaction's store, joins that transaction.
     */
    transaction(fn) {
        if (this.#inTransaction)
            return fn(this);
        return this.#backend.transaction((sql) => fn(new JobStore(this.#backend, sql, true)));
    }
    /**
     * Takes the lease `name`, held by at most one process of the store at a time (e.g. the
     * gateway that ingests actor output); null when another process holds it. A store that only
     * one process can open (SQLite) always grants it.
     */
    async tryLease(name) {
        return this.#backend.tryLease ? this.#backend.tryLease(name) : NEVER_LOST;
    }
    /** Cheap liveness probe for `/readyz`. */
    async ping() {
        return Number((await this.#sql.get('SELECT 1 AS ok'))?.ok) === 1;
    }
    async createJob(job) {
        const row = await this.#sql.get(`INSERT INTO jobs (id, kind, status, created_at, progress, owner, input_json, site_url, pages_visited, label)
       VALUES (?, ?, 'QUEUED', ?, 0, ?, ?, ?, 0, ?) RETURNING *`, [job.id, job.kind, Date.now(), job.owner ?? null, JSON.stringify(job.input), job.siteUrl ?? null, job.label ?? null]);
        return toRecord(row);
    }
    async getJob(id) {
        const row = await this.#sql.get('SELECT * FROM jobs WHERE id = ?', [id]);
        return row ? toRecord(row) : null;
    }
    /**
     * Reads a job and, inside a transaction, holds its row lock until the transaction ends, so
     * transitions of one job (from any gateway) run one after the other.
     */
    async lockJob(id) {
        const forUpdate = this.#sql.dialect === 'postgres' ? ' FOR UPDATE' : ''; // SQLite: BEGIN IMMEDIATE already serialises writers
        const row = await this.#sql.get(`SELECT * FROM jobs WHERE id = ?${forUpdate}`, [id]);
        return row ? toRecord(row) : null;
    }
    /**
     * Inside a transaction: serialises, until it ends, every transaction that takes the same
     * owner's lock (job allowances checked and spent atomically across gateways).
     */
    async lockOwner(owner) {
        if (this.#sql.dialect === 'postgres')
            await this.#sql.all('SELECT pg_advisory_xact_lock(hashtext(CAST(? AS TEXT)))', [`owner:${owner}`]);
    }
    /** Jobs not yet finished, oldest first. */
    async unfinishedJobs() {
        const rows = await this.#sql.all(`SELECT * FROM jobs WHERE status IN ('QUEUED', 'RUNNING') ORDER BY created_order`);
        return rows.map(toRecord);
    }
    /** Queued and running jobs of `owner`. */
    async activeJobCount(owner) {
        const row = await this.#sql.get(`SELECT COUNT(*) AS n FROM jobs WHERE owner = ? AND status IN ('QUEUED', 'RUNNING')`, [owner]);
        return Number(row.n);
    }
    async listJobs(filter) {
        const where = [];
        const params = [];
        if (filter.kind) {
            where.push('kind = ?');
            params.push(filter.kind);
        }
        if (filter.status) {
            where.push('status = ?');
            params.push(filter.status);
        }
        if (filter.owner !== undefined && filter.owner !== null) {
            where.push('owner = ?');
            params.push(filter.owner);
        }
        const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
        const totalCount = Number((await this.#sql.get(`SELECT COUNT(*) AS n FROM jobs ${clause}`, params)).n);
        const pageWhere = [...where];
        const pageParams = [...params];
        if (filter.after) {
            pageWhere.push('created_order < ?');
            pageParams.push(decodeCursor(filter.after));
        }
        const pageClause = pageWhere.length ? `WHERE ${pageWhere.join(' AND ')}` : '';
        const rows = await this.#sql.all(`SELECT * FROM jobs ${pageClause} ORDER BY created_order DESC LIMIT ?`, [...pageParams, filter.first + 1]);
        const page = rows.slice(0, filter.first);
        return {
            jobs: page.map(toRecord),
            cursors: page.map((r) => encodeCursor(r, Number(r.created_order))),
            hasNextPage: rows.length > filter.first,
            totalCount,
        };
    }
    async updateJob(id, patch) {
        const sets = [];
        const params = [];
        const add = (column, value) => {
            sets.push(`${column} = ?`);
            params.push(value);
        };
        if (patch.status !== undefined)
            add('status', patch.status);
        if (patch.startedAt !== undefined)
            add('started_at', patch.startedAt.getTime());
        if (patch.finishedAt !== undefined)
            add('finished_at', patch.finishedAt.getTime());
        if (patch.progress !== undefined)
            add('progress', patch.progress);
        if (patch.error !== undefined)
            add('error', patch.error);
        if (patch.pagesVisited !== undefined)
            add('pages_visited', patch.pagesVisited);
        if (!sets.length)
            return;
        await this.#sql.run(`UPDATE jobs SET ${sets.join(', ')} WHERE id = ?`, [...params, id]);
    }
    /**
     * Numbers and stores an event. Refuses (returns null) any event after a terminal one, so
     * a job has exactly one terminal event. Call it in a transaction that holds the job's lock.
     */
    async appendEvent(event) {
        return this.transaction(async (tx) => {
            const last = await tx.#sql.get('SELECT seq, type FROM job_events WHERE job_id = ? ORDER BY seq DESC LIMIT 1', [event.jobId]);
            if (last && isTerminalEvent(last))
                return null;
            const seq = Number(last?.seq ?? 0) + 1;
            const stored = { ...event, seq };
            await tx.#sql.run('INSERT INTO job_events (job_id, seq, type, at, payload_json) VALUES (?, ?, ?, ?, ?)', [
                event.jobId,
                seq,
                event.type,
                event.at,
                JSON.stringify(stored),
            ]);
            return stored;
        });
    }
    /** Events of a job with `seq > afterSeq`, in order, at most `limit`. */
    async eventsAfter(jobId, afterSeq, limit = 10_000) {
        const rows = await this.#sql.all('SELECT payload_json FROM job_events WHERE job_id = ? AND seq > ? ORDER BY seq LIMIT ?', [
            jobId,
            afterSeq,
            limit,
        ]);
        return rows.map((r) => parseJobEvent(JSON.parse(r.payload_json)));
    }
    async lastSeq(jobId) {
        const row = await this.#sql.get('SELECT MAX(seq) AS seq FROM job_events WHERE job_id = ?', [jobId]);
        return Number(row?.seq ?? 0);
    }
    /** Records an actor message id; false when it was seen before (a redelivery). */
    async markMessageProcessed(messageId) {
        return (await this.#sql.run('INSERT INTO processed_messages (id, at) VALUES (?, ?) ON CONFLICT DO NOTHING', [messageId, Date.now()])) === 1;
    }
    /**
     * Records actor message ids in one statement; returns those not seen before (the others are
     * redeliveries). A concurrent transaction recording the same id makes this one wait for it.
     */
    async markMessagesProcessed(messageIds) {
        const fresh = new Set();
        const now = Date.now();
        for (let start = 0; start < messageIds.length; start += 500) {
            const chunk = messageIds.slice(start, start + 500);
            const rows = await this.#sql.all(`INSERT INTO processed_messages (id, at) VALUES ${chunk.map(() => '(?, ?)').join(', ')} ON CONFLICT DO NOTHING RETURNING id`, chunk.flatMap((id) => [id, now]));
            for (const row of rows)
                fresh.add(row.id);
        }
        return fresh;
    }
    /** Stores an address found by a scraping job; false when the job already has it. */
    async addScrapeEmail(jobId, hit) {
        const changes = await this.#sql.run(`INSERT INTO scrape_emails (job_id, address, page_url, context, found_order)
       VALUES (?, ?, ?, ?, (SELECT COUNT(*) FROM scrape_emails WHERE job_id = ?)) ON CONFLICT DO NOTHING`, [jobId, hit.address.toLowerCase(), hit.pageUrl, hit.context, jobId]);
        return changes === 1;
    }
    /** Whether a scraping job already has this address (compared lower-cased). */
    async hasScrapeEmail(jobId, address) {
        return (await this.#sql.get('SELECT 1 AS found FROM scrape_emails WHERE job_id = ? AND address = ?', [jobId, address.toLowerCase()])) !== undefined;
    }
    async scrapeEmails(jobId) {
        const rows = await this.#sql.all('SELECT address, page_url, context FROM scrape_emails WHERE job_id = ? ORDER BY found_order', [jobId]);
        return rows.map((r) => ({ address: r.address, pageUrl: r.page_url, context: r.context }));
    }
    async scrapeEmailCount(jobId) {
        return Number((await this.#sql.get('SELECT COUNT(*) AS n FROM scrape_emails WHERE job_id = ?', [jobId])).n);
    }
    /**
     * Spends `cost` tokens of a shared token bucket (`perMinute` tokens, refilled continuously):
     * every gateway on the same database draws from the same bucket.
     * @returns 0 when spent, otherwise the milliseconds until `cost` tokens are available
     */
    async takeTokens(bucket, cost, perMinute, nowMs = Date.now()) {
        return this.transaction(async (tx) => {
            // A new bucket starts full; the row exists before it is locked, so concurrent first uses queue on it.
            await tx.#sql.run('INSERT INTO rate_buckets (bucket, tokens, updated_at) VALUES (?, ?, ?) ON CONFLICT (bucket) DO NOTHING', [bucket, perMinute, nowMs]);
            const forUpdate = tx.#sql.dialect === 'postgres' ? ' FOR UPDATE' : '';
            const row = (await tx.#sql.get(`SELECT tokens, updated_at FROM rate_buckets WHERE bucket = ?${forUpdate}`, [
                bucket,
            ]));
            const elapsedMs = Math.max(0, nowMs - Number(row.updated_at));
            const available = Math.min(perMinute, row.tokens + (elapsedMs * perMinute) / 60_000);
            const allowed = available >= cost;
            await tx.#sql.run('UPDATE rate_buckets SET tokens = ?, updated_at = ? WHERE bucket = ?', [
                allowed ? available - cost : available,
                Math.max(nowMs, Number(row.updated_at)),
                bucket,
            ]);
            if (allowed)
                return 0;
            return ((Math.min(cost, perMinute) - available) / perMinute) * 60_000;
        });
    }
    /** Closes the database (and releases SQLite's data directory). Idempotent. */
    close() {
        return this.#backend.close();
    }
}
//# sourceMappingURL=job-store.js.map