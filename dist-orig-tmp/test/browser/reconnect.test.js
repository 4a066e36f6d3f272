/**
 * The connection indicator and resuming: the gateway (embedded product) stops while a scraping
 * runs, the page turns red; a new process starts on the same port and data folder, the page turns
 * green by itself and the job's events continue from the last seq, with no gap and no duplicate.
 */
import { expect } from 'chai';
import { startProcess } from '../helpers/processes.js';
import { tempDir } from '../helpers/temp.js';
import { fillInput, launchBrowser, openPage, screenshot, waitForText } from './browser-harness.js';
import { serveEndlessSite } from './endless-site.js';
/** What Chromium itself logs while the server is down (not errors of the page's code). */
const BROWSER_NETWORK_LOG = /WebSocket connection to 'ws:\/\/127\.0\.0\.1:\d+\/graphql' failed|net::ERR_CONNECTION_REFUSED|Failed to load resource/;
describe('browser: connection indicator and resume after a gateway restart', function () {
    this.timeout(240_000);
    const data = tempDir('pl-browser-reconnect');
    const env = { PROSPECTLAB_DATA_DIR: data.path, PROSPECTLAB_ALLOW_PRIVATE_NETWORKS: '1' };
    let first;
    let second;
    let site;
    let browser;
    before(async () => {
        [first, site, browser] = await Promise.all([startProcess('embedded', env), serveEndlessSite(), launchBrowser()]);
    });
    after(async () => {
        await browser?.close();
        await site?.close();
        await first?.stop();
        await second?.stop();
        data.remove();
    });
    it('turns red when the gateway stops, green when it is back, and the running job resumes without gap or duplicate', async () => {
        const { page, assertNoErrors } = await openPage(browser, { ignoreError: (message) => BROWSER_NETWORK_LOG.test(message) });
        const indicator = () => page.evaluate(() => {
            const element = document.querySelector('#connection-indicator');
            return { text: element.textContent, state: element.dataset.state, dot: window.getComputedStyle(element.querySelector('.dot')).backgroundColor };
        });
        try {
            const baseUrl = first.url;
            await page.goto(`${baseUrl}/#/scraping`, { waitUntil: 'networkidle0' });
            await waitForText(page, '#connection-indicator', /^Connected$/);
            expect(await indicator()).to.deep.equal({ text: 'Connected', state: 'connected', dot: 'rgb(34, 160, 75)' });
            expect(await page.$eval('#connection-indicator', (el) => [el.getAttribute('role'), el.getAttribute('aria-live')])).to.deep.equal(['status', 'polite']);
            await fillInput(page, '#scrape-url', `${site.url}endless/1`);
            await fillInput(page, '#scrape-pages', '1000');
            await fillInput(page, '#scrape-time', '600');
            await fillInput(page, '#scrape-delay', '300');
            await page.click('.scrape-form button[type="submit"]');
            await page.waitForFunction(() => /^#\/scraping\/[\w-]+$/.test(window.location.hash), { timeout: 10_000 });
            const jobId = decodeURIComponent(page.url().split('#/scraping/')[1]);
            await page.waitForFunction(() => document.querySelectorAll('.emails-table tbody tr').length >= 2, { timeout: 60_000 });
            await first.stop();
            await waitForText(page, '#connection-indicator', /^Disconnected$/, 30_000);
            expect(await indicator()).to.deep.equal({ text: 'Disconnected', state: 'disconnected', dot: 'rgb(217, 48, 37)' });
            const seqsWhileDown = await page.evaluate((id) => window.__prospectlab.receivedSeqs(id), jobId);
            const rowsWhileDown = await page.evaluate(() => document.querySelectorAll('.emails-table tbody tr').length);
            await screenshot(page, 'indicator-disconnected');
            second = await startProcess('embedded', { ...env, PORT: new URL(baseUrl).port });
            expect(second.url).to.equal(baseUrl);
            await waitForText(page, '#connection-indicator', /^Connected$/, 60_000);
            expect(await indicator()).to.deep.equal({ text: 'Connected', state: 'connected', dot: 'rgb(34, 160, 75)' });
            // Progress resumes: more events than before the restart, and new e-mails on the page.
            const lastBefore = seqsWhileDown.at(-1);
            await page.waitForFunction((id, last) => window.__prospectlab.connection.lastSeq(id) > last + 3, { timeout: 90_000 }, jobId, lastBefore);
            await page.waitForFunction((count) => document.querySelectorAll('.emails-table tbody tr').length > count, { timeout: 90_000 }, rowsWhileDown);
            await screenshot(page, 'indicator-reconnected');
            await page.click('.live-scrape button.danger');
            await waitForText(page, '.live-scrape .badge', /^Cancelled$/, 30_000);
            const seqs = await page.evaluate((id) => window.__prospectlab.receivedSeqs(id), jobId);
            expect(seqs.slice(0, seqsWhileDown.length), 'what was received before is kept').to.deep.equal(seqsWhileDown);
            expect(seqs, 'seq 1, 2, 3… across the restart: no gap, no duplicate').to.deep.equal(seqs.map((_, i) => i + 1));
            const addresses = await page.$$eval('.emails-table tbody tr td:first-child', (cells) => cells.map((c) => c.textContent));
            expect(new Set(addresses).size, 'no e-mail shown twice').to.equal(addresses.length);
            assertNoErrors();
        }
        finally {
            await page.close();
        }
    });
});
//# sourceMappingURL=reconnect.test.js.map