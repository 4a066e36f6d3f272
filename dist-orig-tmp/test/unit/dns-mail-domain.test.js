import { expect } from 'chai';
import { parseDnsServers, InvalidDnsServerError } from '../../actors/dns/dns-servers.js';
import { MailDomainChecker } from '../../actors/dns/mail-domain-checker.js';
import { withDeliverability } from '../../actors/analyse/email-deliverability.js';
import { loadConfig, FatalConfigError } from '../../main/config.js';
import { startDnsServer } from '../helpers/dns-server.js';
describe('e-mail domain deliverability (DNS, local server)', function () {
    this.timeout(30_000);
    let dns;
    before(async () => {
        dns = await startDnsServer({
            'with-mx.test': { mx: ['mx1.with-mx.test', 'mx2.with-mx.test'], a: ['192.0.2.10'] },
            'only-a.test': { a: ['192.0.2.20'] },
            'only-aaaa.test': { aaaa: ['2001:db8::20'] },
            'exists-empty.test': {},
            'silent.test': { silent: true },
        });
    });
    after(async () => {
        await dns?.close();
    });
    it('MX record → MX_OK; only A or AAAA → NO_MX; NXDOMAIN → DOMAIN_MISSING; a name without records → NO_MX', async () => {
        const checker = new MailDomainChecker({ servers: [dns.address], timeoutMs: 2000 });
        expect(await checker.check('with-mx.test')).to.equal('MX_OK');
        expect(await checker.check('anna@with-mx.test')).to.equal('MX_OK');
        expect(await checker.check('only-a.test')).to.equal('NO_MX');
        expect(await checker.check('only-aaaa.test')).to.equal('NO_MX');
        expect(await checker.check('missing.test')).to.equal('DOMAIN_MISSING');
        expect(await checker.check('exists-empty.test')).to.equal('NO_MX');
    });
    it('a resolver that never answers gives UNKNOWN within the time bound, and the answer is cached per domain', async () => {
        const checker = new MailDomainChecker({ servers: [dns.address], timeoutMs: 600 });
        const before = dns.queries.filter((q) => q.endsWith(' silent.test')).length;
        const [first, second] = await Promise.all([checker.check('silent.test'), checker.check('SILENT.test.')]);
        expect([first, second]).to.deep.equal(['UNKNOWN', 'UNKNOWN']);
        expect(dns.queries.filter((q) => q.endsWith(' silent.test')).length - before, 'one lookup for both asks').to.be.at.most(2);
        const mxQueries = () => dns.queries.filter((q) => q === 'MX with-mx.test').length;
        const cached = new MailDomainChecker({ servers: [dns.address], timeoutMs: 2000 });
        const start = mxQueries();
        expect(await cached.check('with-mx.test')).to.equal('MX_OK');
        expect(await cached.check('someone@with-mx.test')).to.equal('MX_OK');
        expect(mxQueries() - start).to.equal(1);
    });
    it('a resolver cut off from the public DNS (NXDOMAIN for every name, its TLD too) gives UNKNOWN, not DOMAIN_MISSING', async () => {
        const blind = await startDnsServer({});
        try {
            const checker = new MailDomainChecker({ servers: [blind.address], timeoutMs: 2000 });
            expect(await checker.check('acme-industries.fr')).to.equal('UNKNOWN');
            expect(blind.queries).to.include('SOA fr');
        }
        finally {
            await blind.close();
        }
    });
    it('an unreachable resolver gives UNKNOWN, never a verdict', async () => {
        const checker = new MailDomainChecker({ servers: ['127.0.0.1:9'], timeoutMs: 800 });
        expect(await checker.check('with-mx.test')).to.equal('UNKNOWN');
    });
    it("fills each report e-mail's deliverability, one lookup per domain, and stops waiting when the job is cancelled", async () => {
        const email = (address) => ({ address, pageUrl: 'https://x.test/', context: '', kind: 'PERSONAL', ownDomain: false });
        const report = {
            emails: [email('a@with-mx.test'), email('b@with-mx.test'), email('c@only-a.test'), email('d@silent.test')],
        };
        const checker = new MailDomainChecker({ servers: [dns.address], timeoutMs: 700 });
        const done = await withDeliverability(report, checker);
        expect(done.emails.map((e) => e.deliverability)).to.deep.equal(['MX_OK', 'MX_OK', 'NO_MX', 'UNKNOWN']);
        const count = dns.queries.length;
        const cancelled = await withDeliverability(report, new MailDomainChecker({ servers: [dns.address] }), AbortSignal.abort());
        expect(cancelled.emails.map((e) => e.deliverability)).to.deep.equal(['UNKNOWN', 'UNKNOWN', 'UNKNOWN', 'UNKNOWN']);
        expect(dns.queries.length).to.equal(count);
        expect((await withDeliverability(report, null)).emails.every((e) => e.deliverability === 'UNKNOWN')).to.equal(true);
    });
    it('malformed domains are DOMAIN_MISSING without any query', async () => {
        const checker = new MailDomainChecker({ servers: [dns.address], timeoutMs: 500 });
        const count = dns.queries.length;
        for (const bad of ['', 'no-dot', 'a@', `${'x'.repeat(300)}.test`, 'bad_chars!.test', '-start.test']) {
            expect(await checker.check(bad), bad).to.equal('DOMAIN_MISSING');
        }
        expect(dns.queries.length).to.equal(count);
    });
    it('PROSPECTLAB_DNS_SERVERS takes IPs with optional ports and refuses anything else naming the entry', () => {
        expect(parseDnsServers(undefined)).to.deep.equal([]);
        expect(parseDnsServers(' ')).to.deep.equal([]);
        expect(parseDnsServers('192.0.2.53, 127.0.0.1:5353,2001:db8::53,[2001:db8::53]:5353')).to.deep.equal([
            '192.0.2.53',
            '127.0.0.1:5353',
            '2001:db8::53',
            '[2001:db8::53]:5353',
        ]);
        for (const bad of ['dns.example.com', '127.0.0.1:0', '127.0.0.1:70000', '[::1]:x', '1.2.3']) {
            expect(() => parseDnsServers(bad), bad).to.throw(InvalidDnsServerError, /PROSPECTLAB_DNS_SERVERS/);
        }
        expect(loadConfig({ PROSPECTLAB_DNS_SERVERS: '127.0.0.1:53' }).dnsServers).to.deep.equal(['127.0.0.1:53']);
        expect(() => loadConfig({ PROSPECTLAB_DNS_SERVERS: 'resolver.local' })).to.throw(FatalConfigError, /resolver\.local/);
    });
});
//# sourceMappingURL=dns-mail-domain.test.js.map