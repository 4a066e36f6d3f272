/**
 * Turns benchmark results into the printed tables (Markdown, so they paste into the README)
 * and checks the e-mails each run found against the generated sites.
 */
import type { LoopResult } from './bare-loops.js';
import type { EventPathResult, LatencyStats } from './event-latency.js';
import type { BenchSite } from './site-generator.js';
import type { SystemRunResult } from './system-run.js';

/** How many of the expected addresses a run found, and on how many sites it found them all. */
export interface EmailCheck {
  readonly found: number;
  readonly expected: number;
  /** Addresses found that no site lists (should be 0). */
  readonly unexpected: number;
  readonly sitesComplete: number;
  readonly sites: number;
}

/** Compares addresses found per site (keyed by site start URL or origin) with the generated sites. */
export function checkEmails(sites: readonly BenchSite[], startUrls: readonly string[], found: ReadonlyMap<string, ReadonlySet<string>>): EmailCheck {
  let foundCount = 0;
  let expected = 0;
  let unexpected = 0;
  let sitesComplete = 0;
  sites.forEach((site, index) => {
    const url = startUrls[index];
    const got = found.get(url) ?? found.get(new URL(url).origin) ?? new Set<string>();
    const wanted = new Set(site.emails);
    const hits = [...wanted].filter((address) => got.has(address)).length;
    foundCount += hits;
    expected += wanted.size;
    unexpected += [...got].filter((address) => !wanted.has(address)).length;
    if (hits === wanted.size) sitesComplete += 1;
  });
  return { found: foundCount, expected, unexpected, sitesComplete, sites: sites.length };
}

const MIB = 1024 * 1024;

function mib(bytes: number | undefined): string {
  return bytes === undefined || bytes === 0 ? '–' : String(Math.round(bytes / MIB));
}

function fixed(value: number, digits = 1): string {
  return Number.isFinite(value) ? value.toFixed(digits) : '–';
}

