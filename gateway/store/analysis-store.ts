/**
 * The companies of analysis jobs and the uploads they come from, in the same database as the
 * jobs (SQLite or PostgreSQL), so every gateway sees every upload.
 */
import type { CompanyInputPayload, CompanyReportPayload } from '../../schema/company.js';
import { parseCompanyReport } from '../../schema/company-report.js';
import type { SqlExecutor } from './sql-executor.js';

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
  constructor(private readonly sql: SqlExecutor) {}

  async addCompanies(jobId: string, companies: readonly CompanyInputPayload[]): Promise<void> {
    // One statement per 500 rows: a 10 000-company job is 20 round trips, not 10 000.
    for (let from = 0; from < companies.length; from += 500) {
      const chunk = companies.slice(from, from + 500);
      const params = chunk.flatMap((c, i) => [jobId, from + i, c.name, JSON.stringify(c), c.website ? 'PENDING' : 'NO_WEBSITE']);
      await this.sql.run(
        `INSERT INTO analysis_companies (job_id, idx, name, input_json, status) VALUES ${chunk.map(() => '(?, ?, ?, ?, ?)').join(', ')}`,
        params,
      );
    }
  }

  async company(jobId: string, index: number): Promise<CompanyRecord | null> {
    const row = await this.sql.get<CompanyRow>('SELECT * FROM analysis_companies WHERE job_id = ? AND idx = ?', [jobId, index]);
    return row ? toCompany(row) : null;
  }

  async companies(jobId: string): Promise<CompanyRecord[]> {
    return (await this.sql.all<CompanyRow>('SELECT * FROM analysis_companies WHERE job_id = ? ORDER BY idx', [jobId])).map(toCompany);
  }

  /** Companies not finished yet (waiting for work or running), in index order. */
  async unfinishedCompanies(jobId: string): Promise<CompanyRecord[]> {
    return (await this.sql.all<CompanyRow>(`SELECT * FROM analysis_companies WHERE job_id = ? AND status IN ('PENDING', 'RUNNING') ORDER BY idx`, [jobId])).map(
      toCompany,
    );
  }

  /** Companies still waiting for work to be queued, first ones first. */
  async pendingCompanies(jobId: string, limit: number): Promise<CompanyRecord[]> {
    return (
      await this.sql.all<CompanyRow>(`SELECT * FROM analysis_companies WHERE job_id = ? AND status = 'PENDING' ORDER BY idx LIMIT ?`, [jobId, limit])
    ).map(toCompany);
  }

  async setCompany(jobId: string, index: number, patch: CompanyPatch): Promise<void> {
    const pages = patch.pagesVisited ?? null;
    await this.sql.run(
      `UPDATE analysis_companies SET status = ?, error = COALESCE(?, error), report_json = COALESCE(?, report_json),
       pages_visited = CASE WHEN ? > pages_visited THEN ? ELSE pages_visited END WHERE job_id = ? AND idx = ?`,
      [patch.status, patch.error ?? null, patch.report ? JSON.stringify(patch.report) : null, pages, pages, jobId, index],
    );
  }

  /** Records that an actor started the company; false when one already had (a redelivery). */
  async markStarted(jobId: string, index: number): Promise<boolean> {
    return (await this.sql.run('UPDATE analysis_companies SET started = 1 WHERE job_id = ? AND idx = ? AND started = 0', [jobId, index])) === 1;
  }

  /** Marks every not-yet-finished company of a job. */
  async finishRemaining(jobId: string, status: 'CANCELLED' | 'FAILED', error: string | null): Promise<number> {
    return this.sql.run(`UPDATE analysis_companies SET status = ?, error = COALESCE(?, error) WHERE job_id = ? AND status IN ('PENDING', 'RUNNING')`, [
      status,
      error,
      jobId,
    ]);
  }

  async counts(jobId: string): Promise<CompanyCounts> {
    const rows = await this.sql.all<{ status: CompanyStatusValue; n: number | string }>(
      'SELECT status, COUNT(*) AS n FROM analysis_companies WHERE job_id = ? GROUP BY status',
      [jobId],
    );
    const by = Object.fromEntries(rows.map((r) => [r.status, Number(r.n)])) as Partial<Record<CompanyStatusValue, number>>;
    const total = rows.reduce((sum, r) => sum + Number(r.n), 0);
    return {
      total,
      pending: by.PENDING ?? 0,
      running: by.RUNNING ?? 0,
      succeeded: (by.OK ?? 0) + (by.NO_WEBSITE ?? 0),
      failed: by.FAILED ?? 0,
      cancelled: by.CANCELLED ?? 0,
    };
  }

  async saveUpload(upload: UploadRecord): Promise<void> {
    await this.sql.run('INSERT INTO uploads (id, created_at, owner, filename, rows_json, columns_json, warnings_json) VALUES (?, ?, ?, ?, ?, ?, ?)', [
      upload.id,
      upload.createdAt.getTime(),
      upload.owner,
      upload.filename,
      JSON.stringify(upload.rows),
      JSON.stringify(upload.columns),
      JSON.stringify(upload.warnings),
    ]);
  }

  /** Deletes the uploads created before `cutoff`; returns how many. */
  async deleteUploadsCreatedBefore(cutoff: Date): Promise<number> {
    return this.sql.run('DELETE FROM uploads WHERE created_at < ?', [cutoff.getTime()]);
  }

  async upload(id: string): Promise<UploadRecord | null> {
    const row = await this.sql.get<{
      id: string;
      created_at: number | string;
      owner: string | null;
      filename: string;
      rows_json: string;
      columns_json: string;
      warnings_json: string;
    }>('SELECT * FROM uploads WHERE id = ?', [id]);
    if (!row) return null;
    return {
      id: row.id,
      createdAt: new Date(Number(row.created_at)),
      owner: row.owner,
      filename: row.filename,
      rows: JSON.parse(row.rows_json) as CompanyInputPayload[],
      columns: JSON.parse(row.columns_json) as string[],
      warnings: JSON.parse(row.warnings_json) as string[],
    };
  }
}
