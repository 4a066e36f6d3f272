/**
 * A gateway that requires an API key (`PROSPECTLAB_API_KEYS`): without a key the page says what
 * to do and shows "Disconnected"; with the key entered in Settings it connects by itself, follows
 * jobs live, downloads exports (header-authenticated) and the playground works too.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import path from 'node:path';
import { serveAcmeSite } from '../fixtures/acme-routes.js';
import { tempDir } from '../helpers/temp.js';
import { fillInput, openPage, screenshot, waitForText } from './browser-harness.js';
import { useBrowserSuite } from './browser-suite.js';
const API_KEY = 'browser-test-key-0123456789abcdef';
describe('browser: API key', function () {
    this.timeout(180_000);
    const suite = useBrowserSuite({ name: 'pl-browser-api-key', serveSite: serveAcmeSite, env: { PROSPECTLAB_API_KEYS: API_KEY } });
    const downloads = tempDir('pl-browser-downloads');
    after(() => {
        downloads.remove();
    });
    it('asks for the key, then connects, follows a job, downloads an export and runs GraphiQL with it', async () => {
        const { page, assertNoErrors } = await openPage(suite.browser, {
            ignoreError: (m) => m.includes('Failed to load resource: the server responded with a status of 401'),
        });
        try {
            await page.goto(`${suite.product.url}/#/history`, { waitUntil: 'networkidle0' });
            await waitForText(page, '.history-view [role="alert"]', /Missing or invalid API key.*enter it in Settings/);
            await waitForText(page, '#connection-indicator', /^Disconnected$/);
            expect(await page.$eval('#connection-indicator', (el) => el.title)).to.match(/4403|Forbidden/);
            await screenshot(page, 'api-key-missing');
            await page.click('#settings-button');
            await page.waitForSelector('dialog.settings-dialog[open]', { visible: true });
            expect(await page.evaluate(() => document.activeElement?.id)).to.equal('settings-api-key');
            await page.type('#settings-api-key', API_KEY);
            await screenshot(page, 'settings-dialog');
            await page.click('dialog.settings-dialog button[value="save"]');
            await waitForText(page, '#connection-indicator', /^Connected$/, 30_000);
            expect(await page.$('dialog.settings-dialog[open]')).to.equal(null);
            expect(await page.evaluate(() => document.activeElement?.id)).to.equal('settings-button', 'focus returns to the opener');
            await waitForText(page, '.history-view .results-count', /^No job yet\.$/, 10_000);
            await page.goto(`${suite.product.url}/#/scraping`, { waitUntil: 'networkidle0' });
            await fillInput(page, '#scrape-url', suite.site.url);
            await page.click('.scrape-form button[type="submit"]');
            await waitForText(page, '.live-scrape .badge', /^Completed$/, 120_000);
            expect(await page.$$eval('.emails-table tbody tr', (rows) => rows.length)).to.equal(9);
            // An analysis (inline companies) to download: links cannot send the header, the page does.
            const started = await page.evaluate(async (url) => {
                const res = await fetch('/graphql', {
                    method: 'POST',
                    headers: { 'content-type': 'application/json', authorization: `Bearer ${window.localStorage.getItem('prospectlab.apiKey')}` },
                    body: JSON.stringify({
                        query: 'mutation ($input: StartAnalysisInput!) { startAnalysis(input: $input) { id } }',
                        variables: { input: { companies: [{ name: 'ACME Industries', website: url }] } },
                    }),
                });
                return (await res.json()).data.startAnalysis.id;
            }, suite.site.url);
            await page.goto(`${suite.product.url}/#/analysis/${started}`, { waitUntil: 'networkidle0' });
            await waitForText(page, '.analysis-view .view-header .badge', /^Completed$/, 120_000);
            await page.waitForSelector('.results-table tbody tr[data-index]', { visible: true });
            const cdp = await page.createCDPSession();
            await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads.path, eventsEnabled: true });
            await page.click('.downloads a[data-format="csv"]');
            const file = path.join(downloads.path, `prospectlab-${started.slice(0, 8)}.csv`);
            const deadline = Date.now() + 20_000;
            while (!fs.existsSync(file) && Date.now() < deadline)
                await new Promise((resolve) => setTimeout(resolve, 100));
            expect(fs.readFileSync(file, 'utf8')).to.include('contact@acme-industries.fr');
            expect(await page.$('.results [role="alert"]:not([hidden])')).to.equal(null);
            await page.goto(`${suite.product.url}/graphiql?query=${encodeURIComponent('{ jobs { totalCount } }')}`, { waitUntil: 'networkidle0' });
            await page.click('.graphiql-execute-button');
            await waitForText(page, '.result-window', /"totalCount": 2/, 20_000);
            assertNoErrors();
        }
        finally {
            await page.close();
        }
    });
});
//# sourceMappingURL=api-key.test.js.map