/**
 * The event path through a second gateway compared with the first, on PostgreSQL and a
 * private nats-server: the bench plays an actor (`ActorOutput`, JetStream) and times each
 * `ScrapingProgress` event from its send to its arrival at graphql-ws subscribers.
 *
 * Phase 1: one gateway, subscribers on it. Phase 2: a second gateway joins (both now apply
 * actor output), subscribers on both. Prints one JSON line.
 *
 *   npm run build && node dist/bench/gateways-latency.js
 *
 * Needs nats-server (NATS_SERVER_BIN) and PostgreSQL (PROSPECTLAB_TEST_DATABASE_URL, default
 * postgres://postgres@127.0.0.1:5432/test; a private schema is created and dropped).
 */
import { ActorOutput } from '../actors/actor-output.js';
import { NatsBus } from '../bus/nats-bus.js';
import { gqlData, SCRAPING_SUBSCRIPTION, wsClient } from '../test/helpers/graphql.js';
import { startNatsServer } from '../test/helpers/nats-server.js';
import { createTestSchema } from '../test/helpers/postgres.js';
import { startProcess } from '../test/helpers/processes.js';
import { tempDir } from '../test/helpers/temp.js';
const EVENTS = 200;
const INTERVAL_MS = 20;
const SUBSCRIBERS_PER_GATEWAY = 5;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function stats(latencies) {
    const sorted = [...latencies].sort((a, b) => a - b);
    const at = (p) => Math.round(10 * (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN)) / 10;
    return { deliveries: sorted.length, p50Ms: at(50), p95Ms: at(95), p99Ms: at(99) };
}
async function main() {
    const nats = await startNatsServer();
    const schema = await createTestSchema();
    const data = tempDir('pl-bench-gateways');
    const processes = [];
    // BENCH_SQLITE=1: the single-gateway phase on SQLite (the embedded store) as a baseline.
    const sqlite = process.env.BENCH_SQLITE === '1';
    // BENCH_PG_OPTIONS, e.g. "-c synchronous_commit=off": extra server settings for the gateways' sessions.
    const databaseUrl = new URL(schema.url);
    if (process.env.BENCH_PG_OPTIONS)
        databaseUrl.searchParams.set('options', `${databaseUrl.searchParams.get('options')} ${process.env.BENCH_PG_OPTIONS}`);
    const env = { NATS_URL: nats.url, PROSPECTLAB_DATA_DIR: data.path, ...(sqlite ? {} : { PROSPECTLAB_DATABASE_URL: databaseUrl.toString() }) };
    try {
        const first = await startProcess('gateway', env);
        processes.push(first);
        const { startScraping } = await gqlData(first.url, 'mutation ($input: StartScrapingInput!) { startScraping(input: $input) { id } }', { input: { url: 'https://bench.invalid/', maxPages: 1000 } });
        const jobId = startScraping.id;
        const bus = await NatsBus.connect({ servers: nats.url, name: 'prospectlab-bench-actor' });
        const out = new ActorOutput({ bus, jobId });
        await out.send({ type: 'scrape.started', url: 'https://bench.invalid/' });
        let phase = 0;
        const measure = async (gatewayUrls) => {
            phase++;
            const base = phase * 1_000_000;
            const sentAt = new Map();
            const latencies = gatewayUrls.map(() => []);
            const warm = new Set();
            const clients = gatewayUrls.flatMap((url, g) => Array.from({ length: SUBSCRIBERS_PER_GATEWAY }, (_, s) => {
                const client = wsClient(url);
                client.subscribe({ query: SCRAPING_SUBSCRIPTION, variables: { jobId } }, {
                    next: (value) => {
                        const event = value.data?.scrapingEvents;
                        const tag = event?.visited;
                        if (event?.__typename !== 'ScrapingProgress' || tag === undefined || tag < base)
                            return;
                        if (tag < base + 100_000)
                            warm.add(`${g}:${s}`);
                        const sent = sentAt.get(tag);
                        if (sent !== undefined)
                            latencies[g].push(performance.now() - sent);
                    },
                    error: () => undefined,
                    complete: () => undefined,
                });
                return client;
            }));
            const send = (tag) => out.send({ type: 'scrape.progress', visited: tag, emails: 0, elapsedSeconds: 0, currentUrl: 'https://bench.invalid/' });
            for (let i = 0; warm.size < clients.length; i++) {
                if (i > 1000)
                    throw new Error('subscribers never went live');
                await send(base + i);
                await sleep(20);
            }
            for (let i = 0; i < EVENTS; i++) {
                const tag = base + 100_000 + i;
                sentAt.set(tag, performance.now());
                void send(tag);
                await sleep(INTERVAL_MS);
            }
            const deadline = Date.now() + 30_000;
            while (latencies.some((l) => l.length < EVENTS * SUBSCRIBERS_PER_GATEWAY) && Date.now() < deadline)
                await sleep(20);
            await out.flush();
            await Promise.all(clients.map(async (c) => {
                await c.dispose();
            }));
            return Object.fromEntries(latencies.map((l, g) => [`gateway${g + 1}`, stats(l)]));
        };
        const oneGateway = await measure([first.url]);
        let twoGateways = {};
        if (!sqlite) {
            const second = await startProcess('gateway', env);
            processes.push(second);
            twoGateways = await measure([first.url, second.url]);
        }
        await bus.close();
        for (const p of processes) {
            const problems = p
                .output()
                .split('\n')
                .filter((line) => /warn|error|fail/i.test(line));
            if (problems.length)
                console.error(`gateway ${p.child.pid}: ${problems.slice(0, 5).join(' | ')}`);
        }
        console.log(JSON.stringify({
            store: sqlite ? 'sqlite' : 'postgres',
            pgOptions: process.env.BENCH_PG_OPTIONS ?? null,
            eventsPerPhase: EVENTS,
            intervalMs: INTERVAL_MS,
            subscribersPerGateway: SUBSCRIBERS_PER_GATEWAY,
            oneGateway,
            twoGateways,
        }));
    }
    finally {
        await Promise.all(processes.map((p) => p.stop()));
        await schema.drop();
        await nats.stop();
        data.remove();
    }
}
await main();
//# sourceMappingURL=gateways-latency.js.map