import { expect } from 'chai';
import { assertAddressAllowed, assertUrlAllowed, BlockedAddressError, classifyAddress, networkPolicyFromEnv, parseHostAsIp, UnresolvableHostError, } from '../../actors/crawl/network-guard.js';
const REFUSE_PRIVATE = { allowPrivateNetworks: false };
const ALLOW_PRIVATE = { allowPrivateNetworks: true };
/** A resolver answering from a fixed table and recording what it was asked. */
function fakeLookup(answers) {
    const asked = [];
    const lookup = async (host) => {
        asked.push(host);
        const addresses = answers[host];
        if (addresses === undefined)
            throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
        return addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
    };
    return Object.assign(lookup, { asked });
}
async function rejectionOf(promise) {
    try {
        await promise;
    }
    catch (error) {
        return error;
    }
    throw new Error('expected the promise to reject');
}
describe('parseHostAsIp', () => {
    const rows = [
        ['127.0.0.1', '127.0.0.1'],
        ['2130706433', '127.0.0.1'],
        ['0177.0.0.1', '127.0.0.1'],
        ['0x7f.0.0.1', '127.0.0.1'],
        ['0X7F.0.0.1', '127.0.0.1'],
        ['0x7f000001', '127.0.0.1'],
        ['017700000001', '127.0.0.1'],
        ['127.1', '127.0.0.1'],
        ['127.0.1', '127.0.0.1'],
        ['10.1', '10.0.0.1'],
        ['0x0a.0x00.0x00.0x01', '10.0.0.1'],
        ['192.168.0.1.', '192.168.0.1'],
        ['0', '0.0.0.0'],
        ['0x', '0.0.0.0'],
        ['4294967295', '255.255.255.255'],
        ['[::1]', '::1'],
        ['::1', '::1'],
        ['[0:0:0:0:0:0:0:1]', '::1'],
        ['[::ffff:127.0.0.1]', '::ffff:7f00:1'],
        ['[::FFFF:7F00:1]', '::ffff:7f00:1'],
        ['[2001:DB8:0:0:1:0:0:1]', '2001:db8::1:0:0:1'],
        ['[2606:4700:4700::1111]', '2606:4700:4700::1111'],
        ['[fe80::1%25eth0]', 'fe80::1'],
        ['fe80::1%eth0', 'fe80::1'],
        ['[1:2:3:4:5:6:7:8]', '1:2:3:4:5:6:7:8'],
        ['dupont-plomberie.fr', null],
        ['localhost', null],
        ['0x7f.example', null],
        ['1e3', null],
        ['4294967296', null],
        ['256.0.0.1', null],
        ['1.2.3.4.5', null],
        ['08.0.0.1', null],
        ['1..2', null],
        ['[::1::2]', null],
        ['[1:2:3:4:5:6:7:8:9]', null],
        ['[12345::]', null],
        ['[::ffff:1.2.3]', null],
        ['[::g]', null],
        ['', null],
    ];
    for (const [host, expected] of rows) {
        it(`${JSON.stringify(host)} -> ${expected}`, () => {
            expect(parseHostAsIp(host)).to.equal(expected);
        });
    }
});
describe('classifyAddress', () => {
    const rows = [
        ['8.8.8.8', 'public'],
        ['1.1.1.1', 'public'],
        ['93.184.216.34', 'public'],
        ['0.0.0.0', 'unspecified'],
        ['0.1.2.3', 'reserved'],
        ['10.0.0.1', 'private'],
        ['10.255.255.255', 'private'],
        ['100.64.0.1', 'private'],
        ['100.127.255.254', 'private'],
        ['100.128.0.1', 'public'],
        ['127.0.0.1', 'loopback'],
        ['127.255.255.254', 'loopback'],
        ['169.254.1.1', 'link-local'],
        ['169.254.169.254', 'metadata'],
        ['169.254.170.2', 'metadata'],
        ['100.100.100.200', 'metadata'],
        ['172.15.255.255', 'public'],
        ['172.16.0.1', 'private'],
        ['172.31.255.255', 'private'],
        ['172.32.0.1', 'public'],
        ['192.0.0.8', 'reserved'],
        ['192.0.2.1', 'reserved'],
        ['192.88.99.1', 'reserved'],
        ['192.168.1.1', 'private'],
        ['198.18.0.1', 'reserved'],
        ['198.19.255.255', 'reserved'],
        ['198.20.0.1', 'public'],
        ['198.51.100.7', 'reserved'],
        ['203.0.113.9', 'reserved'],
        ['224.0.0.1', 'multicast'],
        ['239.255.255.250', 'multicast'],
        ['240.0.0.1', 'reserved'],
        ['255.255.255.255', 'reserved'],
        ['2130706433', 'loopback'],
        ['0177.0.0.1', 'loopback'],
        ['0x7f.0.0.1', 'loopback'],
        ['127.1', 'loopback'],
        ['0xa9.0xfe.0xa9.0xfe', 'metadata'],
        ['2852039166', 'metadata'],
        ['::', 'unspecified'],
        ['::1', 'loopback'],
        ['[::1]', 'loopback'],
        ['::ffff:127.0.0.1', 'loopback'],
        ['::ffff:7f00:1', 'loopback'],
        ['::ffff:10.0.0.1', 'private'],
        ['::ffff:169.254.169.254', 'metadata'],
        ['::ffff:8.8.8.8', 'public'],
        ['::ffff:0:10.0.0.1', 'private'],
        ['::127.0.0.1', 'loopback'],
        ['::8.8.8.8', 'reserved'],
        ['64:ff9b::10.0.0.1', 'private'],
        ['64:ff9b::7f00:1', 'loopback'],
        ['64:ff9b::8.8.8.8', 'public'],
        ['64:ff9b:1::1', 'private'],
        ['2002:0a00:0001::1', 'private'],
        ['2002:7f00:1::', 'loopback'],
        ['2002:a9fe:a9fe::1', 'metadata'],
        ['2002:0808:0808::1', 'public'],
        ['fc00::1', 'private'],
        ['fd12:3456:789a::1', 'private'],
        ['fd00:ec2::254', 'metadata'],
        ['fe80::1', 'link-local'],
        ['febf::1', 'link-local'],
        ['fec0::1', 'private'],
        ['ff02::1', 'multicast'],
        ['ff05::2', 'multicast'],
        ['2001:db8::1', 'reserved'],
        ['2001:0:4136:e378:8000:63bf:3fff:fdd2', 'reserved'],
        ['2001:10::1', 'reserved'],
        ['3fff::1', 'reserved'],
        ['100::1', 'reserved'],
        ['5f00::1', 'reserved'],
        ['::2', 'reserved'],
        ['4000::1', 'reserved'],
        ['2606:4700:4700::1111', 'public'],
        ['2a00:1450:4007:80e::200e', 'public'],
        ['2001:4860:4860::8888', 'public'],
    ];
    for (const [ip, expected] of rows) {
        it(`${ip} is ${expected}`, () => {
            expect(classifyAddress(ip)).to.equal(expected);
        });
    }
    for (const notIp of ['dupont-plomberie.fr', 'localhost', '', '1.2.3.999', '[::1']) {
        it(`throws a TypeError for ${JSON.stringify(notIp)}`, () => {
            expect(() => classifyAddress(notIp)).to.throw(TypeError, /Not an IP address/);
        });
    }
});
describe('assertUrlAllowed', () => {
    const neverAsked = async (host) => {
        throw new Error(`unexpected DNS lookup of ${host}`);
    };
    const literalRows = [
        [
            'http://10.0.0.1/',
            'private',
            /^Refused to fetch http:\/\/10\.0\.0\.1\/: 10\.0\.0\.1 is a private address \(set PROSPECTLAB_ALLOW_PRIVATE_NETWORKS=1 to allow\)$/,
        ],
        ['http://127.0.0.1:8080/x', 'loopback', /127\.0\.0\.1 is a loopback address/],
        ['http://2130706433/', 'loopback', /127\.0\.0\.1 is a loopback address/],
        ['http://0177.0.0.1/', 'loopback', /127\.0\.0\.1 is a loopback address/],
        ['http://0x7f.0.0.1/', 'loopback', /127\.0\.0\.1 is a loopback address/],
        ['http://127.1/', 'loopback', /127\.0\.0\.1 is a loopback address/],
        ['http://[::1]/', 'loopback', /::1 is a loopback address/],
        ['http://[::ffff:127.0.0.1]/', 'loopback', /::ffff:7f00:1 is a loopback address/],
        ['http://[::ffff:7f00:1]/', 'loopback', /loopback/],
        ['http://[64:ff9b::a00:1]/', 'private', /private/],
        ['http://[2002:c0a8:101::1]/', 'private', /private/],
        ['http://[fd00::1]/', 'private', /private/],
        ['http://[fe80::1]/', 'link-local', /a link-local address/],
        ['http://169.254.1.1/', 'link-local', /a link-local address/],
        ['http://100.64.0.1/', 'private', /private/],
        ['http://0.0.0.0/', 'unspecified', /an unspecified address/],
        ['http://224.0.0.1/', 'multicast', /a multicast address/],
        ['http://240.0.0.1/', 'reserved', /a reserved address/],
        ['http://255.255.255.255/', 'reserved', /reserved/],
        ['http://192.0.0.1/', 'reserved', /reserved/],
        ['http://198.18.0.1/', 'reserved', /reserved/],
        ['http://169.254.169.254/latest/meta-data/', 'metadata', /^Refused to fetch .*: 169\.254\.169\.254 is a cloud metadata address$/],
    ];
    for (const [url, addressClass, message] of literalRows) {
        it(`refuses ${url} (${addressClass}) without DNS`, async () => {
            const error = await rejectionOf(assertUrlAllowed(url, REFUSE_PRIVATE, { lookup: neverAsked }));
            if (!(error instanceof BlockedAddressError))
                return expect.fail(`expected a BlockedAddressError, got ${error.name}`);
            expect(error.message).to.match(message);
            expect(error.addressClass).to.equal(addressClass);
            expect(error.url).to.equal(url);
        });
    }
    for (const url of ['http://10.0.0.1/', 'http://127.0.0.1:3000/', 'http://[::1]:3000/', 'http://0x7f.1/', 'http://192.168.1.20/']) {
        it(`allows ${url} when private networks are allowed`, async () => {
            await assertUrlAllowed(url, ALLOW_PRIVATE, { lookup: neverAsked });
        });
    }
    it('refuses cloud metadata endpoints even when private networks are allowed', async () => {
        for (const url of ['http://169.254.169.254/', 'http://[fd00:ec2::254]/', 'http://[::ffff:a9fe:a9fe]/']) {
            const error = await rejectionOf(assertUrlAllowed(url, ALLOW_PRIVATE, { lookup: neverAsked }));
            expect(error, url).to.be.instanceOf(BlockedAddressError);
            expect(error.message).to.contain('cloud metadata').and.not.contain('PROSPECTLAB_ALLOW_PRIVATE_NETWORKS');
        }
    });
    it('allows public IP literals without DNS', async () => {
        await assertUrlAllowed('https://93.184.216.34/', REFUSE_PRIVATE, { lookup: neverAsked });
        await assertUrlAllowed('https://[2606:4700:4700::1111]/', REFUSE_PRIVATE, { lookup: neverAsked });
    });
    for (const url of ['http://localhost/', 'http://LOCALHOST:3000/', 'http://localhost./', 'http://app.localhost/', 'http://a.b.localhost:8080/x']) {
        it(`refuses ${url} without resolving it`, async () => {
            const error = await rejectionOf(assertUrlAllowed(url, REFUSE_PRIVATE, { lookup: neverAsked }));
            expect(error).to.be.instanceOf(BlockedAddressError);
            expect(error.message).to.match(/is a loopback host name \(set PROSPECTLAB_ALLOW_PRIVATE_NETWORKS=1 to allow\)$/);
        });
    }
    it('resolves localhost normally when private networks are allowed', async () => {
        const lookup = fakeLookup({ localhost: ['127.0.0.1', '::1'] });
        await assertUrlAllowed('http://localhost:3000/', ALLOW_PRIVATE, { lookup });
        expect(lookup.asked).to.deep.equal(['localhost']);
    });
    const resolvedRows = [
        ['https://www.dupont-plomberie.fr/', ['93.184.216.34'], null],
        ['https://www.dupont-plomberie.fr/', ['93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946'], null],
        [
            'https://intranet.dupont-plomberie.fr/',
            ['10.1.2.3'],
            /intranet\.dupont-plomberie\.fr resolves to 10\.1\.2\.3, a private address \(set PROSPECTLAB_ALLOW_PRIVATE_NETWORKS=1 to allow\)$/,
        ],
        ['https://rebind.attacker.example/', ['93.184.216.34', '127.0.0.1'], /resolves to 127\.0\.0\.1, a loopback address/],
        ['https://v6.attacker.example/', ['::1'], /resolves to ::1, a loopback address/],
        ['https://mapped.attacker.example/', ['::ffff:192.168.0.1'], /resolves to ::ffff:c0a8:1, a private address/],
        ['https://nat64.attacker.example/', ['64:ff9b::a9fe:a9fe'], /a cloud metadata address$/],
        ['https://metadata.google.internal/', ['169.254.169.254'], /a cloud metadata address$/],
        ['https://linklocal.attacker.example/', ['fe80::1%eth0'], /a link-local address/],
    ];
    for (const [url, addresses, message] of resolvedRows) {
        it(`${message === null ? 'allows' : 'refuses'} ${url} resolving to ${addresses.join(', ')}`, async () => {
            const host = new URL(url).hostname;
            const lookup = fakeLookup({ [host]: addresses });
            const promise = assertUrlAllowed(url, REFUSE_PRIVATE, { lookup });
            if (message === null) {
                await promise;
            }
            else {
                const error = await rejectionOf(promise);
                expect(error).to.be.instanceOf(BlockedAddressError);
                expect(error.message).to.match(message);
            }
            expect(lookup.asked).to.deep.equal([host]);
        });
    }
    it('allows names resolving to private addresses when private networks are allowed', async () => {
        await assertUrlAllowed('http://nas.home.arpa/', ALLOW_PRIVATE, { lookup: fakeLookup({ 'nas.home.arpa': ['192.168.1.5'] }) });
    });
    it('strips the trailing dot of a fully qualified name before resolving', async () => {
        const lookup = fakeLookup({ 'www.dupont-plomberie.fr': ['93.184.216.34'] });
        await assertUrlAllowed('https://www.dupont-plomberie.fr./', REFUSE_PRIVATE, { lookup });
        expect(lookup.asked).to.deep.equal(['www.dupont-plomberie.fr']);
    });
    it('throws UnresolvableHostError with the cause when DNS fails', async () => {
        const error = await rejectionOf(assertUrlAllowed('https://no-such-host.dupont-plomberie.fr/', REFUSE_PRIVATE, { lookup: fakeLookup({}) }));
        expect(error).to.be.instanceOf(UnresolvableHostError);
        expect(error.message).to.equal('Could not resolve host "no-such-host.dupont-plomberie.fr"');
        expect(error.cause.code).to.equal('ENOTFOUND');
    });
    it('throws UnresolvableHostError when the resolver throws synchronously', async () => {
        const lookup = () => {
            throw new Error('boom');
        };
        const error = await rejectionOf(assertUrlAllowed('https://www.dupont-plomberie.fr/', REFUSE_PRIVATE, { lookup }));
        expect(error).to.be.instanceOf(UnresolvableHostError);
    });
    it('throws UnresolvableHostError when DNS returns no address', async () => {
        const error = await rejectionOf(assertUrlAllowed('https://empty.dupont-plomberie.fr/', REFUSE_PRIVATE, { lookup: fakeLookup({ 'empty.dupont-plomberie.fr': [] }) }));
        expect(error).to.be.instanceOf(UnresolvableHostError);
    });
    it('gives up after timeoutMs when DNS hangs', async () => {
        const hanging = () => new Promise(() => undefined);
        const error = await rejectionOf(assertUrlAllowed('https://slow.dupont-plomberie.fr/', REFUSE_PRIVATE, { lookup: hanging, timeoutMs: 20 }));
        expect(error).to.be.instanceOf(UnresolvableHostError);
        expect(error.message).to.equal('Could not resolve host "slow.dupont-plomberie.fr": no answer within 20 ms');
    });
    it('stops waiting when the signal aborts, with the signal reason', async () => {
        const controller = new AbortController();
        const hanging = () => new Promise(() => undefined);
        const promise = assertUrlAllowed('https://slow.dupont-plomberie.fr/', REFUSE_PRIVATE, { lookup: hanging, signal: controller.signal });
        const reason = new Error('job cancelled');
        controller.abort(reason);
        expect(await rejectionOf(promise)).to.equal(reason);
    });
    it('rejects at once when the signal is already aborted', async () => {
        const reason = new Error('already cancelled');
        const error = await rejectionOf(assertUrlAllowed('https://www.dupont-plomberie.fr/', REFUSE_PRIVATE, { lookup: neverAsked, signal: AbortSignal.abort(reason) }));
        expect(error).to.equal(reason);
    });
    for (const timeoutMs of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
        it(`rejects timeoutMs ${timeoutMs}`, async () => {
            const error = await rejectionOf(assertUrlAllowed('https://www.dupont-plomberie.fr/', REFUSE_PRIVATE, { lookup: neverAsked, timeoutMs }));
            expect(error).to.be.instanceOf(RangeError);
        });
    }
    const badUrls = [
        ['not a url', /not a valid URL/],
        ['file:///etc/passwd', /only http and https URLs are allowed/],
        ['ftp://files.dupont-plomberie.fr/', /only http and https URLs are allowed/],
        ['javascript:alert(1)', /only http and https URLs are allowed/],
    ];
    for (const [url, message] of badUrls) {
        it(`refuses ${JSON.stringify(url)} even when private networks are allowed`, async () => {
            const error = await rejectionOf(assertUrlAllowed(url, ALLOW_PRIVATE, { lookup: neverAsked }));
            expect(error).to.be.instanceOf(BlockedAddressError);
            expect(error.message).to.match(message);
        });
    }
});
describe('assertAddressAllowed', () => {
    it('checks the address a connection actually reached', () => {
        expect(() => assertAddressAllowed('https://www.dupont-plomberie.fr/', '93.184.216.34', REFUSE_PRIVATE)).not.to.throw();
        expect(() => assertAddressAllowed('https://www.dupont-plomberie.fr/', '127.0.0.1', REFUSE_PRIVATE, 'www.dupont-plomberie.fr')).to.throw(BlockedAddressError, 'www.dupont-plomberie.fr resolves to 127.0.0.1, a loopback address');
        expect(() => assertAddressAllowed('https://www.dupont-plomberie.fr/', '127.0.0.1', ALLOW_PRIVATE)).not.to.throw();
    });
});
describe('networkPolicyFromEnv', () => {
    const rows = [
        [undefined, false],
        ['', false],
        ['0', false],
        ['false', false],
        ['FALSE', false],
        ['no', false],
        ['off', false],
        ['1', true],
        ['true', true],
        ['True', true],
        [' 1 ', true],
        ['yes', true],
        ['on', true],
    ];
    for (const [value, expected] of rows) {
        it(`${JSON.stringify(value)} -> allowPrivateNetworks ${expected}`, () => {
            const env = value === undefined ? {} : { PROSPECTLAB_ALLOW_PRIVATE_NETWORKS: value };
            expect(networkPolicyFromEnv(env)).to.deep.equal({ allowPrivateNetworks: expected });
        });
    }
    for (const value of ['2', 'maybe', 'ture']) {
        it(`rejects ${JSON.stringify(value)} instead of guessing`, () => {
            expect(() => networkPolicyFromEnv({ PROSPECTLAB_ALLOW_PRIVATE_NETWORKS: value })).to.throw(RangeError, /PROSPECTLAB_ALLOW_PRIVATE_NETWORKS/);
        });
    }
    it('reads process.env by default', () => {
        const saved = process.env.PROSPECTLAB_ALLOW_PRIVATE_NETWORKS;
        try {
            process.env.PROSPECTLAB_ALLOW_PRIVATE_NETWORKS = '1';
            expect(networkPolicyFromEnv()).to.deep.equal({ allowPrivateNetworks: true });
        }
        finally {
            if (saved === undefined)
                delete process.env.PROSPECTLAB_ALLOW_PRIVATE_NETWORKS;
            else
                process.env.PROSPECTLAB_ALLOW_PRIVATE_NETWORKS = saved;
        }
    });
});
//# sourceMappingURL=network-guard.test.js.map