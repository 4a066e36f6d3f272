/**
 * Hostile traffic against a running product (`npm start`, embedded): malformed graphql-ws
 * frames, oversized messages and bodies, and random GraphQL documents from a seeded generator.
 * The gateway must answer each with a clear refusal, stay up, and keep serving a client that
 * was following a live job the whole time.
 */
import { expect } from 'chai';
import net from 'node:net';
import WebSocket from 'ws';
import { serveFixtureSite, fixtureSitePath } from '../helpers/fixture-server.js';
import { collect, SCRAPING_SUBSCRIPTION, START_SCRAPING, within } from '../helpers/graphql.js';
import { startProcess } from '../helpers/processes.js';
import { closeOf, nextMessage, openRawSocket, postGraphql, rawDataText, socketClient } from '../helpers/security.js';
import { tempDir } from '../helpers/temp.js';
import { seededRandom } from '../helpers/seeded-random.js';
const TOKENS = [
    '{',
    '}',
    '(',
    ')',
    ':',
    '...',
    '@include(if: true)',
    '@skip(if: $v)',
    '$v',
    '!',
    '[',
    ']',
    '=',
    ',',
    '|',
    '&',
    'query',
    'mutation',
    'subscription',
    'fragment',
    'on',
    'F',
    'Job',
    'Query',
    'job',
    'jobs',
    'id',
    'status',
    'kind',
    'companies',
    'emails',
    'address',
    'site',
    'url',
    'edges',
    'node',
    'nodes',
    'scrapingEvents',
    'analysisEvents',
    'jobId',
    'afterSeq',
    'first',
    'after',
    'cancelJob',
    'seq',
    'at',
    '__typename',
    '__schema',
    '__type',
    'types',
    'fields',
    'ofType',
    'name',
    'true',
    'false',
    'null',
    '"x"',
    '"00000000-0000-4000-8000-000000000000"',
    '1',
    '-1',
    '2147483648',
    '1e309',
    '0x1F',
    '01',
    '"\\u0000"',
    '"\\uD800"',
    '"""block"""',
    '"unterminated',
    '#comment\n',
    '\u{1F600}',
    '\\',
    '\u0000',
    '\t',
    '\n',
];
/** One random GraphQL document of one of several hostile shapes. */
function randomDocument(random) {
    const pick = (items) => items[Math.floor(random() * items.length)];
    const count = (max) => 1 + Math.floor(random() * max);
    switch (Math.floor(random() * 6)) {
        case 0: // token soup
            return Array.from({ length: count(200) }, () => pick(TOKENS)).join(pick([' ', '', '\n']));
        case 1: {
            // deep nesting, valid field names
            const depth = count(4000);
            return `{ ${`${pick(['job(id: "x")', 'jobs', 'companies', 'a'])} { `.repeat(depth)}id${' }'.repeat(depth)} }`;
        }
        case 2: // a huge string literal
            return `{ job(id: "${'x'.repeat(count(900_000))}") { id } }`;
        case 3: // many aliases
            return `{ ${Array.from({ length: count(3000) }, (_, i) => `a${i}: ${pick(['__typename', 'jobs { totalCount }', 'job(id: "1") { id }'])}`).join(' ')} }`;
        case 4: // nearly valid: a real operation with random arguments
            return `${pick(['query', 'subscription', 'mutation', ''])} { ${pick(['job', 'jobs', 'scrapingEvents', 'cancelJob'])}(${pick(['id', 'jobId', 'first', 'after'])}: ${pick(TOKENS)}) { ${pick(['id', 'seq', 'totalCount', '__typename'])} } }`;
        default: // random bytes as text
            return Array.from({ length: count(500) }, () => String.fromCharCode(Math.floor(random() * 0xd7ff))).join('');
    }
}
/** Sends `frames` on a fresh socket and returns the close code the gateway chose. */
async function closeCodeAfter(url, frames, options = {}) {
    const opened = await openRawSocket(url);
    if (!('socket' in opened))
        throw new Error(`upgrade refused with ${opened.refusedStatus}`);
    const { socket } = opened;
    const closed = closeOf(socket);
    socket.on('error', () => undefined);
    if (options.init) {
        socket.send(JSON.stringify({ type: 'connection_init' }));
        expect(await nextMessage(socket)).to.deep.equal({ type: 'connection_ack' });
    }
    for (const frame of frames)
        socket.send(frame);
    const { code } = await within(closed, 10_000, 'the gateway to close the socket');
    return code;
}
describe('fuzzing the gateway (embedded process)', function () {
    this.timeout(90_000);
    const data = tempDir('pl-security-fuzz');
    let product;
    let url;
    let site;
    let victim;
    let victimEvents;
    let victimJobId;
    let eventsBeforeFuzz = 0;
    before(async () => {
        // An endless site answering slowly: the victim's crawl runs through the whole test.
        site = await serveFixtureSite(fixtureSitePath('acme'), {
            routes: {
                '/robots.txt': (_req, res) => res.writeHead(404).end(),
                '/*': (req, res) => {
                    const n = Number(/\/p\/(\d+)/.exec(req.url ?? '')?.[1] ?? 0);
                    setTimeout(() => {
                        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
                        const links = Array.from({ length: 10 }, (_, i) => `<a href="/p/${n * 10 + i + 1}">page ${n * 10 + i + 1}</a>`).join(' ');
                        res.end(`<!doctype html><title>Page ${n}</title><p>contact-${n}@acme-industries.fr</p>${links}`);
                    }, 150);
                },
            },
        });
        product = await startProcess('embedded', { PROSPECTLAB_DATA_DIR: data.path, PROSPECTLAB_ALLOW_PRIVATE_NETWORKS: '1', PROSPECTLAB_API_KEYS: '' });
        url = product.url;
        victimJobId = (await postGraphql(url, START_SCRAPING, { input: { url: site.url, maxPages: 1000, maxDepth: 10, maxDurationSeconds: 600, concurrency: 2, delayMs: 50 } })).body.data.startScraping.id;
        victim = socketClient(url);
        victimEvents = collect(victim, SCRAPING_SUBSCRIPTION, { jobId: victimJobId }, 'scrapingEvents');
        await victimEvents.waitFor((e) => e.__typename === 'ScrapingEmailFound', 30_000);
        eventsBeforeFuzz = victimEvents.events.length;
    });
    after(async () => {
        await victim?.dispose();
        const code = await product?.stop();
        await site?.close();
        data.remove();
        expect(code, `exit code; output:\n${product?.output()}`).to.equal(0);
    });
    describe('malformed graphql-ws frames close only the offending socket, with the protocol close code', () => {
        const init = JSON.stringify({ type: 'connection_init' });
        /** A subscription that stays live (the victim's job runs through the whole test). */
        const liveSubscribe = (id) => JSON.stringify({ id, type: 'subscribe', payload: { query: SCRAPING_SUBSCRIPTION, variables: { jobId: victimJobId } } });
        const cases = [
            ['invalid JSON', () => ['{"type":'], false, 4400],
            ['JSON that is not an object', () => ['42'], false, 4400],
            ['an unknown message type', () => [JSON.stringify({ type: 'drop_tables' })], false, 4400],
            ['a subscribe before connection_init', () => [JSON.stringify({ id: '1', type: 'subscribe', payload: { query: '{ __typename }' } })], false, 4401],
            ['a second connection_init', () => [init], true, 4429],
            ['a subscribe without payload', () => [JSON.stringify({ id: '1', type: 'subscribe' })], true, 4400],
            ['a subscribe with a numeric id', () => [JSON.stringify({ id: 1, type: 'subscribe', payload: { query: '{ __typename }' } })], true, 4400],
            ['a subscribe with a non-string query', () => [JSON.stringify({ id: '1', type: 'subscribe', payload: { query: { $gt: '' } } })], true, 4400],
            ['a reused id of a live subscription', () => [liveSubscribe('x'), liveSubscribe('x')], true, 4409],
            ['a binary frame of random bytes', () => [Buffer.from(Array.from({ length: 64 }, (_, i) => (i * 97) % 256))], false, 4400],
            ['a message larger than the 1 MiB limit', () => [JSON.stringify({ type: 'connection_init', payload: { blob: 'x'.repeat(1_100_000) } })], false, 1009],
            [
                '__proto__ keys in variables, then a complete without id',
                () => ['{"type":"subscribe","id":"p","payload":{"query":"{ __typename }","variables":{"__proto__":{"x":1}}}}', '{"type":"complete"}'],
                true,
                4400,
            ],
        ];
        for (const [name, frames, withInit, expected] of cases) {
            it(`${name} -> ${expected}`, async () => {
                expect(await closeCodeAfter(url, frames(), { init: withInit })).to.equal(expected);
            });
        }
        it('a connection that never sends connection_init is closed with 4408', async () => {
            expect(await closeCodeAfter(url, [])).to.equal(4408);
        });
        it('a wrong subprotocol is refused; raw garbage on the TCP port gets 400 Bad Request', async () => {
            const wrong = new WebSocket(`${url.replace(/^http/, 'ws')}/graphql`, 'graphql-ws');
            wrong.on('error', () => undefined);
            // ws aborts the handshake when the server picks no subprotocol (1006); graphql-ws would close 4406.
            expect((await closeOf(wrong)).code).to.be.oneOf([1002, 1006, 4406]);
            const answer = await new Promise((resolve) => {
                const socket = net.connect(Number(new URL(url).port), '127.0.0.1', () => socket.write('\u0000\u00ffGARBAGE / HTTP/9\r\n\r\n'));
                let text = '';
                socket.on('data', (chunk) => (text += chunk.toString('latin1')));
                socket.on('close', () => resolve(text));
                socket.on('error', () => resolve(text));
            });
            expect(answer).to.match(/^HTTP\/1\.1 400/);
        });
    });
    describe('oversized and malformed HTTP bodies', () => {
        it('refuses a 2 MB GraphQL body with 413 PAYLOAD_TOO_LARGE, declared or chunked', async () => {
            const body = JSON.stringify({ query: `{ job(id: "${'x'.repeat(2_000_000)}") { id } }` });
            const declared = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
            expect(declared.status).to.equal(413);
            expect(await declared.json()).to.deep.include({
                errors: [{ message: 'The request body is larger than 1048576 bytes', extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
            });
            const stream = new ReadableStream({
                start(controller) {
                    for (let i = 0; i < 40; i++)
                        controller.enqueue(new TextEncoder().encode('x'.repeat(64 * 1024)));
                    controller.close();
                },
            });
            const chunked = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: stream, duplex: 'half' });
            expect(chunked.status).to.equal(413);
        });
        it('refuses a 17 MB upload with 413 FILE_TOO_LARGE (default PROSPECTLAB_MAX_UPLOAD_MB=16)', async () => {
            const form = new FormData();
            form.append('file', new Blob([`name,website\n${'A,a.example\n'.repeat(1_500_000)}`], { type: 'text/csv' }), 'big.csv');
            const res = await fetch(`${url}/uploads`, { method: 'POST', body: form, headers: { 'apollo-require-preflight': '1' } });
            expect(res.status).to.equal(413);
            expect(await res.json()).to.include({ code: 'FILE_TOO_LARGE' });
        });
        const bodies = [
            ['invalid JSON', '{"query":', 400],
            ['a batch (array)', JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]), 400],
            ['a non-string query', JSON.stringify({ query: 42 }), 400],
            ['string variables', JSON.stringify({ query: 'query ($id: ID!) { job(id: $id) { id } }', variables: '{"id":"1"}' }), 400],
            ['a bogus persisted query', JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } }), 200],
            ['prototype pollution in variables', '{"query":"query ($id: ID!) { job(id: $id) { id } }","variables":{"__proto__":{"id":"1"}}}', 400],
        ];
        for (const [name, body, status] of bodies) {
            it(`answers ${name} with ${status} and a GraphQL error`, async () => {
                const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
                expect(res.status).to.equal(status);
                const json = (await res.json());
                expect(json.errors).to.be.an('array').that.is.not.empty;
            });
        }
    });
    describe('random GraphQL documents (seeded)', () => {
        it('answers 300 random documents over HTTP, never with a 5xx', async () => {
            const random = seededRandom(0x5eed);
            const statuses = new Map();
            for (let i = 0; i < 300; i++) {
                const query = randomDocument(random);
                const answer = await postGraphql(url, query);
                statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
                expect(answer.status, `document ${i}: ${JSON.stringify(query.slice(0, 200))}\n${answer.text.slice(0, 500)}`).to.be.below(500);
                if (answer.status !== 413)
                    expect(answer.body.errors ?? answer.body.data, `document ${i} answered JSON`).to.not.equal(undefined);
            }
            expect([...statuses.keys()].some((status) => status >= 400), 'most documents are refused').to.equal(true);
        });
        it('answers 300 random documents on one graphql-ws connection, which stays open', async () => {
            const random = seededRandom(0xfeed);
            const opened = await openRawSocket(url);
            if (!('socket' in opened))
                throw new Error('upgrade refused');
            const { socket } = opened;
            let closedWith = null;
            socket.on('close', (code) => (closedWith = code));
            socket.send(JSON.stringify({ type: 'connection_init' }));
            expect(await nextMessage(socket)).to.deep.equal({ type: 'connection_ack' });
            const ended = new Set();
            let waiting = null;
            socket.on('message', (raw) => {
                const message = JSON.parse(rawDataText(raw));
                if (message.id && (message.type === 'error' || message.type === 'complete')) {
                    ended.add(message.id);
                    waiting?.();
                }
            });
            for (let i = 0; i < 300; i++) {
                const query = randomDocument(random);
                if (Buffer.byteLength(query) > 1_000_000)
                    continue; // above maxPayload: covered by its own case
                const variables = random() < 0.3 ? { v: random() < 0.5 ? 'x'.repeat(1000) : [1, { a: null }] } : undefined;
                socket.send(JSON.stringify({ id: `q${i}`, type: 'subscribe', payload: { query, ...(variables ? { variables } : {}) } }));
                await within(new Promise((resolve) => {
                    if (ended.has(`q${i}`))
                        return resolve();
                    waiting = () => ended.has(`q${i}`) && resolve();
                }), 10_000, `an answer to document ${i}: ${JSON.stringify(query.slice(0, 200))}`);
                expect(closedWith, `socket closed after document ${i}`).to.equal(null);
            }
            socket.close();
        });
    });
    describe('afterwards', () => {
        it('the gateway is up and answers', async () => {
            expect((await fetch(`${url}/healthz`)).status).to.equal(200);
            expect((await postGraphql(url, '{ jobs { totalCount } }')).body.errors).to.equal(undefined);
            expect(product.child.exitCode).to.equal(null);
        });
        it('the client that was following a live job kept receiving its events, in order, to the end', async () => {
            await victimEvents.waitFor(() => victimEvents.events.length > eventsBeforeFuzz + 2, 30_000);
            await postGraphql(url, 'mutation ($id: ID!) { cancelJob(id: $id) { id } }', { id: victimJobId });
            await within(victimEvents.done, 30_000, 'the victim job to end');
            expect(victimEvents.errors).to.deep.equal([]);
            expect(victimEvents.events.map((e) => e.seq)).to.deep.equal(victimEvents.events.map((_, i) => i + 1));
            expect(victimEvents.events.at(-1)?.__typename).to.equal('ScrapingCancelled');
        });
    });
});
//# sourceMappingURL=security-fuzz.test.js.map