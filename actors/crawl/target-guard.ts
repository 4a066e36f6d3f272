/**
 * The network guard of the whole browser: one DevTools session on the browser target sees every
 * target and every request, including those no tab sees (popups, shared and service workers,
 * keep-alive fetches and beacons a document sends as it unloads), and decides each request once:
 * - it auto-attaches to every new top-level target with `waitForDebuggerOnStart`, so a new
 *   window cannot navigate before this session lets it: the crawler's own tabs (opened by the
 *   pool, no opener) are let go, every other target is closed and never resumed;
 * - it intercepts every request of the whole browser (Fetch at browser level, which pages cannot
 *   turn off) and refuses those made by a refused target (a worker may run a moment before it
 *   is closed, as any DevTools client can resume a worker) and those aimed at a cloud metadata
 *   address, whatever the job's policy;
 * - it hands a request of the main frame of a crawler tab to that tab's job
 *   ({@link TargetGuardOptions.decideForTab}: the job's network policy, and the document it
 *   already fetched for a navigation, served from memory);
 * - it drops the requests of every other frame that bring nothing (images, fonts, media, icons,
 *   trackers) and refuses them private networks (the default network policy).
 * The tabs have no request interception of their own: a request is paused once, not twice.
 */
import type { Browser, CDPSession, Protocol } from 'puppeteer';
import { assertUrlAllowed, classifyAddress, parseHostAsIp } from './network-guard.js';
import { decideByRequestAlone } from './request-filter.js';

/** One decision of the browser-wide guard. */
export interface GuardDecision {
  /** `target`: a new window or worker; `request`: one network request. */
  readonly kind: 'target' | 'request';
  readonly refused: boolean;
  /** DevTools type of the target concerned (`page`, `shared_worker`, `service_worker`, …), when known. */
  readonly targetType: string | undefined;
  /** URL of the request, or of the target when created (often empty for a popup). */
  readonly url: string;
  /** Why it was refused. */
  readonly reason?: string;
}

/** A request paused by the guard, as a job's policy reads it. */
export interface GuardedRequest {
  readonly url: string;
  /** Resource type in Puppeteer's spelling: `document`, `script`, `image`, `other`… */
  readonly resourceType: string;
  /** The frame that made it; absent for some workers' requests. */
  readonly frameId: string | undefined;
}

/** A response served from memory instead of the network (`Fetch.fulfillRequest`). */
export interface FulfilledResponse {
  readonly status: number;
  /** Header lines in order; a header may repeat (`set-cookie`). */
  readonly headers: readonly { readonly name: string; readonly value: string }[];
  readonly body: string;
}

/** What a tab's job decided for one of its requests. */
export type TabVerdict =
  | { readonly action: 'continue' }
  | { readonly action: 'abort'; readonly errorReason: Protocol.Network.ErrorReason }
  | { readonly action: 'fulfil'; readonly response: FulfilledResponse };

/** Options of {@link guardBrowser}. */
export interface TargetGuardOptions {
  /** Told of every decision of the guard's own (refusals and requests let through), for logs and tests. */
  readonly onDecision?: (decision: GuardDecision) => void;
  /**
   * The verdict on a request of a crawler tab's main frame, from the job the tab works for (or a
   * refusal for a tab no job holds); undefined when `request.frameId` is not the main frame of
   * a crawler tab: the request then gets the default policy. Called after the refused-target and
   * metadata checks only.
   * @default undefined for every request (every request gets the default policy)
   */
  readonly decideForTab?: (request: GuardedRequest) => TabVerdict | Promise<TabVerdict | undefined> | undefined;
}

/** Counters of a {@link TargetGuard}. */
export interface TargetGuardCounts {
  /** Popups and workers closed at birth. */
  readonly targetsRefused: number;
  /** Requests refused at browser level (refused targets' and cloud metadata requests). */
  readonly requestsRefused: number;
}

/** The guard of one Chromium; see the file comment. */
export interface TargetGuard {
  counts(): TargetGuardCounts;
}

/** Top-level targets that are not a page's doing: the crawler's own tabs and Chromium's own UI. */
const ALLOWED_TARGET_TYPES = new Set(['page', 'browser', 'tab', 'browser_ui']);

interface AttachedToTarget {
  readonly sessionId: string;
  readonly targetInfo: {
    readonly targetId: string;
    readonly type: string;
    readonly url: string;
    readonly openerId?: string;
    readonly openerFrameId?: string;
  };
}

interface RequestPaused {
  readonly requestId: string;
  readonly request: { readonly url: string };
  readonly frameId?: string;
  readonly resourceType: string;
}

/**
 * Puts `browser` under the browser-wide guard. Resolves once every later target and request
 * is covered.
 */
