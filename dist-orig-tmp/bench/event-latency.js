/**
 * The event path, measured end to end on a running gateway: the bench plays an actor and sends
 * actor messages (`scrape.email`, each with a numbered address) on the bus the way actors do
 * (`ActorOutput`, JetStream), and times their arrival as `ScrapingEmailFound` events at N
 * graphql-ws subscribers. E-mails rather than progress: the gateway coalesces a burst of
 * progress messages (the newest supersedes the rest), so progress would under-count deliveries. Baselines
 * measured in the same run: N raw NATS subscribers on the core subject the gateway republishes
 * events on (same events, without graphql-ws), and N raw NATS subscribers on the actor's own
 * subject (the bus alone).
 *
 * At the most subscribers, latency and throughput are measured {@link EventPathOptions.repeats}
 * times, each graphql-ws run next to a raw NATS run, and the ratios reported are the medians of
 * those paired runs (`npm run bench`, or alone: `node dist/bench/event-latency.js`).
 */
import { connect } from 'nats';
import { ActorOutput } from '../actors/actor-output.js';
import { NatsBus } from '../bus/nats-bus.js';
import { subjects } from '../schema/subjects.js';
import { benchGatewayEnv } from './bench-gateway.js';
import { gqlData, SCRAPING_SUBSCRIPTION, wsClient } from '../test/helpers/graphql.js';
export function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    if (!sorted.length)
        return Number.NaN;
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
/** Bench e-mail addresses are `t<tag>@bench.example`. */
const TAG_PREFIX = 't';
const WARM_UP_TAG_OFFSET = 0;
const MEASURED_TAG_OFFSET = 100_000;
const DELIVERY_WAIT_MS = 30_000;
function percentile(sorted, p) {
    if (sorted.length === 0)
        return Number.NaN;
    return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}
