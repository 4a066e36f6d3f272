/**
 * What identifies the company on its own site: its names (as uploaded, the site's title and
 * organisation name) and its e-mail domains (the site's own, plus the domains that spell the
 * company's name, plus the one most of the site's addresses use). A site served from an IP
 * address or a website builder's subdomain still has its company's domain recognised.
 */
import { parse as parseDomain } from 'tldts';
import { foldText } from './fold-text.js';
const MIN_MATCH_CHARS = 4;
/** Letters and digits only, folded, in two spellings of German umlauts (`ü` → `u` and `ue`). */
function gluedSpellings(text) {
    const umlauts = text.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue');
    return [...new Set([foldText(text), foldText(umlauts)].map((s) => s.replace(/[^a-z0-9]+/g, '')))].filter((s) => s.length > 0);
}
/** The company's names, glued (`Boulangerie Lemoine` → `boulangerielemoine`). */
export class CompanyIdentity {
    #names;
    #siteDomain;
    /**
     * @param names company name, page title, organisation name… (empty ones are ignored)
     * @param siteHostname hostname of the company's website
     */
    constructor(names, siteHostname) {
        this.#names = [...new Set(names.flatMap((n) => (n ? gluedSpellings(n) : [])))].filter((n) => n.length >= MIN_MATCH_CHARS);
        const parsed = siteHostname ? parseDomain(siteHostname) : null;
        this.#siteDomain = parsed?.domain && parsed.isIcann ? parsed.domain : null;
        if (parsed?.domainWithoutSuffix && parsed.isIcann)
            this.#names.push(...gluedSpellings(parsed.domainWithoutSuffix));
    }
    /** Whether a handle or domain label spells the company (one contains the other, 4+ characters). */
    matches(handleOrLabel) {
        const glued = gluedSpellings(handleOrLabel)[0] ?? '';
        if (glued.length < MIN_MATCH_CHARS)
            return false;
        return this.#names.some((name) => name.includes(glued) || glued.includes(name));
    }
    /** Whether a domain label (`becker-steuerberatung`) has every word in the company's names. */
    #spelledByWords(label) {
        const words = label
            .toLowerCase()
            .split('-')
            .filter((w) => w.length >= 3);
        return words.length > 1 && words.every((word) => this.#names.some((name) => gluedSpellings(word).some((w) => name.includes(w))));
    }
    /**
     * The company's e-mail domains among the domains of the site's addresses: the site's own,
     * those that spell the company's name, and the domain of most addresses (two at least, and
     * more than any other domain).
     */
    emailDomains(addresses) {
        const own = new Set();
        if (this.#siteDomain)
            own.add(this.#siteDomain);
        const counts = new Map();
        for (const address of new Set(addresses.map((a) => a.toLowerCase()))) {
            const parsed = parseDomain(address.slice(address.lastIndexOf('@') + 1));
            const domain = parsed.domain;
            if (!domain)
                continue;
            counts.set(domain, (counts.get(domain) ?? 0) + 1);
            const label = parsed.domainWithoutSuffix ?? '';
            if (this.matches(label) || this.#spelledByWords(label))
                own.add(domain);
        }
        const ranked = [...counts].sort((a, b) => b[1] - a[1]);
        if (ranked[0] && ranked[0][1] >= 2 && (ranked[1]?.[1] ?? 0) < ranked[0][1])
            own.add(ranked[0][0]);
        return own;
    }
}
/** The registrable domain of an address, or ''. */
export function addressDomain(address) {
    return parseDomain(address.slice(address.lastIndexOf('@') + 1)).domain ?? '';
}
//# sourceMappingURL=company-identity.js.map