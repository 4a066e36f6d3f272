/**
 * Waits for a rendered page's content to stop changing: after the load event, for a short quiet
 * window, no request of the page in flight, started or ended, no change to the DOM's nodes, text
 * or links, and no short timer or other deferred work pending or run (see
 * {@link trackScheduledWork}); within a budget, so a page that never goes quiet (polling, a
 * ticking clock) costs the budget and no more. Replaces fixed idle windows: a page whose scripts
 * are done is read after one quiet window; a page filling itself after an XHR is read once that
 * is written.
 */
import type { HTTPRequest, Page } from 'puppeteer';
import { isNeverDownloaded } from './request-filter.js';

/** Options of {@link waitForSettledContent}. */
export interface ContentSettleOptions {
  /** Time without network activity or DOM change that counts as settled. @default 50 */
  readonly quietMs?: number;
  /** Longest wait in all. @default 2000 */
  readonly budgetMs?: number;
  readonly signal: AbortSignal;
}

/** Default of {@link ContentSettleOptions.quietMs}. */
export const CONTENT_QUIET_MS = 50;
/** Default of {@link ContentSettleOptions.budgetMs}. */
export const CONTENT_SETTLE_BUDGET_MS = 2000;

/** How a wait ended: `settled`, or `budget` when the page was still busy when the budget ran out. */
export type SettleOutcome = 'settled' | 'budget';

/**
 * Counts a page's requests in flight, from the moment it is created (before the navigation, so
 * the document's own requests count). Requests the crawl never lets out (images, fonts, icons:
 * the favicon Chromium asks for after the load, say) do not count: they cannot write the page.
 * {@link detach} stops listening.
 */
export class NetworkActivity {
  readonly #page: Page;
  readonly #pending = new Set<HTTPRequest>();
  #lastChangeAt = performance.now();
  #waiters: (() => void)[] = [];

  constructor(page: Page) {
    this.#page = page;
    page.on('request', this.#onStart);
    page.on('requestfinished', this.#onEnd);
    page.on('requestfailed', this.#onEnd);
  }

  /** Requests started and not yet finished or failed. */
  get inFlight(): number {
    return this.#pending.size;
  }

  /** When the last request started, finished or failed (performance.now()). */
  get lastChangeAt(): number {
    return this.#lastChangeAt;
  }

  /**
   * Resolves true once nothing has been in flight for `quietMs`, false when `withinMs` passes
   * first; rejects with the signal's reason when it aborts.
   */
  async quiet(quietMs: number, withinMs: number, signal: AbortSignal): Promise<boolean> {
    const deadline = performance.now() + withinMs;
    for (;;) {
      signal.throwIfAborted();
      const now = performance.now();
      const quietFor = this.#pending.size === 0 ? now - this.#lastChangeAt : 0;
      if (quietFor >= quietMs) return true;
      if (now >= deadline) return false;
      const waitMs = Math.min(deadline - now, this.#pending.size === 0 ? quietMs - quietFor : deadline - now);
      await this.#changeOrTimeout(waitMs, signal);
    }
  }

  detach(): void {
    this.#page.off('request', this.#onStart);
    this.#page.off('requestfinished', this.#onEnd);
    this.#page.off('requestfailed', this.#onEnd);
    this.#wake();
  }

  readonly #onStart = (request: HTTPRequest): void => {
    if (isNeverDownloaded({ url: request.url(), resourceType: request.resourceType() })) return;
    this.#pending.add(request);
    this.#lastChangeAt = performance.now();
    this.#wake();
  };

  readonly #onEnd = (request: HTTPRequest): void => {
    if (!this.#pending.delete(request)) return;
    this.#lastChangeAt = performance.now();
    this.#wake();
  };

  #wake(): void {
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const wake of waiters) wake();
  }

  #changeOrTimeout(ms: number, signal: AbortSignal): Promise<void> {
    return new Promise<void>((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, Math.max(1, ms));
      signal.addEventListener('abort', done, { once: true });
      this.#waiters.push(done);
    });
  }
}

