/**
 * The one decision taken when an actor's work throws: deliver it again later, or fail it now
 * with a message for the end user. Every actor goes through {@link decideOnFailure}.
 */
import { retryPolicyOf } from './work-errors.js';
/** Wait before the second delivery; it doubles with each further one. */
export const FIRST_RETRY_DELAY_MS = 1000;
/** Longest wait between two deliveries, whatever the backoff or `Retry-After` ask for. */
export const MAX_RETRY_DELAY_MS = 30_000;
/**
 * Decides what happens to work that threw `error` on `attempt`. Errors carrying a
 * {@link RetryPolicy} are retried only when retryable; errors without one (a bug, a bus hiccup)
 * are retried too, since another service or a fresh browser may succeed. The final attempt
 * always fails.
 *
 * @param what the work in the user's words, e.g. `Scraping https://acme.test/`, prefixed to
 *   messages of errors without a policy (theirs are not meant for users).
 */
export function decideOnFailure(error, attempt, what) {
    const policy = retryPolicyOf(error);
    const cause = error instanceof Error ? error.message : String(error);
    const message = policy ? cause : `${what} failed: ${cause}`;
    if (policy && !policy.retryable)
        return { action: 'fail', message };
    if (attempt.final) {
        return { action: 'fail', message: attempt.delivery > 1 ? `${message} (after ${attempt.delivery} attempts)` : message };
    }
    const delayMs = retryDelayMs(attempt.delivery, policy?.retryAfterMs);
    return { action: 'retry', delayMs, reason: `${what} failed (${cause}); retrying in ${formatSeconds(delayMs)}` };
}
/**
 * Exponential backoff from {@link FIRST_RETRY_DELAY_MS} (1 s, 2 s, 4 s…), or the server's
 * `Retry-After` when it asks for longer, both capped at {@link MAX_RETRY_DELAY_MS}.
 */
export function retryDelayMs(delivery, retryAfterMs) {
    const backoff = FIRST_RETRY_DELAY_MS * 2 ** Math.max(0, Math.min(delivery, 30) - 1);
    return Math.min(MAX_RETRY_DELAY_MS, Math.max(backoff, retryAfterMs ?? 0));
}
function formatSeconds(ms) {
    return `${Math.round(ms / 100) / 10} s`;
}
//# sourceMappingURL=retry-decision.js.map