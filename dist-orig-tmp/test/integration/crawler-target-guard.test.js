/**
 * The browser-wide guard applies the default network policy (private networks refused) to the
 * requests of every frame that is not the main frame of a tab lent to a job: what a document
 * sends as it leaves its job (pagehide/unload keep-alive fetches and beacons, sent after the
 * tab's own interception let go) must not reach 127.0.0.1. The tab here has no interception of
 * its own, so the browser-wide guard alone decides.
 */
import { expect } from 'chai';
import { createServer } from 'node:http';
import { defaultExecutablePath, startChromium, stopChromium } from '../../actors/crawl/browser-launch.js';
import { guardBrowser } from '../../actors/crawl/target-guard.js';
describe('browser-wide guard: requests of tabs no job holds (real browser)', function () {
    this.timeout(60_000);
    let chromium;
    let server;
    let origin = '';
    const received = [];
    const decisions = [];
    const lentFrames = new Set();
    let page;
    let targetId = '';
    beforeEach(async () => {
        received.length = 0;
        decisions.length = 0;
        lentFrames.clear();
        server = createServer((req, res) => {
            received.push(`${req.method} ${req.url}`);
            res.writeHead(200, { 'content-type': 'text/html' });
            res.end('<!doctype html><title>local</title>');
        });
        await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
        origin = `http://127.0.0.1:${server.address().port}`;
        chromium = await startChromium({ executablePath: defaultExecutablePath(), headless: true });
        await guardBrowser(chromium.browser, {
            onDecision: (decision) => decisions.push(decision),
            isLentFrame: (frameId) => lentFrames.has(frameId),
        });
        page = await chromium.browser.newPage();
        const session = await page.createCDPSession();
        targetId = (await session.send('Target.getTargetInfo')).targetInfo.targetId;
        await session.detach();
    });
    afterEach(async () => {
        if (chromium)
            await stopChromium(chromium);
        chromium = undefined;
        await new Promise((resolve) => {
            server?.close(() => resolve());
            server?.closeAllConnections();
        });
        server = undefined;
    });
    it('refuses a request to 127.0.0.1 from a tab no job holds, and names why', async () => {
        const failure = await page.goto(`${origin}/unowned`).then(() => undefined, (error) => error);
        expect(String(failure)).to.match(/ERR_ACCESS_DENIED/);
        expect(received).to.deep.equal([]);
        const refused = decisions.filter((decision) => decision.kind === 'request' && decision.refused);
        expect(refused.map((decision) => decision.url)).to.deep.equal([`${origin}/unowned`]);
        expect(refused[0].reason).to.match(/no job's tab.*loopback/);
    });
    it("leaves a lent tab's requests to the tab's own interception (the job's policy)", async () => {
        lentFrames.add(targetId);
        await page.goto(`${origin}/lent`);
        expect(received).to.deep.equal(['GET /lent']);
        expect(decisions.filter((decision) => decision.refused)).to.deep.equal([]);
    });
    it('refuses again once the tab is given back', async () => {
        lentFrames.add(targetId);
        await page.goto(`${origin}/lent`);
        lentFrames.delete(targetId);
        const failure = await page.goto(`${origin}/given-back`).then(() => undefined, (error) => error);
        expect(String(failure)).to.match(/ERR_ACCESS_DENIED/);
        expect(received).to.deep.equal(['GET /lent']);
    });
});
//# sourceMappingURL=crawler-target-guard.test.js.map