/** Key of the clock {@link trackScheduledWork} keeps in a page. */
const SCHEDULED_WORK_KEY = 'prospectlab.scheduledWork';
/** Timers at most this long are waited for (longer ones are the page's own schedule, not its loading). */
export const SHORT_TIMER_MS = 1000;

/**
 * Installed in every document before its scripts run (`evaluateOnNewDocument`): follows the work
 * a page's scripts schedule for later, so that what it writes is waited for:
 * - `setTimeout` callbacks of at most `shortMs`;
 * - `requestAnimationFrame` and `requestIdleCallback` callbacks asked for outside such a callback
 *   (one-shot deferrals; a loop asking again from its own callback is an animation, not loading);
 * - `MessagePort` messages, with which schedulers (React's among them) cut long work into slices
 *   that change nothing in the DOM until the last one.
 * Under a registered symbol (out of the page's own names) it keeps `busyAt()`: now while such a
 * callback is pending, else when the last one finished running or the last message was posted
 * (what they start, a request say, may take a moment to show), and the page's original
 * `setTimeout`, for the waiting code's own timers. Self-contained (serialised into the page).
 */
export function trackScheduledWork(key: string, shortMs: number): void {
  const g = globalThis as unknown as Record<symbol, unknown> & {
    setTimeout: (handler: unknown, ms?: number, ...rest: unknown[]) => number;
    clearTimeout: (id?: number) => void;
    requestAnimationFrame?: (callback: (time: number) => void) => number;
    cancelAnimationFrame?: (id: number) => void;
    requestIdleCallback?: (callback: (deadline: unknown) => void, options?: unknown) => number;
    cancelIdleCallback?: (id: number) => void;
    MessagePort?: { prototype: { postMessage: (...args: unknown[]) => void } };
  };
  const symbol = Symbol.for(key);
  if (g[symbol]) return;
  const pendingTimers = new Set<number>();
  const pendingFrames = new Set<number>();
  const pendingIdle = new Set<number>();
  let lastRunAt = Number.NEGATIVE_INFINITY;
  /** Frame and idle callbacks running now (a request made from one is a loop's next turn). */
  const running = { frames: 0, idle: 0 };
  const originalSet = g.setTimeout;
  const originalClear = g.clearTimeout;
  Object.defineProperty(g, symbol, {
    value: {
      busyAt: () => (pendingTimers.size + pendingFrames.size + pendingIdle.size > 0 ? performance.now() : lastRunAt),
      setTimeout: (callback: () => void, ms: number) => originalSet.call(g, callback, ms),
    },
    enumerable: false,
  });
  /**
   * `callback`, run as tracked work: out of `pending` when it runs, the clock set when it ends;
   * with no `pending`, a loop's next turn (not waited for). While a frame or idle callback runs,
   * what it asks for of its own kind is a loop's turn.
   */
  const tracked = <A extends unknown[]>(pending: Set<number> | null, idOf: () => number, callback: (...args: A) => unknown, kind?: 'frames' | 'idle') =>
    function (this: unknown, ...args: A): unknown {
      pending?.delete(idOf());
      if (kind) running[kind] += 1;
      try {
        return callback.apply(this, args);
      } finally {
        if (kind) running[kind] -= 1;
        if (pending) lastRunAt = performance.now();
      }
    };
  /** Wraps a `request…`/`cancel…` pair of one-shot deferrals (animation frames, idle callbacks). */
  const trackDeferrals = <C extends (...args: never[]) => unknown>(
    kind: 'frames' | 'idle',
    pending: Set<number>,
    request: (callback: C, ...rest: unknown[]) => number,
    cancel: (id: number) => void,
  ) => ({
    request: (callback: C, ...rest: unknown[]): number => {
      if (typeof callback !== 'function') return request.call(g, callback, ...rest);
      if (running[kind] > 0) return request.call(g, tracked(null, () => 0, callback, kind) as C, ...rest);
      const id: number = request.call(g, tracked(pending, () => id, callback, kind) as C, ...rest);
      pending.add(id);
      return id;
    },
    cancel: (id: number): void => {
      pending.delete(id);
      cancel.call(g, id);
    },
  });
  g.setTimeout = function (handler: unknown, ms?: number, ...rest: unknown[]): number {
    // Pages pass delays of any type (strings, undefined): the browser converts them the same way.
    const delayMs = Number(ms);
    if (typeof handler !== 'function' || !((Number.isNaN(delayMs) ? 0 : delayMs) <= shortMs)) return originalSet.call(g, handler, ms, ...rest);
    const id: number = originalSet.call(
      g,
      tracked(pendingTimers, () => id, handler as (...a: unknown[]) => unknown),
      ms,
      ...rest,
    );
    pendingTimers.add(id);
    return id;
  };
  g.clearTimeout = function (id?: number): void {
    if (id !== undefined) pendingTimers.delete(id);
    originalClear.call(g, id);
  };
  if (g.requestAnimationFrame && g.cancelAnimationFrame) {
    const frames = trackDeferrals('frames', pendingFrames, g.requestAnimationFrame, g.cancelAnimationFrame);
    g.requestAnimationFrame = frames.request;
    g.cancelAnimationFrame = frames.cancel;
  }
  if (g.requestIdleCallback && g.cancelIdleCallback) {
    const idle = trackDeferrals('idle', pendingIdle, g.requestIdleCallback, g.cancelIdleCallback);
    g.requestIdleCallback = idle.request;
    g.cancelIdleCallback = idle.cancel;
  }
  const port = g.MessagePort?.prototype;
  if (port) {
    const originalPost = port.postMessage;
    port.postMessage = function (this: unknown, ...args: unknown[]): void {
      lastRunAt = performance.now();
      originalPost.apply(this, args);
    };
  }
}

