/**
 * The network guard inside real Chromium: every request a crawled page makes (sub-resources,
 * frames, fetch, beacons, workers, redirect hops) goes through the request filter.
 *
 * Two setups make this observable with local servers only:
 * - private networks refused: a page written with `setContent` (no request of its own) points
 *   every kind of sub-resource at a server on 127.0.0.1 in several spellings; the server must
 *   receive nothing and Chromium must report each request as refused (ERR_ACCESS_DENIED);
 * - private networks allowed (the fixture is on 127.0.0.1): redirects to the cloud metadata
 *   address, which stays refused, must be stopped at the hop inside Chromium.
 * A redirect from a public host to a private one cannot be served locally (the first hop would
 * itself be private); the request filter's unit tests cover it with an injected resolver.
 */
import { expect } from 'chai';
import { createSocket } from 'node:dgram';
import { createServer } from 'node:http';
import { launchBrowser } from '../../actors/crawl/browser.js';
async function recordingServer(handler) {
    const requests = [];
    const server = createServer((req, res) => {
        requests.push(req.url ?? '');
        const answer = handler?.(req.url ?? '') ?? { status: 200, headers: { 'content-type': 'text/plain' }, body: 'reached' };
        res.writeHead(answer.status, answer.headers);
        res.end(answer.body);
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    return {
        port: server.address().port,
        requests,
        close: () => new Promise((resolve) => {
            server.close(() => resolve());
            server.closeAllConnections();
        }),
    };
}
/** Failed requests of `page` by URL, with Chromium's error text. */
function failures(page) {
    const failed = new Map();
    page.on('requestfailed', (request) => failed.set(request.url(), request.failure()?.errorText ?? ''));
    return failed;
}
describe('network guard inside Chromium (real browser)', function () {
    this.timeout(60_000);
    let browser;
    let ctx;
    let lease;
    before(async () => {
        browser = await launchBrowser({ maxConcurrentPages: 2 });
    });
    afterEach(async () => {
        await lease?.release({ reusable: false });
        lease = undefined;
        await ctx?.dispose();
        ctx = undefined;
    });
    after(async () => {
        await browser?.dispose();
    });
    async function openPage(allowPrivateNetworks) {
        ctx = await browser.newContext({ allowPrivateNetworks });
        lease = await ctx.acquirePage(new AbortController().signal);
        return lease.page;
    }
    it('refuses every kind of sub-resource to loopback, in every spelling, and the server receives nothing', async () => {
        const target = await recordingServer();
        try {
            const page = await openPage(false);
            const failed = failures(page);
            const p = target.port;
            await page.setContent(`<!doctype html><html><head>
          <link rel="stylesheet" href="http://2130706433:${p}/decimal.css">
          <script src="http://0x7f.1:${p}/hex.js"></script>
          <script src="http://0177.0.0.1:${p}/octal.js"></script>
        </head><body>
          <iframe src="http://127.1:${p}/short-frame"></iframe>
          <iframe src="http://localhost:${p}/localhost-frame"></iframe>
          <script>
            fetch('http://127.0.0.1:${p}/fetch', { mode: 'no-cors' }).catch(() => undefined);
            fetch('http://[::ffff:127.0.0.1]:${p}/mapped', { mode: 'no-cors' }).catch(() => undefined);
            navigator.sendBeacon('http://127.0.0.1:${p}/beacon', 'x');
            new EventSource('http://127.0.0.1:${p}/events');
            const code = "fetch('http://127.0.0.1:${p}/worker', { mode: 'no-cors' }).catch(() => undefined)";
            new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
          </script>
        </body></html>`, { waitUntil: 'domcontentloaded', timeout: 20_000 });
            const expected = ['/decimal.css', '/hex.js', '/octal.js', '/short-frame', '/localhost-frame', '/fetch', '/mapped', '/beacon', '/events'];
            const refused = () => [...failed.entries()].filter(([, error]) => error === 'net::ERR_ACCESS_DENIED').map(([url]) => new URL(url).pathname);
            // Each request either fails (refused) or reaches the server; wait until every one has failed.
            const deadline = Date.now() + 20_000;
            while (!expected.every((path) => refused().includes(path)) && target.requests.length === 0 && Date.now() < deadline) {
                await new Promise((resolve) => setTimeout(resolve, 50));
            }
            // The worker's request is intercepted in the worker's own target: Chromium holds or refuses
            // it, and the page does not always hear of it. What matters is that it never gets out.
            await page.evaluate('new Promise((resolve) => setTimeout(resolve, 1500))');
            expect(target.requests, 'requests that reached the loopback server').to.deep.equal([]);
            expect(expected.filter((path) => !refused().includes(path)), 'requests not seen refused').to.deep.equal([]);
        }
        finally {
            await target.close();
        }
    });
    it('sends no WebRTC UDP (STUN) probe to a private address: WebRTC is not seen by request interception', async () => {
        const udp = createSocket('udp4');
        const probes = [];
        udp.on('message', (message) => probes.push(message.length));
        await new Promise((resolve) => udp.bind(0, '127.0.0.1', resolve));
        try {
            const page = await openPage(false);
            const { port } = udp.address();
            await page.setContent(`<!doctype html><script>
        window.__gathered = new Promise((resolve) => {
          const connection = new RTCPeerConnection({ iceServers: [{ urls: 'stun:127.0.0.1:${port}' }] });
          connection.createDataChannel('probe');
          connection.onicegatheringstatechange = () => connection.iceGatheringState === 'complete' && resolve('complete');
          connection.createOffer().then((offer) => connection.setLocalDescription(offer));
          setTimeout(() => resolve('timed out'), 3000);
        });
      </script>`);
            await page.evaluate('window.__gathered');
            expect(probes, 'STUN packets received on 127.0.0.1').to.deep.equal([]);
        }
        finally {
            udp.close();
        }
    });
    it('stops redirects to the cloud metadata address inside Chromium, for the page and for its sub-resources', async () => {
        const metadata = ['http://169.254.169.254/latest/meta-data/', 'http://2852039166/latest/meta-data/', 'http://[::ffff:a9fe:a9fe]/latest/meta-data/'];
        const site = await recordingServer((path) => {
            const hop = /^\/to-metadata\/(\d)/.exec(path);
            if (hop)
                return { status: 302, headers: { location: metadata[Number(hop[1])] }, body: '' };
            return {
                status: 200,
                headers: { 'content-type': 'text/html' },
                body: `<!doctype html><script>window.__settled = Promise.allSettled([
          fetch('/to-metadata/1'), fetch('/to-metadata/2'),
        ]).then((results) => results.map((r) => r.status));</script>`,
            };
        });
        try {
            const page = await openPage(true);
            const failed = failures(page);
            const redirected = [];
            page.on('request', (request) => {
                if (request.redirectChain().length)
                    redirected.push(request.url());
            });
            const navigation = await page.goto(`http://127.0.0.1:${site.port}/to-metadata/0`, { waitUntil: 'load' }).catch((error) => error);
            expect(navigation).to.be.instanceOf(Error);
            expect(navigation.message).to.contain('net::ERR_ACCESS_DENIED');
            expect(failed.get(metadata[0])).to.equal('net::ERR_ACCESS_DENIED');
            await page.goto(`http://127.0.0.1:${site.port}/`, { waitUntil: 'load' });
            await page.waitForFunction('window.__settled !== undefined');
            expect(await page.evaluate('window.__settled')).to.deep.equal(['rejected', 'rejected']);
            expect(failed.get('http://169.254.169.254/latest/meta-data/')).to.equal('net::ERR_ACCESS_DENIED');
            expect([...failed.keys()].filter((url) => url.includes('latest/meta-data'))).to.have.length.of.at.least(2);
            expect(redirected.some((url) => url.includes('169.254.169.254') || url.includes('a9fe:a9fe'))).to.equal(true);
        }
        finally {
            await site.close();
        }
    });
});
//# sourceMappingURL=crawler-network-guard.test.js.map