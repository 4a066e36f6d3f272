import { expect } from 'chai';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { launchBrowser, type BrowserHandle, type PageLease } from '../../actors/crawl/browser.js';

const never = new AbortController().signal;

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Polls `condition` every 20 ms until it holds (the mocha timeout bounds the wait). */
async function waitUntil(condition: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await condition())) await new Promise((resolve) => setTimeout(resolve, 20));
}

/** The pid of the Chromium showing a lent page. */
function pidOf(lease: PageLease): number {
  return lease.page.browser().process()!.pid!;
}

async function render(lease: PageLease, text: string): Promise<string> {
  await lease.page.setContent(`<p>${text}</p>`);
  return lease.page.evaluate('document.body.innerText') as Promise<string>;
}

describe('the browser of an actor service (page budget, reuse, recycling)', function () {
  this.timeout(90_000);
  const handles: BrowserHandle[] = [];
  const launch = async (options: Parameters<typeof launchBrowser>[0]): Promise<BrowserHandle> => {
    const handle = await launchBrowser(options);
    handles.push(handle);
    return handle;
  };
  afterEach(async () => {
    await Promise.all(handles.splice(0).map((handle) => handle.dispose()));
  });

  it('refuses a page budget or recycling threshold out of range', async () => {
    for (const options of [
      { maxConcurrentPages: 0 },
      { maxConcurrentPages: 65 },
      { maxConcurrentPages: 1.5 },
      { recycleAfterPages: 0 },
      { recycleAboveBytes: -1 },
      { closeIdlePagesAfterMs: 0 },
    ]) {
      let caught: unknown;
      await launchBrowser(options).catch((error: unknown) => {
        caught = error;
      });
      expect(caught, JSON.stringify(options)).to.be.instanceOf(RangeError);
    }
  });

  it('lends pages from one pool to every job and reuses them from load to load', async () => {
    const browser = await launch({ maxConcurrentPages: 2 });
    const jobA = await browser.newContext({ allowPrivateNetworks: true });
    const jobB = await browser.newContext({ allowPrivateNetworks: true });
    expect(await jobA.pages()).to.deep.equal([]);
    const first = await jobA.acquirePage(never);
    expect(await jobA.pages()).to.deep.equal([first.page]);
    expect(await render(first, 'one')).to.equal('one');
    await first.release();
    expect(await jobA.pages()).to.deep.equal([]);
    const second = await jobB.acquirePage(never);
    expect(second.page).to.equal(first.page);
    await second.release({ reusable: false });
    expect(second.page.isClosed()).to.equal(true);
    await jobA.dispose();
    await jobB.dispose();
  });

  it('closes a tab left idle longer than closeIdlePagesAfterMs, and opens a new one for the next load', async () => {
    const browser = await launch({ maxConcurrentPages: 2, closeIdlePagesAfterMs: 300 });
    const jobA = await browser.newContext({ allowPrivateNetworks: true });
    const first = await jobA.acquirePage(never);
    expect(await render(first, 'one')).to.equal('one');
    await first.release();
    await jobA.dispose(); // its warm tab comes back unloaded: idle
    expect(browser.stats().pagesOpen).to.equal(1);
    await waitUntil(() => first.page.isClosed());
    expect(browser.stats().pagesOpen).to.equal(0);

    const jobB = await browser.newContext({ allowPrivateNetworks: true });
    const second = await jobB.acquirePage(never);
    expect(second.page).not.to.equal(first.page);
    expect(await render(second, 'two')).to.equal('two');
    await second.release();
    await jobB.dispose();
    // Lent again before its time: not closed under the job that holds it.
    const jobC = await browser.newContext({ allowPrivateNetworks: true });
    const third = await jobC.acquirePage(never);
    expect(third.page).to.equal(second.page);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(third.page.isClosed()).to.equal(false);
    expect(await render(third, 'three')).to.equal('three');
    await third.release();
    await jobC.dispose();
  });

  it("applies the borrowing job's network policy to a reused page", async () => {
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<p>local</p>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    try {
      const browser = await launch({ maxConcurrentPages: 1 });
      const open = await browser.newContext({ allowPrivateNetworks: true });
      const guarded = await browser.newContext({ allowPrivateNetworks: false });
      const first = await open.acquirePage(never);
      expect((await first.page.goto(url))?.status()).to.equal(200);
      await first.release();
      const second = await guarded.acquirePage(never);
      expect(second.page).to.equal(first.page);
      let refused: unknown;
      await second.page.goto(url).catch((error: unknown) => {
        refused = error;
      });
      expect(String(refused)).to.include('ERR_ACCESS_DENIED');
      expect(guarded.blockedNavigationReason(second.page)).to.match(/loopback/);
      await second.release();
      await open.dispose();
      await guarded.dispose();
    } finally {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    }
  });

  it('shares one page budget between all jobs', async () => {
    const browser = await launch({ maxConcurrentPages: 1 });
    const jobA = await browser.newContext({ allowPrivateNetworks: true });
    const jobB = await browser.newContext({ allowPrivateNetworks: true });
    const lentToA = await jobA.acquirePage(never);
    let lentToB: PageLease | undefined;
    const waiting = jobB.acquirePage(never).then((lease) => {
      lentToB = lease;
      return lease;
    });
    await waitUntil(() => browser.stats().pagesWaiting === 1);
    expect(lentToB).to.equal(undefined);
    expect(browser.stats().pagesInUse).to.equal(1);
    await lentToA.release();
    expect(await render(await waiting, 'b')).to.equal('b');
    await lentToB!.release();
    expect(browser.stats()).to.include({ pagesInUse: 0, pagesWaiting: 0 });
    await jobA.dispose();
    await jobB.dispose();
  });

  it('gives up waiting for the budget when the job is cancelled', async () => {
    const browser = await launch({ maxConcurrentPages: 1 });
    const ctx = await browser.newContext({ allowPrivateNetworks: true });
    const held = await ctx.acquirePage(never);
    const controller = new AbortController();
    const waiting = ctx.acquirePage(controller.signal);
    controller.abort(new Error('cancelled'));
    let caught: unknown;
    await waiting.catch((error: unknown) => {
      caught = error;
    });
    expect((caught as Error).message).to.equal('cancelled');
    await held.release();
    expect(browser.stats()).to.include({ pagesInUse: 0, pagesWaiting: 0 });
    await ctx.dispose();
  });

  it('recycles Chromium after recycleAfterPages loads and closes the old one', async () => {
    const browser = await launch({ maxConcurrentPages: 2, recycleAfterPages: 3 });
    const ctx = await browser.newContext({ allowPrivateNetworks: true });
    const pids = new Set<number>();
    for (let i = 0; i < 7; i += 1) {
      const lease = await ctx.acquirePage(never);
      pids.add(pidOf(lease));
      expect(await render(lease, `page ${i}`)).to.equal(`page ${i}`);
      await lease.release();
    }
    expect(pids.size).to.equal(3);
    expect(browser.stats().recycles).to.equal(2);
    expect(browser.stats().pagesRendered).to.equal(7);
    const current = browser.processId()!;
    for (const pid of pids) if (pid !== current) await waitUntil(() => !isProcessAlive(pid));
    await ctx.dispose();
  });

  it('keeps a retiring Chromium until the pages lent from it come back', async () => {
    const browser = await launch({ maxConcurrentPages: 3, recycleAfterPages: 2 });
    const busy = await browser.newContext({ allowPrivateNetworks: true });
    const other = await browser.newContext({ allowPrivateNetworks: true });
    const held = await busy.acquirePage(never);
    const oldPid = pidOf(held);
    for (let i = 0; i < 2; i += 1) await (await other.acquirePage(never)).release();
    expect(browser.stats().recycles).to.equal(1);
    // The lent page still works on the old browser, which stays up for it.
    expect(await render(held, 'still here')).to.equal('still here');
    expect(isProcessAlive(oldPid)).to.equal(true);
    await held.release();
    await waitUntil(() => !isProcessAlive(oldPid));
    const next = await busy.acquirePage(never);
    expect(pidOf(next)).to.not.equal(oldPid);
    expect(await render(next, 'moved')).to.equal('moved');
    await next.release();
    await busy.dispose();
    await other.dispose();
  });

  it('recycles Chromium when its memory outgrows recycleAboveBytes', async () => {
    const browser = await launch({ maxConcurrentPages: 2, recycleAboveBytes: 1 });
    const firstPid = browser.processId()!;
    const ctx = await browser.newContext({ allowPrivateNetworks: true });
    // Memory is measured every 20 loads.
    for (let i = 0; i < 20; i += 1) await (await ctx.acquirePage(never)).release();
    await waitUntil(() => browser.stats().recycles === 1);
    expect(browser.stats().lastMemoryBytes === null || browser.stats().lastMemoryBytes! > 0).to.equal(true);
    await (await ctx.acquirePage(never)).release();
    expect(browser.processId()).to.not.equal(firstPid);
    await waitUntil(() => !isProcessAlive(firstPid));
    await ctx.dispose();
  });

  it('leaves no Chromium behind after dispose, recycled ones included', async () => {
    const browser = await launch({ maxConcurrentPages: 1, recycleAfterPages: 1 });
    const ctx = await browser.newContext({ allowPrivateNetworks: true });
    const pids: number[] = [];
    for (let i = 0; i < 3; i += 1) {
      const lease = await ctx.acquirePage(never);
      pids.push(pidOf(lease));
      await lease.release();
    }
    pids.push(browser.processId()!);
    await browser.dispose();
    for (const pid of pids) await waitUntil(() => !isProcessAlive(pid));
    expect(browser.isConnected()).to.equal(false);
    let caught: unknown;
    await browser.newContext().catch((error: unknown) => {
      caught = error;
    });
    expect((caught as Error).name).to.equal('BrowserDisposedError');
  });
});
