import { expect } from 'chai';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'puppeteer';
import { launchBrowser, type BrowserHandle, type CrawlContext } from '../../actors/crawl/browser.js';
import { NetworkActivity, SCHEDULED_WORK_TRACKING, waitForSettledContent } from '../../actors/crawl/content-settle.js';
import { loadPage } from '../../actors/crawl/page-loader.js';

const never = new AbortController().signal;

/** Pages by path; `/slow.json` answers after 400 ms (`?ms=N`: after N ms). */
const PAGES: Record<string, string> = {
  '/after-delay.html': `<!doctype html><title>Delay</title><p id="out">chargement…</p>
<script>setTimeout(function () { document.getElementById('out').textContent = 'delay' + String.fromCharCode(64) + 'example.test'; }, 300);</script>`,
  '/after-xhr.html': `<!doctype html><title>XHR</title><p id="out">chargement…</p>
<script>window.addEventListener('load', function () {
  var xhr = new XMLHttpRequest();
  xhr.open('GET', '/slow.json');
  xhr.onload = function () { document.getElementById('out').textContent = JSON.parse(xhr.responseText).email; };
  xhr.send();
});</script>`,
  '/after-chained-fetch.html': `<!doctype html><title>Chain</title><p id="out">…</p>
<script>fetch('/slow.json?ms=150').then(function (r) { return r.json(); }).then(function () {
  return new Promise(function (resolve) { setTimeout(resolve, 100); });
}).then(function () { return fetch('/slow.json?ms=150'); }).then(function (r) { return r.json(); }).then(function (data) {
  document.getElementById('out').textContent = 'chained-' + data.email;
});</script>`,
  '/interval-then-done.html': `<!doctype html><title>Steps</title><p id="out">0</p>
<script>var step = 0; var id = setInterval(function () {
  step += 1;
  document.getElementById('out').textContent = step < 15 ? String(step) : 'steps' + String.fromCharCode(64) + 'example.test';
  if (step === 15) clearInterval(id);
}, 30);</script>`,
  '/favicon-then-content.html': `<!doctype html><title>Icon</title><link rel="icon" href="/never-answers/favicon.ico"><p id="out">…</p>
<script>window.addEventListener('load', function () { setTimeout(function () {
  document.getElementById('out').textContent = 'icon' + String.fromCharCode(64) + 'example.test';
}, 200); });</script>`,
  '/scheduler-slices.html': `<!doctype html><title>Slices</title><p id="out">…</p>
<script>window.addEventListener('load', function () {
  var channel = new MessageChannel();
  var doneAt = performance.now() + 150;
  channel.port1.onmessage = function () {
    var sliceEnd = performance.now() + 5;
    while (performance.now() < sliceEnd) {}
    if (performance.now() < doneAt) channel.port2.postMessage(null);
    else document.getElementById('out').textContent = 'slices' + String.fromCharCode(64) + 'example.test';
  };
  channel.port2.postMessage(null);
});</script>`,
  '/animation-loop.html': `<!doctype html><title>Animated</title><p id="spin">contact&#64;example.test</p>
<script>var turn = 0; requestAnimationFrame(function spin() {
  document.getElementById('spin').style.opacity = String((turn++ % 10) / 10);
  requestAnimationFrame(spin);
});</script>`,
  '/never-quiet.html': `<!doctype html><title>Clock</title><p id="clock">0</p><p>contact&#64;example.test</p>
<script>var n = 0; setInterval(function () { document.getElementById('clock').textContent = String(++n); }, 20);</script>`,
  '/sets-global.html': `<!doctype html><title>Global</title><p>one</p>
<script>window.leakedFromPreviousPage = 'yes'; document.documentElement.dataset.mark = 'first';</script>`,
  '/ticks.html': `<!doctype html><title>Ticks</title><script>window.ticks = 0; setInterval(function () { window.ticks += 1; }, 20);</script>`,
  '/reads-global.html': `<!doctype html><title>Reader</title><p id="out">?</p>
<script>document.getElementById('out').textContent = 'global=' + String(window.leakedFromPreviousPage) + ' mark=' + String(document.documentElement.dataset.mark);</script>`,
};

