/**
 * Durable store of jobs, their sequenced events and their results (SQLite, WAL mode).
 * Synchronous by design (`node:sqlite`): each mutation is one short transaction.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isTerminalEvent, parseJobEvent, type JobEventPayload, type UnsequencedJobEvent } from '../../schema/job-events.js';
import type { EmailHitPayload } from '../../schema/actor-messages.js';
import { AnalysisStore } from './analysis-store.js';
import { DataDirLock } from './data-dir-lock.js';
import { MIGRATIONS } from './migrations.js';
import { OutboxStore } from './outbox-store.js';
import { openSqlite, readPragma, runInTransaction, type SqliteDatabase } from './sqlite.js';

type SqlValue = string | number | null;

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

interface JobRow {
  id: string;
  kind: JobKindValue;
  status: JobStatusValue;
  created_at: number;
  started_at: number | null;
  finished_at: number | null;
  progress: number;
  error: string | null;
  owner: string | null;
  input_json: string;
  site_url: string | null;
  pages_visited: number;
  created_order: number;
}

/** The cursor string was not produced by this API: the caller must fix it. */
export class InvalidCursorError extends Error {
  override readonly name = 'InvalidCursorError';
}

function toRecord(row: JobRow): JobRecord {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    createdAt: new Date(row.created_at),
    startedAt: row.started_at === null ? null : new Date(row.started_at),
    finishedAt: row.finished_at === null ? null : new Date(row.finished_at),
    progress: row.progress,
    error: row.error,
    owner: row.owner,
    input: JSON.parse(row.input_json) as unknown,
    siteUrl: row.site_url,
    pagesVisited: row.pages_visited,
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

export class JobStore {
  readonly #db: SqliteDatabase;
  readonly #lock: DataDirLock | null;
  #open = true;
  /** Companies of analysis jobs and uploads. */
  readonly analysis: AnalysisStore;
  /** Work waiting to be sent to actor services. */
  readonly outbox: OutboxStore;

  private constructor(db: SqliteDatabase, lock: DataDirLock | null) {
    this.#db = db;
    this.#lock = lock;
    this.analysis = new AnalysisStore(db);
    this.outbox = new OutboxStore(db);
  }

  /**
   * Opens (and migrates) the store at `<dataDir>/prospectlab.sqlite`; `:memory:` for tests.
   * The data directory is locked for this process until {@link close}.
   * @throws DataDirLockedError when another live process holds the data directory
   */
  static open(dataDir: string): JobStore {
    let file = ':memory:';
    let lock: DataDirLock | null = null;
    if (dataDir !== ':memory:') {
      fs.mkdirSync(dataDir, { recursive: true });
      lock = DataDirLock.acquire(dataDir);
      file = path.join(dataDir, 'prospectlab.sqlite');
    }
    try {
      const db = openSqlite(file);
      try {
        db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;');
        const version = Number(readPragma(db, 'user_version'));
        for (let v = version; v < MIGRATIONS.length; v++) {
          runInTransaction(db, () => {
            db.exec(MIGRATIONS[v]!);
            db.exec(`PRAGMA user_version = ${v + 1}`);
          });
        }
      } catch (error) {
        db.close();
        throw error;
      }
      return new JobStore(db, lock);
    } catch (error) {
      lock?.release();
      throw error;
    }
  }

  /** Runs `fn` in one transaction (nested calls join the outer one as a savepoint). */
  transaction<T>(fn: () => T): T {
    return runInTransaction(this.#db, fn);
  }

  /** Cheap liveness probe for `/readyz`. */
  ping(): boolean {
    return (this.#db.prepare('SELECT 1 AS ok').get() as { ok: number }).ok === 1;
  }

  createJob(job: { id: string; kind: JobKindValue; input: unknown; owner?: string | null; siteUrl?: string | null }): JobRecord {
    this.#db
      .prepare(
        `INSERT INTO jobs (id, kind, status, created_at, progress, owner, input_json, site_url, pages_visited)
         VALUES (?, ?, 'QUEUED', ?, 0, ?, ?, ?, 0)`,
      )
      .run(job.id, job.kind, Date.now(), job.owner ?? null, JSON.stringify(job.input), job.siteUrl ?? null);
    return this.getJob(job.id)!;
  }

  getJob(id: string): JobRecord | null {
    const row = this.#db.prepare('SELECT * FROM jobs WHERE id = ?').get(id) as JobRow | undefined;
    return row ? toRecord(row) : null;
  }

  /** Jobs not yet finished, oldest first. */
  unfinishedJobs(): JobRecord[] {
    const rows = this.#db
      .prepare(`SELECT * FROM jobs WHERE status IN ('QUEUED', 'RUNNING') ORDER BY created_order`)
      .all() as unknown as JobRow[];
    return rows.map(toRecord);
  }

  listJobs(filter: ListJobsFilter): JobPage & { readonly cursors: readonly string[] } {
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
    const totalCount = (this.#db.prepare(`SELECT COUNT(*) AS n FROM jobs ${clause}`).get(...params) as { n: number }).n;
    const pageWhere = [...where];
    const pageParams = [...params];
    if (filter.after) {
      pageWhere.push('created_order < ?');
      pageParams.push(decodeCursor(filter.after));
    }
    const pageClause = pageWhere.length ? `WHERE ${pageWhere.join(' AND ')}` : '';
    const rows = this.#db
      .prepare(`SELECT * FROM jobs ${pageClause} ORDER BY created_order DESC LIMIT ?`)
      .all(...pageParams, filter.first + 1) as unknown as JobRow[];
    const page = rows.slice(0, filter.first);
    return {
      jobs: page.map(toRecord),
      cursors: page.map((r) => encodeCursor(r, r.created_order)),
      hasNextPage: rows.length > filter.first,
      totalCount,
    };
  }

  updateJob(id: string, patch: JobPatch): void {
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
    this.#db.prepare(`UPDATE jobs SET ${sets.join(', ')} WHERE id = ?`).run(...params, id);
  }

  /**
   * Numbers and stores an event. Refuses (returns null) any event after a terminal one, so
   * a job has exactly one terminal event.
   */
  appendEvent(event: UnsequencedJobEvent): JobEventPayload | null {
    return this.transaction(() => {
      const last = this.#db
        .prepare('SELECT seq, type FROM job_events WHERE job_id = ? ORDER BY seq DESC LIMIT 1')
        .get(event.jobId) as { seq: number; type: string } | undefined;
      if (last && isTerminalEvent(last)) return null;
      const seq = (last?.seq ?? 0) + 1;
      const stored = { ...event, seq } as JobEventPayload;
      this.#db
        .prepare('INSERT INTO job_events (job_id, seq, type, at, payload_json) VALUES (?, ?, ?, ?, ?)')
        .run(event.jobId, seq, event.type, event.at, JSON.stringify(stored));
      return stored;
    });
  }

  /** Events of a job with `seq > afterSeq`, in order, at most `limit`. */
  eventsAfter(jobId: string, afterSeq: number, limit = 10_000): JobEventPayload[] {
    const rows = this.#db
      .prepare('SELECT payload_json FROM job_events WHERE job_id = ? AND seq > ? ORDER BY seq LIMIT ?')
      .all(jobId, afterSeq, limit) as { payload_json: string }[];
    return rows.map((r) => parseJobEvent(JSON.parse(r.payload_json)));
  }

  lastSeq(jobId: string): number {
    const row = this.#db.prepare('SELECT MAX(seq) AS seq FROM job_events WHERE job_id = ?').get(jobId) as {
      seq: number | null;
    };
    return row.seq ?? 0;
  }

  /** Records an actor message id; false when it was seen before (a redelivery). */
  markMessageProcessed(messageId: string): boolean {
    const result = this.#db
      .prepare('INSERT OR IGNORE INTO processed_messages (id, at) VALUES (?, ?)')
      .run(messageId, Date.now());
    return result.changes === 1;
  }

  /** Stores an address found by a scraping job; false when the job already has it. */
  addScrapeEmail(jobId: string, hit: EmailHitPayload): boolean {
    const result = this.#db
      .prepare(
        'INSERT OR IGNORE INTO scrape_emails (job_id, address, page_url, context, found_order) VALUES (?, ?, ?, ?, (SELECT COUNT(*) FROM scrape_emails WHERE job_id = ?))',
      )
      .run(jobId, hit.address.toLowerCase(), hit.pageUrl, hit.context, jobId);
    return result.changes === 1;
  }

  /** Whether a scraping job already has this address (compared lower-cased). */
  hasScrapeEmail(jobId: string, address: string): boolean {
    return this.#db.prepare('SELECT 1 FROM scrape_emails WHERE job_id = ? AND address = ?').get(jobId, address.toLowerCase()) !== undefined;
  }

  scrapeEmails(jobId: string): EmailHitPayload[] {
    return (
      this.#db
        .prepare('SELECT address, page_url, context FROM scrape_emails WHERE job_id = ? ORDER BY found_order')
        .all(jobId) as { address: string; page_url: string; context: string }[]
    ).map((r) => ({ address: r.address, pageUrl: r.page_url, context: r.context }));
  }

  scrapeEmailCount(jobId: string): number {
    return (this.#db.prepare('SELECT COUNT(*) AS n FROM scrape_emails WHERE job_id = ?').get(jobId) as { n: number }).n;
  }

  /** Closes the database and releases the data directory. Idempotent. */
  close(): void {
    if (!this.#open) return;
    this.#open = false;
    try {
      this.#db.close();
    } finally {
      this.#lock?.release();
    }
  }
}
