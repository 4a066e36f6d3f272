/** The scraping flow in embedded mode: `node dist/main/embedded.js`, what `npm start` runs. */
import { expect } from 'chai';
import { serveAcmeSite } from '../fixtures/acme-routes.js';
import { collect, SCRAPING_SUBSCRIPTION, within, wsClient } from '../helpers/graphql.js';
import { startProcess } from '../helpers/processes.js';
import { tempDir } from '../helpers/temp.js';
import { assertWellFormedStream, describeScrapingFlow, startScraping } from './scraping-flow.js';
describe('scraping, embedded mode (one process, in-process bus)', function () {
    this.timeout(120_000);
    let product;
    const data = tempDir('pl-embedded');
    before(async () => {
        product = await startProcess('embedded', {
            PROSPECTLAB_DATA_DIR: data.path,
            PROSPECTLAB_ALLOW_PRIVATE_NETWORKS: '1',
            PROSPECTLAB_PAGE_TIMEOUT_MS: '4000',
        });
    });
    after(async () => {
        const code = await product?.stop();
        data.remove();
        expect(code, `embedded process exit code; output:\n${product?.output()}`).to.equal(0);
    });
    it('is ready: /healthz and /readyz (bus, store, browser) answer 200', async () => {
        expect((await fetch(`${product.url}/healthz`)).status).to.equal(200);
        const ready = await fetch(`${product.url}/readyz`);
        expect(await ready.json()).to.deep.equal({ status: 'ready', checks: { bus: true, store: true, browser: true } });
    });
    describeScrapingFlow(() => ({ url: product.url }));
});
describe('scraping, embedded mode without PROSPECTLAB_ALLOW_PRIVATE_NETWORKS', function () {
    this.timeout(120_000);
    let product;
    const data = tempDir('pl-embedded-guarded');
    before(async () => {
        product = await startProcess('embedded', { PROSPECTLAB_DATA_DIR: data.path, PROSPECTLAB_ALLOW_PRIVATE_NETWORKS: '' });
    });
    after(async () => {
        await product?.stop();
        data.remove();
    });
    for (const target of ['127.0.0.1', 'localhost', '0x7f.1', '[::1]', '[::ffff:127.0.0.1]', '2130706433']) {
        it(`refuses a private address (${target}) with ScrapingFailed naming the reason`, async () => {
            const site = await serveAcmeSite();
            const client = wsClient(product.url);
            try {
                const url = `http://${target}:${site.port}/`;
                const jobId = await startScraping(product.url, { url });
                const sub = collect(client, SCRAPING_SUBSCRIPTION, { jobId }, 'scrapingEvents');
                await within(sub.done, 30_000, 'the refused job to end');
                const terminal = assertWellFormedStream(sub.events, jobId);
                expect(terminal.__typename).to.equal('ScrapingFailed');
                expect(terminal.error).to.match(/private|loopback|PROSPECTLAB_ALLOW_PRIVATE_NETWORKS/i);
                expect(site.requestLog, 'the site was never contacted').to.deep.equal([]);
            }
            finally {
                await client.dispose();
                await site.close();
            }
        });
    }
});
//# sourceMappingURL=scraping-embedded.test.js.map