function ratio(value: number, baseline: number): string {
  return baseline > 0 && Number.isFinite(value) ? `${(value / baseline).toFixed(2)}×` : '–';
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`];
  for (const row of rows) lines.push(`| ${row.join(' | ')} |`);
  return lines.join('\n');
}

/** One row of the crawl table. */
export interface CrawlRow {
  readonly label: string;
  readonly concurrency: number;
  readonly pages: number;
  readonly seconds: number;
  readonly pagesPerSecond: number;
  readonly companiesPerMinute?: number;
  /** Pages rendered in Chromium, when known. */
  readonly rendered?: number;
  readonly emails: EmailCheck;
  readonly gatewayBytes?: number;
  readonly actorBytes?: number;
  readonly chromiumBytes?: number;
  /** CPU seconds of every process involved (crawler side; the site servers run apart). */
  readonly cpuSeconds: number;
}

export function crawlRowOfSystem(run: SystemRunResult, emails: EmailCheck, rendered: number | undefined): CrawlRow {
  return {
    label: run.label,
    concurrency: run.concurrency,
    pages: run.pages,
    seconds: run.seconds,
    pagesPerSecond: run.pagesPerSecond,
    companiesPerMinute: run.companiesPerMinute,
    ...(rendered === undefined ? {} : { rendered }),
    emails,
    ...(run.memory ? { gatewayBytes: run.memory.gatewayPeakBytes, actorBytes: run.memory.actorPeakBytes, chromiumBytes: run.memory.chromiumPeakBytes } : {}),
    cpuSeconds: run.cpuSeconds.actors + run.cpuSeconds.gateway + run.cpuSeconds.nats,
  };
}

export function crawlRowOfLoop(label: string, loop: LoopResult, emails: EmailCheck): CrawlRow {
  return {
    label,
    concurrency: loop.concurrency,
    pages: loop.pages - loop.failures,
    seconds: loop.seconds,
    pagesPerSecond: loop.pagesPerSecond,
    emails,
    ...(loop.chromiumPeakBytes === undefined ? {} : { chromiumBytes: loop.chromiumPeakBytes }),
    cpuSeconds: loop.cpuSeconds,
  };
}

/** CPU milliseconds per page of a row. */
export function cpuMsPerPage(row: CrawlRow): number {
  return (row.cpuSeconds * 1000) / Math.max(1, row.pages);
}

/**
 * The crawl table, with speed ratios against the bare Puppeteer and bare fetch loops, and the
 * CPU efficiency ratio against bare Puppeteer (its CPU per page ÷ the row's).
 */
export function crawlTable(rows: readonly CrawlRow[], barePuppeteer: CrawlRow, bareFetch: CrawlRow): string {
  return table(
    [
      'run',
      'pages at once',
      'pages',
      'rendered',
      'time (s)',
      'pages/s',
      'companies/min',
      'speed ÷ bare Puppeteer',
      'speed ÷ bare fetch',
      'CPU ms/page',
      'CPU efficiency × bare Puppeteer',
      'e-mails found',
      'gateway MiB',
      'actor MiB',
      'Chromium MiB',
    ],
    rows.map((row) => [
      row.label,
      String(row.concurrency),
      String(row.pages),
      row.rendered === undefined ? '–' : String(row.rendered),
      fixed(row.seconds),
      fixed(row.pagesPerSecond),
      row.companiesPerMinute === undefined ? '–' : fixed(row.companiesPerMinute, 0),
      ratio(row.pagesPerSecond, barePuppeteer.pagesPerSecond),
      ratio(row.pagesPerSecond, bareFetch.pagesPerSecond),
      fixed(cpuMsPerPage(row), 0),
      ratio(cpuMsPerPage(barePuppeteer), cpuMsPerPage(row)),
      `${row.emails.found}/${row.emails.expected}${row.emails.unexpected ? ` (+${row.emails.unexpected} unexpected)` : ''}`,
      mib(row.gatewayBytes),
      mib(row.actorBytes),
      mib(row.chromiumBytes),
    ]),
  );
}

function latencyCells(stats: LatencyStats | undefined): string[] {
  if (!stats) return ['–', '–'];
  const missing = stats.missing > 0 ? ` (${stats.missing} lost)` : '';
  return [fixed(stats.p50Ms, 2), `${fixed(stats.p99Ms, 2)}${missing}`];
}

/** The event-path table: graphql-ws against raw NATS subscribers, by number of subscribers. */
export function eventTable(result: EventPathResult): string {
  const rows = result.graphqlWs.map((ws, index) => {
    const events = result.natsEvents[index];
    const actor = result.natsActor[index];
    return [
      String(ws.subscribers),
      ...latencyCells(ws),
      ...latencyCells(events),
      ratio(ws.p99Ms, events?.p99Ms ?? Number.NaN),
      ...latencyCells(actor),
      ratio(ws.p99Ms, actor?.p99Ms ?? Number.NaN),
    ];
  });
  const main = table(
    [
      'subscribers',
      'graphql-ws p50 (ms)',
      'graphql-ws p99 (ms)',
      'raw NATS, event subject p50',
      'raw NATS, event subject p99',
      'p99 ÷ raw (event subject)',
      'raw NATS, actor subject p50',
      'raw NATS, actor subject p99',
      'p99 ÷ raw (actor subject)',
    ],
    rows,
  );
  const { graphqlWs, natsEvents } = result.throughput;
  const throughput = table(
    ['subscribers', 'events sent back to back', 'graphql-ws events/s per subscriber', 'raw NATS events/s per subscriber', 'graphql-ws ÷ raw'],
    [
      [
        String(graphqlWs.subscribers),
        String(graphqlWs.events),
        fixed(graphqlWs.eventsPerSecond, 0),
        fixed(natsEvents.eventsPerSecond, 0),
        ratio(graphqlWs.eventsPerSecond, natsEvents.eventsPerSecond),
      ],
    ],
  );
  return `${main}\n\n${throughput}`;
}

export { mib, fixed, ratio };
