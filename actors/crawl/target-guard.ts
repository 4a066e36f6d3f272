/**
 * The browser-wide half of the network guard. Request interception in a tab sees that tab, its
 * frames and its dedicated workers, but a crawled page can make targets of its own: popups
 * (`window.open`, `target=_blank` links and forms), shared workers and service workers, whose
 * requests no tab sees. One DevTools session on the browser target closes that gap:
 * - it auto-attaches to every new top-level target with `waitForDebuggerOnStart`, so a new
 *   window cannot navigate before this session lets it: the crawler's own tabs (opened by the
 *   pool, no opener) are let go, every other target is closed and never resumed;
 * - it intercepts every request of the whole browser (Fetch at browser level, which pages cannot
 *   turn off) and refuses those made by a refused target (a worker may run a moment before it
 *   is closed, as any DevTools client can resume a worker) and those aimed at a cloud metadata
 *   address, whatever the job's policy. The tab's own interception then applies the job's policy
 *   to what is left;
 * - it applies the default network policy (private networks refused) to requests of any frame
 *   that is not the main frame of a tab lent to a job: a document leaving its job (its tab given
 *   back, unloaded or closed) can start keep-alive fetches and beacons from its pagehide/unload
 *   handlers, which Chromium sends after the tab's own interception has let go of them.
 */
import type { Browser, CDPSession } from 'puppeteer';
import { assertUrlAllowed, classifyAddress, parseHostAsIp } from './network-guard.js';

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

/** Options of {@link guardBrowser}. */
export interface TargetGuardOptions {
  /** Told of every decision (refusals and requests let through), for logs and tests. */
  readonly onDecision?: (decision: GuardDecision) => void;
  /**
   * Whether `frameId` is the main frame of a tab lent to a job now: its requests are left to the
   * tab's own interception (the job's policy). Requests of every other frame, and of none, may
   * not reach private networks.
   * @default every frame is lent (the tab's interception decides everything but refused targets and metadata addresses)
   */
  readonly isLentFrame?: (frameId: string) => boolean;
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

  const isLentFrame = options.isLentFrame ?? (() => true);
  const decide = async (event: RequestPaused): Promise<void> => {
    const lent = event.frameId !== undefined && isLentFrame(event.frameId);
    const reason = refusalReason(event, refusedTargets) ?? (lent ? null : await privateNetworkRefusal(event.request.url));
    const targetType = event.frameId ? refusedTargets.get(event.frameId) : undefined;
    if (reason === null) {
      report({ kind: 'request', refused: false, targetType, url: event.request.url });
      void send(session, 'Fetch.continueRequest', { requestId: event.requestId });
      return;
    }
    requestsRefused += 1;
    report({ kind: 'request', refused: true, targetType, url: event.request.url, reason });
    void send(session, 'Fetch.failRequest', { requestId: event.requestId, errorReason: 'AccessDenied' });
  };
  session.on('Fetch.requestPaused', (event: RequestPaused) => void decide(event));

  await session.send('Fetch.enable', { patterns: [{ urlPattern: '*', requestStage: 'Request' }] });
  await session.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true });
  return { counts: () => ({ targetsRefused, requestsRefused }) };
}

/** Why the browser-wide guard refuses a request, or null to leave it to the tab's own guard. */
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
    return `a request of no job's tab (its document left its job): ${message}`;
  }
}

/** Sends a command whose failure (the request or browser went away) changes nothing. */
async function send(session: CDPSession, method: 'Fetch.continueRequest' | 'Fetch.failRequest', params: object): Promise<void> {
  await (session.send as (method: string, params: object) => Promise<unknown>)(method, params).catch(() => undefined);
}
