/**
 * The scraping page in a real browser against the embedded product (`node dist/main/embedded.js`)
 * and the acme fixture site: live e-mails with their source page, visited count and elapsed
 * time, Stop, a complete crawl's e-mails, and the errors a user can provoke.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import { fixtureSitePath } from '../helpers/fixture-server.js';
import { fillInput, openPage, recordShownStates, screenshot, shownStates, textOf, waitForText } from './browser-harness.js';
import { useBrowserSuite } from './browser-suite.js';
import { serveEndlessSite } from './endless-site.js';
const EXPECTED = JSON.parse(fs.readFileSync(`${fixtureSitePath('acme')}/EXPECTED.json`, 'utf8'));
describe('browser: scraping page', function () {
    this.timeout(180_000);
    const suite = useBrowserSuite({ name: 'pl-browser-scraping', serveSite: serveEndlessSite });
    it('shows e-mails live while the job runs, ticks the time, and stops on Stop', async () => {
        const { page, assertNoErrors } = await openPage(suite.browser);
        try {
            await page.goto(`${suite.product.url}/#/scraping`, { waitUntil: 'networkidle0' });
            await waitForText(page, '#connection-indicator', /^Connected$/);
            // The endless trap and the delay: the job runs until stopped.
            await fillInput(page, '#scrape-url', `${suite.site.url}endless/1`);
            await fillInput(page, '#scrape-pages', '500');
            await fillInput(page, '#scrape-delay', '400');
            await page.click('.scrape-form button[type="submit"]');
            await page.waitForFunction(() => /^#\/scraping\/[\w-]+$/.test(window.location.hash), { timeout: 10_000 });
            const jobId = decodeURIComponent(page.url().split('#/scraping/')[1]);
            await page.waitForSelector('.emails-table tbody tr', { visible: true, timeout: 30_000 });
            const stateWhileRows = await page.evaluate(() => ({
                status: document.querySelector('.live-scrape .badge')?.textContent,
                rows: [...document.querySelectorAll('.emails-table tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)),
            }));
            expect(stateWhileRows.status, 'an e-mail is listed while the job is still running').to.equal('Running');
            const [address, source] = stateWhileRows.rows[0];
            expect(address).to.match(/^agenda-\d+@acme-industries\.fr$/);
            expect(source).to.equal(`${suite.site.url}endless/${address.match(/\d+/)[0]}`);
            const elapsedBefore = await textOf(page, '.stat-elapsed');
            await page.waitForFunction((before) => document.querySelector('.stat-elapsed')?.textContent !== before, { timeout: 10_000 }, elapsedBefore);
            await page.waitForFunction(() => Number(document.querySelector('.stat-visited')?.textContent) >= 2, { timeout: 30_000 });
            await screenshot(page, 'scraping-live');
            await page.click('.live-scrape button.danger');
            await waitForText(page, '.live-scrape .badge', /^Cancelled$/, 30_000);
            expect(await textOf(page, '.live-scrape .outcome')).to.match(/^Stopped after \d+ pages/);
            expect(await page.$eval('.live-scrape button.danger', (b) => b.disabled)).to.equal(true);
            const rendered = await page.$$eval('.emails-table tbody tr td:first-child', (cells) => cells.map((c) => c.textContent));
            expect(new Set(rendered).size, 'no e-mail is listed twice').to.equal(rendered.length);
            const seqs = await page.evaluate((id) => window.__prospectlab.receivedSeqs(id), jobId);
            expect(seqs).to.deep.equal(seqs.map((_, i) => i + 1), 'every event once, in order');
            await screenshot(page, 'scraping-cancelled');
            assertNoErrors();
        }
        finally {
            await page.close();
        }
    });
    it('lists every e-mail of a complete crawl with its page, and keeps them on reload', async () => {
        const { page, assertNoErrors } = await openPage(suite.browser);
        try {
            await page.goto(`${suite.product.url}/#/scraping`, { waitUntil: 'networkidle0' });
            await fillInput(page, '#scrape-url', suite.site.url);
            await page.click('.scrape-form button[type="submit"]');
            await page.waitForFunction(() => /^#\/scraping\/[\w-]+$/.test(window.location.hash), { timeout: 10_000 });
            const jobId = decodeURIComponent(page.url().split('#/scraping/')[1]);
            await waitForText(page, '.live-scrape .badge', /^Completed$/, 120_000);
            const listed = async () => Object.fromEntries(await page.$$eval('.emails-table tbody tr', (rows) => rows.map((tr) => [tr.querySelector('td').textContent, tr.querySelector('td + td a')?.getAttribute('href') ?? ''])));
            const expected = Object.fromEntries(EXPECTED.emails.map((e) => [e.address, new URL(e.page, suite.site.url).href]));
            expect(await listed()).to.deep.equal(expected);
            expect(await textOf(page, '.stat-emails')).to.equal(String(EXPECTED.emails.length));
            expect(await textOf(page, '.live-scrape .outcome')).to.match(/^Finished: \d+ pages visited, 9 e-mail addresses found/);
            await recordShownStates(page, ['.live-scrape .badge']);
            await page.reload({ waitUntil: 'networkidle0' });
            await waitForText(page, '.live-scrape .badge', /^Completed$/);
            await page.waitForFunction((id) => window.__prospectlab.connection.isFinished(id), { timeout: 20_000 }, jobId);
            expect((await shownStates(page)).filter((state) => state !== '-'), 'replaying a finished job never shows it running').to.deep.equal(['Loading', 'Completed']);
            expect(await listed(), 'a reopened job replays its events').to.deep.equal(expected);
            expect(await page.$eval('#scrape-url', (i) => i.value)).to.equal(suite.site.url);
            await screenshot(page, 'scraping-completed');
            assertNoErrors();
        }
        finally {
            await page.close();
        }
    });
    it('explains a refused start (no address, out-of-range limit, invalid URL) and starts nothing', async () => {
        const { page, assertNoErrors } = await openPage(suite.browser);
        try {
            await page.goto(`${suite.product.url}/#/scraping`, { waitUntil: 'networkidle0' });
            await page.click('.scrape-form button[type="submit"]');
            await waitForText(page, '.scrape-form [role="alert"]', /Enter the address/);
            expect(await page.$eval('#scrape-url', (i) => i.getAttribute('aria-invalid'))).to.equal('true');
            await fillInput(page, '#scrape-url', suite.site.url);
            await fillInput(page, '#scrape-depth', '99');
            await page.click('.scrape-form button[type="submit"]');
            await waitForText(page, '.scrape-form [role="alert"]', /Link depth: enter a whole number from 0 to 10/);
            await fillInput(page, '#scrape-depth', '2');
            await fillInput(page, '#scrape-url', 'ftp://files.example.org/');
            await page.click('.scrape-form button[type="submit"]');
            await waitForText(page, '.scrape-form [role="alert"]', /The scraping did not start: .+/);
            expect(page.url()).to.match(/#\/scraping$/);
            await screenshot(page, 'scraping-invalid-url');
            assertNoErrors();
        }
        finally {
            await page.close();
        }
    });
    it('says so when the job does not exist', async () => {
        const { page, assertNoErrors } = await openPage(suite.browser);
        try {
            await page.goto(`${suite.product.url}/#/scraping/00000000-0000-4000-8000-000000000000`, { waitUntil: 'networkidle0' });
            await waitForText(page, '.live-scrape [role="alert"]', /There is no job 00000000-0000-4000-8000-000000000000/);
            assertNoErrors();
        }
        finally {
            await page.close();
        }
    });
});
//# sourceMappingURL=scraping-page.test.js.map