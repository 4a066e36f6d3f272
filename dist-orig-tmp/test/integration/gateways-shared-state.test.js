/**
 * Two gateway processes on one PostgreSQL schema (and the shared NATS server under a prefix of
 * this run's own): an upload made on one is analysed from the other, and a key's job allowance
 * and mutation rate are one budget across both gateways.
 */
import { expect } from 'chai';
import { randomBytes } from 'node:crypto';
import { connect } from 'nats';
import { createTestSchema } from '../helpers/postgres.js';
import { startProcess } from '../helpers/processes.js';
import { bearer, postGraphql } from '../helpers/security.js';
import { tempDir } from '../helpers/temp.js';
import { START_ANALYSIS } from './analysis-flow.js';
const KEY = 'pl-test-key-0123456789abcdef0123';
const NATS_URL = process.env.NATS_TEST_URL ?? 'nats://127.0.0.1:4222';
const PREFIX = `t${randomBytes(4).toString('hex')}`;
const START_SCRAPING = 'mutation ($input: StartScrapingInput!) { startScraping(input: $input) { id } }';
describe('gateways sharing one PostgreSQL store: uploads, job allowances and rate limits', function () {
    this.timeout(120_000);
    let schema;
    const gateways = [];
    const data = tempDir('pl-shared-state');
    before(async () => {
        schema = await createTestSchema();
        const env = {
            NATS_URL,
            PROSPECTLAB_NATS_PREFIX: PREFIX, // this run's own streams on the shared server
            PROSPECTLAB_DATABASE_URL: schema.url,
            PROSPECTLAB_DATA_DIR: data.path,
            PROSPECTLAB_API_KEYS: KEY,
            PROSPECTLAB_MAX_JOBS_PER_KEY: '1',
            PROSPECTLAB_MUTATIONS_PER_MINUTE: '3',
        };
        gateways.push(await startProcess('gateway', env), await startProcess('gateway', env));
    });
    after(async () => {
        await Promise.all(gateways.map((g) => g.stop()));
        await schema?.drop();
        data.remove();
        const nc = await connect({ servers: NATS_URL });
        try {
            const jsm = await nc.jetstreamManager();
            for (const stream of await jsm.streams.names().next()) {
                if (stream.startsWith(`${PREFIX.toUpperCase()}_`))
                    await jsm.streams.delete(stream);
            }
        }
        finally {
            await nc.close();
        }
    });
    it("an upload on one gateway starts an analysis on the other; the key's allowance and rate are shared", async () => {
        const [one, two] = gateways.map((g) => g.url);
        const form = new FormData();
        form.append('file', new Blob(['name,website\nAcme,https://acme.example/\n'], { type: 'text/csv' }), 'companies.csv');
        const uploaded = await fetch(`${one}/uploads`, { method: 'POST', body: form, headers: { ...bearer(KEY), 'apollo-require-preflight': '1' } });
        expect(uploaded.status).to.equal(201);
        const { uploadId } = (await uploaded.json());
        const started = await postGraphql(two, START_ANALYSIS, { input: { uploadId } }, bearer(KEY));
        expect(started.body.errors, 'the upload made on gateway 1 is found by gateway 2').to.equal(undefined);
        expect(started.body.data?.startAnalysis).to.include({ kind: 'ANALYSIS' });
        const second = await postGraphql(one, START_SCRAPING, { input: { url: 'https://acme.example/' } }, bearer(KEY));
        expect(second.body.errors?.[0]?.extensions, 'the job running from gateway 2 counts on gateway 1').to.include({ code: 'TOO_MANY_JOBS', maxActiveJobs: 1 });
        // Upload, startAnalysis and the refused startScraping spent the 3 tokens of this minute.
        const limited = await postGraphql(two, START_SCRAPING, { input: { url: 'https://acme.example/' } }, bearer(KEY));
        expect(limited.status).to.equal(429);
        expect(limited.body.errors?.[0]?.extensions?.code).to.equal('RATE_LIMITED');
    });
});
//# sourceMappingURL=gateways-shared-state.test.js.map