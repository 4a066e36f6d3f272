/** Embedded mode keeps its jobs across a restart: unfinished work is queued again and finishes. */
import { expect } from 'chai';
import { serveAcmeSite } from '../fixtures/acme-routes.js';
import { collect, gqlData, SCRAPING_SUBSCRIPTION, within, wsClient } from '../helpers/graphql.js';
import { startProcess } from '../helpers/processes.js';
import { tempDir } from '../helpers/temp.js';
import { assertWellFormedStream, startScraping } from './scraping-flow.js';
describe('embedded mode after a crash', function () {
    this.timeout(120_000);
    const data = tempDir('pl-embedded-restart');
    const env = { PROSPECTLAB_DATA_DIR: data.path, PROSPECTLAB_ALLOW_PRIVATE_NETWORKS: '1' };
    let product;
    let site;
    before(async () => {
        site = await serveAcmeSite();
    });
    after(async () => {
        await product?.stop();
        await site.close();
        data.remove();
    });
    it('queues a running scrape again after kill -9 and finishes it with one gap-free event stream', async () => {
        product = await startProcess('embedded', env);
        let client = wsClient(product.url);
        const jobId = await startScraping(product.url, { url: `${site.url}calendar/1`, maxPages: 8, maxDepth: 10, delayMs: 400, concurrency: 1 });
        const first = collect(client, SCRAPING_SUBSCRIPTION, { jobId }, 'scrapingEvents');
        await first.waitFor((e) => e.__typename === 'ScrapingEmailFound', 30_000);
        await client.dispose();
        await product.kill();
        product = await startProcess('embedded', env);
        client = wsClient(product.url);
        try {
            const lastSeq = first.events.at(-1).seq;
            const rest = collect(client, SCRAPING_SUBSCRIPTION, { jobId, afterSeq: lastSeq }, 'scrapingEvents');
            await within(rest.done, 60_000, 'the requeued scrape to finish');
            const all = [...first.events, ...rest.events];
            const terminal = assertWellFormedStream(all, jobId);
            expect(terminal).to.include({ __typename: 'ScrapingCompleted', visited: 8, emails: 8 });
            const found = all.filter((e) => e.__typename === 'ScrapingEmailFound').map((e) => e.email.address);
            expect(new Set(found).size).to.equal(8, 'each address announced once across the restart');
            const { job } = await gqlData(product.url, 'query ($id: ID!) { job(id: $id) { status site { emails { address } } } }', { id: jobId });
            expect(job.status).to.equal('COMPLETED');
            expect(job.site.emails).to.have.length(8);
        }
        finally {
            await client.dispose();
        }
    });
});
//# sourceMappingURL=embedded-restart.test.js.map