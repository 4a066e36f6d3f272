/**
 * The crawl hooks that probe a site's technologies in the browser: which fetched pages are
 * rendered for it (see probe-need.ts), what is read from a rendered page (JS globals, DOM,
 * cookies), and what a page that was not rendered inherits from a probed page of its origin
 * loading the same scripts (see probe-cache.ts).
 */
import type { Page } from 'puppeteer';
import type { InspectionCandidate } from '../crawl/page-source.js';
import { browserDomProbes, evaluateDomProbes, type DomProbeResult } from './dom-probes.js';
import { evaluateJsProbes, jsProbeNames } from './js-probes.js';
import { ProbeCache } from './probe-cache.js';
import { technologiesToProbe } from './probe-need.js';
import { pageScripts, type PageCookie } from './technology-input.js';

/** What probing a rendered page read. */
export interface ProbeResult {
  readonly cookies: readonly PageCookie[];
  readonly js: Readonly<Record<string, string>>;
  /** Absent when the page could not be probed for it; pages not rendered are checked from their HTML. */
  readonly dom?: Readonly<Record<string, DomProbeResult>>;
}

/** The crawl hooks of {@link technologyProbing}, for one site's crawl. */
export interface TechnologyProbing {
  /** For `CrawlHooks.inspectPage`: probes a rendered page, the first `maxProbedPages` only. */
  inspectPage(page: Page): Promise<ProbeResult | null>;
  /** For `CrawlHooks.wantsInspection`: whether to render a fetched page for its technologies. */
  wantsInspection(candidate: InspectionCandidate): boolean;
  /**
   * The probe result of a crawled page: its own (remembered for its origin and scripts), or what
   * a probed page of its origin loading the same scripts read (JS globals and cookies); null
   * when neither. Call once per crawled page, in order.
   */
  probeResultOf(page: { readonly finalUrl: string; readonly html: string; readonly inspection?: unknown }): ProbeResult | null;
}

/** Options of {@link technologyProbing}. */
export interface TechnologyProbingOptions {
  /** Rendered pages probed at most per crawl. */
  readonly maxProbedPages: number;
}

/** Crawl hooks probing one site's technologies; see the file comment. */
export function technologyProbing(options: TechnologyProbingOptions): TechnologyProbing {
  let probed = 0;
  const learnt = new ProbeCache<ProbeResult>();
  return {
    inspectPage(page) {
      if (probed >= options.maxProbedPages) return Promise.resolve(null);
      probed++;
      return probe(page);
    },
    wantsInspection(candidate) {
      if (probed >= options.maxProbedPages || candidate.executableScripts === 0) return false;
      const scripts = pageScripts(candidate);
      return learnt.get(candidate.url, scripts.scriptSrc) === undefined && technologiesToProbe(candidate, { scripts }).length > 0;
    },
    probeResultOf(page) {
      const own = (page.inspection as ProbeResult | null | undefined) ?? null;
      if (!page.html || (own === null && learnt.size === 0)) return own;
      const { scriptSrc } = pageScripts({ url: page.finalUrl, html: page.html });
      if (own !== null) {
        learnt.set(page.finalUrl, scriptSrc, own);
        return own;
      }
      const known = learnt.get(page.finalUrl, scriptSrc);
      return known === undefined ? null : { cookies: known.cookies, js: known.js };
    },
  };
}

async function probe(page: Page): Promise<ProbeResult> {
  const [cookies, js, dom] = await Promise.all([
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- only Page#cookies reads the cookies of the page's own URL; the context's would mix in other sites'
    page.cookies().catch(() => []),
    page.evaluate(evaluateJsProbes, jsProbeNames()).catch(() => ({})),
    page.evaluate(evaluateDomProbes, browserDomProbes()).catch(() => undefined),
  ]);
  return { cookies: cookies.map((c) => ({ name: c.name, value: c.value })), js, ...(dom ? { dom } : {}) };
}
