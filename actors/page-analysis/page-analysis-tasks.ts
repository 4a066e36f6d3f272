/**
 * The per-page analyses that run in the page-analysis worker threads: the same pure functions
 * the actors called on the main thread, taking and returning plain data only.
 */
import { extractMetadata } from '../analyse/metadata.js';
import { extractPhones, type FoundPhone } from '../analyse/phones.js';
import { startPagePhoneRegions, type PhoneRegions } from '../analyse/start-page-phone-regions.js';
import { extractEmails, type EmailHit, type PageContent } from '../extract/emails.js';

/** A company page to search for phone numbers. */
export interface CompanyPhonesInput {
  readonly page: { readonly url: string; readonly html: string; readonly text: string; readonly headers: Readonly<Record<string, string>> };
  /** The company's country from the input, if any. */
  readonly country: string | null;
  /** True for the start page: it decides the regions (and `regions` is ignored). */
  readonly startPage: boolean;
  /** The regions numbers are read in (the start page's). */
  readonly regions: PhoneRegions;
}

/** Phone numbers of a company page, and the regions they were read in. */
export interface CompanyPhones {
  readonly regions: PhoneRegions;
  readonly phones: FoundPhone[];
}

/** Phones of a page the way the company report reads them (see CompanyReportBuilder.addPage). */
function companyPhones(input: CompanyPhonesInput): CompanyPhones {
  const { page } = input;
  const regions = input.startPage
    ? startPagePhoneRegions(page, input.country, extractMetadata({ url: page.url, html: page.html, text: page.text, headers: page.headers }).language)
    : input.regions;
  return { regions, phones: extractPhones(page, regions.region, { fallbackRegions: [...regions.fallbackRegions] }) };
}

/** Every task a page-analysis worker runs, by name. */
export const PAGE_ANALYSIS_TASKS = {
  emails: (input: PageContent): EmailHit[] => extractEmails(input),
  companyPhones,
} as const;

export type PageAnalysisTasks = typeof PAGE_ANALYSIS_TASKS;
export type PageAnalysisTask = keyof PageAnalysisTasks;
