/**
 * The companies of analysis jobs and the uploads they come from, in the same SQLite database
 * as the jobs ({@link JobStore.database}).
 */
import type { CompanyInputPayload, CompanyReportPayload } from '../../schema/company.js';
import { parseCompanyReport } from '../../schema/company-report.js';
import type { SqliteDatabase } from './sqlite.js';

export type CompanyStatusValue = 'PENDING' | 'RUNNING' | 'OK' | 'FAILED' | 'NO_WEBSITE' | 'CANCELLED';

export interface CompanyRecord {
  readonly jobId: string;
  readonly index: number;
  readonly name: string;
  readonly input: CompanyInputPayload;
  readonly status: CompanyStatusValue;
  readonly error: string | null;
  readonly report: CompanyReportPayload | null;
  readonly pagesVisited: number;
  /** An actor announced that it started this company (a redelivery does not announce it again). */
  readonly started: boolean;
}

/** What may change of a company when its work reports or ends. */
export interface CompanyPatch {
  readonly status: CompanyStatusValue;
  readonly error?: string | null;
  readonly report?: CompanyReportPayload | null;
  readonly pagesVisited?: number;
}

export interface UploadRecord {
  readonly id: string;
  readonly createdAt: Date;
  readonly owner: string | null;
  readonly filename: string;
  readonly rows: readonly CompanyInputPayload[];
  readonly columns: readonly string[];
  readonly warnings: readonly string[];
}

interface CompanyRow {
  job_id: string;
  idx: number;
  name: string;
  input_json: string;
  status: CompanyStatusValue;
  error: string | null;
  report_json: string | null;
  pages_visited: number;
  started: number;
}

const toCompany = (r: CompanyRow): CompanyRecord => ({
  jobId: r.job_id,
  index: r.idx,
  name: r.name,
  input: JSON.parse(r.input_json) as CompanyInputPayload,
  status: r.status,
  error: r.error,
  report: r.report_json ? parseCompanyReport(JSON.parse(r.report_json)) : null,
  pagesVisited: r.pages_visited,
  started: r.started === 1,
});

export interface CompanyCounts {
  readonly total: number;
  readonly pending: number;
  readonly running: number;
  readonly succeeded: number;
  readonly failed: number;
  readonly cancelled: number;
}

export class AnalysisStore {
  constructor(private readonly db: SqliteDatabase) {}

  addCompanies(jobId: string, companies: readonly CompanyInputPayload[]): void {
    const insert = this.db.prepare(
      `INSERT INTO analysis_companies (job_id, idx, name, input_json, status) VALUES (?, ?, ?, ?, ?)`,
    );
    companies.forEach((c, i) => insert.run(jobId, i, c.name, JSON.stringify(c), c.website ? 'PENDING' : 'NO_WEBSITE'));
  }

  company(jobId: string, index: number): CompanyRecord | null {
    const row = this.db.prepare('SELECT * FROM analysis_companies WHERE job_id = ? AND idx = ?').get(jobId, index) as CompanyRow | undefined;
    return row ? toCompany(row) : null;
  }

  companies(jobId: string): CompanyRecord[] {
    return (this.db.prepare('SELECT * FROM analysis_companies WHERE job_id = ? ORDER BY idx').all(jobId) as unknown as CompanyRow[]).map(toCompany);
  }

  /** Companies not finished yet (waiting for work or running), in index order. */
  unfinishedCompanies(jobId: string): CompanyRecord[] {
    return (
      this.db
        .prepare(`SELECT * FROM analysis_companies WHERE job_id = ? AND status IN ('PENDING', 'RUNNING') ORDER BY idx`)
        .all(jobId) as unknown as CompanyRow[]
    ).map(toCompany);
  }

  /** Companies still waiting for work to be queued, first ones first. */
  pendingCompanies(jobId: string, limit: number): CompanyRecord[] {
    return (
      this.db
        .prepare(`SELECT * FROM analysis_companies WHERE job_id = ? AND status = 'PENDING' ORDER BY idx LIMIT ?`)
        .all(jobId, limit) as unknown as CompanyRow[]
    ).map(toCompany);
  }

  setCompany(jobId: string, index: number, patch: CompanyPatch): void {
    this.db
      .prepare(
        `UPDATE analysis_companies SET status = ?, error = COALESCE(?, error), report_json = COALESCE(?, report_json),
         pages_visited = MAX(pages_visited, COALESCE(?, pages_visited)) WHERE job_id = ? AND idx = ?`,
      )
      .run(patch.status, patch.error ?? null, patch.report ? JSON.stringify(patch.report) : null, patch.pagesVisited ?? null, jobId, index);
  }

  /** Records that an actor started the company; false when one already had (a redelivery). */
  markStarted(jobId: string, index: number): boolean {
    return this.db.prepare('UPDATE analysis_companies SET started = 1 WHERE job_id = ? AND idx = ? AND started = 0').run(jobId, index).changes === 1;
  }

  /** Marks every not-yet-finished company of a job. */
  finishRemaining(jobId: string, status: 'CANCELLED' | 'FAILED', error: string | null): number {
    return this.db
      .prepare(`UPDATE analysis_companies SET status = ?, error = COALESCE(?, error) WHERE job_id = ? AND status IN ('PENDING', 'RUNNING')`)
      .run(status, error, jobId).changes as number;
  }

  counts(jobId: string): CompanyCounts {
    const rows = this.db
      .prepare('SELECT status, COUNT(*) AS n FROM analysis_companies WHERE job_id = ? GROUP BY status')
      .all(jobId) as { status: CompanyStatusValue; n: number }[];
    const by = Object.fromEntries(rows.map((r) => [r.status, r.n])) as Partial<Record<CompanyStatusValue, number>>;
    const total = rows.reduce((sum, r) => sum + r.n, 0);
    return {
      total,
      pending: by.PENDING ?? 0,
      running: by.RUNNING ?? 0,
      succeeded: (by.OK ?? 0) + (by.NO_WEBSITE ?? 0),
      failed: by.FAILED ?? 0,
      cancelled: by.CANCELLED ?? 0,
    };
  }

  saveUpload(upload: UploadRecord): void {
    this.db
      .prepare('INSERT INTO uploads (id, created_at, owner, filename, rows_json, columns_json, warnings_json) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(
        upload.id,
        upload.createdAt.getTime(),
        upload.owner,
        upload.filename,
        JSON.stringify(upload.rows),
        JSON.stringify(upload.columns),
        JSON.stringify(upload.warnings),
      );
  }

  upload(id: string): UploadRecord | null {
    const row = this.db.prepare('SELECT * FROM uploads WHERE id = ?').get(id) as
      | { id: string; created_at: number; owner: string | null; filename: string; rows_json: string; columns_json: string; warnings_json: string }
      | undefined;
    if (!row) return null;
    return {
      id: row.id,
      createdAt: new Date(row.created_at),
      owner: row.owner,
      filename: row.filename,
      rows: JSON.parse(row.rows_json) as CompanyInputPayload[],
      columns: JSON.parse(row.columns_json) as string[],
      warnings: JSON.parse(row.warnings_json) as string[],
    };
  }
}