export async function guardBrowser(browser: Browser, options: TargetGuardOptions = {}): Promise<TargetGuard> {
  const session = await browser.target().createCDPSession();
  const refusedTargets = new Map<string, string>();
  let targetsRefused = 0;
  let requestsRefused = 0;
  const report = (decision: GuardDecision): void => {
    try {
      options.onDecision?.(decision);
    } catch {
      // An observer's failure must not change a decision.
    }
  };

  session.on('Target.attachedToTarget', (event: AttachedToTarget) => {
    const { targetInfo } = event;
    const child = session.connection()?.session(event.sessionId) ?? null;
    const isPopup = targetInfo.openerId !== undefined || targetInfo.openerFrameId !== undefined;
    if (ALLOWED_TARGET_TYPES.has(targetInfo.type) && !(targetInfo.type === 'page' && isPopup)) {
      void child?.send('Runtime.runIfWaitingForDebugger').catch(() => undefined);
      return;
    }
    // Recorded before anything else runs: this target's requests are refused from now on. Kept
    // for the browser's life (recycled after a bounded number of pages): a closed service worker
    // may be started again under the same id.
    const reason = isPopup ? 'pages may not open windows' : `pages may not start a ${targetInfo.type}`;
    refusedTargets.set(targetInfo.targetId, targetInfo.type);
    targetsRefused += 1;
    report({ kind: 'target', refused: true, targetType: targetInfo.type, url: targetInfo.url, reason });
    void session.send('Target.closeTarget', { targetId: targetInfo.targetId }).catch(() => undefined);
  });

  const refuse = (event: RequestPaused, reason: string): void => {
    requestsRefused += 1;
    const targetType = event.frameId ? refusedTargets.get(event.frameId) : undefined;
    report({ kind: 'request', refused: true, targetType, url: event.request.url, reason });
    void send(session, 'Fetch.failRequest', { requestId: event.requestId, errorReason: 'AccessDenied' });
  };
  const decide = async (event: RequestPaused): Promise<void> => {
    const refusal = refusalReason(event, refusedTargets);
    if (refusal !== null) return refuse(event, refusal);
    const request: GuardedRequest = { url: event.request.url, resourceType: event.resourceType.toLowerCase(), frameId: event.frameId };
    const verdict = (await options.decideForTab?.(request)) ?? decideByRequestAlone(request);
    if (!(verdict instanceof URL)) return applyVerdict(session, event.requestId, verdict);
    const reason = await privateNetworkRefusal(event.request.url);
    if (reason !== null) return refuse(event, reason);
    report({ kind: 'request', refused: false, targetType: undefined, url: event.request.url });
    void send(session, 'Fetch.continueRequest', { requestId: event.requestId });
  };
  session.on('Fetch.requestPaused', (event: RequestPaused) => {
    // Fail closed: a verdict that cannot be reached refuses the request.
    decide(event).catch((error: unknown) => refuse(event, `no verdict: ${error instanceof Error ? error.message : String(error)}`));
  });

  await session.send('Fetch.enable', { patterns: [{ urlPattern: '*', requestStage: 'Request' }] });
  await session.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true });
  return { counts: () => ({ targetsRefused, requestsRefused }) };
}

/** Why the guard refuses a request whatever made it, or null to go on (the tab's job, or the default policy, decides). */
function refusalReason(event: RequestPaused, refusedTargets: ReadonlyMap<string, string>): string | null {
  const refusedType = event.frameId ? refusedTargets.get(event.frameId) : undefined;
  if (refusedType !== undefined) return `a refused ${refusedType} may not use the network`;
  let hostname: string;
  try {
    hostname = new URL(event.request.url).hostname;
  } catch {
    return 'invalid URL';
  }
  const ip = parseHostAsIp(hostname);
  if (ip !== null && classifyAddress(ip) === 'metadata') return `${ip} is a cloud metadata address`;
  return null;
}

/** Budget of the DNS check of a request no job owns. */
const UNOWNED_REQUEST_DNS_TIMEOUT_MS = 5000;

/** Why the default network policy (private networks refused) refuses `url`, or null. */
async function privateNetworkRefusal(url: string): Promise<string | null> {
  try {
    await assertUrlAllowed(url, { allowPrivateNetworks: false }, { timeoutMs: UNOWNED_REQUEST_DNS_TIMEOUT_MS });
    return null;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return `a request not made by the main frame of a job's tab (a frame, a worker or a popup): ${message}`;
  }
}

/** Carries out a tab's verdict on a paused request. */
function applyVerdict(session: CDPSession, requestId: string, verdict: TabVerdict): void {
  if (verdict.action === 'continue') {
    void send(session, 'Fetch.continueRequest', { requestId });
  } else if (verdict.action === 'abort') {
    void send(session, 'Fetch.failRequest', { requestId, errorReason: verdict.errorReason });
  } else {
    const { response } = verdict;
    void send(session, 'Fetch.fulfillRequest', {
      requestId,
      responseCode: response.status,
      responseHeaders: response.headers,
      body: Buffer.from(response.body).toString('base64'),
    });
  }
}

/** Sends a command whose failure (the request or browser went away) changes nothing. */
async function send(session: CDPSession, method: 'Fetch.continueRequest' | 'Fetch.failRequest' | 'Fetch.fulfillRequest', params: object): Promise<void> {
  await (session.send as (method: string, params: object) => Promise<unknown>)(method, params).catch(() => undefined);
}
