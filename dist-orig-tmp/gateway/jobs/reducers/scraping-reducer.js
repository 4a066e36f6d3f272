/** Scraping jobs as a pure reducer: one site, one piece of work, e-mail addresses as results. */
import { sharedFields } from '../../../schema/actor-messages.js';
import { NOTHING, ReductionBuilder } from './reduction.js';
/** The work of a new scraping job. */
export function startScraping(work) {
    return new ReductionBuilder().send(work).build();
}
function fail(state, at, error) {
    const jobId = state.job.id;
    return new ReductionBuilder()
        .change({ type: 'job', patch: { status: 'FAILED', error, finishedAt: new Date(at) } })
        .change({ type: 'discardUnsentWork' })
        .event({ jobId, at, type: 'ScrapingFailed', error })
        .build();
}
export const scrapingReducer = {
    // Events spread the fields they share with their message (sharedFields), so a field added to
    // a message's schema reaches subscribers with no edit here; `emails` is the job's own count
    // of distinct addresses, not the actor's.
    onMessage(state, m) {
        const { job } = state;
        const base = { jobId: job.id, at: m.at };
        const limits = job.input.limits;
        const out = new ReductionBuilder();
        switch (m.type) {
            case 'scrape.started':
                if (job.status === 'RUNNING')
                    return NOTHING; // a redelivered job restarting: one Started is enough
                return out
                    .change({ type: 'job', patch: { status: 'RUNNING', startedAt: new Date(m.at) } })
                    .event({ ...sharedFields(m), ...base, type: 'ScrapingStarted' })
                    .build();
            case 'scrape.progress': {
                const progress = Math.min(100, (100 * m.visited) / Math.max(1, limits.maxPages));
                return out
                    .change({ type: 'job', patch: { pagesVisited: Math.max(job.pagesVisited, m.visited), progress } })
                    .event({ ...sharedFields(m), ...base, type: 'ScrapingProgress', emails: state.emailCount })
                    .build();
            }
            case 'scrape.email':
                if (state.emailKnown)
                    return NOTHING;
                return out
                    .change({ type: 'scrapeEmail', email: m.email })
                    .event({ ...sharedFields(m), ...base, type: 'ScrapingEmailFound', email: { ...m.email, address: m.email.address.toLowerCase() } })
                    .build();
            case 'scrape.completed':
                return out
                    .change({ type: 'job', patch: { pagesVisited: m.visited, progress: 100, status: 'COMPLETED', error: null, finishedAt: new Date(m.at) } })
                    .event({ ...sharedFields(m), ...base, type: 'ScrapingCompleted', emails: state.emailCount })
                    .build();
            case 'scrape.failed':
                return out
                    .change({ type: 'job', patch: { pagesVisited: Math.max(job.pagesVisited, m.visited), status: 'FAILED', error: m.error, finishedAt: new Date(m.at) } })
                    .event({ ...base, type: 'ScrapingFailed', error: m.error })
                    .build();
            default:
                return NOTHING;
        }
    },
    onRequeue(state) {
        return new ReductionBuilder()
            .change({ type: 'discardUnsentWork' })
            .send(state.job.input)
            .build();
    },
    onCancel(state, at) {
        const { job } = state;
        return new ReductionBuilder()
            .change({ type: 'job', patch: { status: 'CANCELLED', error: null, finishedAt: new Date(at) } })
            .change({ type: 'discardUnsentWork' })
            .event({ jobId: job.id, at, type: 'ScrapingCancelled', visited: job.pagesVisited, emails: state.emailCount })
            .build();
    },
    onExpire(state, at, error) {
        return fail(state, at, error);
    },
    onUndeliverable(state, _work, error, at) {
        return fail(state, at, `Could not queue the work: ${error}`);
    },
};
//# sourceMappingURL=scraping-reducer.js.map