import { detectPage, resolveTechnologies, technologyInputFromPage } from '../technologies/detect.js';
import { classifyEmails } from './email-classify.js';
import { extractMetadata } from './metadata.js';
import { scoreOpportunity } from './opportunity.js';
import { addressDomain, CompanyIdentity } from './company-identity.js';
import { contactOwner, mergeOwners } from './contact-owner.js';
import { readPageBlocks } from './page-sections.js';
import { extractPhones } from './phones.js';
import { startPagePhoneRegions } from './start-page-phone-regions.js';
import { guessSector } from './sector.js';
import { CompanyPeopleCollector } from '../people/company-people.js';
import { extractPagePeople } from '../people/page-people.js';
import { ProfileTally } from './own-profiles.js';
/** Pages whose technologies are always detected, before only pages loading something new are. */
const ALWAYS_DETECTED_PAGES = 5;
const MAX_SEEN_RESOURCES = 5000;
/** `src`, `href`, `action` and `data` of the elements that load code, frames, styles or embeds (bounded scan). */
const RESOURCE = /<(?:script|iframe|link|form|embed|object)\b[^>]{0,400}?\s(?:src|href|action|data)\s*=\s*["']?([^"'\s>]{1,300})/gi;
/** URLs (without query) of what a page loads, as written. */
function loadedResources(html) {
    const urls = [];
    RESOURCE.lastIndex = 0;
    for (let match = RESOURCE.exec(html); match !== null && urls.length < 500; match = RESOURCE.exec(html)) {
        urls.push(match[1].split('?')[0]);
    }
    return urls;
}
/** Contacts of one page whose blocks are searched for their owner (the rest count as the company's). */
const MAX_OWNER_LOOKUPS_PER_PAGE = 200;
export class CompanyReportBuilder {
    #input;
    #maxTechnologyPages;
    #maxSectorTextChars;
    #maxLinks;
    #first = null;
    #metadata = null;
    #region = null;
    #fallbackRegions = [];
    #emails = new Map();
    /** Owner of each address judged from its blocks alone (before the company's domains are known). */
    #emailOwners = new Map();
    #phones = new Map();
    #profiles = new ProfileTally();
    #technologyMatches = [];
    #seenResources = new Set();
    #technologyPages = 0;
    #sectorText = '';
    #pages = 0;
    #people = new CompanyPeopleCollector();
    constructor(input, options = {}) {
        this.#input = input;
        this.#maxTechnologyPages = options.maxTechnologyPages ?? 40;
        this.#maxSectorTextChars = options.maxSectorTextChars ?? 20_000;
        this.#maxLinks = options.maxLinks ?? 5000;
    }
    get pagesVisited() {
        return this.#pages;
    }
    /** Regions phone numbers are read in (set by the start page); none before it. */
    get phoneRegions() {
        return { region: this.#region, fallbackRegions: this.#fallbackRegions };
    }
    /**
     * Reads one crawled page; the first one added must be the start page. `found`, when given,
     * holds the page's phones read already (off the event loop) and, for the start page, the
     * regions they were read in.
     * @returns how many e-mail addresses and phone numbers it added that no earlier page had
     */
    addPage(page, found = {}) {
        const contactsBefore = this.#emails.size + this.#phones.size;
        this.#pages++;
        if (!this.#first) {
            this.#first = page;
            this.#metadata = extractMetadata({ url: page.finalUrl, html: page.html, text: page.text, headers: page.headers });
            const regions = found.regions ?? startPagePhoneRegions({ url: page.finalUrl, html: page.html, text: page.text }, this.#input.country, this.#metadata.language);
            this.#region = regions.region;
            this.#fallbackRegions = [...regions.fallbackRegions];
        }
        const blocks = page.html ? readPageBlocks(page.html) : [];
        const lowerTexts = blocks.map((block) => block.text.toLowerCase());
        const companyName = this.#input.name;
        let lookups = 0;
        for (const email of page.emails) {
            const key = email.address.toLowerCase();
            if (!this.#emails.has(key))
                this.#emails.set(key, { ...email, address: key });
            const inBlocks = lookups++ < MAX_OWNER_LOOKUPS_PER_PAGE ? ownerInBlocks(blocks, lowerTexts, key, 'email', companyName) : null;
            const owner = inBlocks ?? contactOwner({ blockText: email.context, heading: null, companyName });
            this.#emailOwners.set(key, mergeOwners(this.#emailOwners.get(key), owner));
        }
        const phones = found.phones ?? extractPhones({ url: page.finalUrl, html: page.html, text: page.text }, this.#region, { fallbackRegions: this.#fallbackRegions });
        for (const phone of phones) {
            const owner = (lookups++ < MAX_OWNER_LOOKUPS_PER_PAGE ? ownerInBlocks(blocks, lowerTexts, phone.raw, 'phone', companyName, phone.number) : null) ?? 'COMPANY';
            const known = this.#phones.get(phone.number);
            this.#phones.set(phone.number, known ? { ...known, owner: mergeOwners(known.owner, owner) } : { ...phone, owner });
        }
        this.#profiles.addPage(page.finalUrl, blocks, page.links, this.#maxLinks, companyName);
        if (page.html && this.#technologyPages < this.#maxTechnologyPages && this.#loadsSomethingNew(page.html)) {
            this.#technologyPages++;
            this.#technologyMatches.push(...detectPage(technologyInputFromPage({
                url: page.finalUrl,
                html: page.html,
                headers: page.headers,
                text: page.text,
                ...(page.inspection ? { cookies: page.inspection.cookies, js: page.inspection.js } : {}),
                ...(page.inspection?.dom ? { dom: page.inspection.dom } : {}),
            })));
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
    #loadsSomethingNew(html) {
        let fresh = this.#technologyPages < ALWAYS_DETECTED_PAGES;
        for (const url of loadedResources(html)) {
            if (this.#seenResources.size >= MAX_SEEN_RESOURCES)
                break;
            if (!this.#seenResources.has(url)) {
                this.#seenResources.add(url);
                fresh = true;
            }
        }
        return fresh;
    }
    #identity(siteUrl, meta) {
        let hostname = null;
        try {
            hostname = new URL(siteUrl).hostname;
        }
        catch {
            hostname = null;
        }
        const titleParts = (meta?.title ?? '').split(/\s+[|–—:·-]\s+/);
        return new CompanyIdentity([this.#input.name, ...titleParts, meta?.openGraph['og:site_name'], meta?.organization?.name, meta?.organization?.legalName], hostname);
    }
    /** The addresses, each with its owner: the company's domains never belong to a third party. */
    #classifiedEmails(siteUrl, meta) {
        const identity = this.#identity(siteUrl, meta);
        const companyDomains = identity.emailDomains([...this.#emails.keys()]);
        return classifyEmails([...this.#emails.values()], siteUrl).map((email) => {
            const onCompanyDomain = companyDomains.has(addressDomain(email.address));
            const owner = onCompanyDomain ? 'COMPANY' : (this.#emailOwners.get(email.address) ?? 'COMPANY');
            return { ...email, owner };
        });
    }
    /** The report of what was added so far. */
    build() {
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
        const personalPhones = new Set(people.people.map((person) => person.phone).filter((phone) => phone !== null));
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
            phones: [...this.#phones.values()].map((phone) => (personalPhones.has(phone.number) ? { ...phone, owner: 'PERSON' } : phone)),
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
function ownerInBlocks(blocks, lowerTexts, needle, what, companyName, e164) {
    let owner;
    const lowerNeedle = needle.toLowerCase();
    for (const [index, block] of blocks.entries()) {
        const position = lowerTexts[index].indexOf(lowerNeedle);
        const inHref = position === -1 &&
            block.hrefs.some((href) => what === 'email'
                ? href.toLowerCase().includes(`mailto:${lowerNeedle}`)
                : e164 !== undefined && /^tel:/i.test(href) && href.replace(/[^\d+]/g, '').endsWith(e164.slice(-8)));
        if (position === -1 && !inHref)
            continue;
        owner = mergeOwners(owner, contactOwner({ blockText: block.text, position, heading: block.heading, companyName }));
        if (owner !== 'THIRD_PARTY')
            return owner;
    }
    return owner ?? null;
}
//# sourceMappingURL=company-report-builder.js.map