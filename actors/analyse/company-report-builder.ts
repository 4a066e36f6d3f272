/**
 * Builds one company's report from the pages of its crawl, page by page, so a crawl holds only
 * what the report needs (never every page's HTML).
 */
import type { CountryCode } from 'libphonenumber-js';
import type { CompanyInputPayload, CompanyReportPayload, ContactOwner, PhoneHitPayload } from '../../schema/company.js';
import { detectPage, resolveTechnologies, technologyInputFromPage, type Detection, type PageCookie } from '../technologies/detect.js';
import type { DomProbeResult } from '../technologies/dom-probes.js';
import { classifyEmails, type FoundEmail } from './email-classify.js';
import { extractMetadata, type PageMetadata } from './metadata.js';
import { scoreOpportunity } from './opportunity.js';
import { addressDomain, CompanyIdentity } from './company-identity.js';
import { contactOwner, mergeOwners } from './contact-owner.js';
import { readPageBlocks, type PageBlock } from './page-sections.js';
import { extractPhones, type FoundPhone } from './phones.js';
import { startPagePhoneRegions, type PhoneRegions } from './start-page-phone-regions.js';
import { guessSector } from './sector.js';
import { CompanyPeopleCollector } from '../people/company-people.js';
import { extractPagePeople } from '../people/page-people.js';
import { ProfileTally } from './own-profiles.js';

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

