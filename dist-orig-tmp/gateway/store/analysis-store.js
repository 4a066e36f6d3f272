import { parseCompanyReport } from '../../schema/company-report.js';
const toCompany = (r) => ({
    jobId: r.job_id,
    index: r.idx,
    name: r.name,
    input: JSON.parse(r.input_json),
    status: r.status,
    error: r.error,
    report: r.report_json ? parseCompanyReport(JSON.parse(r.report_json)) : null,
    pagesVisited: r.pages_visited,
    started: r.started === 1,
});
export class AnalysisStore {
    sql;
    constructor(sql) {
        this.sql = sql;
    }
    async addCompanies(jobId, companies) {
        // One statement per 500 rows: a 10 000-company job is 20 round trips, not 10 000.
        for (let from = 0; from < companies.length; from += 500) {
            const chunk = companies.slice(from, from + 500);
            const params = chunk.flatMap((c, i) => [jobId, from + i, c.name, JSON.stringify(c), c.website ? 'PENDING' : 'NO_WEBSITE']);
            await this.sql.run(`INSERT INTO analysis_companies (job_id, idx, name, input_json, status) VALUES ${chunk.map(() => '(?, ?, ?, ?, ?)').join(', ')}`, params);
        }
    }
    async company(jobId, index) {
        const row = await this.sql.get('SELECT * FROM analysis_companies WHERE job_id = ? AND idx = ?', [jobId, index]);
        return row ? toCompany(row) : null;
    }
    async companies(jobId) {
        return (await this.sql.all('SELECT * FROM analysis_companies WHERE job_id = ? ORDER BY idx', [jobId])).map(toCompany);
    }
    /** Companies not finished yet (waiting for work or running), in index order. */
    async unfinishedCompanies(jobId) {
        return (await this.sql.all(`SELECT * FROM analysis_companies WHERE job_id = ? AND status IN ('PENDING', 'RUNNING') ORDER BY idx`, [jobId])).map(toCompany);
    }
    /** Companies still waiting for work to be queued, first ones first. */
    async pendingCompanies(jobId, limit) {
        return (await this.sql.all(`SELECT * FROM analysis_companies WHERE job_id = ? AND status = 'PENDING' ORDER BY idx LIMIT ?`, [jobId, limit])).map(toCompany);
    }
    async setCompany(jobId, index, patch) {
        const pages = patch.pagesVisited ?? null;
        await this.sql.run(`UPDATE analysis_companies SET status = ?, error = COALESCE(?, error), report_json = COALESCE(?, report_json),
       pages_visited = CASE WHEN ? > pages_visited THEN ? ELSE pages_visited END WHERE job_id = ? AND idx = ?`, [patch.status, patch.error ?? null, patch.report ? JSON.stringify(patch.report) : null, pages, pages, jobId, index]);
    }
    /** Records that an actor started the company; false when one already had (a redelivery). */
    async markStarted(jobId, index) {
        return (await this.sql.run('UPDATE analysis_companies SET started = 1 WHERE job_id = ? AND idx = ? AND started = 0', [jobId, index])) === 1;
    }
    /** Marks every not-yet-finished company of a job. */
    async finishRemaining(jobId, status, error) {
        return this.sql.run(`UPDATE analysis_companies SET status = ?, error = COALESCE(?, error) WHERE job_id = ? AND status IN ('PENDING', 'RUNNING')`, [
            status,
            error,
            jobId,
        ]);
    }
    async counts(jobId) {
        const rows = await this.sql.all('SELECT status, COUNT(*) AS n FROM analysis_companies WHERE job_id = ? GROUP BY status', [jobId]);
        const by = Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
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
    async saveUpload(upload) {
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
    async deleteUploadsCreatedBefore(cutoff) {
        return this.sql.run('DELETE FROM uploads WHERE created_at < ?', [cutoff.getTime()]);
    }
    async upload(id) {
        const row = await this.sql.get('SELECT * FROM uploads WHERE id = ?', [id]);
        if (!row)
            return null;
        return {
            id: row.id,
            createdAt: new Date(Number(row.created_at)),
            owner: row.owner,
            filename: row.filename,
            rows: JSON.parse(row.rows_json),
            columns: JSON.parse(row.columns_json),
            warnings: JSON.parse(row.warnings_json),
        };
    }
}
//# sourceMappingURL=analysis-store.js.map