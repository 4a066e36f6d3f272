/**
 * The GraphQL playground at `/graphiql`: it loads with every request on 127.0.0.1 (bundled, no
 * CDN), runs a query from the address (`?query=`), one typed in the editor, and a live
 * subscription over graphql-ws.
 */
import { expect } from 'chai';
import { serveAcmeSite } from '../fixtures/acme-routes.js';
import { gqlData } from '../helpers/graphql.js';
import { openPage, outsideRequests, screenshot, textOf, waitForText } from './browser-harness.js';
import { useBrowserSuite } from './browser-suite.js';
/**
 * Opens a page that aborts (and records) any request leaving 127.0.0.1, so a CDN dependency
 * fails the test even if this machine happens to be online.
 */
async function openOfflinePage(browser, options = {}) {
    const watched = await openPage(browser, options);
    const blocked = [];
    await watched.page.setRequestInterception(true);
    watched.page.on('request', (request) => {
        if (outsideRequests([request.url()]).length) {
            blocked.push(request.url());
            void request.abort('blockedbyclient');
        }
        else {
            void request.continue();
        }
    });
    return { ...watched, blocked };
}
async function run(page) {
    const button = await page.waitForSelector('.graphiql-execute-button', { visible: true });
    await button.click();
}
function resultText(page) {
    return page.evaluate(() => document.querySelector('.result-window .CodeMirror')?.CodeMirror?.getValue() ?? document.querySelector('.result-window')?.textContent ?? '');
}
describe('browser: GraphiQL playground', function () {
    this.timeout(120_000);
    const suite = useBrowserSuite({ name: 'pl-browser-graphiql', serveSite: serveAcmeSite });
    it('loads from 127.0.0.1 only and runs the query given in the address', async () => {
        const { page, requests, blocked, assertNoErrors } = await openOfflinePage(suite.browser);
        try {
            const query = '{ jobs(first: 5) { totalCount pageInfo { hasNextPage } } }';
            await page.goto(`${suite.product.url}/graphiql?query=${encodeURIComponent(query)}`, { waitUntil: 'networkidle0' });
            await run(page);
            await page.waitForFunction(() => /"totalCount": \d+/.test(document.querySelector('.result-window')?.textContent ?? ''), { timeout: 20_000 });
            const result = JSON.parse(await resultText(page));
            expect(result).to.deep.equal({ data: { jobs: { totalCount: 0, pageInfo: { hasNextPage: false } } } });
            expect(await textOf(page, '.graphiql-logo')).to.equal('ProspectLab');
            await screenshot(page, 'graphiql-query');
            expect(requests.length).to.be.greaterThan(2);
            expect(blocked, 'requests that left 127.0.0.1').to.deep.equal([]);
            expect(outsideRequests(requests)).to.deep.equal([]);
            const css = requests.filter((url) => url.endsWith('.css')).map((url) => new URL(url).pathname);
            expect(css, 'the GraphiQL styles are bundled').to.include('/graphiql.css');
            assertNoErrors();
        }
        finally {
            await page.close();
        }
    });
    it('runs a mutation typed in the editor, then follows the job with a live subscription', async () => {
        const { page, blocked, assertNoErrors } = await openOfflinePage(suite.browser);
        try {
            await page.goto(`${suite.product.url}/graphiql`, { waitUntil: 'networkidle0' });
            await page.waitForSelector('.graphiql-query-editor .CodeMirror', { visible: true });
            // Replace the editor's contents as a user would: select all, type.
            await page.click('.graphiql-query-editor .CodeMirror');
            await page.keyboard.down('Control');
            await page.keyboard.press('KeyA');
            await page.keyboard.up('Control');
            await page.keyboard.press('Backspace');
            await page.keyboard.type(`mutation { startScraping(input: { url: "${suite.site.url}", maxPages: 5 }) { id kind status }`);
            // The address follows the editor (GraphiQL reports edits after a short debounce).
            await page.waitForFunction(() => new URL(document.location.href).searchParams.get('query')?.startsWith('mutation { startScraping'), { timeout: 10_000 });
            await run(page);
            await waitForText(page, '.result-window', /"kind": "SCRAPING"/, 20_000);
            const { data: started } = JSON.parse(await resultText(page));
            const jobId = started.startScraping.id;
            const subscription = `subscription { scrapingEvents(jobId: "${jobId}") { __typename seq ... on ScrapingCompleted { visited emails } } }`;
            await page.goto(`${suite.product.url}/graphiql?query=${encodeURIComponent(subscription)}`, { waitUntil: 'networkidle0' });
            await run(page);
            // GraphiQL shows the latest event of the stream; the job's last one is its completion.
            await waitForText(page, '.result-window', /"__typename": "ScrapingCompleted"/, 60_000);
            const last = JSON.parse(await resultText(page));
            expect(last.data.scrapingEvents.emails).to.be.greaterThan(0);
            const job = await gqlData(suite.product.url, `{ job(id: "${jobId}") { status } }`);
            expect(job.job.status).to.equal('COMPLETED');
            await screenshot(page, 'graphiql-subscription');
            expect(blocked).to.deep.equal([]);
            assertNoErrors();
        }
        finally {
            await page.close();
        }
    });
    it('shows the server error of an invalid query', async () => {
        const { page, assertNoErrors } = await openOfflinePage(suite.browser, {
            // The browser logs the 400 answer by itself; the page shows the server's message.
            ignoreError: (message) => message.includes('Failed to load resource: the server responded with a status of 400'),
        });
        try {
            await page.goto(`${suite.product.url}/graphiql?query=${encodeURIComponent('{ job(id: "nope") { noSuchField } }')}`, { waitUntil: 'networkidle0' });
            await run(page);
            await waitForText(page, '.result-window', /Cannot query field \\"noSuchField\\" on type \\"Job\\"/, 20_000);
            assertNoErrors();
        }
        finally {
            await page.close();
        }
    });
});
//# sourceMappingURL=graphiql.test.js.map