/**
 * The analysis flow in a real browser against the embedded product and local fixture sites:
 * upload → preview with warnings → options → start → progress to 100 % → results table →
 * filters and sort → company detail → CSV/XLSX/JSON downloads; Stop; bad files.
 */
import { expect } from 'chai';
import fs from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { serveAcmeSite } from '../fixtures/acme-routes.js';
import { fixtureFilePath } from '../fixtures/files/fixture-files.js';
import { serveFixtureSite } from '../helpers/fixture-server.js';
import { startProcess } from '../helpers/processes.js';
import { tempDir } from '../helpers/temp.js';
import { fillInput, launchBrowser, openPage, outsideRequests, recordShownStates, screenshot, shownStates, textOf, waitForText } from './browser-harness.js';
import { serveEndlessSite } from './endless-site.js';
/** A one-page bakery site with a mailto link, a phone link and a Facebook page. */
const BAKERY_HOME = `<!doctype html><html lang="fr"><head><meta charset="utf-8">
<title>Boulangerie Martin — pain au levain à Lyon</title>
<meta name="description" content="Boulangerie artisanale, pains au levain et viennoiseries.">
</head><body><h1>Boulangerie Martin</h1>
<p>Commandes : <a href="mailto:commandes@boulangerie-martin.fr">écrivez-nous</a></p>
<p>Téléphone : <a href="tel:+33472000004">04 72 00 00 04</a></p>
<p><a href="https://www.facebook.com/boulangeriemartinlyon">Facebook</a></p>
<footer>© 2009 Boulangerie Martin</footer></body></html>`;
/** A port nothing listens on (a site that is down). */
async function closedPort() {
    const server = createServer();
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address();
    await new Promise((resolve) => server.close(() => resolve()));
    return port;
}
/** Rows of the results table as `{ name: emailsCellText }`. */
function resultRows(page) {
    return page.evaluate(() => Object.fromEntries([...document.querySelectorAll('.results-table tbody tr[data-index]')].map((tr) => [
        tr.querySelector('th').textContent,
        tr.querySelector('.emails-cell').textContent,
    ])));
}
/** Elements sticking out of the screen on the right, scrollable tables excepted. */
function widerThanScreen(page) {
    return page.evaluate(() => [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && !el.closest('.table-wrap'))
        .map((el) => `${el.tagName.toLowerCase()}.${el.className} ${el.textContent.slice(0, 40)}`));
}
async function uploadFile(page, file) {
    const input = await page.waitForSelector('#company-file');
    await input.uploadFile(file);
}
describe('browser: analysis flow', function () {
    this.timeout(300_000);
    const data = tempDir('pl-browser-analysis');
    const files = tempDir('pl-browser-analysis-files');
    const emptySite = tempDir('pl-browser-bakery');
    let product;
    let acme;
    let bakery;
    let browser;
    before(async () => {
        [product, acme, bakery, browser] = await Promise.all([
            startProcess('embedded', { PROSPECTLAB_DATA_DIR: data.path, PROSPECTLAB_ALLOW_PRIVATE_NETWORKS: '1' }),
            serveAcmeSite(),
            serveFixtureSite(emptySite.path, {
                routes: {
                    '/': (_req, res) => {
                        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
                        res.end(BAKERY_HOME);
                    },
                },
            }),
            launchBrowser(),
        ]);
    });
    after(async () => {
        await browser?.close();
        await Promise.all([acme?.close(), bakery?.close()]);
        await product?.stop();
        data.remove();
        files.remove();
        emptySite.remove();
    });
    it('uploads, previews, analyses to 100 %, shows, filters and sorts the results, opens a company and downloads the CSV', async () => {
        const downPort = await closedPort();
        const csv = path.join(files.path, 'prospects.csv');
        fs.writeFileSync(csv, [
            'Name,Website,Category,Address,Phone',
            `ACME Industries,${acme.url},Industrie,12 rue de la Forge 69007 Lyon,04 72 00 00 01`,
            `Boulangerie Martin,${bakery.url},Boulangerie,3 place Bellecour 69002 Lyon,04 72 00 00 04`,
            'Atelier Sans Site,,Menuiserie,8 rue des Artisans 69003 Lyon,',
            `Garage Fermé,http://127.0.0.1:${downPort}/,Garage,1 avenue Berthelot 69007 Lyon,`,
            `,${acme.url}sans-nom,Inconnu,,`,
            `ACME Industries (contact),${acme.url}contact.html,Industrie,,`,
        ].join('\n'));
        const { page, requests, assertNoErrors } = await openPage(browser);
        try {
            await page.goto(`${product.url}/#/upload`, { waitUntil: 'networkidle0' });
            await uploadFile(page, csv);
            await page.waitForSelector('.preview-table tbody tr', { visible: true });
            const preview = await page.$$eval('.preview-table tbody tr th, .preview-table tbody tr td:first-child', (cells) => cells.map((c) => c.textContent));
            expect(preview).to.include.members(['ACME Industries', 'Boulangerie Martin', 'Atelier Sans Site', 'Garage Fermé']);
            expect(await textOf(page, '.warnings')).to.match(/name/i);
            expect(await textOf(page, '.duplicates h3')).to.equal('1 duplicate will be skipped');
            expect(await textOf(page, '.duplicate-rows li')).to.match(/^Row 7 \(ACME Industries \(contact\)\): same site 127\.0\.0\.1:\d+ as row 2 \(ACME Industries\), which is kept\.$/);
            await screenshot(page, 'upload-preview');
            await fillInput(page, '#opt-concurrency', '2');
            await fillInput(page, '#opt-pages', '15');
            await fillInput(page, '#opt-depth', '2');
            await page.click('.options-form button[type="submit"]');
            await page.waitForFunction(() => /^#\/analysis\/[\w-]+$/.test(window.location.hash), { timeout: 15_000 });
            const jobId = decodeURIComponent(page.url().split('#/analysis/')[1]);
            await waitForText(page, '.analysis-view .view-header .badge', /^Completed$/, 240_000);
            expect(await textOf(page, '.percent')).to.equal('100 %');
            expect(await textOf(page, '#analysis-title'), 'the job is named by its label, the file name').to.equal('prospects.csv');
            expect(await page.$eval('#analysis-progress', (p) => p.value)).to.equal(100);
            expect(await textOf(page, '.outcome')).to.match(/^Finished in .+: \d+ analysed, \d+ failed\.$/);
            const seqs = await page.evaluate((id) => window.__prospectlab.receivedSeqs(id), jobId);
            expect(seqs).to.deep.equal(seqs.map((_, i) => i + 1), 'every event once, in order');
            const progressEvents = await page.evaluate((id) => window.__prospectlab.connection.eventsOf(id).filter((e) => e.__typename === 'AnalysisProgress'), jobId);
            expect(progressEvents.at(-1)?.percentage).to.equal(100);
            const itemFailures = await page.evaluate((id) => window.__prospectlab.connection.eventsOf(id).filter((e) => e.__typename === 'AnalysisItemFailed'), jobId);
            expect(itemFailures.map((e) => e.company), 'AnalysisItemFailed carries `company`').to.deep.equal(['Garage Fermé']);
            expect(await textOf(page, '.item-errors')).to.include('Garage Fermé');
            await page.waitForSelector('.results-table tbody tr[data-index]', { visible: true });
            const rows = await resultRows(page);
            const tableText = `results: ${await textOf(page, '.results-table tbody')} / errors: ${await textOf(page, '.item-errors')}`;
            expect(Object.keys(rows)).to.have.members(['ACME Industries', 'Boulangerie Martin', 'Atelier Sans Site', 'Garage Fermé'], 'the duplicate and the nameless rows are left out');
            expect(rows['ACME Industries'], tableText).to.match(/^[1-9]\d* /);
            expect(rows['Boulangerie Martin'], tableText).to.equal('1 commandes@boulangerie-martin.fr');
            expect(rows['Atelier Sans Site']).to.equal('0');
            await screenshot(page, 'analysis-results');
            await page.click('#filter-has-email');
            expect(Object.keys(await resultRows(page))).to.have.members(['ACME Industries', 'Boulangerie Martin']);
            await page.type('#filter-text', 'levain');
            expect(Object.keys(await resultRows(page)), 'search covers the page title').to.deep.equal(['Boulangerie Martin']);
            await fillInput(page, '#filter-text', 'zzz-nothing');
            expect(await textOf(page, '.results-table tbody')).to.equal('No company matches these filters.');
            await fillInput(page, '#filter-text', '');
            await page.click('#filter-has-email');
            expect(Object.keys(await resultRows(page))).to.have.length(4);
            await page.click('button[data-sort="emails"]');
            await page.click('button[data-sort="emails"]');
            expect(await page.$eval('th[aria-sort]', (th) => [th.getAttribute('aria-sort'), th.textContent])).to.deep.equal(['descending', 'E-mails▼']);
            expect(Object.keys(await resultRows(page))[0]).to.equal('ACME Industries');
            await page.click('.results-table tbody tr[data-index] th button');
            await page.waitForSelector('.company-detail', { visible: true });
            expect(await textOf(page, '.company-detail h3')).to.equal('ACME Industries');
            const emailItems = await page.$$eval('.company-detail .detail-list a.email', (links) => links.map((a) => a.textContent));
            expect(emailItems).to.include('contact@acme-industries.fr');
            const contactSource = await page.$eval('.company-detail a.email', (a) => a.closest('li').querySelector('.source a')?.getAttribute('href'));
            expect(contactSource).to.match(/^http:\/\/127\.0\.0\.1:\d+\//);
            expect(await page.evaluate(() => document.activeElement?.textContent)).to.equal('ACME Industries', 'focus moves to the detail heading');
            await screenshot(page, 'company-detail');
            await page.keyboard.press('Escape');
            expect(await page.$('.company-detail')).to.equal(null);
            await page.click('button[data-sort="name"]');
            await page.click('button[data-sort="name"]');
            await page.click('.results-table tbody tr[data-index] th button');
            expect(await textOf(page, '.company-detail h3')).to.equal('Garage Fermé', 'name, descending');
            expect(await textOf(page, '.company-detail .message.error')).to.match(/127\.0\.0\.1:\d+/, 'the failure is explained');
            expect(await textOf(page, '.company-detail')).to.match(/No e-mail address found/);
            await screenshot(page, 'company-detail-failed');
            const csvHref = await page.$eval('.downloads a[data-format="csv"]', (a) => a.getAttribute('href'));
            expect(csvHref).to.equal(`/jobs/${jobId}/export.csv`);
            await page.select('.downloads select.csv-delimiter', ';');
            expect(await page.$eval('.downloads a[data-format="csv"]', (a) => a.getAttribute('href'))).to.equal(`/jobs/${jobId}/export.csv?delimiter=%3B`);
            expect(await page.evaluate(() => globalThis.localStorage.getItem('prospectlab.csvDelimiter')), 'the choice is remembered').to.equal(';');
            const semicolonCsv = await page.evaluate(async (href) => (await fetch(href)).text(), `/jobs/${jobId}/export.csv?delimiter=%3B`);
            expect(semicolonCsv.startsWith('name;')).to.equal(true);
            await page.select('.downloads select.csv-delimiter', ',');
            expect(await page.$eval('.downloads a[data-format="csv"]', (a) => a.getAttribute('href'))).to.equal(csvHref);
            const download = await page.evaluate(async (href) => {
                const res = await fetch(href);
                return { status: res.status, type: res.headers.get('content-type'), disposition: res.headers.get('content-disposition'), text: await res.text() };
            }, csvHref);
            expect(download.status).to.equal(200);
            expect(download.type).to.match(/^text\/csv/);
            expect(download.disposition).to.match(/attachment; filename="prospectlab-[0-9a-f]{8}\.csv"/);
            expect(download.text).to.include('ACME Industries').and.include('contact@acme-industries.fr').and.include('commandes@boulangerie-martin.fr');
            for (const format of ['xlsx', 'json']) {
                const status = await page.evaluate(async (href) => (await fetch(href)).status, `/jobs/${jobId}/export.${format}`);
                expect(status, format).to.equal(200);
            }
            // A phone-sized screen (puppeteer reloads the page for it): the reopened job shows again,
            // and replaying its history never makes it look running or less than 100 % done.
            await recordShownStates(page, ['.analysis-view .view-header .badge', '.percent']);
            await page.setViewport({ width: 390, height: 844, isMobile: true, hasTouch: true });
            await page.waitForSelector('.results-table tbody tr[data-index]', { visible: true });
            await page.waitForFunction((id) => window.__prospectlab.connection.isFinished(id), { timeout: 20_000 }, jobId);
            expect((await shownStates(page)).filter((state) => !/^(-|Loading) /.test(state))).to.deep.equal(['Completed 100 %']);
            expect(await widerThanScreen(page), 'nothing but the scrollable tables is wider than a phone screen').to.deep.equal([]);
            await screenshot(page, 'analysis-results-phone');
            await page.click('.results-table tbody tr[data-index] th button');
            await page.waitForSelector('.company-detail', { visible: true });
            expect(await widerThanScreen(page), 'the detail fits a phone screen').to.deep.equal([]);
            await screenshot(page, 'company-detail-phone');
            expect(outsideRequests(requests), 'the page loads nothing from elsewhere (links to the sites are not followed)').to.deep.equal([]);
            assertNoErrors();
        }
        finally {
            await page.close();
        }
    });
    it('stops a running analysis with the Stop button and keeps the partial results', async () => {
        // Rows on one site would be deduplicated: one endless site per company.
        const sites = await Promise.all(Array.from({ length: 4 }, () => serveEndlessSite()));
        try {
            const csv = path.join(files.path, 'slow.csv');
            fs.writeFileSync(csv, ['Name,Website', ...sites.map((s, i) => `Agenda ${i + 1},${s.url}endless/1`)].join('\n'));
            const { page, assertNoErrors } = await openPage(browser);
            try {
                await page.goto(`${product.url}/#/upload`, { waitUntil: 'networkidle0' });
                await uploadFile(page, csv);
                await page.waitForSelector('.options-form', { visible: true });
                await fillInput(page, '#opt-concurrency', '1');
                await fillInput(page, '#opt-pages', '200');
                await fillInput(page, '#opt-depth', '5');
                await fillInput(page, '#opt-delay', '500');
                await page.click('.options-form button[type="submit"]');
                await waitForText(page, '.analysis-view .view-header .badge', /^Running$/, 60_000);
                await waitForText(page, '.current-company', /Agenda/, 60_000);
                await screenshot(page, 'analysis-running');
                await page.click('.progress-card button.danger');
                await waitForText(page, '.analysis-view .view-header .badge', /^Cancelled$/, 60_000);
                expect(await textOf(page, '.outcome')).to.match(/^Stopped after \d+ of 4 companies\. The results so far are kept\.$/);
                await page.waitForSelector('.results-table tbody tr[data-index]', { visible: true });
                expect(Object.keys(await resultRows(page))).to.have.length(4);
                assertNoErrors();
            }
            finally {
                await page.close();
            }
        }
        finally {
            await Promise.all(sites.map((s) => s.close()));
        }
    });
    it('names the problem of a file that is not a company list, and shows no preview', async () => {
        const { page, assertNoErrors } = await openPage(browser, {
            // The browser logs the refused upload's HTTP status by itself; the page shows the message.
            ignoreError: (message) => /Failed to load resource: the server responded with a status of 4\d\d/.test(message),
        });
        try {
            await page.goto(`${product.url}/#/upload`, { waitUntil: 'networkidle0' });
            await uploadFile(page, fixtureFilePath('not-a-spreadsheet.pdf'));
            await waitForText(page, '.upload-view [role="alert"]', /^not-a-spreadsheet\.pdf was not accepted: .{10,}/);
            expect(await page.$eval('.options-form', (form) => form.hidden)).to.equal(true);
            await uploadFile(page, fixtureFilePath('no-name-column.csv'));
            await waitForText(page, '.upload-view [role="alert"]', /^no-name-column\.csv was not accepted: .*name/i);
            await screenshot(page, 'upload-refused');
            assertNoErrors();
        }
        finally {
            await page.close();
        }
    });
    it('says so when the analysis does not exist', async () => {
        const { page, assertNoErrors } = await openPage(browser);
        try {
            await page.goto(`${product.url}/#/analysis/00000000-0000-4000-8000-000000000000`, { waitUntil: 'networkidle0' });
            await waitForText(page, '.analysis-view [role="alert"]', /There is no job 00000000-0000-4000-8000-000000000000/);
            assertNoErrors();
        }
        finally {
            await page.close();
        }
    });
});
//# sourceMappingURL=analysis-flow.test.js.map