/**
 * The live view during a scrape, in distributed mode (a private nats-server, gateway and actor
 * processes from dist/): a scraping job crawls one generated site while N graphql-ws clients
 * watch its events. For each event, the delay from the actor's `at` stamp to its receipt by
 * every graphql-ws subscriber is compared with the delay from the same `at` to the receipt of
 * the actor's own publication on `pl.actor.<jobId>` by a raw NATS subscriber in this process:
 * what the gateway (ingest, store, republish, fan-out, graphql-ws) adds to the bus alone. The
 * gateway's republication, received raw, splits that between the ingest and the fan-out.
 * Every subscriber's sequence is checked for gaps.
 *
 * `npm run bench` runs it as its own section; alone: `node dist/bench/live-view-latency.js`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { connect } from 'nats';
import { subjects } from '../schema/subjects.js';
import { gqlData, SCRAPING_SUBSCRIPTION, wsClient } from '../test/helpers/graphql.js';
import { startNatsServer } from '../test/helpers/nats-server.js';
import { startProcess } from '../test/helpers/processes.js';
import { benchGatewayEnv } from './bench-gateway.js';
import { median } from './event-latency.js';
import { startSiteHost } from './site-host.js';
function stats(delays) {
    delays.sort((a, b) => a - b);
    const at = (p) => delays[Math.min(delays.length - 1, Math.floor((p / 100) * delays.length))] ?? Number.NaN;
    return { deliveries: delays.length, p50Ms: at(50), p99Ms: at(99), maxMs: delays.at(-1) ?? Number.NaN };
}
/** Subscribes `connection` to `subject` and reports, per JSON message with an `at`, how long after it the message arrived. */
function recordDelays(connection, subject, onDelay) {
    const decoder = new TextDecoder();
    connection.subscribe(subject, {
        callback: (error, msg) => {
            if (error)
                return;
            const receivedAt = Date.now();
            const message = JSON.parse(decoder.decode(msg.data));
            if (typeof message.at === 'string')
                onDelay(receivedAt - Date.parse(message.at));
        },
    });
}
const TERMINAL = new Set(['ScrapingCompleted', 'ScrapingFailed', 'ScrapingCancelled']);
/** Runs one scrape with the live view measured, on its own NATS, gateway, actor process and site. */
export async function measureLiveView(options = {}) {
    const log = options.log ?? (() => undefined);
    const count = options.subscribers ?? 100;
    const pages = options.pages ?? 500;
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'prospectlab-bench-live-'));
    let host;
    let nats;
    const processes = [];
    try {
        // The scrape bench's site: every fifth page writes its address by script (bench/scrape-site.ts).
        host = await startSiteHost({ scrapeSite: { pages } });
        nats = await startNatsServer();
        const env = { NATS_URL: nats.url, PROSPECTLAB_ALLOW_PRIVATE_NETWORKS: '1' };
        const gateway = await startProcess('gateway', benchGatewayEnv(nats.url, dataDir));
        processes.push(gateway);
        const gatewayUrl = gateway.url;
        // The job's id is needed to listen: its work waits on the bus until the actor process,
        // started once every listener is set, takes it.
        const { startScraping } = await gqlData(gatewayUrl, 'mutation ($input: StartScrapingInput!) { startScraping(input: $input) { id } }', { input: { url: host.urls[0], maxPages: pages, maxDepth: 10, concurrency: options.concurrency ?? 5, delayMs: 0, maxDurationSeconds: 600 } });
        const jobId = startScraping.id;
        log(`scrape of ${pages} pages, ${count} graphql-ws subscribers and a raw NATS subscriber of ${subjects.actorOutput(jobId)}`);
        const rawDelays = [];
        let actorMessages = 0;
        const nc = await connect({ servers: nats.url, name: 'prospectlab-bench-live-raw' });
        recordDelays(nc, subjects.actorOutput(jobId), (delayMs) => {
            actorMessages += 1;
            rawDelays.push(delayMs);
        });
        const republishedDelays = [];
        recordDelays(nc, subjects.jobEvents(jobId), (delayMs) => republishedDelays.push(delayMs));
        await nc.flush();
        // The same fan-out on the bus alone: as many raw NATS connections as graphql-ws subscribers,
        // each receiving the actor's own publication (the receiving side costs this process the same).
        const fanOutDelays = [];
        const fanOut = [];
        for (let index = 0; index < count; index += 1) {
            const connection = await connect({ servers: nats.url, name: `prospectlab-bench-live-raw-${index}` });
            fanOut.push(connection);
            recordDelays(connection, subjects.actorOutput(jobId), (delayMs) => fanOutDelays.push(delayMs));
            await connection.flush();
        }
        const wsDelays = [];
        const seqsBySubscriber = Array.from({ length: count }, () => []);
        const terminal = Array.from({ length: count }, () => false);
        const clients = Array.from({ length: count }, () => wsClient(gatewayUrl));
        let resolveAll;
        const allDone = new Promise((resolve) => (resolveAll = resolve));
        let done = 0;
        const stops = clients.map((client, index) => client.subscribe({ query: SCRAPING_SUBSCRIPTION, variables: { jobId } }, {
            next: (value) => {
                const receivedAt = Date.now();
                const event = value.data?.scrapingEvents;
                if (!event)
                    return;
                seqsBySubscriber[index].push(event.seq);
                wsDelays.push(receivedAt - Date.parse(event.at));
                if (TERMINAL.has(event.__typename))
                    terminal[index] = true;
            },
            error: () => {
                if (++done === count)
                    resolveAll();
            },
            complete: () => {
                if (++done === count)
                    resolveAll();
            },
        }));
        processes.push(await startProcess('actors', env));
        const startedAt = Date.now();
        const timeoutMs = options.timeoutMs ?? 180_000;
        let timer;
        try {
            await Promise.race([
                allDone,
                new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`the scrape did not end within ${timeoutMs} ms`)), timeoutMs))),
            ]);
        }
        finally {
            clearTimeout(timer);
            for (const stop of stops)
                stop();
            await Promise.all(clients.map(async (client) => {
                await client.dispose();
            }));
            await nc.close();
            await Promise.all(fanOut.map((connection) => connection.close()));
        }
        const seconds = (Date.now() - startedAt) / 1000;
        const subscribersWithGaps = seqsBySubscriber.filter((seqs, index) => !terminal[index] || seqs.some((seq, i) => seq !== i + 1)).length;
        const rawNats = stats(rawDelays);
        const graphqlWs = stats(wsDelays);
        const rawNatsFanOut = stats(fanOutDelays);
        return {
            pages,
            subscribers: count,
            seconds,
            actorMessages,
            events: seqsBySubscriber[0].length,
            rawNats,
            rawNatsRepublished: stats(republishedDelays),
            graphqlWs,
            p50Ratio: graphqlWs.p50Ms / Math.max(1, rawNats.p50Ms),
            p99Ratio: graphqlWs.p99Ms / Math.max(1, rawNats.p99Ms),
            rawNatsFanOut,
            fanOutP50Ratio: graphqlWs.p50Ms / Math.max(1, rawNatsFanOut.p50Ms),
            fanOutP99Ratio: graphqlWs.p99Ms / Math.max(1, rawNatsFanOut.p99Ms),
            subscribersWithGaps,
        };
    }
    finally {
        for (const child of processes.reverse())
            await child.stop();
        await nats?.stop();
        await host?.close();
        rmSync(dataDir, { recursive: true, force: true });
    }
}
/** The result as a Markdown table and a line with the ratios. */
export function liveViewText(result) {
    const row = (label, s) => `| ${label} | ${s.deliveries} | ${s.p50Ms.toFixed(0)} | ${s.p99Ms.toFixed(0)} | ${s.maxMs.toFixed(0)} |`;
    return [
        '| actor `at` → receipt | deliveries | p50 (ms) | p99 (ms) | max (ms) |',
        '| --- | --- | --- | --- | --- |',
        row('raw NATS, actor subject (1 subscriber)', result.rawNats),
        row(`raw NATS, actor subject (${result.subscribers} subscribers)`, result.rawNatsFanOut),
        row("raw NATS, the gateway's event subject (after the ingest)", result.rawNatsRepublished),
        row(`graphql-ws (${result.subscribers} subscribers)`, result.graphqlWs),
        '',
        `${result.pages} pages in ${result.seconds.toFixed(1)} s, ${result.actorMessages} actor messages, ${result.events} events per subscriber; ` +
            `graphql-ws ÷ raw NATS: p50 ${result.p50Ratio.toFixed(2)}×, p99 ${result.p99Ratio.toFixed(2)}× (target ≤ 1.5×); ` +
            `÷ ${result.subscribers} raw NATS subscribers of the actor subject: p50 ${result.fanOutP50Ratio.toFixed(2)}×, p99 ${result.fanOutP99Ratio.toFixed(2)}×; ` +
            `subscribers with a gap or no terminal event: ${result.subscribersWithGaps}`,
    ].join('\n');
}
/** The medians of several results' ratios (the bench runs the scrape once; this serves repeated standalone runs). */
export function medianRatios(results) {
    return { p50Ratio: median(results.map((r) => r.p50Ratio)), p99Ratio: median(results.map((r) => r.p99Ratio)) };
}
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
    const runsAt = process.argv.indexOf('--runs');
    const runs = runsAt === -1 ? 1 : Number(process.argv[runsAt + 1]);
    const results = [];
    (async () => {
        for (let run = 0; run < runs; run += 1) {
            const result = await measureLiveView({ log: (message) => void process.stderr.write(`[live view] ${message}\n`) });
            results.push(result);
            process.stdout.write(`\nrun ${run + 1}: ${os.availableParallelism()} CPUs, load ${os.loadavg()[0].toFixed(2)}\n\n${liveViewText(result)}\n`);
        }
        if (runs > 1) {
            const m = medianRatios(results);
            process.stdout.write(`\nmedian of ${runs} runs: p50 ${m.p50Ratio.toFixed(2)}×, p99 ${m.p99Ratio.toFixed(2)}×\n`);
        }
    })().catch((error) => {
        process.stderr.write(`[live view] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
        process.exitCode = 1;
    });
}
//# sourceMappingURL=live-view-latency.js.map