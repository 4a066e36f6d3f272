import { defaultLogger, warnTo } from '../observability/logger.js';
import { addGaugeSource, QUEUE_DEPTH_GAUGE, workRedeliveries } from '../observability/metrics.js';
import { ACTOR_CONSUMER, ACTOR_STREAM, jobIdFromSubject, subjects, WORK_STREAM } from '../schema/subjects.js';
import { InvalidMessageError } from '../schema/wire.js';
import { parseWork } from '../schema/work.js';
import { ACTOR_SERVICE_DEFAULTS } from './actor-service-defaults.js';
import { runCompanyActor } from './company.actor.js';
import { MailDomainChecker } from './dns/mail-domain-checker.js';
import { launchBrowser } from './crawl/browser.js';
import { resolveCrawlOptions } from './crawl/crawl-options.js';
import { retryDelayMs } from './retry-decision.js';
import { runScrapingActor } from './scraping.actor.js';
import { RetryableError } from './work-errors.js';
const SHUTDOWN = 'shutdown';
const STATE_TIMEOUT_MS = 2000;
const FINISHED = new Set(['COMPLETED', 'FAILED', 'CANCELLED']);
export async function startActorService(options) {
    const { bus } = options;
    const logger = options.logger ?? defaultLogger();
    const warn = warnTo(logger);
    const ackWaitMs = options.ackWaitMs ?? ACTOR_SERVICE_DEFAULTS.ackWaitMs;
    const maxDeliver = options.maxDeliver ?? ACTOR_SERVICE_DEFAULTS.maxDeliver;
    // Checked once here, so a bad setting stops the service instead of failing every job.
    const { allowPrivateNetworks, pageTimeoutMs, renderMode } = resolveCrawlOptions({
        allowPrivateNetworks: options.allowPrivateNetworks,
        pageTimeoutMs: options.pageTimeoutMs,
        renderMode: options.renderMode,
    });
    const crawl = { allowPrivateNetworks, pageTimeoutMs, renderMode };
    await bus.ensureStream(WORK_STREAM);
    await bus.ensureStream(ACTOR_STREAM);
    const browser = await launchBrowser(options.maxBrowserPages ? { maxConcurrentPages: options.maxBrowserPages } : {});
    /** Work running now, keyed by job id and company index. */
    const running = new Map();
    const recentlyCancelled = new Set();
    const subscriptions = [
        bus.subscribe(subjects.allCancels, {
            callback: (msg) => {
                const jobId = jobIdFromSubject(msg.subject);
                if (!jobId)
                    return;
                recentlyCancelled.add(jobId);
                if (recentlyCancelled.size > 10_000)
                    recentlyCancelled.delete(recentlyCancelled.values().next().value);
                for (const entry of running.values())
                    if (entry.jobId === jobId)
                        entry.controller.abort('cancelled');
            },
        }),
        bus.subscribe(subjects.actorHealth, {
            queue: 'actors',
            callback: (msg) => msg.respond({ browser: browser.isConnected() }),
        }),
    ];
    const stillWanted = async (jobId) => {
        if (recentlyCancelled.has(jobId))
            return false;
        try {
            const reply = (await bus.request(subjects.jobState, { jobId }, STATE_TIMEOUT_MS));
            return !FINISHED.has(reply?.status ?? '');
        }
        catch {
            return true; // gateway unreachable: do the work, the gateway drops results of finished jobs
        }
    };
    const mailDomainChecker = new MailDomainChecker({ servers: options.dnsServers ?? [] });
    const run = (work, msg, signal) => {
        const deps = { ...crawl, mailDomainChecker, bus, browser, warn, delivery: msg.deliveryCount, finalAttempt: msg.deliveryCount >= maxDeliver };
        return work.type === 'scrape' ? runScrapingActor(work, deps, signal) : runCompanyActor(work, deps, signal);
    };
    const handle = async (msg) => {
        let work;
        try {
            work = parseWork(msg.data);
        }
        catch (error) {
            if (error instanceof InvalidMessageError) {
                warn(`Dropping invalid work on ${msg.subject}: ${error.message}`);
                msg.term();
                return;
            }
            throw error;
        }
        // Alive from the start: asking the gateway whether the job is still wanted may take longer than the ack wait.
        const heartbeat = setInterval(() => msg.working(), Math.max(100, Math.floor(ackWaitMs / 3)));
        if (!(await stillWanted(work.jobId))) {
            clearInterval(heartbeat);
            await msg.ack();
            return;
        }
        const key = work.type === 'scrape' ? work.jobId : `${work.jobId}:${work.index}`;
        if (msg.deliveryCount > 1) {
            workRedeliveries.inc({ type: work.type });
            logger.info({ event: 'work.redelivered', jobId: work.jobId, type: work.type, delivery: msg.deliveryCount, maxDeliver }, `Work for job ${work.jobId} delivered again (delivery ${msg.deliveryCount} of ${maxDeliver})`);
        }
        const controller = new AbortController();
        running.set(key, { jobId: work.jobId, controller });
        try {
            await run(work, msg, controller.signal);
            if (controller.signal.reason === SHUTDOWN)
                msg.nak();
            else
                await msg.ack();
        }
        catch (error) {
            if (!(error instanceof RetryableError))
                throw error;
            warn(`${error.message} (delivery ${msg.deliveryCount} of ${maxDeliver})`, error.cause);
            msg.nak(error.retryAfterMs ?? retryDelayMs(msg.deliveryCount));
        }
        finally {
            clearInterval(heartbeat);
            running.delete(key);
        }
    };
    const consumer = await bus.consume({
        stream: WORK_STREAM,
        durable: ACTOR_CONSUMER,
        filterSubject: subjects.allWork,
        maxInFlight: options.maxConcurrentJobs ?? ACTOR_SERVICE_DEFAULTS.maxConcurrentJobs,
        ackWaitMs,
        maxDeliver,
    }, handle);
    const removeQueueDepth = addGaugeSource(QUEUE_DEPTH_GAUGE, bus, async () => [[{}, (await bus.storedMessageCount?.(WORK_STREAM.name)) ?? 0]]);
    let stopping = null;
    return {
        get runningJobs() {
            return running.size;
        },
        stop() {
            stopping ??= (async () => {
                removeQueueDepth();
                const stopped = consumer.stop();
                for (const entry of running.values())
                    entry.controller.abort(SHUTDOWN);
                await stopped;
                for (const s of subscriptions)
                    s.unsubscribe();
                await browser.dispose();
            })();
            return stopping;
        },
    };
}
//# sourceMappingURL=actor-service.js.map