/** Arguments of {@link trackScheduledWork} as pages get them. */
export const SCHEDULED_WORK_TRACKING: readonly [string, number] = [SCHEDULED_WORK_KEY, SHORT_TIMER_MS];

/** Key of the last-change clock {@link trackDomChanges} keeps in a page. */
const DOM_CHANGES_KEY = 'prospectlab.domChangedAt';

/**
 * Installed in every document before its scripts run (`evaluateOnNewDocument`): from
 * DOMContentLoaded on, records when the DOM's nodes, text or links last changed, the load event
 * counting as a change. A wait for the content to settle that starts later then counts the quiet
 * time already passed instead of watching a whole window from its own start. Self-contained
 * (serialised into the page); the clock sits under a registered symbol, out of the page's names.
 * Changes are those of nodes, text, and the addresses of links and frames.
 */
export function trackDomChanges(key: string): void {
  const g = globalThis as unknown as Record<symbol, unknown> & {
    document: { addEventListener(type: string, listener: () => void, options: unknown): void };
    addEventListener(type: string, listener: () => void, options: unknown): void;
    MutationObserver: new (callback: () => void) => { observe(target: unknown, options: unknown): void };
  };
  const symbol = Symbol.for(key);
  if (g[symbol]) return;
  let watching = false;
  let changedAt = performance.now();
  // Before DOMContentLoaded the parser is still writing: the DOM counts as changing now.
  Object.defineProperty(g, symbol, { value: () => (watching ? changedAt : performance.now()), enumerable: false });
  const touch = (): void => {
    changedAt = performance.now();
  };
  g.document.addEventListener(
    'DOMContentLoaded',
    () => {
      touch();
      watching = true;
      new g.MutationObserver(touch).observe(g.document, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
        attributeFilter: ['href', 'src'],
      });
    },
    { once: true, capture: true },
  );
  g.addEventListener('load', touch, { once: true });
}

/** Arguments of {@link trackDomChanges} as pages get them. */
export const DOM_CHANGE_TRACKING: readonly [string] = [DOM_CHANGES_KEY];

