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
import { isTerminalEvent, parseJobEvent, type JobEventPayload, type UnsequencedJobEvent } from '../../schema/job-events.js';
import type { EmailHitPayload } from '../../schema/actor-messages.js';
import { AnalysisStore } from './analysis-store.js';
import { OutboxStore } from './outbox-store.js';
import type { SqlExecutor, SqlParam } from './sql-executor.js';
import { SqliteBackend } from './sqlite-backend.js';
import type { WalCheckpointerOptions } from './wal-checkpointer.js';

type SqlValue = SqlParam;

export type JobKindValue = 'ANALYSIS' | 'SCRAPING';
export type JobStatusValue = 'QUEUED' | 'RUNNING' | 'COMPLETED' | 'FAILED' | 'CANCELLED';

export const TERMINAL_STATUSES: ReadonlySet<JobStatusValue> = new Set(['COMPLETED', 'FAILED', 'CANCELLED']);

export interface JobRecord {
  readonly id: string;
  readonly kind: JobKindValue;
  readonly status: JobStatusValue;
  readonly createdAt: Date;
  readonly startedAt: Date | null;
  readonly finishedAt: Date | null;
  /** 0 to 100. */
  readonly progress: number;
  readonly error: string | null;
  /** The API key (hash) that created the job, or null in open mode. */
  readonly owner: string | null;
  /** The work as submitted (JSON value). */
  readonly input: unknown;
  /** Start URL of a scraping job. */
  readonly siteUrl: string | null;
  readonly pagesVisited: number;
  /** What the job is called in the history and exports (upload file name, site host, or the caller's). */
  readonly label: string | null;
}

export interface JobPatch {
  readonly status?: JobStatusValue;
  readonly startedAt?: Date;
  readonly finishedAt?: Date;
  readonly progress?: number;
  readonly error?: string | null;
  readonly pagesVisited?: number;
}

export interface ListJobsFilter {
  readonly kind?: JobKindValue | null;
  readonly status?: JobStatusValue | null;
  readonly owner?: string | null;
  /** Page size. */
  readonly first: number;
  /** Cursor of the last job of the previous page. */
  readonly after?: string | null;
}

export interface JobPage {
  readonly jobs: readonly JobRecord[];
  readonly hasNextPage: boolean;
  readonly totalCount: number;
}

/** Integer columns: PostgreSQL's BIGINT arrives as a string. */
type Int = number | string;

interface JobRow {
  id: string;
  kind: JobKindValue;
  status: JobStatusValue;
  created_at: Int;
  started_at: Int | null;
  finished_at: Int | null;
  progress: number;
  error: string | null;
  owner: string | null;
  input_json: string;
  site_url: string | null;
  pages_visited: Int;
  label: string | null;
  created_order: Int;
}

/** Where a {@link JobStore} keeps its data; one per process, opened by `open-store.ts`. */
export interface StoreBackend {
  readonly kind: 'sqlite' | 'postgres';
  /** Runs statements outside any transaction. */
  readonly sql: SqlExecutor;
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it rejects. */
  transaction<T>(fn: (sql: SqlExecutor) => Promise<T>): Promise<T>;
  /**
   * Takes the named lease if no other process holds it (see {@link JobStore.tryLease});
   * absent on a store only one process can open, where every lease is always free.
   */
  tryLease?(name: string): Promise<StoreLease | null>;
  close(): Promise<void>;
}

/** A lease held by this process until released or lost (its holder's connection dropped). */
export interface StoreLease {
  /** Resolves when the lease is lost without {@link release}: another process may take it now. */
  readonly lost: Promise<void>;
  /** Gives the lease up. Idempotent. */
  release(): Promise<void>;
}

const NEVER_LOST: StoreLease = { lost: new Promise<void>(() => undefined), release: () => Promise.resolve() };

/** The cursor string was not produced by this API: the caller must fix it. */
export class InvalidCursorError extends Error {
  override readonly name = 'InvalidCursorError';
}

function toRecord(row: JobRow): JobRecord {
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
    input: JSON.parse(row.input_json) as unknown,
    siteUrl: row.site_url,
    pagesVisited: Number(row.pages_visited),
    label: row.label ?? null,
  };
}

