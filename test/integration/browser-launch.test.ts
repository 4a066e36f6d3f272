import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { defaultExecutablePath, startChromium, stopChromium, type RunningChromium } from '../../actors/crawl/browser-launch.js';
import { childrenOf, cmdline } from '../helpers/proc.js';

/** The command line Chromium runs with (it may rewrite its argv into one space-separated string). */
function commandLine(pid: number): string[] {
  return readFileSync(`/proc/${pid}/cmdline`, 'utf8')
    .split('\0')
    .flatMap((arg) => arg.split(' '))
    .filter(Boolean);
}

describe('Chromium as browser-launch.ts starts it', function () {
  this.timeout(60_000);
  let chromium: RunningChromium;
  let server: Server;
  let port: number;
  before(async () => {
    server = createServer((request, response) => {
      response.setHeader('content-type', 'text/html');
      if (request.url === '/frame') response.end('<p>frame</p>');
      else response.end(`<p>top</p><iframe src="http://localhost:${port}/frame"></iframe>`);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
    chromium = await startChromium({ executablePath: defaultExecutablePath(), headless: true });
  });
  after(async () => {
    await stopChromium(chromium);
    await new Promise((resolve) => server.close(resolve));
  });

  it('opens no tab of its own (no renderer kept for a blank page), and still serves new ones', async () => {
    expect(await chromium.browser.pages()).to.deep.equal([]);
    const context = await chromium.browser.createBrowserContext();
    try {
      const page = await context.newPage();
      await page.setContent('<p>alive</p>');
      expect(await page.evaluate('document.body.innerText')).to.equal('alive');
    } finally {
      await context.close();
    }
  });

  it('runs with the back/forward cache and prerendering off (one --disable-features list after Puppeteer merged its own)', function () {
    const pid = chromium.pid;
    if (pid === undefined || process.platform !== 'linux') return this.skip();
    const lists = commandLine(pid).filter((arg) => arg.startsWith('--disable-features='));
    expect(lists).to.have.length(1);
    const disabled = lists[0].slice('--disable-features='.length).split(',');
    expect(disabled).to.include.members(['BackForwardCache', 'Prerender2']);
    expect(disabled).not.to.include('IsolateOrigins');
    expect(disabled).not.to.include('site-per-process');
  });

  it('runs no network service process of its own (it is a thread of the browser process)', function () {
    const pid = chromium.pid;
    if (pid === undefined || process.platform !== 'linux') return this.skip();
    // Other suites start and end processes meanwhile: a child that exits while it is read is left out.
    const children = childrenOf(pid).map((child) => cmdline(child).split(' ').filter(Boolean));
    expect(children.some((args) => args.includes('--type=renderer') || args.includes('--type=zygote'))).to.equal(true);
    expect(children.filter((args) => args.includes('--utility-sub-type=network.mojom.NetworkService'))).to.deep.equal([]);
  });

  it('keeps site isolation: a frame of another site runs in a process of its own', async () => {
    const context = await chromium.browser.createBrowserContext();
    try {
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${port}/`, { waitUntil: 'load' });
      const frameUrl = `http://localhost:${port}/frame`;
      expect(page.frames().map((frame) => frame.url())).to.include(frameUrl);
      // Only out-of-process frames are DevTools targets of their own.
      expect(chromium.browser.targets().map((target) => target.url())).to.include(frameUrl);
    } finally {
      await context.close();
    }
  });
});
