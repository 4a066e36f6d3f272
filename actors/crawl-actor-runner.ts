/**
 * What every crawl actor does the same way: its output to the gateway, progress messages (at
 * least every `progressIntervalMs`, at most ten a second), the job's browser context,
 * cancellation, and what happens when the work throws (retry later or fail now, see
 * retry-decision.ts). An actor only says what it does with each page and which messages it sends.
 */
import type { Bus } from '../bus/bus.js';
import { ActorOutput } from './actor-output.js';
import type { BrowserHandle, CrawlContext } from './crawl/browser.js';
import { resolveCrawlOptions, type CrawlOptions, type CrawlSettings } from './crawl/crawl-options.js';
import { crawlSite, type CrawlHooks, type CrawlSummary } from './crawl/crawler.js';
import { ProgressPacer } from './progress-pacer.js';
import { decideOnFailure } from './retry-decision.js';
import { RetryableError } from './work-errors.js';

/**
 * Shortest time between two progress messages of a job: ten a second at most, whatever the
 * pace of the crawl (see progress-pacer.ts).
 */
export const MIN_PROGRESS_INTERVAL_MS = 100;

/** A message as an actor writes it (the output stamps id, job and time). */
export type ActorMessageDraft = Parameters<ActorOutput['send']>[0];

/** What a crawl actor is given by its actor service. */
export interface CrawlActorDeps extends CrawlSettings {
  readonly bus: Bus;
  readonly browser: BrowserHandle;
  /** True on the last delivery of the work: report failure instead of asking for a retry. */
  readonly finalAttempt: boolean;
  /** Which delivery of the work this is (1 first), for the retry backoff. @default 1 */
  readonly delivery?: number;
  readonly warn?: (message: string, error?: unknown) => void;
}

export type CrawlActorOutcome = 'completed' | 'failed' | 'aborted';

/** What the actor's page handling can do while the crawl runs. */
export interface CrawlActorRun {
  /** Queues a message to the gateway (messages keep their order). */
  send: (message: ActorMessageDraft) => void;
  /**
   * Asks for a progress message: sent now, or within {@link MIN_PROGRESS_INTERVAL_MS} of the
   * last one, carrying the state of when it is sent.
   */
  progress: () => void;
}

/** One kind of crawl actor: its messages and what it does with each page. */
export interface CrawlActorSpec {
  readonly jobId: string;
  readonly startUrl: string;
  /** The work in the user's words, e.g. `Scraping https://acme.test/`, for failure messages. */
  readonly what: string;
  /** This work's crawl limits; the service's settings (timeouts, render mode, network policy) are added. */
  readonly crawlOptions: Partial<CrawlOptions>;
  /** Longest time without a progress message while the crawl runs. */
  readonly progressIntervalMs: number;
  readonly startedMessage: ActorMessageDraft;
  progressMessage(currentUrl: string): ActorMessageDraft;
  failedMessage(error: string): ActorMessageDraft;
  hooks(run: CrawlActorRun): Pick<CrawlHooks, 'onPage' | 'inspectPage' | 'wantsInspection' | 'shouldContinue'>;
  /** The terminal message of a crawl that ended without being cancelled. */
  completedMessage(summary: CrawlSummary, signal: AbortSignal): Promise<ActorMessageDraft> | ActorMessageDraft;
}

/**
 * Runs one crawl actor. Resolves `aborted` when `signal` fires (nothing more is sent: the
 * gateway has already ended a cancelled job), `failed` once the failure is reported.
 *
 * @throws RetryableError when the work should be delivered again; its `retryAfterMs` is the
 *   pause decided by {@link decideOnFailure}.
 */
export async function runCrawlActor(spec: CrawlActorSpec, deps: CrawlActorDeps, signal: AbortSignal): Promise<CrawlActorOutcome> {
  const out = new ActorOutput({ bus: deps.bus, jobId: spec.jobId, ...(deps.warn ? { warn: deps.warn } : {}) });
  const send = (message: ActorMessageDraft): void => void out.send(message);
  let currentUrl = spec.startUrl;
  const pacer = new ProgressPacer({
    minIntervalMs: MIN_PROGRESS_INTERVAL_MS,
    maxIntervalMs: spec.progressIntervalMs,
    emit: () => send(spec.progressMessage(currentUrl)),
  });
  const progress = (): void => pacer.request();
  let context: CrawlContext | null = null;

  send(spec.startedMessage);
  try {
    const options = resolveCrawlOptions({
      ...spec.crawlOptions,
      allowPrivateNetworks: deps.allowPrivateNetworks,
      pageTimeoutMs: deps.pageTimeoutMs,
      renderMode: deps.renderMode,
    });
    context = await deps.browser.newContext({ allowPrivateNetworks: options.allowPrivateNetworks });
    const hooks: CrawlHooks = {
      ...spec.hooks({ send, progress }),
      onPageStart(url) {
        currentUrl = url;
      },
    };
    const summary = await crawlSite(context, spec.startUrl, options, hooks, signal);
    if (signal.aborted || summary.stoppedBy === 'aborted') return 'aborted';
    const completed = await spec.completedMessage(summary, signal);
    if (signal.aborted) return 'aborted';
    send(completed);
    return 'completed';
  } catch (error) {
    if (signal.aborted) return 'aborted';
    const decision = decideOnFailure(error, { delivery: deps.delivery ?? 1, final: deps.finalAttempt }, spec.what);
    if (decision.action === 'retry') throw new RetryableError(decision.reason, { cause: error, retryAfterMs: decision.delayMs });
    send(spec.failedMessage(decision.message));
    return 'failed';
  } finally {
    pacer.stop();
    await context?.dispose();
    await out.flush();
  }
}
