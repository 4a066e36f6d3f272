/** Promise races used to bound waits that have no timeout or AbortSignal of their own. */
import { TimeoutError } from 'puppeteer';
import { abortReason } from './abort-reason.js';
/** `promise`, or a rejection when `signal` aborts first. The loser is left to settle silently. */
export function raceAbort(promise, signal) {
    return raceTimeout(promise, 0, signal);
}
/**
 * `promise`, or a rejection after `timeoutMs` (0 = no timeout) or when `signal` aborts,
 * whichever comes first. The losing promise's rejection is swallowed.
 */
export function raceTimeout(promise, timeoutMs, signal) {
    promise.catch(() => undefined);
    return new Promise((resolve, reject) => {
        if (signal.aborted) {
            reject(abortReason(signal));
            return;
        }
        const onTimeout = () => finish(() => reject(new TimeoutError(`timed out after ${timeoutMs} ms`)));
        const timer = timeoutMs > 0 ? setTimeout(onTimeout, timeoutMs) : undefined;
        const onAbort = () => finish(() => reject(abortReason(signal)));
        const finish = (settle) => {
            clearTimeout(timer);
            signal.removeEventListener('abort', onAbort);
            settle();
        };
        signal.addEventListener('abort', onAbort, { once: true });
        promise.then((value) => finish(() => resolve(value)), 
        // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the raced promise's own rejection, passed on unchanged
        (error) => finish(() => reject(error)));
    });
}
//# sourceMappingURL=promise-race.js.map