import { ActorOutput } from './actor-output.js';
import { resolveCrawlOptions } from './crawl/crawl-options.js';
import { crawlSite } from './crawl/crawler.js';
import { decideOnFailure } from './retry-decision.js';
import { RetryableError } from './work-errors.js';
/**
 * Runs one crawl actor. Resolves `aborted` when `signal` fires (nothing more is sent: the
 * gateway has already ended a cancelled job), `failed` once the failure is reported.
 *
 * @throws RetryableError when the work should be delivered again; its `retryAfterMs` is the
 *   pause decided by {@link decideOnFailure}.
 */
export async function runCrawlActor(spec, deps, signal) {
    const out = new ActorOutput({ bus: deps.bus, jobId: spec.jobId, ...(deps.warn ? { warn: deps.warn } : {}) });
    const send = (message) => void out.send(message);
    let currentUrl = spec.startUrl;
    let lastProgressAt = Date.now();
    const progress = () => {
        lastProgressAt = Date.now();
        send(spec.progressMessage(currentUrl));
    };
    const timer = setInterval(() => {
        if (Date.now() - lastProgressAt >= spec.progressIntervalMs * 0.9)
            progress();
    }, spec.progressIntervalMs);
    let context = null;
    send(spec.startedMessage);
    try {
        const options = resolveCrawlOptions({
            ...spec.crawlOptions,
            allowPrivateNetworks: deps.allowPrivateNetworks,
            pageTimeoutMs: deps.pageTimeoutMs,
            renderMode: deps.renderMode,
        });
        context = await deps.browser.newContext({ allowPrivateNetworks: options.allowPrivateNetworks });
        const hooks = {
            ...spec.hooks({ send, progress }),
            onPageStart(url) {
                currentUrl = url;
            },
        };
        const summary = await crawlSite(context, spec.startUrl, options, hooks, signal);
        if (signal.aborted || summary.stoppedBy === 'aborted')
            return 'aborted';
        const completed = await spec.completedMessage(summary, signal);
        if (signal.aborted)
            return 'aborted';
        send(completed);
        return 'completed';
    }
    catch (error) {
        if (signal.aborted)
            return 'aborted';
        const decision = decideOnFailure(error, { delivery: deps.delivery ?? 1, final: deps.finalAttempt }, spec.what);
        if (decision.action === 'retry')
            throw new RetryableError(decision.reason, { cause: error, retryAfterMs: decision.delayMs });
        send(spec.failedMessage(decision.message));
        return 'failed';
    }
    finally {
        clearInterval(timer);
        await context?.dispose();
        await out.flush();
    }
}
//# sourceMappingURL=crawl-actor-runner.js.map