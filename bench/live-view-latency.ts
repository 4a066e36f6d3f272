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
import { connect, type NatsConnection } from 'nats';
import { subjects } from '../schema/subjects.js';
import { gqlData, SCRAPING_SUBSCRIPTION, wsClient } from '../test/helpers/graphql.js';
import { startNatsServer, type NatsServer } from '../test/helpers/nats-server.js';
import { startProcess, type ProductProcess } from '../test/helpers/processes.js';
import { benchGatewayEnv } from './bench-gateway.js';
import { median } from './event-latency.js';
import { startSiteHost, type SiteHost } from './site-host.js';

export interface LiveViewOptions {
  /** Pages of the generated site (bench/scrape-site.ts: one in five written by script), 22 to 1000. @default 500 */
  readonly pages?: number;
  /** graphql-ws subscribers, one connection each. @default 100 */
  readonly subscribers?: number;
  /** Pages the scrape loads at once. @default 5 */
  readonly concurrency?: number;
  /** Longest wait for the scrape to end. @default 180000 */
  readonly timeoutMs?: number;
  readonly log?: (message: string) => void;
}

export interface DelayStats {
  readonly deliveries: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
}

export interface LiveViewResult {
  readonly pages: number;
  readonly subscribers: number;
  readonly seconds: number;
  /** Actor messages published on the actor subject while everyone listened. */
  readonly actorMessages: number;
  /** Events each graphql-ws subscriber received (the first subscriber's count). */
  readonly events: number;
  /** Actor `at` → raw NATS receipt of the actor's publication. */
  readonly rawNats: DelayStats;
  /** Actor `at` → raw NATS receipt of the gateway's republication (`pl.job.<id>.events`): the ingest's share. */
  readonly rawNatsRepublished: DelayStats;
  /** The actor's own publication received by as many raw NATS connections as there are graphql-ws subscribers. */
  readonly rawNatsFanOut: DelayStats;
  /** graphql-ws ÷ the same number of raw NATS subscribers of the actor subject. */
  readonly fanOutP50Ratio: number;
  readonly fanOutP99Ratio: number;
  /** Actor `at` → graphql-ws receipt, every subscriber's every event. */
  readonly graphqlWs: DelayStats;
  readonly p50Ratio: number;
  readonly p99Ratio: number;
  /** Subscribers whose `seq`s were not 1, 2, 3… without a gap or a duplicate, or that got no terminal event. */
  readonly subscribersWithGaps: number;
}

function stats(delays: number[]): DelayStats {
  delays.sort((a, b) => a - b);
  const at = (p: number): number => delays[Math.min(delays.length - 1, Math.floor((p / 100) * delays.length))] ?? Number.NaN;
  return { deliveries: delays.length, p50Ms: at(50), p99Ms: at(99), maxMs: delays.at(-1) ?? Number.NaN };
}

/** Subscribes `connection` to `subject` and reports, per JSON message with an `at`, how long after it the message arrived. */
function recordDelays(connection: NatsConnection, subject: string, onDelay: (delayMs: number) => void): void {
  const decoder = new TextDecoder();
  connection.subscribe(subject, {
    callback: (error, msg) => {
      if (error) return;
      const receivedAt = Date.now();
      const message = JSON.parse(decoder.decode(msg.data)) as { at?: unknown };
      if (typeof message.at === 'string') onDelay(receivedAt - Date.parse(message.at));
    },
  });
}

const TERMINAL = new Set(['ScrapingCompleted', 'ScrapingFailed', 'ScrapingCancelled']);

