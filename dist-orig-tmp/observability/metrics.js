/**
 * Prometheus metrics (prom-client) of one process, in one registry: the gateway's `/metrics`
 * serves it, and so does an actor service's `METRICS_PORT`; in embedded mode gateway and
 * actors share the process and so the registry. Components update the metrics below directly;
 * values that live elsewhere (jobs in the store, messages in the work stream) are read at
 * scrape time from the sources registered with {@link addGaugeSource}.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry });
const gaugeSources = new Map();
/**
 * Registers where a gauge reads its values; sources of one gauge are summed. `owner` keys the
 * source (one per store or bus, so embedded mode does not count its single bus twice).
 * @returns its removal
 */
export function addGaugeSource(gauge, owner, source) {
    let sources = gaugeSources.get(gauge);
    if (!sources)
        gaugeSources.set(gauge, (sources = new Map()));
    sources.set(owner, source);
    return () => void sources.delete(owner);
}
async function collectSources(gauge, name) {
    gauge.reset();
    for (const source of gaugeSources.get(name)?.values() ?? []) {
        try {
            for (const [labels, value] of await source())
                gauge.inc(labels, value);
        }
        catch {
            // A source that cannot answer now (bus down) leaves its share out of this scrape.
        }
    }
}
export const jobsStarted = new Counter({
    name: 'prospectlab_jobs_started_total',
    help: 'Jobs started, by kind (SCRAPING, ANALYSIS).',
    labelNames: ['kind'],
    registers: [metricsRegistry],
});
export const jobsFinished = new Counter({
    name: 'prospectlab_jobs_finished_total',
    help: 'Jobs finished, by kind and final status (COMPLETED, FAILED, CANCELLED).',
    labelNames: ['kind', 'status'],
    registers: [metricsRegistry],
});
export const RUNNING_JOBS_GAUGE = 'prospectlab_jobs_running';
export const jobsRunning = new Gauge({
    name: RUNNING_JOBS_GAUGE,
    help: 'Jobs queued or running now, by kind (from the job store).',
    labelNames: ['kind'],
    registers: [metricsRegistry],
    async collect() {
        await collectSources(jobsRunning, RUNNING_JOBS_GAUGE);
    },
});
export const companiesFinished = new Counter({
    name: 'prospectlab_companies_total',
    help: 'Companies of analyses finished, by outcome (analysed, failed).',
    labelNames: ['outcome'],
    registers: [metricsRegistry],
});
export const pagesLoaded = new Counter({
    name: 'prospectlab_pages_total',
    help: 'Pages crawled, by how they were loaded: fetched over plain HTTP (http) or rendered in Chromium (browser).',
    labelNames: ['via'],
    registers: [metricsRegistry],
});
export const crawlErrors = new Counter({
    name: 'prospectlab_crawl_errors_total',
    help: 'Pages that could not be crawled, by cause (a Chromium net::ERR_ code, timeout, blocked, http_4xx, http_5xx, offsite_redirect...).',
    labelNames: ['cause'],
    registers: [metricsRegistry],
});
export const workRedeliveries = new Counter({
    name: 'prospectlab_work_redeliveries_total',
    help: 'Work messages received again after an earlier delivery (an actor crashed, stalled or asked for a retry), by work type.',
    labelNames: ['type'],
    registers: [metricsRegistry],
});
export const deadLetters = new Counter({
    name: 'prospectlab_dead_letters_total',
    help: 'Work messages that ran out of deliveries and were reported failed.',
    registers: [metricsRegistry],
});
export const QUEUE_DEPTH_GAUGE = 'prospectlab_work_queue_messages';
export const workQueueDepth = new Gauge({
    name: QUEUE_DEPTH_GAUGE,
    help: 'Work messages in the work stream now (waiting or being worked on): JetStream or the embedded queue.',
    registers: [metricsRegistry],
    async collect() {
        await collectSources(workQueueDepth, QUEUE_DEPTH_GAUGE);
    },
});
export const activeSubscriptions = new Gauge({
    name: 'prospectlab_graphql_subscriptions_active',
    help: 'Job event subscriptions open now (graphql-ws).',
    registers: [metricsRegistry],
});
export const eventDeliveryDelay = new Histogram({
    name: 'prospectlab_event_delivery_delay_seconds',
    help: 'Time from the moment an event happened (its `at`, stamped by the actor) to the gateway sending it to a subscribed client.',
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [metricsRegistry],
});
export const chromiumLaunches = new Counter({
    name: 'prospectlab_chromium_launches_total',
    help: 'Chromium processes started: the first launch, relaunches after a crash, and recycling.',
    registers: [metricsRegistry],
});
export const requestsRefused = new Counter({
    name: 'prospectlab_requests_refused_total',
    help: 'HTTP and GraphQL requests refused, by error code (UNAUTHENTICATED, RATE_LIMITED, QUERY_TOO_COMPLEX, PAYLOAD_TOO_LARGE...).',
    labelNames: ['code'],
    registers: [metricsRegistry],
});
/** The registry in the Prometheus text format, with its content type. */
export async function metricsText() {
    return { contentType: metricsRegistry.contentType, body: await metricsRegistry.metrics() };
}
// Known label values start at 0, so dashboards and rate() see every series from the first scrape.
for (const kind of ['SCRAPING', 'ANALYSIS']) {
    jobsStarted.inc({ kind }, 0);
    for (const status of ['COMPLETED', 'FAILED', 'CANCELLED'])
        jobsFinished.inc({ kind, status }, 0);
}
for (const outcome of ['analysed', 'failed'])
    companiesFinished.inc({ outcome }, 0);
for (const via of ['http', 'browser'])
    pagesLoaded.inc({ via }, 0);
for (const type of ['scrape', 'company'])
    workRedeliveries.inc({ type }, 0);
//# sourceMappingURL=metrics.js.map