/** Pages whose technologies are always detected, before only pages loading something new are. */
const ALWAYS_DETECTED_PAGES = 5;
const MAX_SEEN_RESOURCES = 5000;
/** `src`, `href`, `action` and `data` of the elements that load code, frames, styles or embeds (bounded scan). */
const RESOURCE = /<(?:script|iframe|link|form|embed|object)\b[^>]{0,400}?\s(?:src|href|action|data)\s*=\s*["']?([^"'\s>]{1,300})/gi;

/** URLs (without query) of what a page loads, as written. */
function loadedResources(html: string): string[] {
  const urls: string[] = [];
  RESOURCE.lastIndex = 0;
  for (let match = RESOURCE.exec(html); match !== null && urls.length < 500; match = RESOURCE.exec(html)) {
    urls.push(match[1].split('?')[0]);
  }
  return urls;
}

/** Contacts of one page whose blocks are searched for their owner (the rest count as the company's). */
const MAX_OWNER_LOOKUPS_PER_PAGE = 200;

export interface CompanyReportBuilderOptions {
  /**
   * Pages whose technologies are detected: the first 5 crawled, then each page that loads a
   * script, frame, stylesheet, embed or form target no earlier page loaded, up to this many.
   * @default 40
   */
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
  #fallbackRegions: CountryCode[] = [];
  readonly #emails = new Map<string, FoundEmail>();
  /** Owner of each address judged from its blocks alone (before the company's domains are known). */
  readonly #emailOwners = new Map<string, ContactOwner>();
  readonly #phones = new Map<string, PhoneHitPayload>();
  readonly #profiles = new ProfileTally();
  readonly #technologyMatches: Detection[] = [];
  readonly #seenResources = new Set<string>();
  #technologyPages = 0;
  #sectorText = '';
  #pages = 0;
  readonly #people = new CompanyPeopleCollector();

  constructor(input: CompanyInputPayload & { readonly website: string }, options: CompanyReportBuilderOptions = {}) {
    this.#input = input;
    this.#maxTechnologyPages = options.maxTechnologyPages ?? 40;
    this.#maxSectorTextChars = options.maxSectorTextChars ?? 20_000;
    this.#maxLinks = options.maxLinks ?? 5000;
  }

  get pagesVisited(): number {
    return this.#pages;
  }

  /** Regions phone numbers are read in (set by the start page); none before it. */
  get phoneRegions(): PhoneRegions {
    return { region: this.#region, fallbackRegions: this.#fallbackRegions };
  }

  /**
   * Reads one crawled page; the first one added must be the start page. `found`, when given,
   * holds the page's phones read already (off the event loop) and, for the start page, the
   * regions they were read in.
   * @returns how many e-mail addresses and phone numbers it added that no earlier page had
   */
  addPage(page: CompanyPage, found: { readonly phones?: readonly FoundPhone[]; readonly regions?: PhoneRegions } = {}): number {
    const contactsBefore = this.#emails.size + this.#phones.size;
    this.#pages++;
    if (!this.#first) {
      this.#first = page;
      this.#metadata = extractMetadata({ url: page.finalUrl, html: page.html, text: page.text, headers: page.headers });
      const regions =
        found.regions ?? startPagePhoneRegions({ url: page.finalUrl, html: page.html, text: page.text }, this.#input.country, this.#metadata.language);
      this.#region = regions.region;
      this.#fallbackRegions = [...regions.fallbackRegions];
    }
    const blocks = page.html ? readPageBlocks(page.html) : [];
    const lowerTexts = blocks.map((block) => block.text.toLowerCase());
    const companyName = this.#input.name;
    let lookups = 0;
    for (const email of page.emails) {
      const key = email.address.toLowerCase();
      if (!this.#emails.has(key)) this.#emails.set(key, { ...email, address: key });
      const inBlocks = lookups++ < MAX_OWNER_LOOKUPS_PER_PAGE ? ownerInBlocks(blocks, lowerTexts, key, 'email', companyName) : null;
      const owner = inBlocks ?? contactOwner({ blockText: email.context, heading: null, companyName });
      this.#emailOwners.set(key, mergeOwners(this.#emailOwners.get(key), owner));
    }
    const phones =
      found.phones ?? extractPhones({ url: page.finalUrl, html: page.html, text: page.text }, this.#region, { fallbackRegions: this.#fallbackRegions });
    for (const phone of phones) {
      const owner =
        (lookups++ < MAX_OWNER_LOOKUPS_PER_PAGE ? ownerInBlocks(blocks, lowerTexts, phone.raw, 'phone', companyName, phone.number) : null) ?? 'COMPANY';
      const known = this.#phones.get(phone.number);
      this.#phones.set(phone.number, known ? { ...known, owner: mergeOwners(known.owner, owner) } : { ...phone, owner });
    }
    this.#profiles.addPage(page.finalUrl, blocks, page.links, this.#maxLinks, companyName);
    if (page.html && this.#technologyPages < this.#maxTechnologyPages && this.#loadsSomethingNew(page.html)) {
      this.#technologyPages++;
      this.#technologyMatches.push(
        ...detectPage(
          technologyInputFromPage({
            url: page.finalUrl,
            html: page.html,
            headers: page.headers,
            text: page.text,
            ...(page.inspection ? { cookies: page.inspection.cookies, js: page.inspection.js } : {}),
            ...(page.inspection?.dom ? { dom: page.inspection.dom } : {}),
          }),
        ),
      );
    }
    if (page.html) {
      this.#people.add(extractPagePeople({ url: page.finalUrl, html: page.html, language: this.#metadata?.language ?? null, region: this.#region }));
    }
    if (this.#sectorText.length < this.#maxSectorTextChars) {
      this.#sectorText += `\n${page.title}\n${page.text}`.slice(0, this.#maxSectorTextChars - this.#sectorText.length);
    }
    return this.#emails.size + this.#phones.size - contactsBefore;
  }

  /** True for the first pages, then for pages that load a resource no earlier page loaded. */
  #loadsSomethingNew(html: string): boolean {
    let fresh = this.#technologyPages < ALWAYS_DETECTED_PAGES;
    for (const url of loadedResources(html)) {
      if (this.#seenResources.size >= MAX_SEEN_RESOURCES) break;
      if (!this.#seenResources.has(url)) {
        this.#seenResources.add(url);
        fresh = true;
      }
    }
    return fresh;
  }

  #identity(siteUrl: string, meta: PageMetadata | null): CompanyIdentity {
    let hostname: string | null = null;
    try {
      hostname = new URL(siteUrl).hostname;
    } catch {
      hostname = null;
    }
    const titleParts = (meta?.title ?? '').split(/\s+[|–—:·-]\s+/);
    return new CompanyIdentity(
      [this.#input.name, ...titleParts, meta?.openGraph['og:site_name'], meta?.organization?.name, meta?.organization?.legalName],
      hostname,
    );
  }

  /** The addresses, each with its owner: the company's domains never belong to a third party. */
  #classifiedEmails(siteUrl: string, meta: PageMetadata | null): CompanyReportPayload['emails'] {
    const identity = this.#identity(siteUrl, meta);
    const companyDomains = identity.emailDomains([...this.#emails.keys()]);
    return classifyEmails([...this.#emails.values()], siteUrl).map((email) => {
      const onCompanyDomain = companyDomains.has(addressDomain(email.address));
      const owner = onCompanyDomain ? 'COMPANY' : (this.#emailOwners.get(email.address) ?? 'COMPANY');
      return { ...email, owner };
    });
  }

  /** The report of what was added so far. */
  build(): CompanyReportPayload {
    const first = this.#first;
    const meta = this.#metadata;
    const siteUrl = first?.finalUrl ?? this.#input.website;
    const technologies = resolveTechnologies(this.#technologyMatches);
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
    const people = this.#people.build(this.#classifiedEmails(siteUrl, meta), first?.finalUrl ?? this.#input.website);
    const personalPhones = new Set(people.people.map((person) => person.phone).filter((phone): phone is string => phone !== null));
    return {
      name: this.#input.name,
      website: this.#input.website,
      finalUrl: first?.finalUrl ?? null,
      status: 'OK',
      error: null,
      title: meta?.title ?? null,
      description: meta?.description ?? null,
      language: meta?.language ?? null,
      emails: people.emails,
      phones: [...this.#phones.values()].map((phone) => (personalPhones.has(phone.number) ? { ...phone, owner: 'PERSON' as const } : phone)),
      ...this.#profiles.split(this.#identity(siteUrl, meta), meta?.organization?.sameAs ?? []),
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
      people: people.people,
      emailPattern: people.emailPattern,
      input: this.#input,
    };
  }
}

/**
 * The owner of a contact judged from the blocks it appears in (any occurrence as the company's
 * wins), or null when no block shows it (an obfuscated address).
 */
function ownerInBlocks(
  blocks: readonly PageBlock[],
  lowerTexts: readonly string[],
  needle: string,
  what: 'email' | 'phone',
  companyName: string,
  e164?: string,
): ContactOwner | null {
  let owner: ContactOwner | undefined;
  const lowerNeedle = needle.toLowerCase();
  for (const [index, block] of blocks.entries()) {
    const position = lowerTexts[index].indexOf(lowerNeedle);
    const inHref =
      position === -1 &&
      block.hrefs.some((href) =>
        what === 'email'
          ? href.toLowerCase().includes(`mailto:${lowerNeedle}`)
          : e164 !== undefined && /^tel:/i.test(href) && href.replace(/[^\d+]/g, '').endsWith(e164.slice(-8)),
      );
    if (position === -1 && !inHref) continue;
    owner = mergeOwners(owner, contactOwner({ blockText: block.text, position, heading: block.heading, companyName }));
    if (owner !== 'THIRD_PARTY') return owner;
  }
  return owner ?? null;
}
