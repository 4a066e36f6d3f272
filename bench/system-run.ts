/**
 * One measured run of the real system: actor-service processes (`dist/main/actors.js`) are
 * started against a running gateway and NATS, an analysis job takes the benchmark sites as its
 * companies, and the run is timed from the `startAnalysis` mutation to the `AnalysisCompleted`
 * event, with memory sampled meanwhile unless the run is timed for a ratio (sampling costs
 * CPU and stalls the processes it reads: see `BarePuppeteerLoopOptions.sampleMemory` in bare-loops.ts).
 */
import { collect, gqlData, wsClient } from '../test/helpers/graphql.js';
import { startProcess, type ProductProcess } from '../test/helpers/processes.js';
import { sampleMemory, type MemoryReport } from './memory-sampler.js';
import { cpuMeter, processCpuSeconds } from './process-cpu.js';

/** Options of {@link runSystem}. */
export interface SystemRunOptions {
  readonly label: string;
  readonly gatewayUrl: string;
  readonly gatewayPid: number | undefined;
  readonly natsUrl: string;
  /** nats-server's pid, for its CPU time. */
  readonly natsPid: number | undefined;
  readonly actorProcesses: number;
  /** Companies one actor process analyses at once (`PROSPECTLAB_ACTOR_CONCURRENCY`). */
  readonly companiesPerProcess: number;
  readonly renderMode: 'auto' | 'always';
  /** Pages each actor service renders at once; unset: its default from CPUs and memory. */
  readonly browserPages?: number;
  readonly companies: readonly { readonly name: string; readonly website: string }[];
  readonly maxPagesPerSite: number;
  readonly maxDepth: number;
  /** Longest wait for the job to end. */
  readonly timeoutMs: number;
  /** Sample the processes' memory during the run. @default true */
  readonly sampleMemory?: boolean;
}

/** What one run measured. */
export interface SystemRunResult {
  readonly label: string;
  readonly actorProcesses: number;
  readonly renderMode: 'auto' | 'always';
  /** Pages the job can load at once: companies at once × pages at once per company. */
  readonly concurrency: number;
  readonly seconds: number;
  readonly pages: number;
  readonly pagesPerSecond: number;
  readonly companies: number;
  readonly companiesPerMinute: number;
  readonly failedCompanies: number;
  /** Addresses each company's report lists, by website. */
  readonly emailsByWebsite: ReadonlyMap<string, ReadonlySet<string>>;
  /** Undefined when the run was not sampled. */
  readonly memory: MemoryReport | undefined;
  /** CPU seconds used during the run, by process kind. */
  readonly cpuSeconds: {
    /** Actor services and their Chromium. */
    readonly actors: number;
    /** The actor services' own Node processes (without Chromium). */
    readonly actorNode: number;
    readonly gateway: number;
    readonly nats: number;
  };
}

/** Pages one company actor loads at once (the company actor's default page concurrency). */
export const PAGES_PER_COMPANY = 3;

const REPORTS = `query ($id: ID!) { job(id: $id) { status companies { website status pagesVisited emails { address } } } }`;
const ANALYSIS_EVENTS = `subscription ($jobId: ID!) { analysisEvents(jobId: $jobId) { __typename seq } }`;

/** Starts the actor processes, runs one analysis job to its end, stops the processes. */
export async function runSystem(options: SystemRunOptions): Promise<SystemRunResult> {
  const actors: ProductProcess[] = [];
  try {
    const env: Record<string, string> = {
      NATS_URL: options.natsUrl,
      PROSPECTLAB_ALLOW_PRIVATE_NETWORKS: '1',
      PROSPECTLAB_ACTOR_CONCURRENCY: String(options.companiesPerProcess),
      PROSPECTLAB_RENDER: options.renderMode,
      ...(options.browserPages ? { PROSPECTLAB_BROWSER_PAGES: String(options.browserPages) } : {}),
    };
    actors.push(...(await Promise.all(Array.from({ length: options.actorProcesses }, () => startProcess('actors', env)))));
    const companiesAtOnce = Math.min(20, options.companiesPerProcess * options.actorProcesses);
    const client = wsClient(options.gatewayUrl);
    const memory =
      (options.sampleMemory ?? true)
        ? sampleMemory(
            options.gatewayPid,
            actors.map((actor) => actor.child.pid!),
          )
        : undefined;
    const actorCpu = cpuMeter(() => actors.map((actor) => actor.child.pid!));
    const gatewayCpu = cpuMeter(() => (options.gatewayPid ? [options.gatewayPid] : []));
    const natsCpu = cpuMeter(() => (options.natsPid ? [options.natsPid] : []));
    let memoryReport: MemoryReport | undefined;
    try {
      const actorNodeCpu = async (): Promise<number> => {
        let sum = 0;
        for (const actor of actors) sum += await processCpuSeconds(actor.child.pid!);
        return sum;
      };
      const actorNodeBefore = await actorNodeCpu();
      await Promise.all([actorCpu.start(), gatewayCpu.start(), natsCpu.start()]);
      const startedAt = performance.now();
      const { startAnalysis } = await gqlData<{ startAnalysis: { id: string } }>(
        options.gatewayUrl,
        'mutation ($input: StartAnalysisInput!) { startAnalysis(input: $input) { id } }',
        {
          input: {
            companies: options.companies,
            options: { concurrency: companiesAtOnce, maxPagesPerSite: options.maxPagesPerSite, maxDepth: options.maxDepth },
          },
        },
      );
      const events = collect(client, ANALYSIS_EVENTS, { jobId: startAnalysis.id }, 'analysisEvents');
      const ended = await Promise.race([
        events.waitFor((event) => ['AnalysisCompleted', 'AnalysisFailed', 'AnalysisCancelled'].includes(String(event.__typename)), options.timeoutMs),
        events.done.then(() => null),
      ]);
      const seconds = (performance.now() - startedAt) / 1000;
      const cpuSeconds = {
        actors: await actorCpu.stop(),
        actorNode: (await actorNodeCpu()) - actorNodeBefore,
        gateway: await gatewayCpu.stop(),
        nats: await natsCpu.stop(),
      };
      memoryReport = await memory?.stop();
      events.stop();
      if (ended?.__typename !== 'AnalysisCompleted') throw new Error(`${options.label}: the analysis ended with ${ended?.__typename ?? 'no event'}`);
      const { job } = await gqlData<{ job: { companies: { website: string; status: string; pagesVisited: number; emails: { address: string }[] }[] } }>(
        options.gatewayUrl,
        REPORTS,
        { id: startAnalysis.id },
      );
      const pages = job.companies.reduce((sum, company) => sum + company.pagesVisited, 0);
      const emailsByWebsite = new Map(job.companies.map((company) => [company.website, new Set(company.emails.map((e) => e.address))]));
      return {
        label: options.label,
        actorProcesses: options.actorProcesses,
        renderMode: options.renderMode,
        concurrency: companiesAtOnce * PAGES_PER_COMPANY,
        seconds,
        pages,
        pagesPerSecond: pages / seconds,
        companies: job.companies.length,
        companiesPerMinute: (job.companies.length / seconds) * 60,
        failedCompanies: job.companies.filter((company) => company.status !== 'OK').length,
        emailsByWebsite,
        memory: memoryReport,
        cpuSeconds,
      };
    } finally {
      if (!memoryReport) await memory?.stop();
      await client.dispose();
    }
  } finally {
    await Promise.all(actors.map((actor) => actor.stop()));
  }
}
