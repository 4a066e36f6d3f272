/**
 * The company actor: owns one company's analysis. It crawls the company's site with the same
 * engine as scraping (contact, about, legal and team pages first), reads each page into a
 * report as it goes, reports progress, and ends with the report or the reason it failed.
 */
import type { Page } from 'puppeteer';
import type { Bus } from '../bus/bus.js';
import type { FoundPhone } from './analyse/phones.js';
import type { PhoneRegions } from './analyse/start-page-phone-regions.js';
import type { CompanyWork } from '../schema/work.js';
import { ActorOutput } from './actor-output.js';
import { CompanyReportBuilder, type PageInspection } from './analyse/company-report-builder.js';
import { withDeliverability } from './analyse/email-deliverability.js';
import type { MailDomainChecker } from './dns/mail-domain-checker.js';
import type { BrowserHandle, CrawlContext } from './crawl/browser.js';
import { InvalidCrawlOptionsError, resolveCrawlOptions, type RenderMode } from './crawl/crawl-options.js';
import { crawlSite, StartPageError, type CrawledPage } from './crawl/crawler.js';
import { analysePage, WorkerTaskFailedError, WorkerTaskTimeoutError } from './page-analysis/page-analysis.js';
import { domProbes, evaluateDomProbes, evaluateJsProbes, jsProbeNames } from './technologies/detect.js';
import { RetryableWorkError } from './work-errors.js';

export interface CompanyActorDeps {
  readonly bus: Bus;
  readonly browser: BrowserHandle;
  readonly allowPrivateNetworks: boolean;
  /** Per-page navigation timeout. @default 20000 */
  readonly pageTimeoutMs?: number;
  /** Plain HTTP first (`auto`) or Chromium for every page (`always`). @default 'auto' */
  readonly renderMode?: RenderMode;
  /** Wall-time limit of one company's crawl. @default 120 */
  readonly maxDurationSeconds?: number;
  /** Pages of one company loaded at once. @default 3 */
  readonly pageConcurrency?: number;
  /** Longest time without a progress message while the crawl runs. @default 2000 */
  readonly progressIntervalMs?: number;
  /** True on the last delivery of the work: report failure instead of asking for a retry. */
  readonly finalAttempt: boolean;
  readonly warn?: (message: string, error?: unknown) => void;
  /** DNS checks of e-mail domains; without it every address is UNKNOWN. */
  readonly mailDomainChecker?: MailDomainChecker;
}

export type CompanyOutcome = 'completed' | 'failed' | 'aborted';

/** Pages whose technologies are probed in the browser (JS globals, DOM, cookies); the crawl renders them. */
const INSPECTED_PAGES = 3;
/**
 * Pages crawled in a row without a new e-mail address or phone number after which the crawl of
 * a company stops: the pages most likely to carry contacts are crawled first, so a long barren
 * run means the rest of the site has nothing more to give.
 */
export const BARREN_PAGES_BEFORE_STOP = 50;

async function inspect(page: Page): Promise<PageInspection> {
  const [cookies, js, dom] = await Promise.all([
    page.cookies().catch(() => []),
    page.evaluate(evaluateJsProbes, jsProbeNames()).catch(() => ({})),
    page.evaluate(evaluateDomProbes, domProbes()).catch(() => undefined),
  ]);
  return { cookies: cookies.map((c) => ({ name: c.name, value: c.value })), js, ...(dom ? { dom } : {}) };
}

/**
 * The page's phone numbers, read in a worker thread (the start page's region is decided there
 * too); none when the analysis fails or runs too long, which is logged.
 */
