/**
 * `GET /jobs/:id/export.csv|xlsx|json`: an analysis job's companies, one row per company
 * (finished or not, so a partial export is possible while the job runs).
 */
import type { ServerResponse } from 'node:http';
import { EMPTY_REPORT_FINDINGS, type CompanyReportPayload } from '../../schema/company.js';
import {
  companiesToCsv,
  companiesToJson,
  companiesToXlsx,
  InvalidCsvDelimiterError,
  parseCsvDelimiter,
  peopleToCsv,
  type CsvDelimiter,
} from '../exports/company-exports.js';
import type { CompanyRecord } from '../store/analysis-store.js';
import type { JobStore } from '../store/job-store.js';
import { sendJson } from './http-util.js';

export const EXPORT_PATH = /^\/jobs\/([0-9a-f-]{36})\/export\.(csv|xlsx|json)$/i;
/** `GET /jobs/:id/export-people.csv`: one row per company and person. */
export const PEOPLE_EXPORT_PATH = /^\/jobs\/([0-9a-f-]{36})\/export-people\.csv$/i;

/** The stored report, or what is known of a company that has none (yet). */
export function reportForExport(record: CompanyRecord): CompanyReportPayload {
  if (record.report) return record.report;
  return {
    ...EMPTY_REPORT_FINDINGS,
    name: record.name,
    website: record.input.website,
    status: record.status === 'NO_WEBSITE' ? 'NO_WEBSITE' : 'FAILED',
    error:
      record.error ?? (record.status === 'NO_WEBSITE' ? 'No website' : record.status === 'FAILED' ? 'Failed' : `Not analysed (${record.status.toLowerCase()})`),
    pagesVisited: record.pagesVisited,
    people: [],
    emailPattern: null,
    input: record.input,
  };
}

/**
 * Answers one export. `query` is the URL's query string: `delimiter` (`,` `;` or a tab) picks the
 * CSV separator; an unknown one is a 400 `BAD_REQUEST`.
 * @param format `csv`, `xlsx`, `json`, or `people.csv` for the people export
 */
export async function sendExport(
  res: ServerResponse,
  store: JobStore,
  jobId: string,
  format: string,
  owner: string | null,
  query: URLSearchParams = new URLSearchParams(),
): Promise<void> {
  let delimiter: CsvDelimiter = ',';
  if (format.toLowerCase() === 'csv') {
    try {
      delimiter = parseCsvDelimiter(query.get('delimiter'));
    } catch (error) {
      if (error instanceof InvalidCsvDelimiterError) return sendJson(res, 400, { error: error.message, code: 'BAD_REQUEST' });
      throw error;
    }
  }
  const job = await store.getJob(jobId);
  if (!job || (owner !== null && job.owner !== owner)) return sendJson(res, 404, { error: `No job with id ${jobId}`, code: 'JOB_NOT_FOUND' });
  if (job.kind !== 'ANALYSIS') {
    return sendJson(res, 400, { error: 'Exports are for analysis jobs; read a scraping job with the job query', code: 'WRONG_JOB_KIND' });
  }
  const reports = (await store.analysis.companies(jobId)).map(reportForExport);
  const base = `prospectlab-${jobId.slice(0, 8)}`;
  let body: Buffer;
  let type: string;
  if (format === 'people.csv') {
    body = Buffer.from(peopleToCsv(reports), 'utf8');
    res.writeHead(200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-length': body.length,
      'content-disposition': `attachment; filename="${base}-people.csv"`,
    });
    res.end(body);
    return;
  }
  switch (format.toLowerCase()) {
    case 'csv':
      body = Buffer.from(companiesToCsv(reports, delimiter), 'utf8');
      type = 'text/csv; charset=utf-8';
      break;
    case 'xlsx':
      body = await companiesToXlsx(reports);
      type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      break;
    default:
      body = Buffer.from(
        companiesToJson(
          {
            id: job.id,
            kind: job.kind,
            status: job.status,
            label: job.label,
            createdAt: job.createdAt.toISOString(),
            finishedAt: job.finishedAt?.toISOString() ?? null,
          },
          reports,
        ),
        'utf8',
      );
      type = 'application/json; charset=utf-8';
  }
  res.writeHead(200, {
    'content-type': type,
    'content-length': body.length,
    'content-disposition': `attachment; filename="${base}.${format.toLowerCase()}"`,
  });
  res.end(body);
}
