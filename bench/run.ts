/**
 * `npm run bench`: measures the real system (NATS, gateway and actor processes from dist/) on
 * a generated local site set against baselines measured in the same run on the same pages: a
 * bare Puppeteer loop and a bare fetch loop; then the event path against raw NATS subscribers,
 * the speed-up of a second actor process, and the live view during a scrape (graphql-ws vs raw
 * NATS). Prints Markdown tables and writes the results to bench/results/latest.json. The runs a
 * speed ratio compares are not memory-sampled (sampling slows the faster side more); memory
 * comes from runs of their own.
 *
 * Options: `--sites N` (50), `--pages N` (20 per site), `--quick` (skips the render-always run and
 * the bare Puppeteer loop at the browser's page budget, and runs the scrape section once instead of
 * twice, and the live view once), `--scrape-only` (only the scrape section: bench/scrape-section.ts),
 * `--analysis-only` (only the one-actor analysis run and its bare loops), `--live-view-runs N` (5: the
 * live view is noisy, its ratios are reported as medians), `--out FILE`.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultMaxConcurrentPages } from '../actors/crawl/browser-capacity.js';
import { descendantPids } from '../actors/crawl/process-memory.js';
import { startNatsServer, type NatsServer } from '../test/helpers/nats-server.js';
import { startProcess, type ProductProcess } from '../test/helpers/processes.js';
import { benchGatewayEnv } from './bench-gateway.js';
import { bareFetchLoop, barePuppeteerLoop, type LoopResult } from './bare-loops.js';
import { measureEventPath, repeatedRunsText, type EventPathResult } from './event-latency.js';
import { liveViewRunsText, measureLiveViewRuns, medianRatios } from './live-view-latency.js';
import { checkEmails, cpuMsPerPage, crawlRowOfLoop, crawlRowOfSystem, crawlTable, eventTable, fixed, mib, ratio, type CrawlRow } from './report.js';
import { generateSiteSet } from './site-generator.js';
import { runScrapeSection, type ScrapeSectionResult } from './scrape-section.js';
import { startSiteHost, type SiteHost } from './site-host.js';
import { runSystem, type SystemRunResult } from './system-run.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
/** bench/results/ in the source tree (this file runs from dist/bench/). */
const DEFAULT_OUT = path.resolve(HERE, '..', '..', 'bench', 'results', 'latest.json');
/** Companies one actor process analyses at once in the bench. */
const COMPANIES_PER_PROCESS = 8;
/** Past this, the optional runs are skipped so the bench stays within its time budget. */
const OPTIONAL_RUNS_DEADLINE_MS = 6 * 60_000;
/** Event rate of the latency measurements: what many busy jobs send, below saturation. */
const EVENTS_PER_SECOND = 40;
const EVENTS_PER_MEASUREMENT = 100;
const RUN_TIMEOUT_MS = 240_000;

interface Args {
  readonly sites: number;
  readonly pagesPerSite: number;
  readonly quick: boolean;
  readonly scrapeOnly: boolean;
  readonly analysisOnly: boolean;
  /** Live-view runs, reported with the medians of their ratios (one with `--quick`). */
  readonly liveViewRuns: number;
  readonly out: string;
}

function parseArgs(argv: readonly string[]): Args {
  const value = (name: string): string | undefined => {
    const index = argv.indexOf(name);
    return index === -1 ? undefined : argv[index + 1];
  };
  const integer = (name: string, fallback: number): number => {
    const raw = value(name);
    if (raw === undefined) return fallback;
    const parsed = Number(raw);
    if (!Number.isInteger(parsed) || parsed < 1) throw new RangeError(`${name} must be a positive integer (got ${raw})`);
    return parsed;
  };
  return {
    sites: integer('--sites', 50),
    pagesPerSite: integer('--pages', 20),
    quick: argv.includes('--quick'),
    scrapeOnly: argv.includes('--scrape-only'),
    analysisOnly: argv.includes('--analysis-only'),
    liveViewRuns: integer('--live-view-runs', argv.includes('--quick') ? 1 : 5),
    out: path.resolve(value('--out') ?? DEFAULT_OUT),
  };
}

interface MachineInfo {
  readonly cpus: number;
  readonly cpuModel: string;
  readonly memoryGiB: number;
  readonly loadAverage1m: number;
  readonly node: string;
  readonly platform: string;
  /** Pages one actor service renders at once here (its default). */
  readonly browserPageBudget: number;
}

function machine(): MachineInfo {
  return {
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 1024 ** 3),
    loadAverage1m: Number(os.loadavg()[0].toFixed(2)),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
    browserPageBudget: defaultMaxConcurrentPages(),
  };
}