function sleep(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
}
/** Runs the whole event-path measurement against a running gateway with no actor running. */
export async function measureEventPath(options) {
    const counts = options.subscriberCounts ?? [1, 10, 100];
    const eventsPerMeasurement = options.eventsPerMeasurement ?? 200;
    const intervalMs = options.intervalMs ?? 10;
    const { startScraping } = await gqlData(options.gatewayUrl, 'mutation ($input: StartScrapingInput!) { startScraping(input: $input) { id } }', { input: { url: options.jobUrl, maxPages: 1000 } });
    const jobId = startScraping.id;
    const bus = await NatsBus.connect({ servers: options.natsUrl, name: 'prospectlab-bench-actor' });
    const out = new ActorOutput({ bus, jobId });
    let phase = 0;
    /** The last event seq the gateway published, so new subscribers skip the replay. */
    let lastSeq = 0;
    const probe = wsClient(options.gatewayUrl);
    const probeStop = probe.subscribe({ query: SCRAPING_SUBSCRIPTION, variables: { jobId } }, {
        next: (value) => {
            const event = value.data?.scrapingEvents;
            if (event)
                lastSeq = Math.max(lastSeq, event.seq);
        },
        error: () => undefined,
        complete: () => undefined,
    });
    const send = (tag) => out.send({ type: 'scrape.email', email: { address: `${TAG_PREFIX}${tag}@bench.example`, pageUrl: options.jobUrl, context: '' } });
    try {
        await out.send({ type: 'scrape.started', url: options.jobUrl });
        while (lastSeq === 0)
            await sleep(20);
        const measure = async (subscribers, open) => {
            phase += 1;
            const base = phase * 1_000_000;
            const sentAt = new Map();
            const latencies = [];
            const warmedUp = new Set();
            let received = 0;
            const set = open(subscribers, (subscriber, visited, receivedAt) => {
                if (visited < base || visited >= base + 1_000_000)
                    return;
                if (visited - base < MEASURED_TAG_OFFSET) {
                    warmedUp.add(subscriber);
                    return;
                }
                const at = sentAt.get(visited);
                if (at === undefined)
                    return;
                latencies.push(receivedAt - at);
                received += 1;
            });
            try {
                await set.ready;
                // Warm up until every subscriber gets events: the subscriptions are then live.
                for (let i = 0; warmedUp.size < subscribers; i += 1) {
                    if (i > 500)
                        throw new Error(`only ${warmedUp.size} of ${subscribers} subscribers received events`);
                    await send(base + WARM_UP_TAG_OFFSET + i);
                    await sleep(20);
                }
                for (let i = 0; i < eventsPerMeasurement; i += 1) {
                    const tag = base + MEASURED_TAG_OFFSET + i;
                    sentAt.set(tag, performance.now());
                    void send(tag);
                    await sleep(intervalMs);
                }
                const expected = eventsPerMeasurement * subscribers;
                const deadline = Date.now() + DELIVERY_WAIT_MS;
                while (received < expected && Date.now() < deadline)
                    await sleep(20);
                await out.flush();
                latencies.sort((a, b) => a - b);
                return {
                    subscribers,
                    events: eventsPerMeasurement,
                    deliveries: latencies.length,
                    missing: expected - latencies.length,
                    p50Ms: percentile(latencies, 50),
                    p99Ms: percentile(latencies, 99),
                    maxMs: latencies.at(-1) ?? Number.NaN,
                };
            }
            finally {
                await set.close();
            }
        };
        const throughput = async (subscribers, events, open) => {
            phase += 1;
            const base = phase * 1_000_000;
            const warmedUp = new Set();
            let received = 0;
            let firstSend = 0;
            let lastReceipt = 0;
            const set = open(subscribers, (subscriber, visited, receivedAt) => {
                if (visited < base || visited >= base + 1_000_000)
                    return;
                if (visited - base < MEASURED_TAG_OFFSET) {
                    warmedUp.add(subscriber);
                    return;
                }
                received += 1;
                lastReceipt = receivedAt;
            });
            try {
                await set.ready;
                for (let i = 0; warmedUp.size < subscribers; i += 1) {
                    if (i > 500)
                        throw new Error(`only ${warmedUp.size} of ${subscribers} subscribers received events`);
                    await send(base + i);
                    await sleep(20);
                }
                firstSend = performance.now();
                for (let i = 0; i < events; i += 1)
                    void send(base + MEASURED_TAG_OFFSET + i);
                const deadline = Date.now() + DELIVERY_WAIT_MS * 2;
                while (received < events * subscribers && Date.now() < deadline)
                    await sleep(20);
                await out.flush();
                const seconds = (lastReceipt - firstSend) / 1000;
                return { subscribers, events, eventsPerSecond: received / subscribers / seconds };
            }
            finally {
                await set.close();
            }
        };
        const graphqlWs = (count, onEvent) => graphqlSubscribers(options.gatewayUrl, jobId, lastSeq, count, onEvent);
        const natsEvents = (count, onEvent) => natsSubscribers(options.natsUrl, subjects.jobEvents(jobId), count, onEvent);
        const natsActor = (count, onEvent) => natsSubscribers(options.natsUrl, subjects.actorOutput(jobId), count, onEvent);
        const result = { graphqlWs: [], natsEvents: [], natsActor: [] };
        for (const count of counts) {
            options.log?.(`latency, ${count} subscribers`);
            result.graphqlWs.push(await measure(count, graphqlWs));
            result.natsEvents.push(await measure(count, natsEvents));
            result.natsActor.push(await measure(count, natsActor));
        }
        const most = Math.max(...counts);
        const throughputEvents = options.throughputEvents ?? 1000;
        const runs = [];
        const repeats = options.repeats ?? 5;
        for (let run = 0; run < repeats; run += 1) {
            options.log?.(`paired run ${run + 1} of ${repeats}, ${most} subscribers`);
            const ws = { latency: await measure(most, graphqlWs), throughput: await throughput(most, throughputEvents, graphqlWs) };
            const raw = { latency: await measure(most, natsEvents), throughput: await throughput(most, throughputEvents, natsEvents) };
            runs.push({
                graphqlWs: ws,
                natsEvents: raw,
                p99Ratio: ws.latency.p99Ms / raw.latency.p99Ms,
                throughputRatio: ws.throughput.eventsPerSecond / raw.throughput.eventsPerSecond,
            });
        }
        const medianThroughputRatio = median(runs.map((r) => r.throughputRatio));
        const middle = runs.find((r) => r.throughputRatio === medianThroughputRatio) ??
            [...runs].sort((a, b) => a.throughputRatio - b.throughputRatio)[Math.floor(runs.length / 2)];
        return {
            ...result,
            throughput: { graphqlWs: middle.graphqlWs.throughput, natsEvents: middle.natsEvents.throughput },
            repeated: { subscribers: most, runs, medianP99Ratio: median(runs.map((r) => r.p99Ratio)), medianThroughputRatio },
        };
    }
    finally {
        probeStop();
        await probe.dispose();
        await out.flush();
        await gqlData(options.gatewayUrl, 'mutation ($id: ID!) { cancelJob(id: $id) { id } }', { id: jobId }).catch(() => undefined);
        await bus.close();
    }
}
/** N graphql-ws clients, each with one `scrapingEvents` subscription starting after `afterSeq`. */
function graphqlSubscribers(gatewayUrl, jobId, afterSeq, count, onEvent) {
    const clients = Array.from({ length: count }, () => wsClient(gatewayUrl));
    const stops = clients.map((client, subscriber) => client.subscribe({ query: SCRAPING_SUBSCRIPTION, variables: { jobId, afterSeq } }, {
        next: (value) => {
            const receivedAt = performance.now();
            const event = value.data?.scrapingEvents;
            const tag = tagOf(event?.email?.address);
            if (tag !== undefined)
                onEvent(subscriber, tag, receivedAt);
        },
        error: () => undefined,
        complete: () => undefined,
    }));
    return {
        ready: Promise.resolve(),
        async close() {
            for (const stop of stops)
                stop();
            await Promise.all(clients.map(async (client) => {
                await client.dispose();
            }));
        },
    };
}
/** The number a bench e-mail address carries (`t<number>@…`), if it is one. */
function tagOf(address) {
    if (address?.startsWith(TAG_PREFIX) !== true)
        return undefined;
    const tag = Number.parseInt(address.slice(TAG_PREFIX.length), 10);
    return Number.isInteger(tag) ? tag : undefined;
}
/** N raw NATS connections, each subscribed to `subject` (JSON payloads with an `email.address` field). */
function natsSubscribers(natsUrl, subject, count, onEvent) {
    const connections = [];
    const ready = (async () => {
        for (let subscriber = 0; subscriber < count; subscriber += 1) {
            const nc = await connect({ servers: natsUrl, name: `prospectlab-bench-raw-${subscriber}` });
            connections.push(nc);
            nc.subscribe(subject, {
                callback: (error, msg) => {
                    if (error)
                        return;
                    const receivedAt = performance.now();
                    const payload = JSON.parse(new TextDecoder().decode(msg.data));
                    const tag = tagOf(payload.email?.address);
                    if (tag !== undefined)
                        onEvent(subscriber, tag, receivedAt);
                },
            });
            await nc.flush();
        }
    })();
    return {
        ready,
        async close() {
            await ready.catch(() => undefined);
            await Promise.all(connections.map((nc) => nc.close()));
        },
    };
}
function markdownTable(header, rows) {
    return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}
