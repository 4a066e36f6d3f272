/**
 * The web client shows people: a People column, the "With a named contact" filter, and the
 * company detail listing each person with role, found or guessed e-mail (guesses marked),
 * phone and LinkedIn, plus the people CSV link.
 */
import { expect } from 'chai';
import path from 'node:path';
import { fixtureSitePath, serveFixtureSite } from '../helpers/fixture-server.js';
import { gqlData } from '../helpers/graphql.js';
import { openPage, screenshot, textOf } from './browser-harness.js';
import { useBrowserSuite } from './browser-suite.js';
describe('browser: people in the results and the company detail', function () {
    this.timeout(240_000);
    const suite = useBrowserSuite({
        name: 'pl-browser-people',
        serveSite: () => serveFixtureSite(path.join(fixtureSitePath('companies'), '..', '..', 'people-sites', 'cabinet-fr')),
    });
    it('lists people with found and guessed e-mails clearly apart and filters companies with a named contact', async () => {
        const url = suite.product.url;
        const { startAnalysis } = await gqlData(url, 'mutation ($input: StartAnalysisInput!) { startAnalysis(input: $input) { id } }', {
            input: { companies: [{ name: 'Cabinet Lefèvre', website: suite.site.url }, { name: 'Atelier Sans Site' }] },
        });
        const jobId = startAnalysis.id;
        for (let i = 0;; i++) {
            const { job } = await gqlData(url, 'query ($id: ID!) { job(id: $id) { status } }', { id: jobId });
            if (job.status === 'COMPLETED')
                break;
            if (i > 600)
                throw new Error(`the analysis is still ${job.status}`);
            await new Promise((resolve) => setTimeout(resolve, 200));
        }
        const { page, assertNoErrors, errors } = await openPage(suite.browser);
        try {
            await page.goto(`${url}/#/analysis/${jobId}`, { waitUntil: 'networkidle0' });
            await page.waitForSelector('.results-table tbody tr[data-index]', { visible: true });
            const peopleCells = async () => Object.fromEntries(await page.$$eval('.results-table tbody tr[data-index]', (rows) => rows.map((tr) => [tr.querySelector('th').textContent, tr.querySelector('.people-cell').textContent])));
            expect(await peopleCells()).to.deep.equal({ 'Cabinet Lefèvre': '6', 'Atelier Sans Site': '0' });
            await page.click('#filter-has-person');
            await page.waitForFunction(() => document.querySelectorAll('.results-table tbody tr[data-index]').length === 1);
            expect(await peopleCells()).to.deep.equal({ 'Cabinet Lefèvre': '6' });
            await page.type('#filter-text', 'pôle social');
            // Leaving the search field fires `change`, which redraws the rows: blur it before clicking one.
            await page.$eval('#filter-text', (input) => input.blur());
            expect(Object.keys(await peopleCells()), 'search covers roles').to.deep.equal(['Cabinet Lefèvre']);
            await page.click('.results-table tbody tr[data-index] th button');
            await page.waitForSelector('.company-detail .people-section', { visible: true, timeout: 10_000 }).catch(async (e) => {
                throw new Error(`no people section; page errors: ${errors.join('\n')}; ${await page.evaluate(() => document.querySelector('.results-layout')?.outerHTML.slice(0, 3000))}`, { cause: e });
            });
            const people = await page.$$eval('.company-detail .people-section li', (items) => items.map((li) => ({
                name: li.querySelector('.person-name').textContent,
                found: li.querySelector('a.person-email')?.textContent ?? null,
                guess: li.querySelector('.email-guess')?.textContent ?? null,
                guessTag: li.querySelector('.tag.guess')?.textContent ?? null,
                linkedin: li.querySelector('a[href*="linkedin.com/in/"]')?.getAttribute('href') ?? null,
            })));
            expect(people.map((p) => p.name).sort()).to.deep.equal([
                'Amandine Rousseau',
                'Claire Fontaine',
                'Hélène Lefèvre',
                'Julien Moreau',
                'Sophie Marchand',
                'Thomas Girard',
            ]);
            const helene = people.find((p) => p.name === 'Hélène Lefèvre');
            expect(helene).to.include({ found: 'helene.lefevre@lefevre-associes.fr', guess: null, linkedin: 'https://www.linkedin.com/in/helene-lefevre-expert' });
            const amandine = people.find((p) => p.name === 'Amandine Rousseau');
            expect(amandine).to.include({ found: null, guess: 'amandine.rousseau@lefevre-associes.fr', guessTag: 'guessed' });
            expect(people.filter((p) => p.guess).every((p) => p.guessTag === 'guessed' && p.found === null)).to.equal(true);
            expect(await textOf(page, '.company-detail .email-pattern')).to.match(/\{first\}\.\{last\}@lefevre-associes\.fr \(3 examples/);
            expect(await textOf(page, '.company-detail .people-section'))
                .to.match(/Responsable du pôle social et paie/)
                .and.match(/\+33478001105/);
            await screenshot(page, 'company-detail-people');
            expect(await page.$eval('.downloads a[data-format="people-csv"]', (a) => a.getAttribute('href'))).to.equal(`/jobs/${jobId}/export-people.csv`);
            assertNoErrors();
        }
        finally {
            await page.close();
        }
    });
});
//# sourceMappingURL=people-detail.test.js.map