describe('waiting for rendered content to settle, and warm tabs', function () {
  this.timeout(90_000);
  let server: Server;
  let base: string;
  let browser: BrowserHandle;
  let ctx: CrawlContext;

  before(async () => {
    server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const path = url.pathname;
      if (path === '/slow.json') {
        // The chained case waits twice: shorter answers keep it well inside the 2 s settle budget on a loaded CI machine.
        const delayMs = Number(url.searchParams.get('ms') ?? 400);
        setTimeout(() => {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ email: 'xhr@example.test' }));
        }, delayMs);
        return;
      }
      const page = PAGES[path];
      res.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page ?? 'not found');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchBrowser({ maxConcurrentPages: 2 });
    ctx = await browser.newContext({ allowPrivateNetworks: true });
  });

  after(async () => {
    await ctx?.dispose();
    await browser?.dispose();
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  });

  const load = async (path: string): Promise<string> => {
    const lease = await ctx.acquirePage(never);
    try {
      const loaded = await loadPage(lease.page, `${base}${path}`, {
        timeoutMs: 20_000,
        networkPolicy: { allowPrivateNetworks: true },
        signal: never,
        blockedNavigationReason: () => undefined,
      });
      return loaded.text;
    } finally {
      await lease.release();
    }
  };

  /** How the wait for `path` to settle ends, in a page that shows it from DOMContentLoaded. */
  const settleOutcome = async (path: string, budgetMs?: number): Promise<string> => {
    const lease = await ctx.acquirePage(never);
    const activity = new NetworkActivity(lease.page);
    try {
      await lease.page.goto(`${base}${path}`, { waitUntil: 'domcontentloaded' });
      return await waitForSettledContent(lease.page, activity, { signal: never, ...(budgetMs === undefined ? {} : { budgetMs }) });
    } finally {
      activity.detach();
      await lease.release();
    }
  };

  const cases: { path: string; expected: string; what: string }[] = [
    { path: '/after-delay.html', expected: 'delay@example.test', what: 'content written by a short timer' },
    { path: '/after-xhr.html', expected: 'xhr@example.test', what: 'content written after an XHR sent at the load event' },
    { path: '/after-chained-fetch.html', expected: 'chained-xhr@example.test', what: 'content written after a fetch, a timer and a second fetch' },
    // Intervals are not waited for as timers: the DOM's own changes, seen since DOMContentLoaded, are.
    { path: '/interval-then-done.html', expected: 'steps@example.test', what: 'content an interval writes in steps until it is done' },
    // A scheduler cutting 150 ms of work into 5 ms slices (as React's does) changes the DOM only at the end.
    { path: '/scheduler-slices.html', expected: 'slices@example.test', what: 'content written after work cut into message-channel slices' },
    // The icon is never fetched (the crawl drops icons), so it cannot hold the wait, nor end it early.
    { path: '/favicon-then-content.html', expected: 'icon@example.test', what: 'content written by a timer next to an icon link' },
  ];
  for (const { path, expected, what } of cases) {
    it(`reads ${what}`, async () => {
      expect(await load(path)).to.include(expected);
    });
  }

  it('ends the wait on a page that never goes quiet at the budget, and still reads it', async () => {
    expect(await settleOutcome('/never-quiet.html', 600)).to.equal('budget');
    expect(await load('/never-quiet.html')).to.include('contact@example.test');
  });

  it("counts a page's short timers, one-shot frames and idle callbacks as busy until they have run, not loop turns nor the wait's own timers", async () => {
    const lease = await ctx.acquirePage(never);
    try {
      await lease.page.goto(`${base}/sets-global.html`);
      const clock = await lease.page.evaluate(async (key: string) => {
        const timers = (globalThis as unknown as Record<symbol, { busyAt(): number; setTimeout(callback: () => void, ms: number): unknown }>)[Symbol.for(key)];
        const before = performance.now();
        const waiting = setTimeout(() => undefined, 500);
        const whilePending = timers.busyAt() >= before; // now, while a short timer waits
        clearTimeout(waiting);
        const afterClear = timers.busyAt() < before; // a cleared timer never ran
        let ranAt = 0;
        await new Promise<void>((resolve) =>
          setTimeout(() => {
            ranAt = performance.now();
            resolve();
          }, 20),
        );
        const afterRun = timers.busyAt() >= ranAt; // when it finished running, not when it was last seen pending
        const { requestAnimationFrame } = globalThis as unknown as { readonly requestAnimationFrame: (callback: () => void) => number };
        // Past the timer's run on the page's clock (a coarse one could read the same instant), by a timer that is not the page's.
        await new Promise<void>((resolve) => timers.setTimeout(resolve, 5));
        const beforeFrame = performance.now();
        let busyWhileFramePending = false;
        const loopTurnIgnored = await new Promise<boolean>((resolve) => {
          requestAnimationFrame(() => {
            // Asked for from a frame callback: a loop's next turn, not waited for.
            requestAnimationFrame(() => resolve(timers.busyAt() < performance.now()));
          });
          busyWhileFramePending = timers.busyAt() >= beforeFrame;
        });
        const { requestIdleCallback } = globalThis as unknown as { readonly requestIdleCallback: (callback: () => void) => number };
        await new Promise<void>((resolve) => timers.setTimeout(resolve, 5));
        const beforeIdle = performance.now();
        let busyWhileIdlePending = false;
        await new Promise<void>((resolve) => {
          requestIdleCallback(() => resolve());
          busyWhileIdlePending = timers.busyAt() >= beforeIdle;
        });
        const beforeOwnTimer = timers.busyAt();
        await new Promise<void>((resolve) => timers.setTimeout(resolve, 20));
        return {
          whilePending,
          afterClear,
          afterRun,
          busyWhileFramePending,
          loopTurnIgnored,
          busyWhileIdlePending,
          ownTimerIgnored: timers.busyAt() === beforeOwnTimer,
        };
      }, SCHEDULED_WORK_TRACKING[0]);
      expect(clock).to.deep.equal({
        whilePending: true,
        afterClear: true,
        afterRun: true,
        busyWhileFramePending: true,
        loopTurnIgnored: true,
        busyWhileIdlePending: true,
        ownTimerIgnored: true,
      });
    } finally {
      await lease.release();
    }
  });

  it('settles a page running an animation loop (frames asked for by frames are not loading)', async () => {
    expect(await settleOutcome('/animation-loop.html')).to.equal('settled');
  });

  it('settles a page whose scripts are done', async () => {
    expect(await settleOutcome('/sets-global.html')).to.equal('settled');
  });

  it('stops waiting when the signal aborts', async () => {
    const lease = await ctx.acquirePage(never);
    const activity = new NetworkActivity(lease.page);
    const stop = new AbortController();
    try {
      await lease.page.goto(`${base}/never-quiet.html`, { waitUntil: 'domcontentloaded' });
      const waiting = waitForSettledContent(lease.page, activity, { signal: stop.signal, budgetMs: 60_000 });
      stop.abort(new Error('stopped'));
      let caught: unknown;
      await waiting.catch((error: unknown) => {
        caught = error;
      });
      expect(String(caught)).to.include('stopped');
    } finally {
      activity.detach();
      await lease.release();
    }
  });

  it("keeps a job's tab warm for its next load without leaking the previous page's state", async () => {
    await ctx.closePages(); // its warm tabs from the tests above go back to the pool
    const first = await ctx.acquirePage(never);
    const firstPage = first.page;
    await loadPage(firstPage, `${base}/sets-global.html`, {
      timeoutMs: 20_000,
      networkPolicy: { allowPrivateNetworks: true },
      signal: never,
      blockedNavigationReason: () => undefined,
    });
    await first.release();
    expect(await ctx.pages()).to.deep.equal([]);
    const second = await ctx.acquirePage(never);
    try {
      expect(second.page).to.equal(firstPage);
      // Still showing the first document: kept loaded, not unloaded to about:blank.
      expect(second.page.url()).to.equal(`${base}/sets-global.html`);
      const loaded = await loadPage(second.page, `${base}/reads-global.html`, {
        timeoutMs: 20_000,
        networkPolicy: { allowPrivateNetworks: true },
        signal: never,
        blockedNavigationReason: () => undefined,
      });
      expect(loaded.text).to.include('global=undefined mark=undefined');
    } finally {
      await second.release();
    }
  });

  for (const ownerEnded of [false, true]) {
    it(`hands a job's ${ownerEnded ? 'idle tab (its job ended)' : 'warm tab'} to a job of another network policy unloaded, under that job's policy`, async () => {
      await ctx.closePages();
      const owner = await browser.newContext({ allowPrivateNetworks: true });
      const guarded = await browser.newContext({ allowPrivateNetworks: false });
      try {
        const lease = await owner.acquirePage(never);
        await lease.page.goto(`${base}/sets-global.html`);
        const page = lease.page;
        await lease.release();
        if (ownerEnded) await owner.dispose();
        // The budget is 2: the guarded job takes both tabs, the owner's among them.
        const first = await guarded.acquirePage(never);
        const second = await guarded.acquirePage(never);
        try {
          const taken = [first, second].find((lent) => lent.page === page);
          expect(taken, "the owner's tab is reused").not.to.equal(undefined);
          expect(taken!.page.url()).to.equal('about:blank');
          let refused: unknown;
          await taken!.page.goto(`${base}/sets-global.html`).catch((error: unknown) => {
            refused = error;
          });
          expect(String(refused)).to.include('ERR_ACCESS_DENIED');
        } finally {
          await first.release();
          await second.release();
        }
      } finally {
        await owner.dispose();
        await guarded.dispose();
      }
    });
  }

  it('gives a warm tab back with its scripts off when its job ends, and hands it to a job of the same policy without a navigation', async () => {
    await ctx.closePages();
    const job = await browser.newContext({ allowPrivateNetworks: true });
    const next = await browser.newContext({ allowPrivateNetworks: true });
    try {
      const lease = await job.acquirePage(never);
      await lease.page.goto(`${base}/ticks.html`);
      const page = lease.page;
      await lease.page.waitForFunction('window.ticks > 2', { polling: 50 });
      await lease.release();
      await job.dispose();
      expect(page.isClosed()).to.equal(false);
      expect(page.url()).to.equal(`${base}/ticks.html`);
      // Scripts off: the page's interval no longer runs while no job owns the tab.
      const idleTicks = await tickCount(page);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await tickCount(page)).to.equal(idleTicks);
      // The budget is 2: the idle tab comes first; same policy, so its document stays and runs again.
      const taken = await next.acquirePage(never);
      try {
        expect(taken.page).to.equal(page);
        expect(taken.page.url()).to.equal(`${base}/ticks.html`);
        await taken.page.waitForFunction(`window.ticks > ${idleTicks}`, { polling: 50 });
        const loaded = await loadPage(taken.page, `${base}/reads-global.html`, {
          timeoutMs: 20_000,
          networkPolicy: { allowPrivateNetworks: true },
          signal: never,
          blockedNavigationReason: () => undefined,
        });
        expect(loaded.text).to.include('global=undefined mark=undefined');
      } finally {
        await taken.release();
      }
    } finally {
      await job.dispose();
      await next.dispose();
    }
  });
});

/** The `ticks` counter of the ticks.html page. */
async function tickCount(page: Page): Promise<number> {
  return (await page.evaluate('window.ticks')) as number;
}
