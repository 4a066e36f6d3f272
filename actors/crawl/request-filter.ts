/**
 * Decides, for every request Chromium makes while crawling, whether it may go out: heavy
 * resources (images, media, fonts) and trackers are dropped, and every host is checked once
 * per job against the network guard (private, loopback and link-local addresses unless allowed;
 * cloud metadata addresses always).
 */
import type { Protocol } from 'puppeteer';
import { assertUrlAllowed, BlockedAddressError, UnresolvableHostError, type HostLookup } from './network-guard.js';

/** What to do with one intercepted request. */
export type RequestDecision =
  | { readonly action: 'continue' }
  | {
      readonly action: 'abort';
      /** DevTools' name of the error Chromium reports for the request (`AccessDenied` -> net::ERR_ACCESS_DENIED). */
      readonly errorReason: Protocol.Network.ErrorReason;
      /** Human-readable reason, e.g. the network guard's message. */
      readonly reason: string;
      /** True when the network guard refused the host (as opposed to a resource-type rule). */
      readonly byNetworkGuard: boolean;
    };

/** The parts of an intercepted request the decision needs. */
export interface InterceptedRequestInfo {
  readonly url: string;
  /** Puppeteer resource type: document, stylesheet, image, media, font, script, xhr, … */
  readonly resourceType: string;
}

/** Options of {@link RequestFilter}. */
export interface RequestFilterOptions {
  /** Let requests reach private, loopback and link-local addresses. @default false */
  readonly allowPrivateNetworks: boolean;
  /** Budget of one network-guard check (DNS resolution). @default 5000 */
  readonly guardTimeoutMs?: number;
  /** Resolver of host names (tests inject one). @default the system resolver */
  readonly lookup?: HostLookup;
}

/** Resource types never downloaded: they cannot contain addresses and cost the most bytes. */
export const BLOCKED_RESOURCE_TYPES: ReadonlySet<string> = new Set(['image', 'media', 'font']);

/**
 * Analytics and advertising hosts (and their subdomains): they never hold contact data and
 * keep the network busy, which would delay the network-idle wait.
 */
export const TRACKER_HOSTS: readonly string[] = [
  'google-analytics.com',
  'googletagmanager.com',
  'googleadservices.com',
  'googlesyndication.com',
  'doubleclick.net',
  'connect.facebook.net',
  'hotjar.com',
  'hotjar.io',
  'clarity.ms',
  'segment.com',
  'segment.io',
  'mixpanel.com',
  'nr-data.net',
  'quantserve.com',
  'scorecardresearch.com',
  'criteo.com',
  'criteo.net',
  'taboola.com',
  'outbrain.com',
  'adnxs.com',
  'bat.bing.com',
  'snap.licdn.com',
  'px.ads.linkedin.com',
  'analytics.tiktok.com',
  'mc.yandex.ru',
  'static.cloudflareinsights.com',
  'stats.wp.com',
  'js.hs-analytics.net',
];

/**
 * Chromium fetches favicons (`<link rel=icon>`, /favicon.ico) with resource type `other`, and
 * sometimes a web font of a stylesheet too (seen with Chromium 156 on a reused tab), so images,
 * fonts and media whose type says `other` are recognised by their URL.
 */
const ASSET_PATH =
  /(?:\.(?:ico|png|gif|jpe?g|svg|webp|avif|bmp|woff2?|ttf|otf|eot|mp4|webm|m4v|mov|mp3|m4a|ogg|oga|wav|flac)|\/favicon[^/]*|apple-touch-icon[^/]*)$/i;

const PASS_THROUGH_SCHEMES = new Set(['data:', 'blob:', 'about:']);
const DEFAULT_GUARD_TIMEOUT_MS = 5000;
const CONTINUE: RequestDecision = Object.freeze({ action: 'continue' });

/**
 * True for a request {@link RequestFilter.decide} drops for what it is (an image, font, media or
 * icon), whatever its host: it can never bring the page anything.
 */