/** Runs one scrape with the live view measured, on its own NATS, gateway, actor process and site. */
export async function measureLiveView(options: LiveViewOptions = {}): Promise<LiveViewResult> {
  const log = options.log ?? (() => undefined);
  const count = options.subscribers ?? 100;
  const pages = options.pages ?? 500;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'prospectlab-bench-live-'));
  let host: SiteHost | undefined;
  let nats: NatsServer | undefined;
  const processes: ProductProcess[] = [];
  try {
    // The scrape bench's site: every fifth page writes its address by script (bench/scrape-site.ts).
    host = await startSiteHost({ scrapeSite: { pages } });
    nats = await startNatsServer();
    const env = { NATS_URL: nats.url, PROSPECTLAB_ALLOW_PRIVATE_NETWORKS: '1' };
    const gateway = await startProcess('gateway', benchGatewayEnv(nats.url, dataDir));
    processes.push(gateway);
    const gatewayUrl = gateway.url!;

    // The job's id is needed to listen: its work waits on the bus until the actor process,
    // started once every listener is set, takes it.
    const { startScraping } = await gqlData<{ startScraping: { id: string } }>(
      gatewayUrl,
      'mutation ($input: StartScrapingInput!) { startScraping(input: $input) { id } }',
      { input: { url: host.urls[0], maxPages: pages, maxDepth: 10, concurrency: options.concurrency ?? 5, delayMs: 0, maxDurationSeconds: 600 } },
    );
    const jobId = startScraping.id;
    log(`scrape of ${pages} pages, ${count} graphql-ws subscribers and a raw NATS subscriber of ${subjects.actorOutput(jobId)}`);

    const rawDelays: number[] = [];
    let actorMessages = 0;
    const nc = await connect({ servers: nats.url, name: 'prospectlab-bench-live-raw' });
    recordDelays(nc, subjects.actorOutput(jobId), (delayMs) => {
      actorMessages += 1;
      rawDelays.push(delayMs);
    });
    const republishedDelays: number[] = [];
    recordDelays(nc, subjects.jobEvents(jobId), (delayMs) => republishedDelays.push(delayMs));
    await nc.flush();
    // The same fan-out on the bus alone: as many raw NATS connections as graphql-ws subscribers,
    // each receiving the actor's own publication (the receiving side costs this process the same).
    const fanOutDelays: number[] = [];
    const fanOut: NatsConnection[] = [];
    for (let index = 0; index < count; index += 1) {
      const connection = await connect({ servers: nats.url, name: `prospectlab-bench-live-raw-${index}` });
      fanOut.push(connection);
      recordDelays(connection, subjects.actorOutput(jobId), (delayMs) => fanOutDelays.push(delayMs));
      await connection.flush();
    }

    const wsDelays: number[] = [];
    const seqsBySubscriber: number[][] = Array.from({ length: count }, () => []);
    const terminal: boolean[] = Array.from({ length: count }, () => false);
    const clients = Array.from({ length: count }, () => wsClient(gatewayUrl));
    let resolveAll!: () => void;
    const allDone = new Promise<void>((resolve) => (resolveAll = resolve));
    let done = 0;
    const stops = clients.map((client, index) =>
      client.subscribe(
        { query: SCRAPING_SUBSCRIPTION, variables: { jobId } },
        {
          next: (value) => {
            const receivedAt = Date.now();
            const event = (value.data as { scrapingEvents?: { __typename: string; seq: number; at: string } } | undefined)?.scrapingEvents;
            if (!event) return;
            seqsBySubscriber[index].push(event.seq);
            wsDelays.push(receivedAt - Date.parse(event.at));
            if (TERMINAL.has(event.__typename)) terminal[index] = true;
          },
          error: () => {
            if (++done === count) resolveAll();
          },
          complete: () => {
            if (++done === count) resolveAll();
          },
        },
      ),
    );
    processes.push(await startProcess('actors', env));
    const startedAt = Date.now();
    const timeoutMs = options.timeoutMs ?? 180_000;
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        allDone,
        new Promise<void>((_, reject) => (timer = setTimeout(() => reject(new Error(`the scrape did not end within ${timeoutMs} ms`)), timeoutMs))),
      ]);
    } finally {
      clearTimeout(timer);
      for (const stop of stops) stop();
      await Promise.all(
        clients.map(async (client) => {
          await client.dispose();
        }),
      );
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
  } finally {
    for (const child of processes.reverse()) await child.stop();
    await nats?.stop();
    await host?.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The result as a Markdown table and a line with the ratios. */
export function liveViewText(result: LiveViewResult): string {
  const row = (label: string, s: DelayStats): string =>
    `| ${label} | ${s.deliveries} | ${s.p50Ms.toFixed(0)} | ${s.p99Ms.toFixed(0)} | ${s.maxMs.toFixed(0)} |`;
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

/** The medians of several results' ratios. */
export function medianRatios(results: readonly LiveViewResult[]): { p50Ratio: number; p99Ratio: number } {
  return { p50Ratio: median(results.map((r) => r.p50Ratio)), p99Ratio: median(results.map((r) => r.p99Ratio)) };
}

/** Several runs: the table of the run with the median p99 ratio, a row per run, and the medians of the ratios. */
export function liveViewRunsText(results: readonly LiveViewResult[]): string {
  if (results.length === 0) throw new RangeError('no live view run to report');
  const medians = medianRatios(results);
  const byP99 = [...results].sort((a, b) => a.p99Ratio - b.p99Ratio);
  const middle = byP99[Math.floor((byP99.length - 1) / 2)];
  if (results.length === 1) return liveViewText(middle);
  const rows = results.map(
    (r, i) =>
      `| ${i + 1} | ${r.seconds.toFixed(1)} | ${r.rawNats.p99Ms.toFixed(0)} | ${r.graphqlWs.p99Ms.toFixed(0)} | ${r.p50Ratio.toFixed(2)}× | ${r.p99Ratio.toFixed(2)}× | ${r.subscribersWithGaps} |`,
  );
  return [
    `The run with the median p99 ratio (run ${results.indexOf(middle) + 1} of ${results.length}):`,
    '',
    liveViewText(middle),
    '',
    '| run | scrape (s) | raw NATS p99 (ms) | graphql-ws p99 (ms) | p50 ÷ raw | p99 ÷ raw | subscribers with a gap |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    `median of ${results.length} runs: p50 ${medians.p50Ratio.toFixed(2)}×, p99 ${medians.p99Ratio.toFixed(2)}× (target ≤ 1.5×); ` +
      `subscribers with a gap or no terminal event, all runs: ${results.reduce((sum, r) => sum + r.subscribersWithGaps, 0)}`,
  ].join('\n');
}

/** Runs the live view `runs` times, one after the other. */
export async function measureLiveViewRuns(runs: number, options: LiveViewOptions = {}): Promise<LiveViewResult[]> {
  if (!Number.isSafeInteger(runs) || runs < 1) throw new RangeError(`live view runs must be a positive integer, got ${String(runs)}`);
  const results: LiveViewResult[] = [];
  for (let run = 0; run < runs; run += 1) {
    options.log?.(`live view run ${run + 1} of ${runs}`);
    results.push(await measureLiveView(options));
  }
  return results;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const runsAt = process.argv.indexOf('--runs');
  const runs = runsAt === -1 ? 1 : Number(process.argv[runsAt + 1]);
  measureLiveViewRuns(runs, { log: (message) => void process.stderr.write(`[live view] ${message}\n`) })
    .then((results) => {
      process.stdout.write(`\n${os.availableParallelism()} CPUs, load ${os.loadavg()[0].toFixed(2)}\n\n${liveViewRunsText(results)}\n`);
    })
    .catch((error: unknown) => {
      process.stderr.write(`[live view] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    });
}
