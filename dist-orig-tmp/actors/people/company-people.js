import { emailKindOf, inferMailDomain, isDisposableAddress, isFreeWebmail } from '../analyse/email-intel.js';
import { foldText } from '../analyse/fold-text.js';
import { applyPattern, learnEmailPattern } from './email-pattern.js';
import { addressMatchesName } from './page-people.js';
/** Most people kept for one company. */
export const MAX_PEOPLE_PER_COMPANY = 300;
/** A pattern needs this many addresses following it before it is used to guess. */
export const MIN_PATTERN_EXAMPLES_FOR_GUESS = 2;
/** Base confidence of each kind of evidence (README "People"). */
const EVIDENCE_CONFIDENCE = {
    JSON_LD: 0.8,
    MICROFORMAT: 0.8,
    LEGAL_NOTICE: 0.8,
    PRESS_CONTACT: 0.75,
    CARD: 0.7,
    MAILTO: 0.55,
};
/** Which evidence's role wins when a person's pages disagree. */
const ROLE_PRIORITY = ['MICROFORMAT', 'CARD', 'JSON_LD', 'PRESS_CONTACT', 'LEGAL_NOTICE', 'MAILTO'];
const SENIORITY_RANK = { UNKNOWN: 0, STAFF: 1, MANAGER: 2, OWNER_EXECUTIVE: 3 };
export class CompanyPeopleCollector {
    #people = new Map();
    /** Adds the people of one page. */
    add(people) {
        for (const person of people) {
            const key = foldText(person.name);
            let merged = this.#people.get(key);
            if (!merged) {
                if (this.#people.size >= MAX_PEOPLE_PER_COMPANY)
                    continue;
                merged = { sightings: [], sources: [] };
                this.#people.set(key, merged);
            }
            if (merged.sightings.length < 20)
                merged.sightings.push(person);
            if (!merged.sources.includes(person.pageUrl) && merged.sources.length < 50)
                merged.sources.push(person.pageUrl);
        }
    }
    /**
     * The people, in the order the site first shows them, with their addresses; the e-mails
     * annotated with `kind` and `personName`; the pattern when one is learnt.
     */
    build(emails, siteUrl) {
        const personalAddresses = emails.filter((e) => emailKindOf(e.address.split('@')[0]) === 'PERSONAL').map((e) => e.address);
        const owners = new Map();
        const allDrafts = [...this.#people.values()].map((merged) => {
            const sightings = [...merged.sightings].sort((a, b) => ROLE_PRIORITY.indexOf(a.evidence) - ROLE_PRIORITY.indexOf(b.evidence));
            const main = sightings[0];
            const withRole = sightings.find((s) => s.role !== null);
            const seniority = withRole && withRole.seniority !== 'UNKNOWN'
                ? withRole.seniority
                : sightings.reduce((best, s) => (SENIORITY_RANK[s.seniority] > SENIORITY_RANK[best] ? s.seniority : best), 'UNKNOWN');
            // A card's address is the person's when it spells the name or is not a mailbox for anyone.
            let email = sightings.map((s) => s.email).find((a) => a !== null && (addressMatchesName(a, main) || emailKindOf(a.split('@')[0]) === 'PERSONAL')) ??
                null;
            if (!email) {
                const matching = personalAddresses.filter((a) => addressMatchesName(a, main));
                if (matching.length === 1)
                    email = matching[0];
            }
            if (email && owners.has(email))
                email = null;
            if (email)
                owners.set(email, main.name);
            return {
                main,
                role: withRole?.role ?? null,
                seniority,
                email,
                phone: sightings.map((s) => s.phone).find((p) => p !== null) ?? null,
                linkedinUrl: sightings.map((s) => s.linkedinUrl).find((u) => u !== null) ?? null,
                sources: merged.sources,
                evidence: sightings.map((s) => s.evidence),
            };
        });
        // Someone whose address the page shows as another organisation's (a speaker, an agency) is not the company's.
        const thirdParty = new Set(emails.filter((e) => e.owner === 'THIRD_PARTY').map((e) => e.address));
        for (const address of thirdParty)
            owners.delete(address);
        const drafts = allDrafts.filter((d) => d.email === null || !thirdParty.has(d.email));
        const allAddresses = [...emails.map((e) => e.address), ...drafts.map((d) => d.email).filter((a) => a !== null)];
        const domain = inferMailDomain(allAddresses, siteUrl);
        const learnt = domain
            ? learnEmailPattern(drafts.filter((d) => d.email).map((d) => ({ firstName: d.main.firstName, lastName: d.main.lastName, address: d.email })), domain)
            : null;
        const canGuess = learnt !== null && learnt.examples >= MIN_PATTERN_EXAMPLES_FOR_GUESS;
        const people = drafts.map((d) => {
            const local = !d.email && canGuess ? applyPattern(learnt.pattern, d.main.firstName, d.main.lastName) : null;
            let confidence = Math.max(...d.evidence.map((e) => EVIDENCE_CONFIDENCE[e]));
            if (d.main.knownGivenName)
                confidence += 0.1;
            if (d.email && addressMatchesName(d.email, d.main))
                confidence += 0.1;
            if (d.role)
                confidence += 0.05;
            confidence += Math.min(0.1, 0.05 * (new Set(d.evidence).size - 1 + d.sources.length - 1));
            return {
                name: d.main.name,
                firstName: d.main.firstName,
                lastName: d.main.lastName,
                role: d.role,
                seniority: d.seniority,
                email: d.email,
                emailGuess: local ? `${local}@${learnt.domain}` : null,
                phone: d.phone,
                linkedinUrl: d.linkedinUrl,
                sources: [...d.sources],
                confidence: Math.round(Math.min(1, confidence) * 100) / 100,
            };
        });
        const annotated = emails.map((e) => {
            const personName = owners.get(e.address) ?? null;
            return {
                ...e,
                kind: personName ? 'PERSONAL' : emailKindOf(e.address.split('@')[0]),
                personName,
                owner: personName && e.owner !== 'THIRD_PARTY' ? 'PERSON' : e.owner,
                freeWebmail: isFreeWebmail(e.address),
                disposable: isDisposableAddress(e.address),
                deliverability: e.deliverability ?? 'UNKNOWN',
            };
        });
        return {
            people,
            emailPattern: learnt ? { pattern: learnt.pattern, domain: learnt.domain, confidence: learnt.confidence, examples: learnt.examples } : null,
            emails: annotated,
        };
    }
}
//# sourceMappingURL=company-people.js.map