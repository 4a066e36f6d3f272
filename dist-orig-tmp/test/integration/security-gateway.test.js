/**
 * The gateway's abuse limits, CORS, CSRF prevention and production hardening, on real HTTP and
 * graphql-ws connections to gateways started in this process over the embedded bus. No actor
 * service runs, so jobs stay queued: job counts are exact.
 */
import { expect } from 'chai';
import http from 'node:http';
import { EmbeddedBus } from '../../bus/embedded-bus.js';
import { startGateway } from '../../gateway/gateway.js';
import { SCRAPING_SUBSCRIPTION, START_SCRAPING } from '../helpers/graphql.js';
import { bearer, closeOf, nextMessage, openRawSocket, postGraphql, runOnce, socketClient } from '../helpers/security.js';
import { tempDir } from '../helpers/temp.js';
const KEY_JOBS = 'pl_test_jobs_key_0000000000';
const KEY_RATE = 'pl_test_rate_key_0000000000';
const KEY_RACE = 'pl_test_race_key_0000000000';
const KEY_OTHER = 'pl_test_other_key_000000000';
const CRM_ORIGIN = 'https://crm.example.com';
/** Six levels: deeper than the limit of 5 these tests use, and a real path of the schema. */
const SIX_DEEP = '{ jobs { edges { node { companies { emails { address } } } } } }';
/** 132 by the estimator: two aliases exceed the limit of 200. */
const HEAVY_JOB = 'job(id: "00000000-0000-4000-8000-000000000000") { companies { name website emails { address } } }';
const TOO_COMPLEX = `{ a: ${HEAVY_JOB} b: ${HEAVY_JOB} }`;
const TOO_MANY_TOKENS = `{ ${Array.from({ length: 200 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
const START_SCRAPING_INLINE = 'mutation { startScraping(input: { url: "https://www.acme-industries.example/" }) { id } }';
const CANCEL_UNKNOWN = 'mutation { cancelJob(id: "00000000-0000-4000-8000-000000000000") { id } }';
async function start(security) {
    const data = tempDir('pl-security-gateway');
    const bus = new EmbeddedBus();
    const gateway = await startGateway({ bus, port: 0, dataDir: data.path, security, warn: () => undefined });
    return { gateway, bus, data };
}
async function stop(started) {
    if (!started)
        return;
    await started.gateway.close();
    await started.bus.close();
    started.data.remove();
}
/** GET with a forged Host header (fetch cannot set one), as a DNS-rebinding page would send. */
function getWithHost(url, path, host) {
    return new Promise((resolve, reject) => {
        const request = http.get(new URL(path, url), { headers: { host } }, (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
        });
        request.on('error', reject);
    });
}
async function startScraping(url, headers = {}, input = {}) {
    return postGraphql(url, START_SCRAPING, { input: { url: 'https://www.acme-industries.example/', ...input } }, headers);
}
describe('gateway security limits (in-process gateway, open mode, development)', function () {
    this.timeout(30_000);
    let started;
    let url;
    before(async () => {
        started = await start({
            maxQueryDepth: 5,
            maxQueryComplexity: 200,
            maxQueryTokens: 300,
            maxSubscriptionsPerConnection: 2,
            maxPagesPerJob: 100,
            corsOrigins: [CRM_ORIGIN],
            production: false,
        });
        url = started.gateway.url;
    });
    after(() => stop(started));
    describe('query depth, complexity and size on HTTP', () => {
        it('refuses a query nested deeper than the limit with 400 QUERY_TOO_DEEP', async () => {
            const answer = await postGraphql(url, SIX_DEEP);
            expect(answer.status).to.equal(400);
            expect(answer.body.errors?.[0]?.extensions).to.include({ code: 'QUERY_TOO_DEEP', depth: 6, maxDepth: 5 });
            expect(answer.body.data).to.equal(undefined);
        });
        it('refuses a query above the estimated cost with 400 QUERY_TOO_COMPLEX', async () => {
            const answer = await postGraphql(url, TOO_COMPLEX);
            expect(answer.status).to.equal(400);
            expect(answer.body.errors?.[0]?.extensions).to.include({ code: 'QUERY_TOO_COMPLEX', complexity: 264, maxComplexity: 200 });
        });
        it('refuses a document with too many tokens before validating it (GRAPHQL_PARSE_FAILED)', async () => {
            const answer = await postGraphql(url, TOO_MANY_TOKENS);
            expect(answer.status).to.equal(400);
            expect(answer.body.errors?.[0]?.extensions?.code).to.equal('GRAPHQL_PARSE_FAILED');
            expect(answer.body.errors?.[0]?.message).to.match(/more th[ae]t? 300 tokens/);
        });
        it('answers queries within the limits', async () => {
            const answer = await postGraphql(url, `{ one: ${HEAVY_JOB} jobs(first: 10) { totalCount nodes { id } } }`);
            expect(answer.status).to.equal(200);
            expect(answer.body.data).to.deep.equal({ one: null, jobs: { totalCount: 0, nodes: [] } });
        });
        it('answers introspection in development', async () => {
            const answer = await postGraphql(url, '{ __schema { queryType { name } } }');
            expect(answer.body.data).to.deep.equal({ __schema: { queryType: { name: 'Query' } } });
        });
    });
    describe('the same limits on graphql-ws (checked in onSubscribe)', () => {
        const refusals = [
            ['too deep', SIX_DEEP, 'QUERY_TOO_DEEP'],
            ['too complex', TOO_COMPLEX, 'QUERY_TOO_COMPLEX'],
            ['too many tokens', TOO_MANY_TOKENS, 'GRAPHQL_PARSE_FAILED'],
            ['invalid', '{ noSuchField }', 'GRAPHQL_VALIDATION_FAILED'],
            ['ambiguous (two operations, no operationName)', `query A { __typename } query B { __typename }`, 'BAD_REQUEST'],
        ];
        for (const [name, query, code] of refusals) {
            it(`refuses an operation that is ${name} with ${code} and keeps the connection`, async () => {
                const client = socketClient(url);
                try {
                    const refused = await runOnce(client, query);
                    expect(refused.closeCode, 'the socket stays open').to.equal(null);
                    expect(refused.errors?.[0]?.extensions?.code).to.equal(code);
                    const after = await runOnce(client, '{ __typename }');
                    expect(after.results).to.deep.equal([{ data: { __typename: 'Query' } }]);
                }
                finally {
                    await client.dispose();
                }
            });
        }
    });
    describe('subscriptions per connection', () => {
        it('refuses the operation beyond the limit with TOO_MANY_SUBSCRIPTIONS, and accepts again once one completes', async () => {
            const jobId = (await startScraping(url)).body.data.startScraping.id;
            const client = socketClient(url);
            try {
                const events = [];
                const subscribe = () => client.subscribe({ query: SCRAPING_SUBSCRIPTION, variables: { jobId } }, { next: (e) => void events.push(e), error: () => undefined, complete: () => undefined });
                const first = subscribe();
                subscribe();
                const refused = await runOnce(client, SCRAPING_SUBSCRIPTION, { jobId });
                expect(refused.errors?.[0]?.extensions).to.deep.equal({ code: 'TOO_MANY_SUBSCRIPTIONS', maxSubscriptions: 2 });
                first();
                const accepted = await runOnce(client, '{ __typename }');
                expect(accepted.errors).to.equal(null);
                expect(accepted.results).to.have.length(1);
            }
            finally {
                await client.dispose();
            }
        });
        it('counts per connection: another connection has its own allowance', async () => {
            const jobId = (await startScraping(url)).body.data.startScraping.id;
            const a = socketClient(url);
            const b = socketClient(url);
            try {
                for (let i = 0; i < 2; i++)
                    a.subscribe({ query: SCRAPING_SUBSCRIPTION, variables: { jobId } }, { next: () => undefined, error: () => undefined, complete: () => undefined });
                expect((await runOnce(a, '{ __typename }')).errors?.[0]?.extensions?.code).to.equal('TOO_MANY_SUBSCRIPTIONS');
                expect((await runOnce(b, '{ __typename }')).errors).to.equal(null);
            }
            finally {
                await a.dispose();
                await b.dispose();
            }
        });
    });
    describe('pages per job (PROSPECTLAB_MAX_PAGES_PER_JOB)', () => {
        it('refuses maxPages above the cap with BAD_USER_INPUT naming the field', async () => {
            const answer = await startScraping(url, {}, { maxPages: 101 });
            expect(answer.body.errors?.[0]?.extensions).to.include({ code: 'BAD_USER_INPUT', field: 'maxPages' });
            expect(answer.body.errors?.[0]?.message).to.equal('maxPages must be at most 100 on this server (got 101)');
        });
        it('accepts maxPages at the cap, and the default', async () => {
            expect((await startScraping(url, {}, { maxPages: 100 })).body.data?.startScraping.status).to.equal('QUEUED');
            expect((await startScraping(url)).body.data?.startScraping.status).to.equal('QUEUED');
        });
        it('refuses an analysis whose maxPagesPerSite is above the cap', async () => {
            const answer = await postGraphql(url, 'mutation ($input: StartAnalysisInput!) { startAnalysis(input: $input) { id } }', {
                input: { companies: [{ name: 'Acme', website: 'https://acme-industries.example' }], options: { maxPagesPerSite: 150 } },
            });
            expect(answer.body.errors?.[0]?.extensions).to.include({ code: 'BAD_USER_INPUT', field: 'options.maxPagesPerSite' });
        });
    });
    describe('CSRF prevention (Apollo) stays on', () => {
        const forged = [
            [
                'a text/plain POST (what a <form enctype=text/plain> sends)',
                { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify({ query: START_SCRAPING_INLINE }) },
            ],
            [
                'a form-encoded POST',
                { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `query=${encodeURIComponent(START_SCRAPING_INLINE)}` },
            ],
            [
                'a multipart POST',
                {
                    method: 'POST',
                    headers: { 'content-type': 'multipart/form-data; boundary=x' },
                    body: `--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n${START_SCRAPING_INLINE}\r\n--x--\r\n`,
                },
            ],
        ];
        for (const [name, init] of forged) {
            it(`refuses ${name} and starts nothing`, async () => {
                const before = await jobCount(url);
                const res = await fetch(`${url}/graphql`, init);
                expect(res.status).to.equal(400);
                expect(await res.text()).to.match(/Cross-Site Request Forgery/);
                expect(await jobCount(url)).to.equal(before);
            });
        }
        it('refuses a simple GET query without a preflight header', async () => {
            const res = await fetch(`${url}/graphql?query=${encodeURIComponent('{ jobs { totalCount } }')}`);
            expect(res.status).to.equal(400);
            expect(await res.text()).to.match(/Cross-Site Request Forgery/);
        });
        it('refuses a mutation sent by GET even with the preflight header', async () => {
            const before = await jobCount(url);
            const res = await fetch(`${url}/graphql?query=${encodeURIComponent(START_SCRAPING_INLINE)}`, { headers: { 'apollo-require-preflight': 'true' } });
            expect(res.status).to.equal(405);
            expect(await jobCount(url)).to.equal(before);
        });
    });
    describe('CORS (PROSPECTLAB_CORS_ORIGINS)', () => {
        const preflight = (origin) => fetch(`${url}/graphql`, {
            method: 'OPTIONS',
            headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
        });
        it('answers the preflight of a listed origin', async () => {
            const res = await preflight(CRM_ORIGIN);
            expect(res.status).to.equal(204);
            expect(res.headers.get('access-control-allow-origin')).to.equal(CRM_ORIGIN);
            expect(res.headers.get('access-control-allow-headers')).to.contain('authorization');
            expect(res.headers.get('access-control-allow-credentials')).to.equal(null);
        });
        it('refuses the preflight of another origin, without CORS headers', async () => {
            const res = await preflight('https://evil.example');
            expect(res.status).to.equal(403);
            expect(res.headers.get('access-control-allow-origin')).to.equal(null);
        });
        it('marks answers readable by a listed origin only', async () => {
            const listed = await postGraphql(url, '{ __typename }', {}, { origin: CRM_ORIGIN });
            expect(listed.headers.get('access-control-allow-origin')).to.equal(CRM_ORIGIN);
            expect(listed.headers.get('vary')).to.contain('Origin');
            const other = await postGraphql(url, '{ __typename }', {}, { origin: 'https://evil.example' });
            expect(other.headers.get('access-control-allow-origin')).to.equal(null);
        });
        it('serves same-origin pages without CORS headers', async () => {
            const same = await postGraphql(url, '{ __typename }', {}, { origin: url });
            expect(same.status).to.equal(200);
            expect(same.headers.get('access-control-allow-origin')).to.equal(null);
        });
        it('refuses WebSocket upgrades from other origins (cross-site WebSocket hijacking), allows listed, same-origin and non-browser clients', async () => {
            expect(await openRawSocket(url, { origin: 'https://evil.example' })).to.deep.equal({ refusedStatus: 403 });
            for (const headers of [{ origin: CRM_ORIGIN }, { origin: url }, {}]) {
                const opened = await openRawSocket(url, headers);
                expect(opened, JSON.stringify(headers)).to.have.property('socket');
                if ('socket' in opened)
                    opened.socket.close();
            }
        });
    });
    it('refuses requests and WebSocket upgrades addressed to another host name (DNS rebinding of a local gateway)', async () => {
        expect(await getWithHost(url, '/graphql?query=%7B__typename%7D', 'attacker.example:4000')).to.equal(403);
        expect(await getWithHost(url, '/', 'attacker.example')).to.equal(403);
        expect(await getWithHost(url, '/healthz', `localhost:${new URL(url).port}`)).to.equal(200);
        expect(await openRawSocket(url, { host: 'attacker.example', origin: 'http://attacker.example' })).to.deep.equal({ refusedStatus: 403 });
    });
    it('leaves /graphiql to the web client in development', async () => {
        const res = await fetch(`${url}/graphiql`);
        await res.body?.cancel();
        expect(res.status).to.not.equal(404);
    });
});
describe('gateway security with API keys, in production (in-process gateway)', function () {
    this.timeout(30_000);
    let started;
    let url;
    before(async () => {
        started = await start({
            apiKeys: [KEY_JOBS, KEY_RATE, KEY_RACE, KEY_OTHER],
            mutationsPerMinute: 5,
            maxActiveJobsPerKey: 2,
            production: true,
        });
        url = started.gateway.url;
    });
    after(() => stop(started));
    describe('jobs per key', () => {
        it('refuses a third queued job with TOO_MANY_JOBS, and admits one again after a cancel', async () => {
            const key = bearer(KEY_JOBS);
            const first = await startScraping(url, key);
            expect((await startScraping(url, key)).body.data?.startScraping.status).to.equal('QUEUED');
            const refused = await startScraping(url, key);
            expect(refused.body.errors?.[0]?.extensions).to.deep.equal({ code: 'TOO_MANY_JOBS', maxActiveJobs: 2 });
            expect(refused.body.data).to.equal(null);
            await postGraphql(url, 'mutation ($id: ID!) { cancelJob(id: $id) { status } }', { id: first.body.data.startScraping.id }, key);
            expect((await startScraping(url, key)).body.data?.startScraping.status).to.equal('QUEUED');
        });
        it('admits exactly the allowance when many starts race', async () => {
            const answers = await Promise.all(Array.from({ length: 5 }, () => startScraping(url, bearer(KEY_RACE))));
            const codes = answers.map((a) => (a.body.data?.startScraping ? 'STARTED' : a.body.errors?.[0]?.extensions?.code)).sort();
            expect(codes).to.deep.equal(['STARTED', 'STARTED', 'TOO_MANY_JOBS', 'TOO_MANY_JOBS', 'TOO_MANY_JOBS']);
        });
    });
    describe('mutations per key per minute', () => {
        it('answers 429 RATE_LIMITED with Retry-After once the allowance is spent, on HTTP and graphql-ws', async () => {
            for (let i = 0; i < 5; i++) {
                const answer = await postGraphql(url, CANCEL_UNKNOWN, {}, bearer(KEY_RATE));
                expect(answer.body.errors?.[0]?.extensions?.code, `mutation ${i + 1}`).to.equal('JOB_NOT_FOUND');
            }
            const limited = await postGraphql(url, CANCEL_UNKNOWN, {}, bearer(KEY_RATE));
            expect(limited.status).to.equal(429);
            const retryAfter = Number(limited.headers.get('retry-after'));
            expect(retryAfter).to.be.within(1, 12);
            expect(limited.body.errors?.[0]?.extensions).to.deep.equal({ code: 'RATE_LIMITED', retryAfterSeconds: retryAfter });
            const client = socketClient(url, { apiKey: KEY_RATE });
            try {
                const overSocket = await runOnce(client, CANCEL_UNKNOWN);
                expect(overSocket.errors?.[0]?.extensions?.code).to.equal('RATE_LIMITED');
                expect((await runOnce(client, '{ jobs { totalCount } }')).results[0]?.data, 'queries are not limited').to.deep.equal({ jobs: { totalCount: 0 } });
            }
            finally {
                await client.dispose();
            }
            const upload = new FormData();
            upload.append('file', new Blob(['name,website\nAcme,acme.example\n'], { type: 'text/csv' }), 'c.csv');
            const uploadAnswer = await fetch(`${url}/uploads`, { method: 'POST', body: upload, headers: { ...bearer(KEY_RATE), 'apollo-require-preflight': '1' } });
            expect(uploadAnswer.status).to.equal(429);
            expect(await uploadAnswer.json()).to.include({ code: 'RATE_LIMITED' });
        });
        it('keeps other keys unaffected', async () => {
            expect((await postGraphql(url, CANCEL_UNKNOWN, {}, bearer(KEY_OTHER))).body.errors?.[0]?.extensions?.code).to.equal('JOB_NOT_FOUND');
        });
    });
    describe('production switches', () => {
        it('refuses introspection on HTTP and graphql-ws', async () => {
            const answer = await postGraphql(url, '{ __schema { types { name } } }', {}, bearer(KEY_JOBS));
            expect(answer.status).to.equal(400);
            expect(answer.body.errors?.[0]?.extensions?.code).to.equal('GRAPHQL_VALIDATION_FAILED');
            expect(answer.body.errors?.[0]?.message).to.match(/introspection/i);
            const client = socketClient(url, { apiKey: KEY_JOBS });
            try {
                const overSocket = await runOnce(client, '{ __type(name: "Job") { name } }');
                expect(overSocket.errors?.[0]?.extensions?.code).to.equal('GRAPHQL_VALIDATION_FAILED');
                expect(overSocket.errors?.[0]?.message).to.match(/introspection/i);
            }
            finally {
                await client.dispose();
            }
        });
        it('serves any host name once API keys are on (the key is what protects it)', async () => {
            expect(await getWithHost(url, '/healthz', 'prospectlab.example.com')).to.equal(200);
        });
        it('does not serve the playground', async () => {
            for (const path of ['/graphiql', '/graphiql/', '/graphiql.html']) {
                const res = await fetch(`${url}${path}`);
                await res.body?.cancel();
                expect(res.status, path).to.equal(404);
            }
        });
        it('sends no stack trace with client errors', async () => {
            const answer = await postGraphql(url, '{ job(id: 1, extra: 2) { id } }', {}, bearer(KEY_JOBS));
            expect(answer.text).to.not.match(/stacktrace|node_modules|\.js:\d+/);
        });
        it('masks an internal failure (store closed under the gateway) on HTTP and graphql-ws', async () => {
            const client = socketClient(url, { apiKey: KEY_JOBS });
            try {
                expect((await runOnce(client, '{ __typename }')).results).to.have.length(1); // connected before the failure
                await started.gateway.jobs.store.close();
                const answer = await postGraphql(url, '{ jobs { totalCount } }', {}, bearer(KEY_JOBS));
                expect(answer.body.errors).to.deep.equal([{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' }, path: ['jobs'] }]);
                expect(answer.text).to.not.match(/database|sqlite|stacktrace|\/tmp|node_modules/i);
                const overSocket = await runOnce(client, SCRAPING_SUBSCRIPTION, { jobId: '00000000-0000-4000-8000-000000000000' });
                const errors = overSocket.errors ?? overSocket.results[0]?.errors;
                expect(errors).to.deep.equal([{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' }, path: ['scrapingEvents'] }]);
            }
            finally {
                await client.dispose();
            }
        });
    });
});
describe('malformed graphql-ws traffic (in-process gateway)', function () {
    this.timeout(30_000);
    let started;
    before(async () => {
        started = await start({ apiKeys: [KEY_JOBS], production: true });
    });
    after(() => stop(started));
    it('closes 4401 when a subscribe comes before connection_init, 4400 on invalid JSON', async () => {
        const opened = await openRawSocket(started.gateway.url);
        if (!('socket' in opened))
            throw new Error('upgrade refused');
        const closed = closeOf(opened.socket);
        opened.socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: '{ __typename }' } }));
        expect((await closed).code).to.equal(4401);
        const second = await openRawSocket(started.gateway.url);
        if (!('socket' in second))
            throw new Error('upgrade refused');
        const closedAgain = closeOf(second.socket);
        second.socket.send('{not json');
        expect((await closedAgain).code).to.equal(4400);
    });
    it('closes 4403 Forbidden on a wrong key and acknowledges the right one', async () => {
        const wrong = await openRawSocket(started.gateway.url);
        if (!('socket' in wrong))
            throw new Error('upgrade refused');
        const closed = closeOf(wrong.socket);
        wrong.socket.send(JSON.stringify({ type: 'connection_init', payload: { apiKey: `${KEY_JOBS}x` } }));
        expect(await closed).to.deep.equal({ code: 4403, reason: 'Forbidden' });
        const right = await openRawSocket(started.gateway.url);
        if (!('socket' in right))
            throw new Error('upgrade refused');
        right.socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${KEY_JOBS}` } }));
        expect(await nextMessage(right.socket)).to.deep.equal({ type: 'connection_ack' });
        right.socket.close();
    });
});
async function jobCount(url) {
    return (await postGraphql(url, '{ jobs { totalCount } }')).body.data.jobs.totalCount;
}
//# sourceMappingURL=security-gateway.test.js.map