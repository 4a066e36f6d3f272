/**
 * The browser-wide guard decides every request once: those of a crawler tab's main frame by the
 * tab's verdict (its job's policy; here a test stand-in), those of every other frame by the
 * default network policy (private networks refused), after dropping what brings nothing
 * (images, fonts, trackers).
 */
import { expect } from 'chai';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'puppeteer';
import { defaultExecutablePath, startChromium, stopChromium, type RunningChromium } from '../../actors/crawl/browser-launch.js';
import { guardBrowser, type GuardDecision, type TabVerdict } from '../../actors/crawl/target-guard.js';

describe('browser-wide guard: one decision per request (real browser)', function () {
  this.timeout(60_000);
  let chromium: RunningChromium | undefined;
  let server: Server | undefined;
  let origin = '';
  const received: string[] = [];
  const decisions: GuardDecision[] = [];
  /** The verdict of the job holding each tab, by its main frame id (none: not a crawler tab). */
  const tabVerdicts = new Map<string, TabVerdict | 'throw'>();
  const tabRequests: string[] = [];
  let page: Page;
  let targetId = '';

  beforeEach(async () => {
    received.length = 0;
    decisions.length = 0;
    tabVerdicts.clear();
    tabRequests.length = 0;
    server = createServer((req, res) => {
      received.push(`${req.method} ${req.url}`);
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<!doctype html><title>local</title>');
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    chromium = await startChromium({ executablePath: defaultExecutablePath(), headless: true });
    await guardBrowser(chromium.browser, {
      onDecision: (decision) => decisions.push(decision),
      decideForTab: (request) => {
        const verdict = request.frameId === undefined ? undefined : tabVerdicts.get(request.frameId);
        if (verdict) tabRequests.push(`${request.resourceType} ${new URL(request.url).pathname}`);
        if (verdict === 'throw') throw new Error('the verdict failed');
        return verdict;
      },
    });
    page = await chromium.browser.newPage();
    const session = await page.createCDPSession();
    targetId = (await session.send('Target.getTargetInfo')).targetInfo.targetId;
    await session.detach();
  });
  afterEach(async () => {
    if (chromium) await stopChromium(chromium);
    chromium = undefined;
    await new Promise<void>((resolve) => {
      server?.close(() => resolve());
      server?.closeAllConnections();
    });
    server = undefined;
  });

  const failureOf = (navigation: Promise<unknown>): Promise<unknown> =>
    navigation.then(
      () => undefined,
      (error: unknown) => error,
    );

  it("refuses a request to 127.0.0.1 of a frame that is no crawler tab's main frame, and names why", async () => {
    const failure = await failureOf(page.goto(`${origin}/unowned`));
    expect(String(failure)).to.match(/ERR_ACCESS_DENIED/);
    expect(received).to.deep.equal([]);
    const refused = decisions.filter((decision) => decision.kind === 'request' && decision.refused);
    expect(refused.map((decision) => decision.url)).to.deep.equal([`${origin}/unowned`]);
    expect(refused[0].reason).to.match(/not made by the main frame of a job's tab.*loopback/);
  });

  it("gives a crawler tab's main-frame requests to the tab's verdict, each once", async () => {
    tabVerdicts.set(targetId, { action: 'continue' });
    await page.goto(`${origin}/lent`);
    expect(received).to.include('GET /lent');
    expect(tabRequests.filter((line) => line.startsWith('document'))).to.deep.equal(['document /lent']);
    expect(decisions.filter((decision) => decision.refused)).to.deep.equal([]);
  });

  it('serves the document a fulfil verdict brings from memory, with repeated headers kept apart: the server is never asked', async () => {
    tabVerdicts.set(targetId, {
      action: 'fulfil',
      response: {
        status: 200,
        headers: [
          { name: 'content-type', value: 'text/html; charset=utf-8' },
          { name: 'set-cookie', value: 'first=1' },
          { name: 'set-cookie', value: 'second=2' },
        ],
        body: '<!doctype html><title>from memory – é</title>',
      },
    });
    await page.goto(`${origin}/served`);
    tabVerdicts.set(targetId, { action: 'abort', errorReason: 'BlockedByClient' });
    expect(await page.title()).to.equal('from memory – é');
    expect(received).to.deep.equal([]);
    expect((await page.browser().cookies()).map((cookie) => `${cookie.name}=${cookie.value}`).sort()).to.deep.equal(['first=1', 'second=2']);
  });

  it('fails a request with the error an abort verdict names', async () => {
    tabVerdicts.set(targetId, { action: 'abort', errorReason: 'BlockedByClient' });
    expect(String(await failureOf(page.goto(`${origin}/blocked`)))).to.match(/ERR_BLOCKED_BY_CLIENT/);
    expect(received).to.deep.equal([]);
  });

  it("refuses 127.0.0.1 to a frame inside a crawler tab (the default policy), whatever the tab's verdict", async () => {
    tabVerdicts.set(targetId, {
      action: 'fulfil',
      response: {
        status: 200,
        headers: [{ name: 'content-type', value: 'text/html; charset=utf-8' }],
        body: `<!doctype html><title>outer</title><iframe src="${origin}/framed"></iframe>`,
      },
    });
    await page.goto(`${origin}/outer`);
    tabVerdicts.set(targetId, { action: 'abort', errorReason: 'BlockedByClient' });
    await page.waitForFunction("document.querySelector('iframe') !== null");
    const deadline = Date.now() + 10_000;
    while (!decisions.some((decision) => decision.url === `${origin}/framed`) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(received).to.deep.equal([]);
    const framed = decisions.filter((decision) => decision.url === `${origin}/framed`);
    expect(framed.map((decision) => decision.refused)).to.deep.equal([true]);
  });

  it('refuses a request whose verdict fails, and goes on deciding the next ones', async () => {
    tabVerdicts.set(targetId, 'throw');
    expect(String(await failureOf(page.goto(`${origin}/no-verdict`)))).to.match(/ERR_ACCESS_DENIED/);
    expect(decisions.find((decision) => decision.url === `${origin}/no-verdict`)).to.deep.include({ refused: true, reason: 'no verdict: the verdict failed' });
    tabVerdicts.set(targetId, { action: 'continue' });
    await page.goto(`${origin}/after`);
    expect(received).to.deep.equal(['GET /after']);
  });

  it('refuses again once the tab is given back', async () => {
    tabVerdicts.set(targetId, { action: 'continue' });
    await page.goto(`${origin}/lent`);
    tabVerdicts.delete(targetId);
    const failure = await failureOf(page.goto(`${origin}/given-back`));
    expect(String(failure)).to.match(/ERR_ACCESS_DENIED/);
    expect(received).to.include('GET /lent');
    expect(received).to.not.include('GET /given-back');
  });
});
