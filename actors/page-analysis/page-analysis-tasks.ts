/**
 * The per-page analyses that run in the page-analysis worker threads: the same pure functions
 * the actors called on the main thread, taking and returning plain data only.
 */
import type { CountryCode } from 'libphonenumber-js';
import type { PhoneHitPayload } from '../../schema/company.js';
import { extractMetadata } from '../analyse/metadata.js';
import { defaultRegionFor, extractPhones } from '../analyse/phones.js';
import { extractEmails, type EmailHit, type PageContent } from '../extract/emails.js';

/** A company page to search for phone numbers. */
export interface CompanyPhonesInput {
  readonly page: { readonly url: string; readonly html: string; readonly text: string; readonly headers: Readonly<Record<string, string>> };
  /** The company's country from the input, if any. */
  readonly country: string | null;
  /** True for the start page: its language and URL decide the region (and `region` is ignored). */
  readonly startPage: boolean;
  /** The region numbers are read in (the start page's); null for international numbers only. */
  readonly region: CountryCode | null;
}

/** Phone numbers of a company page, and the region they were read in. */
export interface CompanyPhones {
  readonly region: CountryCode | null;
  readonly phones: PhoneHitPayload[];
}

/** Phones of a page the way the company report reads them (see CompanyReportBuilder.addPage). */
function companyPhones(input: CompanyPhonesInput): CompanyPhones {
  const { page } = input;
  let region = input.region;
  if (input.startPage) {
    const metadata = extractMetadata({ url: page.url, html: page.html, text: page.text, headers: page.headers });
    region = defaultRegionFor({ country: input.country, url: page.url, language: metadata.language });
  }
  return { region, phones: extractPhones({ url: page.url, html: page.html, text: page.text }, region) };
}

/** Every task a page-analysis worker runs, by name. */
export const PAGE_ANALYSIS_TASKS = {
  emails: (input: PageContent): EmailHit[] => extractEmails(input),
  companyPhones,
} as const;

export type PageAnalysisTasks = typeof PAGE_ANALYSIS_TASKS;
export type PageAnalysisTask = keyof PageAnalysisTasks;
