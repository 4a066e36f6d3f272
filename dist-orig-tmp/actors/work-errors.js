/**
 * Errors named by what happens next to the work that met them (as crawlee names its own): the
 * work is delivered again later, or it fails at once. Errors of lower layers (the crawler's
 * `StartPageError`, `PageLoadError`, `InvalidCrawlOptionsError`…) carry the same
 * {@link RetryPolicy}; `decideOnFailure` (retry-decision.ts) reads it.
 */
/** The work failed for a reason that may pass: it is handed back for redelivery. */
export class RetryableError extends Error {
    name = 'RetryableError';
    retryable = true;
    retryAfterMs;
    constructor(message, options = {}) {
        super(message, { cause: options.cause });
        this.retryAfterMs = options.retryAfterMs;
    }
}
/** Another attempt cannot help (bad input, missing page, refused by robots.txt): the work fails at once. */
export class NonRetryableError extends Error {
    name = 'NonRetryableError';
    retryable = false;
    constructor(message, options = {}) {
        super(message, { cause: options.cause });
    }
}
/** The error's own retry policy, when it carries one; its message is then meant for the end user. */
export function retryPolicyOf(error) {
    if (!(error instanceof Error) || typeof error.retryable !== 'boolean')
        return null;
    const { retryable, retryAfterMs } = error;
    return typeof retryAfterMs === 'number' && Number.isFinite(retryAfterMs) && retryAfterMs >= 0 ? { retryable, retryAfterMs } : { retryable };
}
//# sourceMappingURL=work-errors.js.map