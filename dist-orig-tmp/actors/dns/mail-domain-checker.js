/**
 * Whether mail can reach a domain, from DNS alone (no SMTP): MX_OK when it publishes an MX
 * record; without one, its A/AAAA records tell a domain that exists (NO_MX: only the RFC 5321
 * §5.1 implicit MX could take mail, which most senders treat as undeliverable) from one that
 * does not (DOMAIN_MISSING). Answers are cached per domain, every lookup is bounded in time,
 * and a resolver that cannot be reached, or cannot see the public DNS (it does not know the
 * domain's top-level domain either), gives UNKNOWN rather than a verdict.
 */
import { Resolver } from 'node:dns/promises';
/** Verdicts (README "E-mail deliverability"). */
const NOT_FOUND = new Set(['ENOTFOUND', 'NXDOMAIN']);
const NO_DATA = new Set(['ENODATA', 'ENOTIMP']);
function codeOf(error) {
    return error?.code ?? '';
}
export class MailDomainChecker {
    #servers;
    #timeoutMs;
    #cacheTtlMs;
    #unknownTtlMs;
    #maxCached;
    #cache = new Map();
    constructor(options = {}) {
        this.#servers = options.servers ?? [];
        this.#timeoutMs = options.timeoutMs ?? 4000;
        this.#cacheTtlMs = options.cacheTtlMs ?? 3_600_000;
        this.#unknownTtlMs = options.unknownTtlMs ?? 60_000;
        this.#maxCached = options.maxCachedDomains ?? 10_000;
        if (!(this.#timeoutMs > 0))
            throw new RangeError('timeoutMs must be positive');
    }
    /** The verdict for a domain (or an address's domain), at most `timeoutMs` after the first ask. */
    check(domainOrAddress) {
        const domain = domainOrAddress
            .slice(domainOrAddress.lastIndexOf('@') + 1)
            .trim()
            .toLowerCase()
            .replace(/\.$/, '');
        if (!/^[a-z0-9](?:[a-z0-9-]{0,62}\.)*[a-z0-9-]{1,63}$/.test(domain) || domain.length > 253 || !domain.includes('.')) {
            return Promise.resolve('DOMAIN_MISSING');
        }
        const now = Date.now();
        const cached = this.#cache.get(domain);
        if (cached && cached.expiresAt > now)
            return cached.verdict;
        const verdict = this.#lookup(domain);
        const entry = { verdict, expiresAt: now + this.#cacheTtlMs };
        this.#cache.delete(domain);
        this.#cache.set(domain, entry);
        if (this.#cache.size > this.#maxCached)
            this.#cache.delete(this.#cache.keys().next().value);
        void verdict.then((v) => {
            if (v === 'UNKNOWN')
                entry.expiresAt = Date.now() + this.#unknownTtlMs;
        });
        return verdict;
    }
    async #lookup(domain) {
        const resolver = new Resolver({ timeout: Math.max(100, Math.floor(this.#timeoutMs / 2)), tries: 1 });
        if (this.#servers.length > 0)
            resolver.setServers([...this.#servers]);
        let timer;
        const deadline = new Promise((resolve) => {
            timer = setTimeout(() => {
                resolver.cancel();
                resolve('UNKNOWN');
            }, this.#timeoutMs);
        });
        try {
            return await Promise.race([this.#ask(resolver, domain), deadline]);
        }
        finally {
            clearTimeout(timer);
        }
    }
    async #ask(resolver, domain) {
        try {
            const records = await resolver.resolveMx(domain);
            // A "null MX" (RFC 7505: one record, exchange ".") says the domain takes no mail.
            if (records.some((r) => r.exchange !== '' && r.exchange !== '.'))
                return 'MX_OK';
            if (records.length > 0)
                return 'NO_MX';
        }
        catch (error) {
            const code = codeOf(error);
            if (NOT_FOUND.has(code))
                return this.#missingOrBlind(resolver, domain);
            if (!NO_DATA.has(code))
                return 'UNKNOWN';
        }
        // No MX: does the domain exist at all?
        const [v4, v6] = await Promise.all([this.#addresses(resolver, domain, 4), this.#addresses(resolver, domain, 6)]);
        if (v4 === 'found' || v6 === 'found')
            return 'NO_MX';
        if (v4 === 'missing' || v6 === 'missing')
            return this.#missingOrBlind(resolver, domain);
        if (v4 === 'unknown' && v6 === 'unknown')
            return 'UNKNOWN';
        return 'NO_MX';
    }
    /**
     * DOMAIN_MISSING only when the resolver knows the domain's top-level domain: a resolver cut off
     * from the public DNS (an offline machine, a captive network) answers NXDOMAIN for every name,
     * and its NXDOMAIN says nothing about the domain.
     */
    async #missingOrBlind(resolver, domain) {
        const tld = domain.slice(domain.lastIndexOf('.') + 1);
        try {
            await resolver.resolveSoa(tld);
            return 'DOMAIN_MISSING';
        }
        catch (error) {
            return NO_DATA.has(codeOf(error)) ? 'DOMAIN_MISSING' : 'UNKNOWN';
        }
    }
    async #addresses(resolver, domain, family) {
        try {
            const list = family === 4 ? await resolver.resolve4(domain) : await resolver.resolve6(domain);
            return list.length > 0 ? 'found' : 'none';
        }
        catch (error) {
            const code = codeOf(error);
            if (NOT_FOUND.has(code))
                return 'missing';
            return NO_DATA.has(code) ? 'none' : 'unknown';
        }
    }
}
//# sourceMappingURL=mail-domain-checker.js.map