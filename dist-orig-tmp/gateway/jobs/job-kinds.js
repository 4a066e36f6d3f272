import { analysisReducer } from './reducers/analysis-reducer.js';
import { scrapingReducer } from './reducers/scraping-reducer.js';
export async function loadAnalysisState(store, job, need) {
    const analysis = store.analysis;
    const index = need.for === 'message' && 'index' in need.message
        ? need.message.index
        : need.for === 'undeliverable' && need.work.type === 'company'
            ? need.work.index
            : null;
    const concurrency = job.input.options.concurrency;
    return {
        job,
        counts: await analysis.counts(job.id),
        company: index === null ? null : await analysis.company(job.id, index),
        pending: await analysis.pendingCompanies(job.id, concurrency),
        unfinished: need.for === 'job' ? await analysis.unfinishedCompanies(job.id) : [],
    };
}
async function loadScrapingState(store, job, need) {
    const email = need.for === 'message' && need.message.type === 'scrape.email' ? need.message.email.address : null;
    return {
        job,
        emailCount: await store.scrapeEmailCount(job.id),
        emailKnown: email !== null && (await store.hasScrapeEmail(job.id, email)),
    };
}
const analysis = { load: loadAnalysisState, reducer: analysisReducer };
const scraping = { load: loadScrapingState, reducer: scrapingReducer };
export const JOB_KINDS = {
    ANALYSIS: analysis,
    SCRAPING: scraping,
};
//# sourceMappingURL=job-kinds.js.map