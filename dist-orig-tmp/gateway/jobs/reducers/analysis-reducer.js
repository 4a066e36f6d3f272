import { NOTHING, ReductionBuilder } from './reduction.js';
/** A reduction under way, with the company counts as they will be once it is applied. */
class AnalysisDraft extends ReductionBuilder {
    state;
    at;
    counts;
    constructor(state, at) {
        super();
        this.state = state;
        this.at = at;
        this.counts = { ...state.counts };
    }
    get jobId() {
        return this.state.job.id;
    }
    progress(company, message) {
        const { succeeded, failed, total } = this.counts;
        const current = succeeded + failed;
        const percentage = total ? Math.round((10_000 * current) / total) / 100 : 100;
        this.change({ type: 'job', patch: { progress: percentage } });
        this.event({ jobId: this.jobId, at: this.at, type: 'AnalysisProgress', current, total, percentage, message, company: company.name });
    }
    /** Counts a RUNNING company that ends OK or FAILED. */
    countFinished(to) {
        this.counts.running--;
        if (to === 'OK')
            this.counts.succeeded++;
        else
            this.counts.failed++;
    }
    /**
     * Queues more companies, up to the job's concurrency, or completes the job when none is
     * left. `candidates`: PENDING companies in the order to queue them.
     */
    scheduleOrComplete(candidates, startedAt) {
        const { job } = this.state;
        if (this.counts.pending === 0 && this.counts.running === 0) {
            const started = startedAt ?? job.startedAt ?? job.createdAt;
            this.change({ type: 'job', patch: { status: 'COMPLETED', error: null, finishedAt: new Date(this.at) } });
            this.event({
                jobId: this.jobId,
                at: this.at,
                type: 'AnalysisCompleted',
                total: this.counts.total,
                succeeded: this.counts.succeeded,
                failed: this.counts.failed,
                durationMs: Math.max(0, Date.parse(this.at) - started.getTime()),
            });
            return;
        }
        const options = job.input.options;
        const free = options.concurrency - this.counts.running;
        for (const company of candidates.slice(0, Math.max(0, free))) {
            this.counts.pending--;
            this.counts.running++;
            this.change({ type: 'company', index: company.index, patch: { status: 'RUNNING' } });
            this.send(companyWork(this.jobId, company, options));
        }
    }
}
function companyWork(jobId, company, options) {
    return {
        type: 'company',
        jobId,
        index: company.index,
        company: { ...company.input, website: company.input.website },
        limits: { maxPages: options.maxPagesPerSite, maxDepth: options.maxDepth, delayMs: options.delayMs },
    };
}
/**
 * A new analysis job whose companies are stored (`state.pending` holds every company waiting
 * for work; companies without a website were stored as NO_WEBSITE and are reported at once).
 */
export function startAnalysis(state, companies, at) {
    const d = new AnalysisDraft(state, at);
    const startedAt = new Date(at);
    d.change({ type: 'job', patch: { status: 'RUNNING', startedAt } });
    d.event({ jobId: d.jobId, at, type: 'AnalysisStarted', total: d.counts.total });
    let current = 0;
    for (const company of companies) {
        if (company.status !== 'NO_WEBSITE')
            continue;
        current++;
        const total = d.counts.total;
        d.event({
            jobId: d.jobId,
            at,
            type: 'AnalysisProgress',
            current,
            total,
            percentage: Math.round((10_000 * current) / total) / 100,
            message: `${company.name} has no website`,
            company: company.name,
        });
    }
    d.scheduleOrComplete(state.pending, startedAt);
    return d.build();
}
/** A company whose work is out reports failure (from its actor, or because the work could not go out). */
function companyFailed(d, company, error, pagesVisited) {
    d.countFinished('FAILED');
    d.change({ type: 'company', index: company.index, patch: { status: 'FAILED', error, pagesVisited } });
    d.event({ jobId: d.jobId, at: d.at, type: 'AnalysisItemFailed', company: company.name, error });
    d.progress(company, `Could not analyse ${company.name}`);
    d.scheduleOrComplete(d.state.pending);
    return d.build();
}
export const analysisReducer = {
    onMessage(state, m) {
        if (!('index' in m))
            return NOTHING;
        const company = state.company;
        // Only a company whose work is out may report; anything else is a late or duplicate message.
        if (company?.index !== m.index || company.status !== 'RUNNING')
            return NOTHING;
        const d = new AnalysisDraft(state, m.at);
        switch (m.type) {
            case 'company.started':
                // A redelivered company starts again elsewhere: announce it once.
                if (company.started)
                    return NOTHING;
                d.change({ type: 'companyStarted', index: company.index });
                d.progress(company, `Analysing ${company.name}`);
                return d.build();
            case 'company.progress':
                d.change({ type: 'company', index: company.index, patch: { status: 'RUNNING', pagesVisited: m.pagesVisited } });
                d.progress(company, `Analysing ${company.name}: ${m.pagesVisited} page${m.pagesVisited === 1 ? '' : 's'} (${m.currentUrl})`);
                return d.build();
            case 'company.completed':
                d.countFinished('OK');
                d.change({
                    type: 'company',
                    index: company.index,
                    patch: { status: 'OK', report: { ...m.report, name: company.name, input: company.input }, pagesVisited: m.report.pagesVisited },
                });
                d.progress(company, `Analysed ${company.name}`);
                d.scheduleOrComplete(state.pending);
                return d.build();
            case 'company.failed':
                return companyFailed(d, company, m.error, m.pagesVisited);
            default:
                return NOTHING;
        }
    },
    onRequeue(state, at) {
        const d = new AnalysisDraft(state, at);
        d.change({ type: 'discardUnsentWork' });
        for (const company of state.unfinished) {
            if (company.status !== 'RUNNING')
                continue;
            d.counts.running--;
            d.counts.pending++;
            d.change({ type: 'company', index: company.index, patch: { status: 'PENDING' } });
        }
        d.scheduleOrComplete(state.unfinished);
        return d.build();
    },
    onCancel(state, at) {
        const { counts, job } = state;
        return new ReductionBuilder()
            .change({ type: 'unfinishedCompanies', status: 'CANCELLED', error: null })
            .change({ type: 'job', patch: { status: 'CANCELLED', error: null, finishedAt: new Date(at) } })
            .change({ type: 'discardUnsentWork' })
            .event({ jobId: job.id, at, type: 'AnalysisCancelled', current: counts.succeeded + counts.failed, total: counts.total })
            .build();
    },
    onExpire(state, at, error) {
        const d = new AnalysisDraft(state, at);
        d.change({ type: 'discardUnsentWork' });
        for (const company of state.unfinished) {
            if (company.status === 'RUNNING')
                d.counts.running--;
            else
                d.counts.pending--;
            d.counts.failed++;
            d.change({ type: 'company', index: company.index, patch: { status: 'FAILED', error } });
            d.event({ jobId: d.jobId, at, type: 'AnalysisItemFailed', company: company.name, error });
        }
        d.scheduleOrComplete([]);
        return d.build();
    },
    onUndeliverable(state, work, error, at) {
        const company = state.company;
        if (work.type !== 'company' || company?.index !== work.index || company.status !== 'RUNNING')
            return NOTHING;
        return companyFailed(new AnalysisDraft(state, at), company, `Could not queue the work: ${error}`, 0);
    },
};
//# sourceMappingURL=analysis-reducer.js.map