export function encodeCursor(job: { readonly id: string }, order: number): string {
  return Buffer.from(`${order}:${job.id}`, 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = /^(\d+):[0-9a-f-]+$/i.exec(text);
  if (!match) throw new InvalidCursorError(`Invalid cursor ${JSON.stringify(cursor)}`);
  return Number(match[1]);
}

/**
 * A scrape's next `found_order`, which is also its address count: its addresses are numbered 0,
 * 1, 2… in the order found, without gaps (nothing is removed but with the job), read from the
 * `(job_id, found_order)` index. One parameter: the job id.
 */
const NEXT_FOUND_ORDER = 'SELECT COALESCE(MAX(found_order) + 1, 0) AS n FROM scrape_emails WHERE job_id = ?';

export class JobStore {
  readonly #backend: StoreBackend;
  readonly #sql: SqlExecutor;
  readonly #inTransaction: boolean;
  /** Companies of analysis jobs and uploads. */
  readonly analysis: AnalysisStore;
  /** Work waiting to be sent to actor services. */
  readonly outbox: OutboxStore;

  constructor(backend: StoreBackend, sql: SqlExecutor = backend.sql, inTransaction = false) {
    this.#backend = backend;
    this.#sql = sql;
    this.#inTransaction = inTransaction;
    this.analysis = new AnalysisStore(sql);
    this.outbox = new OutboxStore(sql);
  }

  /**
   * Opens (and migrates) the SQLite store at `<dataDir>/prospectlab.sqlite`; `:memory:` for
   * tests. The data directory is locked for this process until {@link close}.
   * @param checkpoints how its write-ahead log is checkpointed (`wal-checkpointer.ts`)
   * @throws DataDirLockedError when another live process holds the data directory
   */
  static open(dataDir: string, checkpoints: WalCheckpointerOptions = {}): JobStore {
    return new JobStore(SqliteBackend.open(dataDir, checkpoints));
  }

  /** `sqlite` or `postgres`. */
  get kind(): 'sqlite' | 'postgres' {
    return this.#backend.kind;
  }

  /**
   * Runs `fn` in one transaction with a store bound to it (use only that store inside `fn`).
   * Called on a transaction's store, joins that transaction.
   */
  transaction<T>(fn: (tx: JobStore) => Promise<T>): Promise<T> {
    if (this.#inTransaction) return fn(this);
    return this.#backend.transaction((sql) => fn(new JobStore(this.#backend, sql, true)));
  }

  /**
   * Takes the lease `name`, held by at most one process of the store at a time (e.g. the
   * gateway that ingests actor output); null when another process holds it. A store that only
   * one process can open (SQLite) always grants it.
   */
  async tryLease(name: string): Promise<StoreLease | null> {
    return this.#backend.tryLease ? this.#backend.tryLease(name) : NEVER_LOST;
  }

  /** Cheap liveness probe for `/readyz`. */
  async ping(): Promise<boolean> {
    return Number((await this.#sql.get<{ ok: Int }>('SELECT 1 AS ok'))?.ok) === 1;
  }

  async createJob(job: {
    id: string;
    kind: JobKindValue;
    input: unknown;
    owner?: string | null;
    siteUrl?: string | null;
    label?: string | null;
  }): Promise<JobRecord> {
    const row = await this.#sql.get<JobRow>(
      `INSERT INTO jobs (id, kind, status, created_at, progress, owner, input_json, site_url, pages_visited, label)
       VALUES (?, ?, 'QUEUED', ?, 0, ?, ?, ?, 0, ?) RETURNING *`,
      [job.id, job.kind, Date.now(), job.owner ?? null, JSON.stringify(job.input), job.siteUrl ?? null, job.label ?? null],
    );
    return toRecord(row!);
  }

  async getJob(id: string): Promise<JobRecord | null> {
    const row = await this.#sql.get<JobRow>('SELECT * FROM jobs WHERE id = ?', [id]);
    return row ? toRecord(row) : null;
  }

  /**
   * Reads a job and, inside a transaction, holds its row lock until the transaction ends, so
   * transitions of one job (from any gateway) run one after the other.
   */
  async lockJob(id: string): Promise<JobRecord | null> {
    const forUpdate = this.#sql.dialect === 'postgres' ? ' FOR UPDATE' : ''; // SQLite: BEGIN IMMEDIATE already serialises writers
    const row = await this.#sql.get<JobRow>(`SELECT * FROM jobs WHERE id = ?${forUpdate}`, [id]);
    return row ? toRecord(row) : null;
  }

  /**
   * Inside a transaction: serialises, until it ends, every transaction that takes the same
   * owner's lock (job allowances checked and spent atomically across gateways).
   */
  async lockOwner(owner: string): Promise<void> {
    if (this.#sql.dialect === 'postgres') await this.#sql.all('SELECT pg_advisory_xact_lock(hashtext(CAST(? AS TEXT)))', [`owner:${owner}`]);
  }

  /** Jobs not yet finished, oldest first. */
  async unfinishedJobs(): Promise<JobRecord[]> {
    const rows = await this.#sql.all<JobRow>(`SELECT * FROM jobs WHERE status IN ('QUEUED', 'RUNNING') ORDER BY created_order`);
    return rows.map(toRecord);
  }

  /** Queued and running jobs of `owner`. */
  async activeJobCount(owner: string): Promise<number> {
    const row = await this.#sql.get<{ n: Int }>(`SELECT COUNT(*) AS n FROM jobs WHERE owner = ? AND status IN ('QUEUED', 'RUNNING')`, [owner]);
    return Number(row!.n);
  }

  async listJobs(filter: ListJobsFilter): Promise<JobPage & { readonly cursors: readonly string[] }> {
    const where: string[] = [];
    const params: SqlValue[] = [];
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
    const totalCount = Number((await this.#sql.get<{ n: Int }>(`SELECT COUNT(*) AS n FROM jobs ${clause}`, params))!.n);
    const pageWhere = [...where];
    const pageParams = [...params];
    if (filter.after) {
      pageWhere.push('created_order < ?');
      pageParams.push(decodeCursor(filter.after));
    }
    const pageClause = pageWhere.length ? `WHERE ${pageWhere.join(' AND ')}` : '';
    const rows = await this.#sql.all<JobRow>(`SELECT * FROM jobs ${pageClause} ORDER BY created_order DESC LIMIT ?`, [...pageParams, filter.first + 1]);
    const page = rows.slice(0, filter.first);
    return {
      jobs: page.map(toRecord),
      cursors: page.map((r) => encodeCursor(r, Number(r.created_order))),
      hasNextPage: rows.length > filter.first,
      totalCount,
    };
  }

  async updateJob(id: string, patch: JobPatch): Promise<void> {
    const sets: string[] = [];
    const params: SqlValue[] = [];
    const add = (column: string, value: SqlValue): void => {
      sets.push(`${column} = ?`);
      params.push(value);
    };
    if (patch.status !== undefined) add('status', patch.status);
    if (patch.startedAt !== undefined) add('started_at', patch.startedAt.getTime());
    if (patch.finishedAt !== undefined) add('finished_at', patch.finishedAt.getTime());
    if (patch.progress !== undefined) add('progress', patch.progress);
    if (patch.error !== undefined) add('error', patch.error);
    if (patch.pagesVisited !== undefined) add('pages_visited', patch.pagesVisited);
    if (!sets.length) return;
    await this.#sql.run(`UPDATE jobs SET ${sets.join(', ')} WHERE id = ?`, [...params, id]);
  }

  /**
   * Numbers and stores an event. Refuses (returns null) any event after a terminal one, so
   * a job has exactly one terminal event. Call it in a transaction that holds the job's lock.
   */
  async appendEvent(event: UnsequencedJobEvent): Promise<JobEventPayload | null> {
    return this.transaction(async (tx) => {
      const last = await tx.#sql.get<{ seq: Int; type: string }>('SELECT seq, type FROM job_events WHERE job_id = ? ORDER BY seq DESC LIMIT 1', [event.jobId]);
      if (last && isTerminalEvent(last)) return null;
      const seq = Number(last?.seq ?? 0) + 1;
      const stored = { ...event, seq } as JobEventPayload;
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
  async eventsAfter(jobId: string, afterSeq: number, limit = 10_000): Promise<JobEventPayload[]> {
    const rows = await this.#sql.all<{ payload_json: string }>('SELECT payload_json FROM job_events WHERE job_id = ? AND seq > ? ORDER BY seq LIMIT ?', [
      jobId,
      afterSeq,
      limit,
    ]);
    return rows.map((r) => parseJobEvent(JSON.parse(r.payload_json)));
  }

  async lastSeq(jobId: string): Promise<number> {
    const row = await this.#sql.get<{ seq: Int | null }>('SELECT MAX(seq) AS seq FROM job_events WHERE job_id = ?', [jobId]);
    return Number(row?.seq ?? 0);
  }

  /** Records an actor message id; false when it was seen before (a redelivery). */
  async markMessageProcessed(messageId: string): Promise<boolean> {
    return (await this.#sql.run('INSERT INTO processed_messages (id, at) VALUES (?, ?) ON CONFLICT DO NOTHING', [messageId, Date.now()])) === 1;
  }

  /**
   * Records actor message ids in one statement; returns those not seen before (the others are
   * redeliveries). A concurrent transaction recording the same id makes this one wait for it.
   */
  async markMessagesProcessed(messageIds: readonly string[]): Promise<Set<string>> {
    const fresh = new Set<string>();
    const now = Date.now();
    for (let start = 0; start < messageIds.length; start += 500) {
      const chunk = messageIds.slice(start, start + 500);
      const rows = await this.#sql.all<{ id: string }>(
        `INSERT INTO processed_messages (id, at) VALUES ${chunk.map(() => '(?, ?)').join(', ')} ON CONFLICT DO NOTHING RETURNING id`,
        chunk.flatMap((id) => [id, now]),
      );
      for (const row of rows) fresh.add(row.id);
    }
    return fresh;
  }

  /** Stores an address found by a scraping job, numbered {@link NEXT_FOUND_ORDER}; false when the job already has it. */
  async addScrapeEmail(jobId: string, hit: EmailHitPayload): Promise<boolean> {
    const changes = await this.#sql.run(
      `INSERT INTO scrape_emails (job_id, address, page_url, context, found_order)
       VALUES (?, ?, ?, ?, (${NEXT_FOUND_ORDER})) ON CONFLICT DO NOTHING`,
      [jobId, hit.address.toLowerCase(), hit.pageUrl, hit.context, jobId],
    );
    return changes === 1;
  }

  /** Whether a scraping job already has this address (compared lower-cased). */
  async hasScrapeEmail(jobId: string, address: string): Promise<boolean> {
    return (await this.#sql.get('SELECT 1 AS found FROM scrape_emails WHERE job_id = ? AND address = ?', [jobId, address.toLowerCase()])) !== undefined;
  }

  async scrapeEmails(jobId: string): Promise<EmailHitPayload[]> {
    const rows = await this.#sql.all<{ address: string; page_url: string; context: string }>(
      'SELECT address, page_url, context FROM scrape_emails WHERE job_id = ? ORDER BY found_order',
      [jobId],
    );
    return rows.map((r) => ({ address: r.address, pageUrl: r.page_url, context: r.context }));
  }

  /** The addresses a scraping job has (see {@link NEXT_FOUND_ORDER}). */
  async scrapeEmailCount(jobId: string): Promise<number> {
    return Number((await this.#sql.get<{ n: Int }>(NEXT_FOUND_ORDER, [jobId]))!.n);
  }

  /**
   * Spends `cost` tokens of a shared token bucket (`perMinute` tokens, refilled continuously):
   * every gateway on the same database draws from the same bucket.
   * @returns 0 when spent, otherwise the milliseconds until `cost` tokens are available
   */
  async takeTokens(bucket: string, cost: number, perMinute: number, nowMs = Date.now()): Promise<number> {
    return this.transaction(async (tx) => {
      // A new bucket starts full; the row exists before it is locked, so concurrent first uses queue on it.
      await tx.#sql.run('INSERT INTO rate_buckets (bucket, tokens, updated_at) VALUES (?, ?, ?) ON CONFLICT (bucket) DO NOTHING', [bucket, perMinute, nowMs]);
      const forUpdate = tx.#sql.dialect === 'postgres' ? ' FOR UPDATE' : '';
      const row = (await tx.#sql.get<{ tokens: number; updated_at: Int }>(`SELECT tokens, updated_at FROM rate_buckets WHERE bucket = ?${forUpdate}`, [
        bucket,
      ]))!;
      const elapsedMs = Math.max(0, nowMs - Number(row.updated_at));
      const available = Math.min(perMinute, row.tokens + (elapsedMs * perMinute) / 60_000);
      const allowed = available >= cost;
      await tx.#sql.run('UPDATE rate_buckets SET tokens = ?, updated_at = ? WHERE bucket = ?', [
        allowed ? available - cost : available,
        Math.max(nowMs, Number(row.updated_at)),
        bucket,
      ]);
      if (allowed) return 0;
      return ((Math.min(cost, perMinute) - available) / perMinute) * 60_000;
    });
  }

  /** Closes the database (and releases SQLite's data directory). Idempotent. */
  close(): Promise<void> {
    return this.#backend.close();
  }
}
