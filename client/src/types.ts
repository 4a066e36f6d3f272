/** Shapes of the GraphQL data the client selects (see schema/web-client-operations.ts). */
import type { CancelJobResult, JobCompaniesResult, JobsResult, JobSummaryResult, StartAnalysisResult, StartScrapingResult } from './generated/operations.js';

export type JobKind = 'ANALYSIS' | 'SCRAPING';
export type JobStatus = 'QUEUED' | 'RUNNING' | 'COMPLETED' | 'FAILED' | 'CANCELLED';
export type CompanyStatus = 'PENDING' | 'RUNNING' | 'OK' | 'FAILED' | 'NO_WEBSITE' | 'CANCELLED';
export type OpportunityLevel = 'HIGH' | 'MEDIUM' | 'LOW';

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

export interface EmailHit {
  readonly address: string;
  readonly pageUrl: string;
  readonly context?: string;
  readonly kind?: 'GENERIC' | 'ROLE' | 'PERSONAL' | null;
  readonly ownDomain?: boolean | null;
  /** The listed person the address belongs to. */
  readonly personName?: string | null;
  readonly freeWebmail?: boolean | null;
  readonly disposable?: boolean | null;
  readonly deliverability?: 'MX_OK' | 'NO_MX' | 'DOMAIN_MISSING' | 'UNKNOWN' | null;
}

/** A person the company's site presents. */
export interface Person {
  readonly name: string;
  readonly role: string | null;
  readonly seniority: 'OWNER_EXECUTIVE' | 'MANAGER' | 'STAFF' | 'UNKNOWN';
  /** Found on the site. */
  readonly email: string | null;
  /** From the company's pattern; never found on the site. */
  readonly emailGuess: string | null;
  readonly phone: string | null;
  readonly linkedinUrl: string | null;
  readonly confidence: number;
  readonly sources: readonly string[];
}

export interface EmailPattern {
  readonly pattern: string;
  readonly domain: string;
  readonly confidence: number;
  readonly examples: number;
}

export interface PhoneHit {
  readonly number: string;
  readonly raw: string;
  readonly pageUrl: string;
}

export interface CompanyReport {
  readonly index: number;
  readonly name: string;
  readonly website: string | null;
  readonly finalUrl: string | null;
  readonly status: CompanyStatus;
  readonly error: string | null;
  readonly title: string | null;
  readonly description: string | null;
  readonly language: string | null;
  readonly sector: string | null;
  readonly category: string | null;
  readonly address: string | null;
  readonly country: string | null;
  readonly inputPhone: string | null;
  readonly pagesVisited: number;
  readonly httpStatus: number | null;
  readonly https: boolean | null;
  readonly responseTimeMs: number | null;
  readonly emails: readonly EmailHit[];
  readonly phones: readonly PhoneHit[];
  readonly socialProfiles: readonly { readonly network: string; readonly url: string }[];
  readonly technologies: readonly { readonly name: string; readonly categories: readonly string[]; readonly version: string | null; readonly confidence: number }[];
  readonly opportunity: { readonly level: OpportunityLevel; readonly score: number; readonly reasons: readonly string[] } | null;
  readonly people?: readonly Person[];
  readonly emailPattern?: EmailPattern | null;
}

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
 * generated/operations.ts) fits the shapes above: `tsc -p client` fails when they disagree.
 */
type Fits<A extends B, B> = [A, B];
export type SelectionsFitClientTypes = [
  Fits<NonNullable<JobSummaryResult['job']>, JobSummary>,
  Fits<JobsResult['jobs']['nodes'][number], JobSummary>,
  Fits<StartAnalysisResult['startAnalysis'], JobSummary>,
  Fits<StartScrapingResult['startScraping'], JobSummary>,
  Fits<CancelJobResult['cancelJob'], JobSummary>,
  Fits<NonNullable<NonNullable<JobCompaniesResult['job']>['companies']>[number], CompanyReport>,
];
