/** Shapes of the GraphQL data the client selects (see schema/web-client-operations.ts). */
import type { CancelJobResult, JobCompaniesResult, JobsResult, JobSummaryResult, StartAnalysisResult, StartScrapingResult } from './generated/operations.js';

export type JobKind = CancelJobResult['cancelJob']['kind'];
export type JobStatus = CancelJobResult['cancelJob']['status'];

export interface JobSummary {
  readonly id: string;
  readonly kind: JobKind;
  readonly status: JobStatus;
  readonly progress: number;
  readonly createdAt: string;
  readonly startedAt: string | null;
  readonly finishedAt: string | null;
  readonly error: string | null;
  /** The upload's file name, the site's host or the name given at start. */
  readonly label?: string | null;
  readonly duplicates?: number | null;
  readonly site?: { readonly url: string; readonly pagesVisited?: number } | null;
}

/** One company of an analysis as the results page selects it (generated from the schema). */
export type CompanyReport = NonNullable<NonNullable<JobCompaniesResult['job']>['companies']>[number];
export type CompanyStatus = CompanyReport['status'];
export type OpportunityLevel = NonNullable<CompanyReport['opportunity']>['level'];
export type EmailHit = CompanyReport['emails'][number];
/** A person the company's site presents. */
export type Person = CompanyReport['people'][number];
export type EmailPattern = NonNullable<CompanyReport['emailPattern']>;
export type PhoneHit = CompanyReport['phones'][number];

/** A company row of an upload preview (the recognised fields of the file). */
export interface CompanyPreviewRow {
  readonly name: string;
  readonly website?: string | null;
  readonly category?: string | null;
  readonly address?: string | null;
  readonly phone?: string | null;
  readonly country?: string | null;
  readonly [field: string]: unknown;
}

/** Answer of `POST /uploads`. */
export interface UploadResult {
  readonly uploadId: string;
  readonly filename: string;
  readonly rows: number;
  readonly columns: readonly string[];
  readonly mapping: Readonly<Record<string, string>>;
  readonly preview: readonly CompanyPreviewRow[];
  readonly warnings: readonly string[];
  /** Rows the analysis will drop as duplicates (the job's `duplicates`), the first ones listed. */
  readonly duplicates?: UploadDuplicates;
}

/** One row an upload's analysis will drop, and the row kept instead (file row numbers). */
export interface UploadDuplicateRow {
  readonly row: number;
  readonly name: string;
  readonly website: string | null;
  readonly matchedBy: 'site' | 'page' | 'name';
  readonly key: string;
  readonly keptRow: number;
  readonly keptName: string;
}

export interface UploadDuplicates {
  readonly count: number;
  readonly rows: readonly UploadDuplicateRow[];
}

/** True once a job will not change any more. */
export function isFinished(status: JobStatus): boolean {
  return status === 'COMPLETED' || status === 'FAILED' || status === 'CANCELLED';
}

/**
 * Compile-time checks that what the documents select (types generated from the schema in
 * generated/operations.ts) fits the job shape above: `tsc -p client` fails when they disagree.
 */
type Fits<A extends B, B> = [A, B];
export type SelectionsFitClientTypes = [
  Fits<NonNullable<JobSummaryResult['job']>, JobSummary>,
  Fits<JobsResult['jobs']['nodes'][number], JobSummary>,
  Fits<StartAnalysisResult['startAnalysis'], JobSummary>,
  Fits<StartScrapingResult['startScraping'], JobSummary>,
  Fits<CancelJobResult['cancelJob'], JobSummary>,
];