/** The paired runs at the most subscribers, one row each, and the median ratios (the targets: throughput ≥ 0.8×, p99 ≤ 1.5×). */
export function repeatedRunsText(repeated) {
    const rows = repeated.runs.map((run, index) => [
        String(index + 1),
        run.graphqlWs.throughput.eventsPerSecond.toFixed(0),
        run.natsEvents.throughput.eventsPerSecond.toFixed(0),
        `${run.throughputRatio.toFixed(2)}×`,
        run.graphqlWs.latency.p99Ms.toFixed(1),
        run.natsEvents.latency.p99Ms.toFixed(1),
        `${run.p99Ratio.toFixed(2)}×`,
        String(run.graphqlWs.latency.missing + run.natsEvents.latency.missing),
    ]);
    return (`${markdownTable([
        'run',
        'graphql-ws events/s per subscriber',
        'raw NATS events/s per subscriber',
        'throughput ÷ raw',
        'graphql-ws p99 (ms)',
        'raw NATS p99 (ms)',
        'p99 ÷ raw',
        'missing deliveries',
    ], rows)}\n\n` +
        `median of ${repeated.runs.length} paired runs at ${repeated.subscribers} subscribers: throughput ${repeated.medianThroughputRatio.toFixed(2)}× raw NATS (target ≥ 0.8×), ` +
        `p99 ${repeated.medianP99Ratio.toFixed(2)}× raw NATS (target ≤ 1.5×)`);
}
/** `node dist/bench/event-latency.js [--repeats N]`: the event path alone, on a private NATS and a gateway process from dist/. */
async function main() {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const { startNatsServer } = await import('../test/helpers/nats-server.js');
    const { startProcess } = await import('../test/helpers/processes.js');
    const repeatsAt = process.argv.indexOf('--repeats');
    const repeats = repeatsAt === -1 ? 5 : Number(process.argv[repeatsAt + 1]);
    if (!Number.isInteger(repeats) || repeats < 1)
        throw new RangeError('--repeats must be a positive integer');
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'prospectlab-bench-events-'));
    const nats = await startNatsServer();
    const log = (message) => void process.stderr.write(`[event path] ${message}\n`);
    let gateway;
    try {
        gateway = await startProcess('gateway', benchGatewayEnv(nats.url, dataDir));
        const result = await measureEventPath({
            gatewayUrl: gateway.url,
            natsUrl: nats.url,
            jobUrl: 'http://127.0.0.1:9/',
            eventsPerMeasurement: 100,
            intervalMs: 25,
            repeats,
            log,
        });
        const { eventTable } = await import('./report.js');
        process.stdout.write(`\n${os.availableParallelism()} CPUs (${os.cpus()[0]?.model ?? 'unknown'}), load ${os.loadavg()[0].toFixed(2)}, Node ${process.version}\n\n${eventTable(result)}\n\n${repeatedRunsText(result.repeated)}\n`);
    }
    finally {
        await gateway?.stop();
        await nats.stop();
        rmSync(dataDir, { recursive: true, force: true });
    }
}
const { pathToFileURL } = await import('node:url');
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
    main().catch((error) => {
        process.stderr.write(`[event path] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
        process.exitCode = 1;
    });
}
//# sourceMappingURL=event-latency.js.map