const benchProcessStartedAt = Date.now();

function log(message: string): void {
  const seconds = Math.round((Date.now() - benchProcessStartedAt) / 1000);
  process.stderr.write(`[bench ${String(seconds).padStart(3)} s] ${message}\n`);
}

/** The pid of this process's child running `command` (e.g. nats-server), if there is one. */
async function childPid(command: string): Promise<number | undefined> {
  for (const pid of await descendantPids(process.pid)) {
    const comm = await readFile(`/proc/${pid}/comm`, 'utf8').catch(() => '');
    if (comm.trim() === command) return pid;
  }
  return undefined;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const benchStartedAt = Date.now();
  const scrape: ScrapeSectionResult | undefined = args.analysisOnly ? undefined : await runScrapeSection({ rounds: args.quick ? 1 : 2, log });
  if (scrape && args.scrapeOnly) {
    process.stdout.write(`\n${scrape.text}\n`);
    mkdirSync(path.dirname(args.out), { recursive: true });
    writeFileSync(args.out, `${JSON.stringify({ at: new Date().toISOString(), machine: machine(), scrape: scrapeJson(scrape) }, null, 2)}\n`);
    return;
  }
  const siteOptions = { sites: args.sites, pagesPerSite: args.pagesPerSite };
  const sites = generateSiteSet(siteOptions);
  const appSites = sites.filter((site) => site.kind === 'app').length;
  const scriptPages = sites.reduce((sum, site) => sum + [...site.pages.values()].filter((page) => page.scriptRendered).length, 0);
  const expectedEmails = sites.reduce((sum, site) => sum + site.emails.length, 0);
  const machineInfo = machine();
  let host: SiteHost | undefined;
  let nats: NatsServer | undefined;
  let gateway: ProductProcess | undefined;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'prospectlab-bench-'));
  try {
    host = await startSiteHost(siteOptions);
    const served = host;
    const companies = sites.map((site, index) => ({ name: site.companyName, website: served.urls[index] }));
    log(
      `${sites.length} sites × ${args.pagesPerSite} pages (${appSites} single-page apps) on 127.0.0.1; ${machineInfo.cpus} CPUs, load ${machineInfo.loadAverage1m}`,
    );
    nats = await startNatsServer();
    const natsUrl = nats.url;
    const natsPid = await childPid('nats-server');
    gateway = await startProcess('gateway', benchGatewayEnv(nats.url, dataDir));
    const gatewayUrl = gateway.url!;
    const gatewayPid = gateway.child.pid;

    const measureEvents = (): Promise<EventPathResult> => {
      log(`event path: graphql-ws vs raw NATS subscribers (1, 10, 100), ${EVENTS_PER_SECOND} events/s`);
      return measureEventPath({
        gatewayUrl,
        natsUrl,
        jobUrl: served.urls[0],
        eventsPerMeasurement: EVENTS_PER_MEASUREMENT,
        intervalMs: 1000 / EVENTS_PER_SECOND,
      });
    };
    const events = args.analysisOnly ? undefined : await measureEvents();

    const system = async (
      label: string,
      actorProcesses: number,
      renderMode: 'auto' | 'always',
      sampleMemory = true,
    ): Promise<{ run: SystemRunResult; row: CrawlRow }> => {
      log(`${label}…`);
      await served.resetCounts();
      const run = await runSystem({
        label,
        gatewayUrl,
        gatewayPid,
        natsUrl: nats!.url,
        natsPid,
        actorProcesses,
        companiesPerProcess: COMPANIES_PER_PROCESS,
        renderMode,
        companies,
        maxPagesPerSite: 30,
        maxDepth: 2,
        timeoutMs: RUN_TIMEOUT_MS,
        sampleMemory,
      });
      const row = crawlRowOfSystem(run, checkEmails(sites, served.urls, run.emailsByWebsite), (await served.counts()).scripts);
      rows.push(row);
      return { run, row };
    };
    const loop = (label: string, result: LoopResult): CrawlRow => {
      const row = crawlRowOfLoop(label, result, checkEmails(sites, served.urls, result.emailsBySite));
      rows.push(row);
      return row;
    };
    const rows: CrawlRow[] = [];

    // The pair the speed ratio compares runs without memory sampling; memory is measured in runs of its own.
    const oneActor = await system('ours: 1 actor process, adaptive', 1, 'auto', false);
    const concurrency = oneActor.run.concurrency;
    log(`bare Puppeteer loop, ${concurrency} tabs…`);
    const barePuppeteer = loop(
      `bare Puppeteer (goto + content), ${concurrency} tabs`,
      await barePuppeteerLoop(served.pageUrls, concurrency, { sampleMemory: false }),
    );
    log(`bare fetch loop, ${concurrency} at once…`);
    const bareFetch = loop(`bare fetch (fetch + text), ${concurrency} at once`, await bareFetchLoop(served.pageUrls, concurrency));
    if (args.analysisOnly || !scrape || !events) {
      const cpu = oneActor.run.cpuSeconds;
      const perPage = (seconds: number): string => `${fixed((seconds * 1000) / oneActor.row.pages, 1)} ms`;
      process.stdout.write(
        `\nAnalysis only\n\n${crawlTable(rows, barePuppeteer, bareFetch)}\n\nCPU per page, ours: actor Node ${perPage(cpu.actorNode)}, ` +
          `its Chromium ${perPage(cpu.actors - cpu.actorNode)}, gateway ${perPage(cpu.gateway)}, NATS ${perPage(cpu.nats)}\n`,
      );
      return;
    }
    const memoryRun = await system('ours: 1 actor process, adaptive, memory sampled (not in the ratios)', 1, 'auto');
    const twoActors = await system('ours: 2 actor processes, adaptive', 2, 'auto');

    let renderAlways: { run: SystemRunResult; row: CrawlRow } | undefined;
    let bareAtBudget: CrawlRow | undefined;
    const skipped: string[] = [];
    if (args.quick) skipped.push('render-every-page run and bare Puppeteer at the page budget (--quick)');
    else if (Date.now() - benchStartedAt > OPTIONAL_RUNS_DEADLINE_MS) skipped.push('render-every-page run and bare Puppeteer at the page budget (time budget)');
    else {
      renderAlways = await system('ours: 1 actor process, render every page', 1, 'always');
      if (Date.now() - benchStartedAt < OPTIONAL_RUNS_DEADLINE_MS + 90_000) {
        const budget = machineInfo.browserPageBudget;
        log(`bare Puppeteer loop, ${budget} tabs (the browser page budget)…`);
        bareAtBudget = loop(`bare Puppeteer (goto + content), ${budget} tabs`, await barePuppeteerLoop(served.pageUrls, budget));
      } else {
        skipped.push('bare Puppeteer at the page budget (time budget)');
      }
    }

    log(`live view during a scrape, ${args.liveViewRuns} runs: graphql-ws vs raw NATS of the actor subject (own NATS, gateway, actor)…`);
    const liveViewRuns = await measureLiveViewRuns(args.liveViewRuns, { log });
    const liveViewMedians = medianRatios(liveViewRuns);

    const ours = oneActor.row;
    const bestBare = Math.max(barePuppeteer.pagesPerSecond, bareAtBudget?.pagesPerSecond ?? 0);
    const speedUp = twoActors.run.pagesPerSecond / oneActor.run.pagesPerSecond;
    const memory = memoryRun.run.memory!;
    const perPage = (memory.actorPeakBytes + memory.chromiumPeakBytes) / machineInfo.browserPageBudget;
    const header =
      `ProspectLab benchmark, ${new Date().toISOString()}\n` +
      `Machine: ${machineInfo.cpus} CPUs (${machineInfo.cpuModel}), ${machineInfo.memoryGiB} GiB RAM, ${machineInfo.platform}, Node ${machineInfo.node}; load average at start ${machineInfo.loadAverage1m}\n` +
      `Site set: ${sites.length} sites × ${args.pagesPerSite} pages = ${served.pageUrls.length} pages; ${appSites} single-page apps (every page rendered by script), ` +
      `${sites.length - appSites} server-rendered sites with one script-written address each: ${scriptPages} pages need a browser; ${expectedEmails} addresses.\n` +
      `Analysis job: ${COMPANIES_PER_PROCESS} companies at once per actor process, 3 pages at once per company; browser page budget per actor service ${machineInfo.browserPageBudget}. ` +
      `CPU is summed over every process of a run (actors, Chromium, gateway, NATS; bare loops: their Chromium and client); the sites are served by a separate process.`;
    const crawl = crawlTable(rows, barePuppeteer, bareFetch);
    const summary = [
      `speed, ours ÷ bare Puppeteer at the same concurrency: ${ratio(ours.pagesPerSecond, barePuppeteer.pagesPerSecond)}; ÷ the faster bare Puppeteer run: ${ratio(ours.pagesPerSecond, bestBare)}; ours ÷ bare fetch: ${ratio(ours.pagesPerSecond, bareFetch.pagesPerSecond)}`,
      `CPU per page, bare Puppeteer ÷ ours: ${ratio(cpuMsPerPage(barePuppeteer), cpuMsPerPage(ours))}`,
      renderAlways
        ? `adaptive ÷ render every page (ours): speed ${ratio(ours.pagesPerSecond, renderAlways.row.pagesPerSecond)}, CPU per page ${ratio(cpuMsPerPage(renderAlways.row), cpuMsPerPage(ours))}`
        : undefined,
      `scaling: 2 actor processes ÷ 1: ${fixed(speedUp, 2)}× (on ${machineInfo.cpus} CPUs)`,
      `actor service resident memory over the sampled 1-actor run (at 25/50/75/100 % of it): ${memory.actorBytesByQuarter.map((bytes) => mib(bytes)).join(' / ')} MiB; ` +
        `(actor + Chromium peak) per page of the browser budget: ${mib(perPage)} MiB`,
      skipped.length ? `skipped: ${skipped.join('; ')}` : undefined,
    ]
      .filter(Boolean)
      .join('\n');
    const eventsText = eventTable(events);
    process.stdout.write(
      `\n${header}\n\nCrawl\n\n${crawl}\n\n${summary}\n\nEvent path (actor publish → receipt), ${EVENTS_PER_SECOND} events/s, ${EVENTS_PER_MEASUREMENT} events per measurement\n\n${eventsText}\n\n${repeatedRunsText(events.repeated)}\n\nLive view during a scrape (distributed mode)\n\n${liveViewRunsText(liveViewRuns)}\n\n${scrape.text}\n`,
    );

    const json = {
      at: new Date().toISOString(),
      machine: machineInfo,
      siteSet: {
        sites: sites.length,
        pagesPerSite: args.pagesPerSite,
        pages: served.pageUrls.length,
        appSites,
        scriptRenderedPages: scriptPages,
        emails: expectedEmails,
      },
      crawl: rows,
      ratios: {
        oursOverBarePuppeteer: ours.pagesPerSecond / barePuppeteer.pagesPerSecond,
        oursOverBestBarePuppeteer: ours.pagesPerSecond / bestBare,
        oursOverBareFetch: ours.pagesPerSecond / bareFetch.pagesPerSecond,
        cpuPerPageBarePuppeteerOverOurs: cpuMsPerPage(barePuppeteer) / cpuMsPerPage(ours),
        adaptiveOverRenderAlways: renderAlways ? ours.pagesPerSecond / renderAlways.row.pagesPerSecond : null,
        twoActorsOverOne: speedUp,
      },
      systemRuns: [oneActor, memoryRun, twoActors, ...(renderAlways ? [renderAlways] : [])].map(({ run }) => ({
        label: run.label,
        seconds: run.seconds,
        failedCompanies: run.failedCompanies,
        cpuSeconds: run.cpuSeconds,
        memory: run.memory,
      })),
      memoryPerBrowserPageBytes: perPage,
      events,
      scrape: scrapeJson(scrape),
      liveView: { runs: liveViewRuns, medianP50Ratio: liveViewMedians.p50Ratio, medianP99Ratio: liveViewMedians.p99Ratio },
      skipped,
      durationSeconds: (Date.now() - benchStartedAt) / 1000,
    };
    mkdirSync(path.dirname(args.out), { recursive: true });
    writeFileSync(
      args.out,
      `${JSON.stringify(json, (_key, value: unknown): unknown => (value instanceof Map ? (Object.fromEntries(value) as unknown) : value instanceof Set ? ([...value] as unknown[]) : value), 2)}\n`,
    );
    log(`results written to ${args.out} (${Math.round((Date.now() - benchStartedAt) / 1000)} s)`);
  } finally {
    await gateway?.stop();
    await nats?.stop();
    await host?.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The scrape section's figures for latest.json (address sets as counts). */
function scrapeJson(scrape: ScrapeSectionResult): Record<string, unknown> {
  return {
    pages: scrape.pages,
    scriptedPages: scrape.scriptedPages,
    concurrency: scrape.concurrency,
    medianSpeedRatio: scrape.medianSpeedRatio,
    rounds: scrape.rounds.map((round) => ({
      barePagesPerSecond: round.bare.pagesPerSecond,
      scrapePagesPerSecond: round.scrape.pagesPerSecond,
      speedRatio: round.speedRatio,
      scrapePages: round.scrape.pages,
      emailsFound: round.emailsFound,
      emailsExpected: round.emailsExpected,
      bareCpuSeconds: round.bare.cpuSeconds,
      scrapeCpuSeconds: round.scrape.cpuSeconds,
    })),
    memoryRound: {
      bareChromiumPeakBytes: scrape.memoryRound.bare.chromiumPeakBytes,
      scrapePeakBytes: scrape.memoryRound.scrape.peakBytes,
      emailsFound: scrape.memoryRound.emailsFound,
    },
  };
}

main().catch((error: unknown) => {
  process.stderr.write(`[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
