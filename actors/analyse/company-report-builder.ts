/**
 * Builds one company's report from the pages of its crawl, page by page, so a crawl holds only
 * what the report needs (never every page's HTML).
 */
import type { CountryCode } from 'libphonenumber-js';
import type { CompanyInputPayload, CompanyReportPayload, PhoneHitPayload } from '../../schema/company.js';
import { detectTechnologies, technologyInputFromPage, type PageCookie, type TechnologyInput } from '../technologies/detect.js';
import type { DomProbeResult } from '../technologies/dom-probes.js';
import { classifyEmails, type FoundEmail } from './email-classify.js';
import { extractMetadata, type PageMetadata } from './metadata.js';
import { scoreOpportunity } from './opportunity.js';
import { defaultRegionFor, extractPhones } from './phones.js';
import { guessSector } from './sector.js';
import { extractSocialProfiles } from './social.js';

/** What a rendered page yields beyond its HTML, for technology detection. */
export interface PageInspection {
  readonly cookies: readonly PageCookie[];
  readonly js: Readonly<Record<string, string>>;
  readonly dom?: Readonly<Record<string, DomProbeResult>>;
}

/** The parts of a crawled page the report reads. */
export interface CompanyPage {
  readonly finalUrl: string;
  readonly status: number | null;
  readonly headers: Readonly<Record<string, string>>;
  readonly html: string;
  readonly text: string;
  readonly title: string;
  readonly links: readonly { readonly url: string }[];
  readonly responseTimeMs: number;
  readonly emails: readonly FoundEmail[];
  readonly inspection?: PageInspection | null;
}

export interface CompanyReportBuilderOptions {
  /** Pages whose technologies are detected (the first ones crawled). @default 5 */
  readonly maxTechnologyPages?: number;
  /** Characters of page text kept for the sector guess. @default 20000 */
  readonly maxSectorTextChars?: number;
  /** Distinct links kept for social profiles. @default 5000 */
  readonly maxLinks?: number;
}

export class CompanyReportBuilder {
  readonly #input: CompanyInputPayload & { readonly website: string };
  readonly #maxTechnologyPages: number;
  readonly #maxSectorTextChars: number;
  readonly #maxLinks: number;
  #first: CompanyPage | null = null;
  #metadata: PageMetadata | null = null;
  #region: CountryCode | null = null;
  readonly #emails = new Map<string, FoundEmail>();
  readonly #phones = new Map<string, PhoneHitPayload>();
  readonly #links = new Set<string>();
  readonly #technologyInputs: TechnologyInput[] = [];
  #sectorText = '';
  #pages = 0;

  constructor(input: CompanyInputPayload & { readonly website: string }, options: CompanyReportBuilderOptions = {}) {
    this.#input = input;
    this.#maxTechnologyPages = options.maxTechnologyPages ?? 5;
    this.#maxSectorTextChars = options.maxSectorTextChars ?? 20_000;
    this.#maxLinks = options.maxLinks ?? 5000;
  }

  get pagesVisited(): number {
    return this.#pages;
  }

  /** Region phone numbers are read in (set by the start page); null before it or when unknown. */
  get phoneRegion(): CountryCode | null {
    return this.#region;
  }

  /**
   * Reads one crawled page; the first one added must be the start page. `found.phones`, when
   * given, are the page's phones read already (off the event loop) in {@link phoneRegion}.
   */
  addPage(page: CompanyPage, found: { readonly phones?: readonly PhoneHitPayload[] } = {}): void {
    this.#pages++;
    if (!this.#first) {
      this.#first = page;
      this.#metadata = extractMetadata({ url: page.finalUrl, html: page.html, text: page.text, headers: page.headers });
      this.#region = defaultRegionFor({ country: this.#input.country, url: page.finalUrl, language: this.#metadata.language });
    }
    for (const email of page.emails) {
      const key = email.address.toLowerCase();
      if (!this.#emails.has(key)) this.#emails.set(key, { ...email, address: key });
    }
    for (const phone of found.phones ?? extractPhones({ url: page.finalUrl, html: page.html, text: page.text }, this.#region)) {
      if (!this.#phones.has(phone.number)) this.#phones.set(phone.number, phone);
    }
    for (const link of page.links) {
      if (this.#links.size >= this.#maxLinks) break;
      this.#links.add(link.url);
    }
    if (this.#technologyInputs.length < this.#maxTechnologyPages && page.html) {
      this.#technologyInputs.push(
        technologyInputFromPage({
          url: page.finalUrl,
          html: page.html,
          headers: page.headers,
          text: page.text,
          ...(page.inspection ? { cookies: page.inspection.cookies, js: page.inspection.js } : {}),
          ...(page.inspection?.dom ? { dom: page.inspection.dom } : {}),
        }),
      );
    }
    if (this.#sectorText.length < this.#maxSectorTextChars) {
      this.#sectorText += `\n${page.title}\n${page.text}`.slice(0, this.#maxSectorTextChars - this.#sectorText.length);
    }
  }

  /** The report of what was added so far. */
  build(): CompanyReportPayload {
    const first = this.#first;
    const meta = this.#metadata;
    const siteUrl = first?.finalUrl ?? this.#input.website;
    const technologies = detectTechnologies(this.#technologyInputs);
    const https = first ? new URL(first.finalUrl).protocol === 'https:' : null;
    const sector = guessSector({
      category: this.#input.category,
      title: meta?.title ?? null,
      description: meta?.description ?? null,
      text: this.#sectorText,
      technologies: technologies.map((t) => t.name),
    });
    const opportunity = first
      ? scoreOpportunity({
          https,
          hasViewport: meta?.hasViewport ?? false,
          copyrightYears: meta?.copyrightYears ?? [],
          legacyMarkup: meta?.legacyMarkup ?? [],
          technologies,
          responseTimeMs: first.responseTimeMs,
        })
      : null;
    return {
      name: this.#input.name,
      website: this.#input.website,
      finalUrl: first?.finalUrl ?? null,
      status: 'OK',
      error: null,
      title: meta?.title ?? null,
      description: meta?.description ?? null,
      language: meta?.language ?? null,
      emails: classifyEmails([...this.#emails.values()], siteUrl),
      phones: [...this.#phones.values()],
      socialProfiles: extractSocialProfiles([...this.#links].map((url) => ({ url }))),
      technologies,
      sector: sector?.sector ?? null,
      opportunity,
      pagesVisited: this.#pages,
      httpStatus: first?.status ?? null,
      https,
      responseTimeMs: first ? Math.round(first.responseTimeMs) : null,
      openGraph: meta?.openGraph ?? {},
      organization: meta?.organization ?? null,
      faviconUrl: meta?.faviconUrl ?? null,
      logoUrl: meta?.logoUrl ?? null,
      input: this.#input,
    };
  }
}
