import { companiesFinished, jobsFinished, jobsStarted } from '../../observability/metrics.js';
const FINAL_STATUS = {
    ScrapingCompleted: 'COMPLETED',
    ScrapingFailed: 'FAILED',
    ScrapingCancelled: 'CANCELLED',
    AnalysisCompleted: 'COMPLETED',
    AnalysisFailed: 'FAILED',
    AnalysisCancelled: 'CANCELLED',
};
export class JobTelemetry {
    #store;
    #logger;
    constructor(store, logger) {
        this.#store = store;
        this.#logger = logger;
    }
    /** Called for every event once it is stored (and published). */
    onEvent(event) {
        this.#observe(event).catch((error) => this.#logger.warn({ err: error, jobId: event.jobId }, 'Could not record job telemetry'));
    }
    /** Called for every actor message that changed a job. */
    onActorMessage(message) {
        if (message.type === 'company.completed')
            companiesFinished.inc({ outcome: 'analysed' });
    }
    async #observe(event) {
        if (event.type === 'ScrapingStarted' || event.type === 'AnalysisStarted') {
            const job = await this.#store.getJob(event.jobId);
            const kind = job?.kind ?? (event.type === 'ScrapingStarted' ? 'SCRAPING' : 'ANALYSIS');
            jobsStarted.inc({ kind });
            const detail = event.type === 'ScrapingStarted' ? { url: event.url } : { companies: event.total };
            this.#logger.info({ event: 'job.started', jobId: event.jobId, kind, ...detail }, `Job ${event.jobId} started`);
            return;
        }
        if (event.type === 'AnalysisItemFailed') {
            companiesFinished.inc({ outcome: 'failed' });
            this.#logger.warn({ event: 'company.failed', jobId: event.jobId, company: event.company, cause: event.error }, `Company ${event.company} failed: ${event.error}`);
            return;
        }
        const status = FINAL_STATUS[event.type];
        if (!status)
            return;
        const job = await this.#store.getJob(event.jobId);
        if (!job)
            return;
        jobsFinished.inc({ kind: job.kind, status });
        const fields = { event: 'job.finished', jobId: job.id, kind: job.kind, status, durationMs: durationMs(job), ...(await this.#counts(job)) };
        const error = 'error' in event ? event.error : null;
        if (status === 'FAILED')
            this.#logger.warn({ ...fields, error }, `Job ${job.id} failed: ${error ?? 'unknown error'}`);
        else
            this.#logger.info(fields, `Job ${job.id} ${status.toLowerCase()}`);
    }
    async #counts(job) {
        if (job.kind === 'SCRAPING')
            return { pages: job.pagesVisited, emails: await this.#store.scrapeEmailCount(job.id) };
        const counts = await this.#store.analysis.counts(job.id);
        let pages = 0;
        let emails = 0;
        for (const company of await this.#store.analysis.companies(job.id)) {
            pages += company.pagesVisited;
            emails += company.report?.emails.length ?? 0;
        }
        return { companies: counts.total, succeeded: counts.succeeded, failed: counts.failed, cancelled: counts.cancelled, pages, emails };
    }
}
function durationMs(job) {
    const end = job.finishedAt?.getTime() ?? Date.now();
    return Math.max(0, end - (job.startedAt ?? job.createdAt).getTime());
}
//# sourceMappingURL=job-telemetry.js.map