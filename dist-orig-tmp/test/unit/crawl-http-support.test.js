import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { defaultMaxConcurrentPages, defaultRecycleAboveBytes } from '../../actors/crawl/browser-capacity.js';
import { charsetFromContentType, decodeHtml } from '../../actors/crawl/html-decoding.js';
import { guardedLookup } from '../../actors/crawl/http-agent.js';
import { browserMayLoadDespite, fetchFailure, netErrorOf } from '../../actors/crawl/http-errors.js';
import { BlockedAddressError } from '../../actors/crawl/network-guard.js';
import { PageSemaphore } from '../../actors/crawl/page-semaphore.js';
import { descendantPids, processMemory, processTreeMemory } from '../../actors/crawl/process-memory.js';
const GIB = 1024 ** 3;
describe('decodeHtml (encoding of a fetched page)', () => {
    const latin1Bytes = Uint8Array.from([0x63, 0x61, 0x66, 0xe9]); // "café" in windows-1252
    const cases = [
        { name: 'UTF-8 without any declaration', bytes: new TextEncoder().encode('café'), contentType: 'text/html', text: 'café' },
        { name: 'the Content-Type charset', bytes: latin1Bytes, contentType: 'text/html; charset=ISO-8859-1', text: 'café' },
        { name: 'a quoted Content-Type charset', bytes: latin1Bytes, contentType: 'text/html; charset="windows-1252"', text: 'café' },
        {
            name: 'a <meta charset> in the first bytes',
            bytes: Uint8Array.from([...new TextEncoder().encode('<meta charset="windows-1252">'), 0xe9]),
            contentType: 'text/html',
            text: '<meta charset="windows-1252">é',
        },
        { name: 'invalid UTF-8 falls back to windows-1252', bytes: latin1Bytes, contentType: null, text: 'café' },
        { name: 'an unknown charset label falls back', bytes: new TextEncoder().encode('ok'), contentType: 'text/html; charset=no-such-thing', text: 'ok' },
        {
            name: 'a UTF-8 BOM wins over the header',
            bytes: Uint8Array.from([0xef, 0xbb, 0xbf, 0xc3, 0xa9]),
            contentType: 'text/html; charset=iso-8859-1',
            text: 'é',
        },
        { name: 'a UTF-16LE BOM', bytes: Uint8Array.from([0xff, 0xfe, 0x61, 0x00]), contentType: null, text: 'a' },
    ];
    for (const { name, bytes, contentType, text } of cases) {
        it(name, () => expect(decodeHtml(bytes, contentType)).to.equal(text));
    }
    it('reads the charset of a Content-Type value', () => {
        expect(charsetFromContentType('text/html; charset=UTF-8')).to.equal('UTF-8');
        expect(charsetFromContentType('text/html')).to.equal(null);
        expect(charsetFromContentType(null)).to.equal(null);
    });
});
describe('guardedLookup (the address a socket connects to is the address checked)', () => {
    const table = {
        'public.example': ['93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946'],
        'rebind.example': ['10.0.0.7'],
        'mixed.example': ['93.184.216.34', '127.0.0.1'],
        'metadata.example': ['169.254.169.254'],
    };
    const resolver = (host, callback) => {
        const answers = table[host];
        if (!answers) {
            const error = new Error(`getaddrinfo ENOTFOUND ${host}`);
            error.code = 'ENOTFOUND';
            callback(error, []);
            return;
        }
        callback(null, answers.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })));
    };
    const lookupWith = (allowPrivateNetworks, host, options) => new Promise((resolve) => guardedLookup({ allowPrivateNetworks }, resolver)(host, options, (error, address, family) => resolve({ error, address, ...(family === undefined ? {} : { family }) })));
    it('passes public answers through, all of them or the first', async () => {
        const all = await lookupWith(false, 'public.example', { all: true });
        expect(all.error).to.equal(null);
        expect(all.address).to.have.length(2);
        const one = await lookupWith(false, 'public.example', {});
        expect(one).to.deep.equal({ error: null, address: '93.184.216.34', family: 4 });
        const v6 = await lookupWith(false, 'public.example', { family: 6 });
        expect(v6.address).to.equal('2606:2800:220:1:248:1893:25c8:1946');
    });
    for (const host of ['rebind.example', 'mixed.example', 'metadata.example']) {
        it(`refuses ${host} when private networks are not allowed`, async () => {
            const { error } = await lookupWith(false, host, { all: true });
            expect(error).to.be.instanceOf(BlockedAddressError);
            expect(error.address).to.be.a('string');
        });
    }
    it('allows private answers when the operator allows them, never cloud metadata', async () => {
        expect((await lookupWith(true, 'rebind.example', {})).error).to.equal(null);
        expect((await lookupWith(true, 'metadata.example', {})).error).to.be.instanceOf(BlockedAddressError);
    });
    it('passes resolution errors on', async () => {
        expect((await lookupWith(false, 'nowhere.example', {})).error?.code).to.equal('ENOTFOUND');
    });
    it('answers ENOTFOUND when no answer has the wanted family', async () => {
        expect((await lookupWith(false, 'rebind.example', { family: 6 })).error?.code).to.equal('ENOTFOUND');
    });
});
describe('fetchFailure (plain HTTP errors worded like Chromium)', () => {
    const wrapped = (code) => new TypeError('fetch failed', { cause: Object.assign(new Error(`connect ${code}`), { code }) });
    const cases = [
        { code: 'ECONNREFUSED', responded: false, netError: 'net::ERR_CONNECTION_REFUSED' },
        { code: 'ECONNRESET', responded: true, netError: 'net::ERR_CONNECTION_RESET' },
        { code: 'ENOTFOUND', responded: false, netError: 'net::ERR_NAME_NOT_RESOLVED' },
        { code: 'UND_ERR_SOCKET', responded: false, netError: 'net::ERR_EMPTY_RESPONSE' },
        { code: 'UND_ERR_SOCKET', responded: true, netError: 'net::ERR_CONNECTION_CLOSED' },
        { code: 'CERT_HAS_EXPIRED', responded: false, netError: 'net::ERR_CERT_DATE_INVALID' },
        { code: 'ERR_TLS_CERT_ALTNAME_INVALID', responded: false, netError: 'net::ERR_CERT_COMMON_NAME_INVALID' },
        { code: 'HPE_INVALID_CONSTANT', responded: false, netError: 'net::ERR_INVALID_HTTP_RESPONSE' },
        { code: 'EWHATEVER', responded: false, netError: undefined },
    ];
    for (const { code, responded, netError } of cases) {
        it(`${code}${responded ? ' after the response started' : ''} → ${netError ?? 'its own message'}`, () => {
            expect(netErrorOf(wrapped(code), responded)).to.equal(netError);
        });
    }
    it('words the message and the retry flag like a browser load', () => {
        const refused = fetchFailure('http://x.example/', wrapped('ECONNREFUSED'), false);
        expect(refused.message).to.equal('Could not load http://x.example/: net::ERR_CONNECTION_REFUSED (connection refused)');
        expect(refused.retryable).to.equal(true);
        const certificate = fetchFailure('https://x.example/', wrapped('DEPTH_ZERO_SELF_SIGNED_CERT'), false);
        expect(certificate.retryable).to.equal(false);
        const other = fetchFailure('http://x.example/', wrapped('EWHATEVER'), false);
        expect(other.message).to.equal('Could not load http://x.example/: connect EWHATEVER');
    });
});
describe('browserMayLoadDespite (plain HTTP failures worth a try in Chromium)', () => {
    const wrapped = (code) => new TypeError('fetch failed', { cause: Object.assign(new Error(`failed ${code}`), { code }) });
    const cases = [
        { code: 'HPE_INVALID_HEADER_TOKEN', browserMay: true, why: 'bare LF line ends, control characters in a header' },
        { code: 'HPE_INVALID_CONSTANT', browserMay: true, why: 'a malformed status line' },
        { code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', browserMay: true, why: 'a chain missing its intermediate (Chromium fetches it)' },
        { code: 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', browserMay: true, why: 'same, another wording' },
        { code: 'CERT_HAS_EXPIRED', browserMay: false, why: 'Chromium refuses it too' },
        { code: 'DEPTH_ZERO_SELF_SIGNED_CERT', browserMay: false, why: 'Chromium refuses it too' },
        { code: 'ECONNREFUSED', browserMay: false, why: 'nobody listens' },
        { code: 'ENOTFOUND', browserMay: false, why: 'no such host' },
        { code: 'UND_ERR_CONNECT_TIMEOUT', browserMay: false, why: 'a second wait would double the delay' },
    ];
    for (const { code, browserMay, why } of cases) {
        it(`${code}: ${browserMay ? 'try Chromium' : 'keep the failure'} (${why})`, () => {
            expect(browserMayLoadDespite(wrapped(code))).to.equal(browserMay);
            expect(browserMayLoadDespite(fetchFailure('http://x.example/', wrapped(code), false).cause)).to.equal(browserMay);
        });
    }
    it('an error without a code, or no error, is kept', () => {
        expect(browserMayLoadDespite(new Error('boom'))).to.equal(false);
        expect(browserMayLoadDespite(undefined)).to.equal(false);
    });
});
describe('PageSemaphore (page budget shared by every job of an actor service)', () => {
    const never = new AbortController().signal;
    it('grants up to its capacity at once, then queues in arrival order', async () => {
        const semaphore = new PageSemaphore(2);
        const first = await semaphore.acquire(never);
        const second = await semaphore.acquire(never);
        const order = [];
        const third = semaphore.acquire(never).then((release) => {
            order.push('third');
            return release;
        });
        const fourth = semaphore.acquire(never).then((release) => {
            order.push('fourth');
            return release;
        });
        expect(semaphore.inUse).to.equal(2);
        expect(semaphore.waiting).to.equal(2);
        first();
        (await third)();
        second();
        (await fourth)();
        expect(order).to.deep.equal(['third', 'fourth']);
        expect(semaphore.inUse).to.equal(0);
    });
    it('ignores a second release of the same permit', async () => {
        const semaphore = new PageSemaphore(1);
        const release = await semaphore.acquire(never);
        release();
        release();
        expect(semaphore.inUse).to.equal(0);
        await semaphore.acquire(never);
        expect(semaphore.inUse).to.equal(1);
    });
    it('gives up a queued wait when its signal aborts, and refuses an aborted signal at once', async () => {
        const semaphore = new PageSemaphore(1);
        const held = await semaphore.acquire(never);
        const controller = new AbortController();
        const waiting = semaphore.acquire(controller.signal);
        controller.abort(new Error('job cancelled'));
        let caught;
        try {
            await waiting;
        }
        catch (error) {
            caught = error;
        }
        expect(caught.message).to.equal('job cancelled');
        expect(semaphore.waiting).to.equal(0);
        held();
        expect(semaphore.inUse).to.equal(0);
        let refused;
        await semaphore.acquire(AbortSignal.abort(new Error('already'))).catch((error) => {
            refused = error;
        });
        expect(refused.message).to.equal('already');
    });
    for (const capacity of [0, -1, 1.5, Number.NaN]) {
        it(`refuses capacity ${capacity}`, () => expect(() => new PageSemaphore(capacity)).to.throw(RangeError));
    }
});
describe('browser capacity defaults', () => {
    const cases = [
        { cpus: 2, freeGiB: 22, expected: 8 },
        { cpus: 8, freeGiB: 64, expected: 16 },
        { cpus: 32, freeGiB: 256, expected: 16 },
        { cpus: 8, freeGiB: 1.5, expected: 4 },
        { cpus: 4, freeGiB: 0.25, expected: 1 },
        { cpus: 0, freeGiB: 8, expected: 4 },
    ];
    for (const { cpus, freeGiB, expected } of cases) {
        it(`${cpus} CPUs and ${freeGiB} GiB free → ${expected} pages at once`, () => {
            expect(defaultMaxConcurrentPages({ cpus, freeMemoryBytes: freeGiB * GIB })).to.equal(expected);
        });
    }
    it('recycles above the base footprint plus what the pages may take', () => {
        expect(defaultRecycleAboveBytes(4)).to.equal(1.5 * GIB);
    });
});
describe('process memory (/proc)', function () {
    before(function () {
        if (process.platform !== 'linux')
            this.skip();
    });
    it('reads the PSS and RSS of this process', async () => {
        const memory = await processMemory(process.pid);
        expect(memory.rssBytes).to.be.greaterThan(10 * 1024 * 1024);
        if (memory.pssBytes !== null)
            expect(memory.pssBytes).to.be.greaterThan(0);
    });
    it('sums a process tree, children included', async () => {
        const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
        try {
            await new Promise((resolve) => child.once('spawn', resolve));
            expect(await descendantPids(process.pid)).to.include(child.pid);
            const tree = await processTreeMemory(process.pid);
            const alone = await processMemory(process.pid);
            expect(tree.processes).to.be.at.least(2);
            expect(tree.rssBytes).to.be.greaterThan(alone.rssBytes);
        }
        finally {
            child.kill('SIGKILL');
            await new Promise((resolve) => child.once('exit', resolve));
        }
    });
    it('answers null for a process that does not exist', async () => {
        expect(await processTreeMemory(2 ** 22 + 12345)).to.equal(null);
    });
});
//# sourceMappingURL=crawl-http-support.test.js.map