export function isNeverDownloaded(request: InterceptedRequestInfo): boolean {
  if (BLOCKED_RESOURCE_TYPES.has(request.resourceType)) return true;
  if (request.resourceType !== 'other') return false;
  try {
    return ASSET_PATH.test(new URL(request.url).pathname);
  } catch {
    return false;
  }
}

/** True when `hostname` is one of {@link TRACKER_HOSTS} or a subdomain of one. */
export function isTrackerHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return TRACKER_HOSTS.some((tracker) => host === tracker || host.endsWith(`.${tracker}`));
}

/**
 * The rules that need no lookup: what the request is (images, fonts, media, icons, trackers,
 * schemes other than http and https). Returns the decision, or the request's URL when its host
 * must be checked against the network guard.
 */
export function decideByRequestAlone(request: InterceptedRequestInfo): RequestDecision | URL {
  if (BLOCKED_RESOURCE_TYPES.has(request.resourceType)) {
    return abort('BlockedByClient', `${request.resourceType} requests are not downloaded`);
  }
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return abort('Failed', `invalid URL ${request.url}`);
  }
  if (PASS_THROUGH_SCHEMES.has(url.protocol)) return CONTINUE;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return abort('AccessDenied', `${url.protocol} URLs are not fetched`);
  }
  if (request.resourceType === 'other' && ASSET_PATH.test(url.pathname)) {
    return abort('BlockedByClient', 'icons, fonts and media are not downloaded');
  }
  if (isTrackerHost(url.hostname)) return abort('BlockedByClient', `tracker host ${url.hostname}`);
  return url;
}

/**
 * Per-job request policy. The network-guard verdict is cached per host name, so each host is
 * resolved once per job rather than once per request.
 */
export class RequestFilter {
  readonly #allowPrivateNetworks: boolean;
  readonly #guardTimeoutMs: number;
  readonly #lookup: HostLookup | undefined;
  readonly #hostVerdicts = new Map<string, Promise<RequestDecision>>();

  constructor(options: RequestFilterOptions) {
    this.#allowPrivateNetworks = options.allowPrivateNetworks;
    this.#guardTimeoutMs = options.guardTimeoutMs ?? DEFAULT_GUARD_TIMEOUT_MS;
    this.#lookup = options.lookup;
  }

  /** Whether requests may reach private networks (cloud metadata addresses stay refused). */
  get allowPrivateNetworks(): boolean {
    return this.#allowPrivateNetworks;
  }

  /** Decides the fate of one request. Never rejects. */
  async decide(request: InterceptedRequestInfo, signal?: AbortSignal): Promise<RequestDecision> {
    const ruled = decideByRequestAlone(request);
    if (!(ruled instanceof URL)) return ruled;
    const url = ruled;
    const host = url.hostname.toLowerCase();
    let verdict = this.#hostVerdicts.get(host);
    if (!verdict) {
      verdict = this.#checkHost(url.href, signal);
      this.#hostVerdicts.set(host, verdict);
    }
    return verdict;
  }

  async #checkHost(url: string, signal: AbortSignal | undefined): Promise<RequestDecision> {
    try {
      await assertUrlAllowed(
        url,
        { allowPrivateNetworks: this.#allowPrivateNetworks },
        {
          signal: signal ?? new AbortController().signal,
          timeoutMs: this.#guardTimeoutMs,
          ...(this.#lookup ? { lookup: this.#lookup } : {}),
        },
      );
      return CONTINUE;
    } catch (error) {
      if (error instanceof BlockedAddressError) return abort('AccessDenied', error.message, true);
      if (error instanceof UnresolvableHostError) return abort('NameNotResolved', error.message, true);
      return abort('Failed', error instanceof Error ? error.message : String(error), true);
    }
  }
}

function abort(errorReason: Protocol.Network.ErrorReason, reason: string, byNetworkGuard = false): RequestDecision {
  return { action: 'abort', errorReason, reason, byNetworkGuard };
}
