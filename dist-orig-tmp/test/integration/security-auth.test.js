/**
 * API keys end to end, as an operator configures them: `npm start` (embedded process) with
 * PROSPECTLAB_API_KEYS, PROSPECTLAB_API_KEYS_FILE, NODE_ENV=production and every limit set
 * through its environment variable. Jobs run against a local site that never answers (one actor
 * slot), so they stay active until cancelled.
 */
import { expect } from 'chai';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveFixtureSite, fixtureSitePath } from '../helpers/fixture-server.js';
import { SCRAPING_SUBSCRIPTION, START_SCRAPING, collect } from '../helpers/graphql.js';
import { startProcess } from '../helpers/processes.js';
import { bearer, postGraphql, runOnce, socketClient } from '../helpers/security.js';
import { tempDir } from '../helpers/temp.js';
const KEY_A = 'pl_auth_key_A_00000000000000';
const KEY_B = 'pl_auth_key_B_00000000000000';
const KEY_RATE = 'pl_auth_key_rate_000000000000';
const KEY_JOBS = 'pl_auth_key_jobs_000000000000';
const KEY_FROM_FILE = 'pl_auth_key_file_000000000000';
const JOB_QUERY = 'query ($id: ID!) { job(id: $id) { id status } }';
const CANCEL = 'mutation ($id: ID!) { cancelJob(id: $id) { id status } }';
const START_ANALYSIS = 'mutation ($input: StartAnalysisInput!) { startAnalysis(input: $input) { id status } }';
const UNKNOWN_JOB = '00000000-0000-4000-8000-000000000000';
function csv(rows) {
    const lines = ['name,website', ...Array.from({ length: rows }, (_, i) => `Company ${i},company-${i}.example`)];
    return new Blob([`${lines.join('\n')}\n`], { type: 'text/csv' });
}
async function upload(url, file, headers) {
    const form = new FormData();
    form.append('file', file, 'companies.csv');
    const res = await fetch(`${url}/uploads`, { method: 'POST', body: form, headers: { 'apollo-require-preflight': '1', ...headers } });
    return { status: res.status, body: (await res.json()) };
}
describe('API keys and limits, configured by environment (embedded process, NODE_ENV=production)', function () {
    this.timeout(60_000);
    const data = tempDir('pl-security-auth');
    let product;
    let url;
    let site;
    before(async () => {
        // Every page of this site hangs: a job started on it stays RUNNING (or QUEUED behind it) until cancelled.
        site = await serveFixtureSite(fixtureSitePath('acme'), { routes: { '/*': () => undefined } });
        const keysFile = join(data.path, 'api-keys');
        writeFileSync(keysFile, `# partners\n${KEY_FROM_FILE}\n`);
        product = await startProcess('embedded', {
            NODE_ENV: 'production',
            PROSPECTLAB_DATA_DIR: join(data.path, 'store'),
            PROSPECTLAB_API_KEYS: [KEY_A, KEY_B, KEY_RATE, KEY_JOBS].join(','),
            PROSPECTLAB_API_KEYS_FILE: keysFile,
            PROSPECTLAB_ALLOW_PRIVATE_NETWORKS: '1',
            PROSPECTLAB_ACTOR_CONCURRENCY: '1',
            PROSPECTLAB_PAGE_TIMEOUT_MS: '120000',
            PROSPECTLAB_MUTATIONS_PER_MINUTE: '6',
            PROSPECTLAB_MAX_JOBS_PER_KEY: '2',
            PROSPECTLAB_MAX_QUERY_DEPTH: '4',
            PROSPECTLAB_MAX_QUERY_COMPLEXITY: '300',
            PROSPECTLAB_MAX_SUBSCRIPTIONS_PER_CONNECTION: '2',
            PROSPECTLAB_MAX_PAGES_PER_JOB: '100',
            PROSPECTLAB_MAX_UPLOAD_MB: '1',
            PROSPECTLAB_MAX_UPLOAD_ROWS: '5',
            PROSPECTLAB_INTROSPECTION: '',
            PROSPECTLAB_PLAYGROUND: '',
            PROSPECTLAB_CORS_ORIGINS: '',
        });
        url = product.url;
    });
    after(async () => {
        const code = await product?.stop();
        await site?.close();
        data.remove();
        expect(code, `exit code; output:\n${product?.output()}`).to.equal(0);
    });
    it('says at start that keys are required, and never prints a key', () => {
        expect(product.output()).to.contain('Security: API keys required (5 configured)');
        for (const key of [KEY_A, KEY_B, KEY_FROM_FILE])
            expect(product.output()).to.not.contain(key);
    });
    describe('without a valid key, nothing but 401', () => {
        const attempts = [
            [
                'a query',
                () => fetch(`${url}/graphql`, {
                    method: 'POST',
                    headers: { 'content-type': 'application/json' },
                    body: JSON.stringify({ query: '{ jobs { totalCount } }' }),
                }),
            ],
            [
                'a mutation',
                () => fetch(`${url}/graphql`, {
                    method: 'POST',
                    headers: { 'content-type': 'application/json' },
                    body: JSON.stringify({ query: START_SCRAPING, variables: { input: { url: site.url } } }),
                }),
            ],
            ['a GET query', () => fetch(`${url}/graphql?query=${encodeURIComponent('{ jobs { totalCount } }')}`, { headers: { 'apollo-require-preflight': '1' } })],
            [
                'an upload',
                () => {
                    const form = new FormData();
                    form.append('file', csv(2), 'c.csv');
                    return fetch(`${url}/uploads`, { method: 'POST', body: form, headers: { 'apollo-require-preflight': '1' } });
                },
            ],
            ['an export', () => fetch(`${url}/jobs/${UNKNOWN_JOB}/export.csv`)],
            ['a path under /jobs', () => fetch(`${url}/jobs/anything`)],
        ];
        for (const [name, send] of attempts) {
            it(`refuses ${name} without a key`, async () => {
                const res = await send();
                expect(res.status).to.equal(401);
                expect(res.headers.get('www-authenticate')).to.equal('Bearer realm="ProspectLab"');
                const text = await res.text();
                expect(text).to.contain('UNAUTHENTICATED').and.not.contain('"data"');
            });
        }
        for (const [name, authorization] of [
            ['a wrong key', `Bearer ${KEY_A}x`],
            ['a truncated key', `Bearer ${KEY_A.slice(0, -1)}`],
            ['the key without the Bearer scheme', KEY_A],
            ['Basic authentication', `Basic ${Buffer.from(`user:${KEY_A}`).toString('base64')}`],
        ]) {
            it(`refuses ${name} with 401 invalid_token`, async () => {
                const answer = await postGraphql(url, '{ jobs { totalCount } }', {}, { authorization });
                expect(answer.status).to.equal(401);
                expect(answer.headers.get('www-authenticate')).to.equal('Bearer realm="ProspectLab", error="invalid_token"');
                expect(answer.body).to.deep.equal({
                    errors: [{ message: 'Missing or invalid API key: send "Authorization: Bearer <key>"', extensions: { code: 'UNAUTHENTICATED' } }],
                });
            });
        }
        it('keeps /healthz, /readyz and the web client public', async () => {
            expect((await fetch(`${url}/healthz`)).status).to.equal(200);
            expect(await (await fetch(`${url}/readyz`)).json()).to.deep.equal({ status: 'ready', checks: { bus: true, store: true, browser: true } });
            const page = await fetch(`${url}/`);
            await page.body?.cancel();
            expect(page.status).to.not.equal(401);
        });
        for (const [name, params] of [
            ['no connectionParams', undefined],
            ['a wrong apiKey', { apiKey: `${KEY_A}x` }],
            ['a key without Bearer', { authorization: KEY_A }],
        ]) {
            it(`closes a graphql-ws connection with ${name} with 4403 Forbidden`, async () => {
                const client = socketClient(url, params);
                try {
                    const outcome = await runOnce(client, '{ __typename }');
                    expect(outcome.results).to.deep.equal([]);
                    expect(outcome.closeCode).to.equal(4403);
                    expect(outcome.closeReason).to.equal('Forbidden');
                }
                finally {
                    await client.dispose();
                }
            });
        }
        it('accepts the key as apiKey or as authorization: Bearer in connectionParams, and keys from the keys file', async () => {
            for (const params of [{ apiKey: KEY_A }, { authorization: `Bearer ${KEY_B}` }, { apiKey: KEY_FROM_FILE }]) {
                const client = socketClient(url, params);
                try {
                    expect((await runOnce(client, '{ __typename }')).results, JSON.stringify(params)).to.deep.equal([{ data: { __typename: 'Query' } }]);
                }
                finally {
                    await client.dispose();
                }
            }
            expect((await postGraphql(url, '{ jobs { totalCount } }', {}, bearer(KEY_FROM_FILE))).status).to.equal(200);
        });
    });
    describe("one key cannot reach another key's jobs", () => {
        let scrapeId;
        let analysisId;
        before(async () => {
            scrapeId = (await postGraphql(url, START_SCRAPING, { input: { url: site.url, maxDurationSeconds: 600 } }, bearer(KEY_A))).body.data.startScraping.id;
            analysisId = (await postGraphql(url, START_ANALYSIS, { input: { companies: [{ name: 'Hanging Ltd', website: site.url }] } }, bearer(KEY_A))).body.data
                .startAnalysis.id;
        });
        it("B reads null for A's job and does not see it in the list; A does", async () => {
            expect((await postGraphql(url, JOB_QUERY, { id: scrapeId }, bearer(KEY_B))).body).to.deep.equal({ data: { job: null } });
            expect((await postGraphql(url, '{ jobs { totalCount } }', {}, bearer(KEY_B))).body.data.jobs.totalCount).to.equal(0);
            expect((await postGraphql(url, JOB_QUERY, { id: scrapeId }, bearer(KEY_A))).body.data.job.id).to.equal(scrapeId);
            expect((await postGraphql(url, '{ jobs { totalCount } }', {}, bearer(KEY_A))).body.data.jobs.totalCount).to.equal(2);
        });
        it("B gets JOB_NOT_FOUND subscribing to A's job, while A receives its events", async () => {
            const b = socketClient(url, { apiKey: KEY_B });
            const a = socketClient(url, { apiKey: KEY_A });
            try {
                const refused = await runOnce(b, SCRAPING_SUBSCRIPTION, { jobId: scrapeId });
                const errors = refused.errors ?? refused.results[0]?.errors;
                expect(errors?.[0]?.extensions?.code).to.equal('JOB_NOT_FOUND');
                const mine = collect(a, SCRAPING_SUBSCRIPTION, { jobId: scrapeId }, 'scrapingEvents');
                await mine.waitFor((e) => e.__typename === 'ScrapingStarted', 30_000);
                expect(mine.errors).to.deep.equal([]);
                mine.stop();
            }
            finally {
                await a.dispose();
                await b.dispose();
            }
        });
        it("B gets 404 exporting A's analysis; A gets the file", async () => {
            const theirs = await fetch(`${url}/jobs/${analysisId}/export.csv`, { headers: bearer(KEY_B) });
            expect(theirs.status).to.equal(404);
            expect(await theirs.json()).to.include({ code: 'JOB_NOT_FOUND' });
            const mine = await fetch(`${url}/jobs/${analysisId}/export.csv`, { headers: bearer(KEY_A) });
            expect(mine.status).to.equal(200);
            expect(await mine.text()).to.contain('Hanging Ltd');
        });
        it("B cannot use A's upload", async () => {
            const uploaded = await upload(url, csv(2), bearer(KEY_A));
            expect(uploaded.status).to.equal(201);
            const answer = await postGraphql(url, START_ANALYSIS, { input: { uploadId: uploaded.body.uploadId } }, bearer(KEY_B));
            expect(answer.body.errors?.[0]?.extensions?.code).to.equal('UPLOAD_NOT_FOUND');
        });
        it("B gets JOB_NOT_FOUND cancelling A's job, which keeps running; A cancels it", async () => {
            const theirs = await postGraphql(url, CANCEL, { id: scrapeId }, bearer(KEY_B));
            expect(theirs.body.errors?.[0]?.extensions?.code).to.equal('JOB_NOT_FOUND');
            expect((await postGraphql(url, JOB_QUERY, { id: scrapeId }, bearer(KEY_A))).body.data.job.status).to.equal('RUNNING');
            for (const id of [scrapeId, analysisId]) {
                expect((await postGraphql(url, CANCEL, { id }, bearer(KEY_A))).body.data.cancelJob.status).to.equal('CANCELLED');
            }
        });
    });
    describe('limits from the environment', () => {
        it('PROSPECTLAB_MUTATIONS_PER_MINUTE: the 7th mutation of a minute is RATE_LIMITED (429)', async () => {
            for (let i = 0; i < 6; i++) {
                const answer = await postGraphql(url, CANCEL, { id: UNKNOWN_JOB }, bearer(KEY_RATE));
                expect(answer.body.errors?.[0]?.extensions?.code, `mutation ${i + 1}`).to.equal('JOB_NOT_FOUND');
            }
            const limited = await postGraphql(url, CANCEL, { id: UNKNOWN_JOB }, bearer(KEY_RATE));
            expect(limited.status).to.equal(429);
            expect(limited.body.errors?.[0]?.extensions?.code).to.equal('RATE_LIMITED');
            expect(limited.body.errors?.[0]?.extensions?.retryAfterSeconds).to.be.within(1, 10);
        });
        it('PROSPECTLAB_MAX_JOBS_PER_KEY: a third active job is TOO_MANY_JOBS until one is cancelled', async () => {
            const start = () => postGraphql(url, START_SCRAPING, { input: { url: site.url } }, bearer(KEY_JOBS));
            const first = (await start()).body.data.startScraping.id;
            expect((await start()).body.data?.startScraping.status).to.be.oneOf(['QUEUED', 'RUNNING']);
            expect((await start()).body.errors?.[0]?.extensions).to.deep.equal({ code: 'TOO_MANY_JOBS', maxActiveJobs: 2 });
            await postGraphql(url, CANCEL, { id: first }, bearer(KEY_JOBS));
            const again = await start();
            expect(again.body.data?.startScraping.status).to.be.oneOf(['QUEUED', 'RUNNING']);
        });
        it('PROSPECTLAB_MAX_QUERY_DEPTH: a 5-deep query is QUERY_TOO_DEEP on HTTP and graphql-ws', async () => {
            const deep = '{ jobs { edges { node { site { url } } } } }';
            const answer = await postGraphql(url, deep, {}, bearer(KEY_B));
            expect(answer.status).to.equal(400);
            expect(answer.body.errors?.[0]?.extensions).to.include({ code: 'QUERY_TOO_DEEP', depth: 5, maxDepth: 4 });
            const client = socketClient(url, { apiKey: KEY_B });
            try {
                expect((await runOnce(client, deep)).errors?.[0]?.extensions).to.include({ code: 'QUERY_TOO_DEEP', maxDepth: 4 });
            }
            finally {
                await client.dispose();
            }
        });
        it('PROSPECTLAB_MAX_QUERY_COMPLEXITY: three heavy aliases are QUERY_TOO_COMPLEX on HTTP and graphql-ws', async () => {
            const heavy = (alias) => `${alias}: job(id: "${UNKNOWN_JOB}") { companies { name website emails { address } } }`;
            const query = `{ ${heavy('a')} ${heavy('b')} ${heavy('c')} }`;
            const answer = await postGraphql(url, query, {}, bearer(KEY_B));
            expect(answer.body.errors?.[0]?.extensions).to.include({ code: 'QUERY_TOO_COMPLEX', complexity: 396, maxComplexity: 300 });
            const client = socketClient(url, { apiKey: KEY_B });
            try {
                expect((await runOnce(client, query)).errors?.[0]?.extensions?.code).to.equal('QUERY_TOO_COMPLEX');
            }
            finally {
                await client.dispose();
            }
        });
        it('PROSPECTLAB_MAX_SUBSCRIPTIONS_PER_CONNECTION: a third live subscription on one connection is TOO_MANY_SUBSCRIPTIONS', async () => {
            const jobId = (await postGraphql(url, START_SCRAPING, { input: { url: site.url } }, bearer(KEY_FROM_FILE))).body.data.startScraping.id;
            const client = socketClient(url, { apiKey: KEY_FROM_FILE });
            try {
                for (let i = 0; i < 2; i++) {
                    client.subscribe({ query: SCRAPING_SUBSCRIPTION, variables: { jobId } }, { next: () => undefined, error: () => undefined, complete: () => undefined });
                }
                const refused = await runOnce(client, SCRAPING_SUBSCRIPTION, { jobId });
                expect(refused.errors?.[0]?.extensions).to.deep.equal({ code: 'TOO_MANY_SUBSCRIPTIONS', maxSubscriptions: 2 });
            }
            finally {
                await client.dispose();
                await postGraphql(url, CANCEL, { id: jobId }, bearer(KEY_FROM_FILE));
            }
        });
        it('PROSPECTLAB_MAX_PAGES_PER_JOB: maxPages above the cap is BAD_USER_INPUT', async () => {
            const answer = await postGraphql(url, START_SCRAPING, { input: { url: site.url, maxPages: 101 } }, bearer(KEY_FROM_FILE));
            expect(answer.body.errors?.[0]?.extensions).to.include({ code: 'BAD_USER_INPUT', field: 'maxPages' });
        });
        it('PROSPECTLAB_MAX_UPLOAD_MB: a larger file is 413 FILE_TOO_LARGE', async () => {
            const big = new Blob([`name,website\n${'Big Company,big.example\n'.repeat(70_000)}`], { type: 'text/csv' });
            expect(big.size).to.be.greaterThan(1024 * 1024);
            const answer = await upload(url, big, bearer(KEY_FROM_FILE));
            expect(answer.status).to.equal(413);
            expect(answer.body).to.include({ code: 'FILE_TOO_LARGE' });
        });
        it('PROSPECTLAB_MAX_UPLOAD_ROWS: more rows are 413 TOO_MANY_ROWS', async () => {
            const answer = await upload(url, csv(6), bearer(KEY_FROM_FILE));
            expect(answer.status).to.equal(413);
            expect(answer.body).to.include({ code: 'TOO_MANY_ROWS' });
        });
    });
    describe('production mode (NODE_ENV=production)', () => {
        it('refuses introspection on HTTP and graphql-ws', async () => {
            const answer = await postGraphql(url, '{ __schema { queryType { name } } }', {}, bearer(KEY_B));
            expect(answer.body.errors?.[0]?.extensions?.code).to.equal('GRAPHQL_VALIDATION_FAILED');
            const client = socketClient(url, { apiKey: KEY_B });
            try {
                expect((await runOnce(client, '{ __schema { queryType { name } } }')).errors?.[0]?.message).to.match(/introspection/i);
            }
            finally {
                await client.dispose();
            }
        });
        it('does not serve the playground', async () => {
            const res = await fetch(`${url}/graphiql`);
            await res.body?.cancel();
            expect(res.status).to.equal(404);
        });
        it('sends no stack trace or server path with errors', async () => {
            for (const query of ['{ job(id: 1 }', '{ nope }', `{ job(id: "${UNKNOWN_JOB}") { companies { nope } } }`]) {
                const answer = await postGraphql(url, query, {}, bearer(KEY_B));
                expect(answer.body.errors?.length, query).to.be.greaterThan(0);
                expect(answer.text, query).to.not.match(/stacktrace|node_modules|\/work\/|\.js:\d+/);
            }
        });
    });
});
//# sourceMappingURL=security-auth.test.js.map