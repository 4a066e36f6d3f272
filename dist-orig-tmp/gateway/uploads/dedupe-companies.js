/**
 * Drops duplicate company rows before analysis: one website (registrable domain) is analysed
 * once, and rows without a website are the same company when name and address match.
 */
import { getDomain } from 'tldts';
import { siteKey } from '../../schema/url-rules.js';
/**
 * Registrable domains that host many unrelated businesses (social pages, site builders, link
 * pages, directories): two companies there are told apart by host and path, not by domain.
 */
export const SHARED_HOSTING_DOMAINS = new Set([
    'facebook.com',
    'fb.com',
    'instagram.com',
    'linkedin.com',
    'twitter.com',
    'x.com',
    'youtube.com',
    'tiktok.com',
    'pinterest.com',
    'pinterest.fr',
    'linktr.ee',
    'google.com',
    'g.page',
    'business.site',
    'wixsite.com',
    'wix.com',
    'weebly.com',
    'wordpress.com',
    'blogspot.com',
    'over-blog.com',
    'github.io',
    'gitlab.io',
    'netlify.app',
    'vercel.app',
    'jimdo.com',
    'jimdofree.com',
    'jimdosite.com',
    'webnode.fr',
    'webnode.com',
    'e-monsite.com',
    'squarespace.com',
    'myshopify.com',
    'canva.site',
    'carrd.co',
    'site123.me',
    'godaddysites.com',
    'mystrikingly.com',
    'pagesjaunes.fr',
    'yelp.com',
    'yelp.fr',
    'tripadvisor.com',
    'tripadvisor.fr',
    'doctolib.fr',
    'free.fr',
    'orange.fr',
]);
/** Query parameters that never identify a page (tracking, language). */
const NOISE_PARAMS = /^(?:utm_.*|fbclid|gclid|msclkid|ref|hl|locale|lang)$/i;
function plainText(text) {
    return text
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
}
function parseWebsite(website) {
    const candidate = /^[a-z][a-z0-9+.-]*:\/\//i.test(website.trim()) ? website.trim() : `https://${website.trim()}`;
    try {
        return new URL(candidate);
    }
    catch {
        return null;
    }
}
function safeDecode(path) {
    try {
        return decodeURIComponent(path);
    }
    catch {
        return path;
    }
}
/** Host and path (and meaningful query) of a page on a shared hosting domain. */
function sharedPageKey(url) {
    const host = url.hostname.toLowerCase().replace(/^(?:www|m|mobile)\./, '');
    const path = safeDecode(url.pathname).toLowerCase().replace(/\/+$/, '');
    const params = [...url.searchParams].filter(([name]) => !NOISE_PARAMS.test(name)).sort(([a], [b]) => a.localeCompare(b));
    const query = params.length > 0 ? `?${new URLSearchParams(params).toString()}` : '';
    return `${host}${path}${query}`;
}
/**
 * Identity of a company for deduplication: `site:` + the crawler's site key (registrable
 * domain, private suffixes such as `github.io` included; host and port for IP addresses and
 * localhost), `page:` + host and path on {@link SHARED_HOSTING_DOMAINS}, or `name:` +
 * normalised name and address when there is no usable website.
 */
export function companyIdentity(company) {
    const url = company.website ? parseWebsite(company.website) : null;
    if (url?.hostname) {
        const domain = getDomain(url.hostname.toLowerCase().replace(/\.$/, ''));
        if (domain && SHARED_HOSTING_DOMAINS.has(domain))
            return `page:${sharedPageKey(url)}`;
        const site = siteKey(url.href);
        if (site !== null)
            return `site:${site}`;
    }
    return `name:${plainText(company.name)}|${plainText(company.address ?? '')}`;
}
/**
 * Keeps the first row of each company (see {@link companyIdentity}) and reports the others.
 */
export function dedupeCompanies(rows) {
    const keptIndexByIdentity = new Map();
    const companies = [];
    const duplicateOf = [];
    rows.forEach((company, row) => {
        const identity = companyIdentity(company);
        const keptIndex = keptIndexByIdentity.get(identity);
        if (keptIndex !== undefined) {
            duplicateOf.push({ row, keptIndex });
            return;
        }
        keptIndexByIdentity.set(identity, companies.length);
        companies.push(company);
    });
    return { companies, duplicates: duplicateOf.length, duplicateOf };
}
//# sourceMappingURL=dedupe-companies.js.map