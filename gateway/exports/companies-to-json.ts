/** JSON export of an analysis: the job's summary and every company report, pretty-printed. */
import type { CompanyReportPayload } from '../../schema/company.js';

/** The job facts the JSON export starts with. */
export interface ExportedJob {
  readonly id: string;
  readonly kind: string;
  readonly status: string;
  /** The job's label (upload file name by default), or null. */
  readonly label: string | null;
  /** ISO 8601. */
  readonly createdAt: string;
  /** ISO 8601, or null while the job runs. */
  readonly finishedAt: string | null;
}

/** `{ job, companies }` as indented JSON; only the listed job fields are written. */
export function companiesToJson(job: ExportedJob, reports: readonly CompanyReportPayload[]): string {
  const { id, kind, status, label, createdAt, finishedAt } = job;
  return `${JSON.stringify({ job: { id, kind, status, label, createdAt, finishedAt }, companies: reports }, null, 2)}\n`;
}
