/**
 * Targets a crawled page creates itself (popups from window.open, target=_blank links and
 * forms; shared, service and dedicated workers; speculation-rules prerender and prefetch) stay
 * under the network guard inside real Chromium, and none outlives its job.
 *
 * - Private networks refused: the hostile document is shown the way the crawler shows a page it
 *   fetched already (served from memory at http://127.0.0.1:<port>/, so it is a secure context
 *   that may register a service worker), and everything it starts aims at that same server, the
 *   canary: the canary must receive nothing at all.
 * - Private networks allowed (the site is on 127.0.0.1): everything aims at the cloud metadata
 *   address, which nobody can listen on here; the browser-wide guard's decisions show that no
 *   request to it was let through and that the popups and workers were refused.
 * In both, the page also hijacks `Element.prototype.getAttribute`, so that the crawler's own
 * read of the page (a DevTools evaluation, which carries a user gesture) opens a popup that the
 * popup blocker lets through.
 */
import { expect } from 'chai';
import { createServer } from 'node:http';
import { TargetType } from 'puppeteer';
import { launchBrowser } from '../../actors/crawl/browser.js';
import { loadPage } from '../../actors/crawl/page-loader.js';
/** Worker scripts (each fetches `target`/<kind>), the hostile page at `/`; records every request. */
async function canaryServer(target) {
    const requests = [];
    let origin = '';
    const server = createServer((req, res) => {
        requests.push(`${req.method} ${req.url}`);
        const script = /^\/(sw|shared|dedicated)\.js$/.exec(req.url ?? '');
        if (script) {
            const url = `${target(origin)}/${script[1]}-fetch`;
            res.writeHead(200, { 'content-type': 'text/javascript' });
            res.end(`fetch('${url}', { mode: 'no-cors' }).catch(() => undefined);
        self.addEventListener('install', () => fetch('${url}-install', { mode: 'no-cors' }).catch(() => undefined));`);
            return;
        }
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(hostilePage(target(origin)));
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${server.address().port}`;
    return {
        origin,
        requests,
        close: () => new Promise((resolve) => {
            server.close(() => resolve());
            server.closeAllConnections();
        }),
    };
}
/** A page that tries every way of making a target of its own, all aimed at `target`. */
function hostilePage(target) {
    return `<!doctype html><html><head><title>hostile</title>
    <script type="speculationrules">{"prerender":[{"source":"list","urls":["/prerender"]}],
      "prefetch":[{"source":"list","urls":["${target}/prefetch"]}]}</script>
  </head><body>
    <a id="blank" href="${target}/blank-link" target="_blank" rel="noopener">out</a>
    <form id="form" method="post" enctype="text/plain" action="${target}/form-post" target="_blank">
      <input name="a" value="b">
    </form>
    <script>
      window.open('${target}/window-open');
      document.getElementById('blank').click();
      document.getElementById('form').submit();
      navigator.serviceWorker.register('/sw.js').catch(() => undefined);
      new SharedWorker('/shared.js');
      new Worker('/dedicated.js');
      // Requests sent as the page goes away (the job closes its tab) outlive the page itself.
      addEventListener('pagehide', () => {
        navigator.sendBeacon('${target}/pagehide-beacon', 'x');
        fetch('${target}/pagehide-keepalive', { method: 'POST', body: 'x', keepalive: true, mode: 'no-cors' }).catch(() => undefined);
      });
      // The crawler's read of the page runs with a user gesture: use it to open a window.
      const getAttribute = Element.prototype.getAttribute;
      let opened = false;
      Element.prototype.getAttribute = function (name) {
        if (!opened) {
          opened = true;
          window.open('${target}/gesture-open', '_blank', 'noopener,noreferrer');
          window.open('${target}/gesture-open-2');
        }
        return getAttribute.call(this, name);
      };
      // Time for every attempt to reach the network, if anything lets it.
      setTimeout(() => { window.__attempted = true; }, 2000);
    </script>
  </body></html>`;
}
/** Targets a page made: anything but the pool's own tabs and Chromium's UI. */
async function foreignTargets(browser) {
    const foreign = [];
    for (const target of browser.targets()) {
        const type = target.type();
        if (type === TargetType.BROWSER || type === TargetType.OTHER)
            continue;
        if (type === TargetType.PAGE && target.opener() === undefined)
            continue;
        foreign.push(`${type} ${target.url()}`);
    }
    return foreign;
}
describe('popups and workers of crawled pages under the network guard (real browser)', function () {
    this.timeout(60_000);
    let browser;
    const decisions = [];
    beforeEach(async () => {
        decisions.length = 0;
        // A variable, not a literal: the option did not exist before the guard (the test must run there too).
        const options = { maxConcurrentPages: 2, onGuardDecision: (decision) => decisions.push(decision) };
        browser = await launchBrowser(options);
    });
    afterEach(async () => {
        await browser?.dispose();
        browser = undefined;
    });
    /** Loads `url` the crawler's way in a page of a job under `allowPrivateNetworks`, lets the page act, ends the job. */
    async function crawlHostilePage(url, allowPrivateNetworks, served, reusable = false) {
        const ctx = await browser.newContext({ allowPrivateNetworks });
        const lease = await ctx.acquirePage(new AbortController().signal);
        const page = lease.page;
        const chromium = page.browser();
        if (served)
            ctx.serveNavigation(page, { url, status: 200, headers: { 'content-type': 'text/html' }, body: served });
        const loaded = await loadPage(page, url, {
            timeoutMs: 20_000,
            networkPolicy: { allowPrivateNetworks },
            signal: new AbortController().signal,
            blockedNavigationReason: () => ctx.blockedNavigationReason(page),
            expectScripts: true,
        });
        expect(loaded.title).to.equal('hostile');
        try {
            await page.waitForFunction('window.__attempted === true', { timeout: 20_000 });
        }
        finally {
            await lease.release({ reusable });
            await ctx.dispose();
        }
        // Time for anything the page sent as it went away to arrive.
        await new Promise((resolve) => setTimeout(resolve, 1000));
        return chromium;
    }
    for (const reusable of [false, true]) {
        it(`with private networks refused, nothing a crawled page starts reaches 127.0.0.1, and nothing outlives the job (tab ${reusable ? 'kept for reuse' : 'closed'})`, async () => {
            const canary = await canaryServer((origin) => origin);
            try {
                const chromium = await crawlHostilePage(`${canary.origin}/`, false, hostilePage(canary.origin), reusable).catch((error) => error);
                expect(canary.requests, 'requests that reached the canary on 127.0.0.1').to.deep.equal([]);
                if (chromium instanceof Error)
                    throw chromium;
                expect(await foreignTargets(chromium), 'popups and workers left after the job').to.deep.equal([]);
            }
            finally {
                await canary.close();
            }
        });
    }
    it('with private networks allowed, popups and workers are refused and nothing reaches the cloud metadata address', async () => {
        const site = await canaryServer(() => 'http://169.254.169.254/latest/meta-data');
        try {
            const chromium = await crawlHostilePage(`${site.origin}/`, true);
            const toMetadata = decisions.filter((decision) => decision.kind === 'request' && decision.url.includes('169.254.169.254'));
            expect(toMetadata.filter((decision) => !decision.refused), 'requests to 169.254.169.254 let through').to.deep.equal([]);
            const refusedTargets = new Set(decisions.filter((decision) => decision.kind === 'target' && decision.refused).map((decision) => decision.targetType));
            expect([...refusedTargets].sort(), 'targets refused').to.deep.equal(['page', 'service_worker', 'shared_worker']);
            expect(site.requests, 'the service worker script was never fetched').not.to.include('GET /sw.js');
            expect(browser.stats().targetsRefused).to.be.at.least(3);
            expect(await foreignTargets(chromium), 'popups and workers left after the job').to.deep.equal([]);
        }
        finally {
            await site.close();
        }
    });
});
//# sourceMappingURL=crawler-popups-guard.test.js.map