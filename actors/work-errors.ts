/**
 * Errors named by what happens next to the work that met them (as crawlee names its own): the
 * work is delivered again later, or it fails at once. Errors of lower layers (the crawler's
 * `StartPageError`, `PageLoadError`, `InvalidCrawlOptionsError`…) carry the same
 * {@link RetryPolicy}; `decideOnFailure` (retry-decision.ts) reads it.
 */

/** What an error says about trying the same work again. */
export interface RetryPolicy {
  /** True when the cause may pass (server busy, connection refused, timeout, browser crash). */
  readonly retryable: boolean;
  /** The shortest sensible wait before the next attempt (e.g. from `Retry-After`), in ms. */
  readonly retryAfterMs?: number | undefined;
}

/** The work failed for a reason that may pass: it is handed back for redelivery. */
export class RetryableError extends Error implements RetryPolicy {
  override readonly name: string = 'RetryableError';
  readonly retryable = true;
  readonly retryAfterMs: number | undefined;
  constructor(message: string, options: { readonly cause?: unknown; readonly retryAfterMs?: number } = {}) {
    super(message, { cause: options.cause });
    this.retryAfterMs = options.retryAfterMs;
  }
}

/** Another attempt cannot help (bad input, missing page, refused by robots.txt): the work fails at once. */
export class NonRetryableError extends Error implements RetryPolicy {
  override readonly name: string = 'NonRetryableError';
  readonly retryable = false;
  constructor(message: string, options: { readonly cause?: unknown } = {}) {
    super(message, { cause: options.cause });
  }
}

/** The error's own retry policy, when it carries one; its message is then meant for the end user. */
export function retryPolicyOf(error: unknown): RetryPolicy | null {
  if (!(error instanceof Error) || typeof (error as Partial<RetryPolicy>).retryable !== 'boolean') return null;
  const { retryable, retryAfterMs } = error as Error & RetryPolicy;
  return typeof retryAfterMs === 'number' && Number.isFinite(retryAfterMs) && retryAfterMs >= 0 ? { retryable, retryAfterMs } : { retryable };
}