async function phonesOffThread(
  page: CrawledPage,
  country: string | null,
  builder: CompanyReportBuilder,
  warn: CompanyActorDeps['warn'],
): Promise<{ phones: FoundPhone[]; regions?: PhoneRegions }> {
  const startPage = builder.pagesVisited === 0;
  try {
    const { result } = await analysePage('companyPhones', {
      page: { url: page.finalUrl, html: page.html, text: page.text, headers: page.headers },
      country,
      startPage,
      regions: builder.phoneRegions,
    });
    return startPage ? { phones: result.phones, regions: result.regions } : { phones: result.phones };
  } catch (error) {
    if (!(error instanceof WorkerTaskTimeoutError || error instanceof WorkerTaskFailedError)) throw error;
    warn?.(`Phone numbers of ${page.finalUrl} not read: ${error.message}`, error);
    return { phones: [] };
  }
}

export async function runCompanyActor(work: CompanyWork, deps: CompanyActorDeps, signal: AbortSignal): Promise<CompanyOutcome> {
  const out = new ActorOutput({ bus: deps.bus, jobId: work.jobId, ...(deps.warn ? { warn: deps.warn } : {}) });
  const builder = new CompanyReportBuilder(work.company);
  let currentUrl = work.company.website;
  let lastProgressAt = Date.now();
  let inspected = 0;
  let barrenPages = 0;
  const intervalMs = deps.progressIntervalMs ?? 2000;
  const progress = (): void => {
    lastProgressAt = Date.now();
    void out.send({ type: 'company.progress', index: work.index, pagesVisited: builder.pagesVisited, currentUrl });
  };
  const timer = setInterval(() => {
    if (Date.now() - lastProgressAt >= intervalMs) progress();
  }, intervalMs);
  let context: CrawlContext | null = null;

  void out.send({ type: 'company.started', index: work.index });
  try {
    const options = resolveCrawlOptions({
      maxPages: work.limits.maxPages,
      maxDepth: work.limits.maxDepth,
      delayMs: work.limits.delayMs,
      concurrency: deps.pageConcurrency ?? 3,
      maxDurationSeconds: deps.maxDurationSeconds ?? 120,
      allowPrivateNetworks: deps.allowPrivateNetworks,
      ...(deps.pageTimeoutMs ? { pageTimeoutMs: deps.pageTimeoutMs } : {}),
      ...(deps.renderMode ? { renderMode: deps.renderMode } : {}),
      renderForInspection: INSPECTED_PAGES,
    });
    context = await deps.browser.newContext({ allowPrivateNetworks: deps.allowPrivateNetworks });
    await crawlSite(
      context,
      work.company.website,
      options,
      {
        onPageStart(url) {
          currentUrl = url;
        },
        inspectPage(page) {
          if (inspected >= INSPECTED_PAGES) return Promise.resolve(null);
          inspected++;
          return inspect(page);
        },
        async onPage(page) {
          const found = await phonesOffThread(page, work.company.country ?? null, builder, deps.warn);
          const added = builder.addPage({ ...page, inspection: (page.inspection as PageInspection | null | undefined) ?? null }, found);
          barrenPages = added > 0 ? 0 : barrenPages + 1;
        },
        shouldContinue() {
          return barrenPages < BARREN_PAGES_BEFORE_STOP;
        },
      },
      signal,
    );
    if (signal.aborted) return 'aborted';
    const report = await withDeliverability(builder.build(), deps.mailDomainChecker ?? null, signal);
    if (signal.aborted) return 'aborted';
    void out.send({ type: 'company.completed', index: work.index, report });
    return 'completed';
  } catch (error) {
    if (signal.aborted) return 'aborted';
    const known = error instanceof StartPageError || error instanceof InvalidCrawlOptionsError;
    if (!known && !deps.finalAttempt) {
      throw new RetryableWorkError(`Analysing ${work.company.name} failed and will be retried`, { cause: error });
    }
    const message = known ? (error as Error).message : `Analysing ${work.company.website} failed: ${(error as Error)?.message ?? String(error)}`;
    void out.send({ type: 'company.failed', index: work.index, error: message, pagesVisited: builder.pagesVisited });
    return 'failed';
  } finally {
    clearInterval(timer);
    await context?.dispose();
    await out.flush();
  }
}