/**
 * In the page: resolves true once the document is complete and, for `quietMs`, no deferred work
 * (see {@link trackScheduledWork}) has been pending or run and the DOM has not changed (see
 * {@link trackDomChanges}), nor since `notBeforeAgoMs` ago, when the network last moved; false
 * after `maxMs`. Every page of the crawler's browser has both trackers (installed when its tab is
 * opened); a document without the DOM clock counts as changing, so it costs the budget.
 * Serialised into the page, so self-contained.
 */
function domQuietInPage(quietMs: number, maxMs: number, notBeforeAgoMs: number, workKey: string, changesKey: string): Promise<boolean> {
  const g = globalThis as unknown as Record<symbol, unknown> & {
    document: { readyState: string };
    setTimeout(callback: () => void, ms: number): unknown;
  };
  return new Promise<boolean>((resolve) => {
    const startedAt = performance.now();
    const floor = startedAt - notBeforeAgoMs;
    const domChangedAt = (g[Symbol.for(changesKey)] as (() => number) | undefined) ?? (() => performance.now());
    const work = g[Symbol.for(workKey)] as { readonly busyAt: () => number; readonly setTimeout: (callback: () => void, ms: number) => unknown } | undefined;
    const workBusyAt = work ? work.busyAt : () => Number.NEGATIVE_INFINITY;
    // The tracker's own setTimeout: a wait's checks must not count as the page's timers.
    const setTimer = work ? work.setTimeout : (callback: () => void, ms: number): unknown => g.setTimeout(callback, ms);
    const check = (): void => {
      const now = performance.now();
      const quietFor = now - Math.max(floor, workBusyAt(), domChangedAt());
      const complete = g.document.readyState === 'complete';
      if ((complete && quietFor >= quietMs) || now - startedAt >= maxMs) {
        resolve(complete && quietFor >= quietMs);
        return;
      }
      // Still loading: look again soon; complete: come back when the window would be quiet.
      const untilQuiet = complete ? quietMs - quietFor : Math.min(quietMs, 10);
      setTimer(check, Math.max(1, Math.min(untilQuiet, maxMs - (now - startedAt))));
    };
    check();
  });
}

/**
 * Waits for the page's content to settle (see the file comment). Rejects with the signal's
 * reason when it aborts, or with the page's error when it cannot be evaluated (navigated away,
 * closed): the caller reads what it can.
 */
export async function waitForSettledContent(page: Page, activity: NetworkActivity, options: ContentSettleOptions): Promise<SettleOutcome> {
  const quietMs = options.quietMs ?? CONTENT_QUIET_MS;
  const deadline = performance.now() + (options.budgetMs ?? CONTENT_SETTLE_BUDGET_MS);
  const { signal } = options;
  for (;;) {
    const domWatchedFrom = performance.now();
    const remainingMs = deadline - domWatchedFrom;
    if (remainingMs <= 0) return 'budget';
    // The DOM is watched while the network quiets down, not after, and its quiet time so far
    // counts: a page whose scripts were done at its load is read one quiet window after it.
    // What a request's end writes must be followed by a quiet window too.
    const sinceNetworkMovedMs = activity.inFlight === 0 ? Math.max(0, Math.floor(domWatchedFrom - activity.lastChangeAt)) : 0;
    const [networkQuiet, domQuiet] = await Promise.all([
      activity.quiet(quietMs, remainingMs, signal),
      page.evaluate(domQuietInPage, quietMs, Math.max(quietMs, Math.round(remainingMs)), sinceNetworkMovedMs, SCHEDULED_WORK_KEY, DOM_CHANGES_KEY),
    ]);
    signal.throwIfAborted();
    if (!networkQuiet || !domQuiet) return 'budget';
    // A request that started or ended while the DOM was watched may still write the page: watch again.
    if (activity.inFlight === 0 && activity.lastChangeAt <= domWatchedFrom) return 'settled';
  }
}
