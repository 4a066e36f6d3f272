import { expect } from 'chai';
import { analysisReducer, startAnalysis } from '../../gateway/jobs/reducers/analysis-reducer.js';
import { NOTHING } from '../../gateway/jobs/reducers/reduction.js';
import { scrapingReducer, startScraping } from '../../gateway/jobs/reducers/scraping-reducer.js';
const JOB_ID = '0e6f3c1a-4a1b-4c47-9d5e-3f1f7c2a9b10';
const AT = '2026-12-07T10:00:10.000Z';
const STARTED = new Date('2026-12-07T10:00:00.000Z');
const OPTIONS = { concurrency: 2, maxPagesPerSite: 7, maxDepth: 1, delayMs: 5 };
/** Freezes a value deeply, so a reducer that mutates its input throws. */
function deepFreeze(value) {
    if (value && typeof value === 'object' && !Object.isFrozen(value)) {
        Object.freeze(value);
        for (const v of Object.values(value))
            deepFreeze(v);
    }
    return value;
}
function company(index, status, extra = {}) {
    const name = `Company ${index}`;
    return {
        jobId: JOB_ID,
        index,
        name,
        input: { name, website: `https://c${index}.example/`, category: null, address: null, phone: null, country: null, rating: null, reviewsCount: null },
        status,
        error: null,
        report: null,
        pagesVisited: 0,
        started: false,
        ...extra,
    };
}
function analysisJob(patch = {}) {
    return {
        label: null,
        id: JOB_ID,
        kind: 'ANALYSIS',
        status: 'RUNNING',
        createdAt: STARTED,
        startedAt: STARTED,
        finishedAt: null,
        progress: 0,
        error: null,
        owner: null,
        input: { options: OPTIONS, duplicates: 0, total: 0 },
        siteUrl: null,
        pagesVisited: 0,
        ...patch,
    };
}
/** The state JobService would load for these companies, about `about` (an index). */
function analysisState(companies, about = null) {
    const count = (...statuses) => companies.filter((c) => statuses.includes(c.status)).length;
    return deepFreeze({
        job: analysisJob({ input: { options: OPTIONS, duplicates: 0, total: companies.length } }),
        counts: {
            total: companies.length,
            pending: count('PENDING'),
            running: count('RUNNING'),
            succeeded: count('OK', 'NO_WEBSITE'),
            failed: count('FAILED'),
            cancelled: count('CANCELLED'),
        },
        company: about === null ? null : (companies.find((c) => c.index === about) ?? null),
        pending: companies.filter((c) => c.status === 'PENDING').slice(0, OPTIONS.concurrency),
        unfinished: companies.filter((c) => c.status === 'PENDING' || c.status === 'RUNNING'),
    });
}
let n = 0;
function message(body) {
    return { id: `m${++n}`, jobId: JOB_ID, at: AT, ...body };
}
const REPORT = { pagesVisited: 3 };
const eventTypes = (r) => r.events.map((e) => e.type);
const companyChanges = (r) => r.changes.flatMap((c) => (c.type === 'company' ? [[c.index, c.patch.status]] : []));
const queuedIndexes = (r) => r.outbox.map((w) => w.index);
describe('job reducers (pure functions)', () => {
    describe('analysis', () => {
        it('a completed company is stored OK, reported, and the next pending one is queued in the same reduction', () => {
            const state = analysisState([company(0, 'RUNNING'), company(1, 'RUNNING'), company(2, 'PENDING'), company(3, 'PENDING')], 0);
            const r = analysisReducer.onMessage(state, message({ type: 'company.completed', index: 0, report: REPORT }), AT);
            expect(eventTypes(r)).to.deep.equal(['AnalysisProgress']);
            expect(r.events[0]).to.include({ current: 1, total: 4, percentage: 25, message: 'Analysed Company 0', company: 'Company 0' });
            expect(companyChanges(r)).to.deep.equal([
                [0, 'OK'],
                [2, 'RUNNING'],
            ]);
            expect(r.outbox).to.deep.equal([
                { type: 'company', jobId: JOB_ID, index: 2, company: { ...company(2, 'PENDING').input }, limits: { maxPages: 7, maxDepth: 1, delayMs: 5 } },
            ]);
            const stored = r.changes.find((c) => c.type === 'company' && c.index === 0);
            expect(stored).to.deep.include({ patch: { status: 'OK', report: { ...REPORT, name: 'Company 0', input: company(0, 'OK').input }, pagesVisited: 3 } });
        });
        it('queues nothing while the job already runs as many companies as its concurrency', () => {
            const state = analysisState([company(0, 'RUNNING'), company(1, 'RUNNING'), company(2, 'PENDING')], 0);
            const r = analysisReducer.onMessage(state, message({ type: 'company.progress', index: 0, pagesVisited: 1, currentUrl: 'https://c0.example/a' }), AT);
            expect(r.outbox).to.deep.equal([]);
            expect(r.events[0]).to.include({ message: 'Analysing Company 0: 1 page (https://c0.example/a)', current: 0 });
        });
        it('the last company to finish completes the job with its totals and duration', () => {
            const state = analysisState([company(0, 'OK'), company(1, 'NO_WEBSITE'), company(2, 'RUNNING')], 2);
            const r = analysisReducer.onMessage(state, message({ type: 'company.failed', index: 2, error: 'DNS failure', pagesVisited: 0 }), AT);
            expect(eventTypes(r)).to.deep.equal(['AnalysisItemFailed', 'AnalysisProgress', 'AnalysisCompleted']);
            expect(r.events[0]).to.include({ company: 'Company 2', error: 'DNS failure' });
            expect(r.events[2]).to.include({ total: 3, succeeded: 2, failed: 1, durationMs: 10_000 });
            expect(r.changes).to.deep.include({ type: 'job', patch: { status: 'COMPLETED', error: null, finishedAt: new Date(AT) } });
            expect(r.outbox).to.deep.equal([]);
        });
        it('ignores late and duplicate messages: a company not running, another index, a second start', () => {
            const finished = analysisState([company(0, 'OK'), company(1, 'PENDING')], 0);
            expect(analysisReducer.onMessage(finished, message({ type: 'company.completed', index: 0, report: REPORT }), AT)).to.equal(NOTHING);
            const running = analysisState([company(0, 'RUNNING', { started: true })], 0);
            expect(analysisReducer.onMessage(running, message({ type: 'company.started', index: 0 }), AT)).to.equal(NOTHING);
            expect(analysisReducer.onMessage(running, message({ type: 'company.completed', index: 5, report: REPORT }), AT)).to.equal(NOTHING);
            expect(analysisReducer.onMessage(running, message({ type: 'scrape.started', url: 'https://x.example/' }), AT)).to.equal(NOTHING);
        });
        it('announces a company start once and records it', () => {
            const r = analysisReducer.onMessage(analysisState([company(0, 'RUNNING')], 0), message({ type: 'company.started', index: 0 }), AT);
            expect(r.changes).to.deep.include({ type: 'companyStarted', index: 0 });
            expect(r.events[0]).to.include({ message: 'Analysing Company 0' });
        });
        it('start: reports companies without a website at once and queues the first ones', () => {
            const companies = [company(0, 'NO_WEBSITE'), company(1, 'PENDING'), company(2, 'PENDING'), company(3, 'PENDING')];
            const r = startAnalysis(analysisState(companies), companies, AT);
            expect(eventTypes(r)).to.deep.equal(['AnalysisStarted', 'AnalysisProgress']);
            expect(r.events[1]).to.include({ current: 1, total: 4, percentage: 25, message: 'Company 0 has no website' });
            expect(queuedIndexes(r)).to.deep.equal([1, 2]);
            expect(r.changes[0]).to.deep.equal({ type: 'job', patch: { status: 'RUNNING', startedAt: new Date(AT) } });
        });
        it('start: a job of companies without websites completes at once, with no work', () => {
            const companies = [company(0, 'NO_WEBSITE')];
            const r = startAnalysis(analysisState(companies), companies, AT);
            expect(eventTypes(r)).to.deep.equal(['AnalysisStarted', 'AnalysisProgress', 'AnalysisCompleted']);
            expect(r.events[2]).to.include({ succeeded: 1, failed: 0, durationMs: 0 });
            expect(r.outbox).to.deep.equal([]);
        });
        it('requeue: unsent work is discarded, running companies are queued again first, within the concurrency', () => {
            const state = analysisState([company(0, 'OK'), company(1, 'PENDING'), company(2, 'RUNNING'), company(3, 'RUNNING'), company(4, 'PENDING')]);
            const r = analysisReducer.onRequeue(state, AT);
            expect(r.changes[0]).to.deep.equal({ type: 'discardUnsentWork' });
            expect(companyChanges(r)).to.deep.equal([
                [2, 'PENDING'],
                [3, 'PENDING'],
                [1, 'RUNNING'],
                [2, 'RUNNING'],
            ]);
            expect(queuedIndexes(r)).to.deep.equal([1, 2]);
            expect(r.events).to.deep.equal([]);
        });
        it('expiry fails every unfinished company and completes the job', () => {
            const state = analysisState([company(0, 'OK'), company(1, 'RUNNING'), company(2, 'PENDING')]);
            const r = analysisReducer.onExpire(state, AT, 'Timed out after 3 s');
            expect(eventTypes(r)).to.deep.equal(['AnalysisItemFailed', 'AnalysisItemFailed', 'AnalysisCompleted']);
            expect(r.events[2]).to.include({ total: 3, succeeded: 1, failed: 2 });
            expect(companyChanges(r)).to.deep.equal([
                [1, 'FAILED'],
                [2, 'FAILED'],
            ]);
            expect(r.outbox).to.deep.equal([]);
        });
        it('cancel: one AnalysisCancelled with the finished count; remaining companies and unsent work are dropped', () => {
            const r = analysisReducer.onCancel(analysisState([company(0, 'OK'), company(1, 'RUNNING'), company(2, 'PENDING')]), AT);
            expect(r.events).to.deep.equal([{ jobId: JOB_ID, at: AT, type: 'AnalysisCancelled', current: 1, total: 3 }]);
            expect(r.changes).to.deep.include({ type: 'unfinishedCompanies', status: 'CANCELLED', error: null });
            expect(r.changes).to.deep.include({ type: 'discardUnsentWork' });
        });
        it('work that can never be sent fails its company with the reason, and the job goes on', () => {
            const companies = [company(0, 'RUNNING'), company(1, 'PENDING')];
            const work = { type: 'company', jobId: JOB_ID, index: 0, company: companies[0].input, limits: { maxPages: 7, maxDepth: 1, delayMs: 5 } };
            const r = analysisReducer.onUndeliverable(analysisState(companies, 0), work, 'payload of 2000000 bytes exceeds 1048576', AT);
            expect(r.events[0]).to.include({ type: 'AnalysisItemFailed', error: 'Could not queue the work: payload of 2000000 bytes exceeds 1048576' });
            expect(queuedIndexes(r)).to.deep.equal([1]);
            const done = analysisState([company(0, 'OK')], 0);
            expect(analysisReducer.onUndeliverable(done, work, 'too large', AT)).to.equal(NOTHING);
        });
    });
    describe('scraping', () => {
        const work = {
            type: 'scrape',
            jobId: JOB_ID,
            url: 'https://acme.example/',
            limits: { maxDepth: 2, maxPages: 20, maxDurationSeconds: 60, concurrency: 2, delayMs: 0 },
        };
        const state = (patch = {}, extra = {}) => deepFreeze({
            job: analysisJob({ kind: 'SCRAPING', status: 'QUEUED', startedAt: null, input: work, siteUrl: work.url, ...patch }),
            emailCount: 2,
            emailKnown: false,
            ...extra,
        });
        it('start queues the scrape as one piece of work', () => {
            expect(startScraping(work)).to.deep.equal({ events: [], outbox: [work], changes: [] });
        });
        it('the first start marks the job running; a redelivered start says nothing', () => {
            const r = scrapingReducer.onMessage(state(), message({ type: 'scrape.started', url: work.url }), AT);
            expect(eventTypes(r)).to.deep.equal(['ScrapingStarted']);
            expect(r.changes).to.deep.equal([{ type: 'job', patch: { status: 'RUNNING', startedAt: new Date(AT) } }]);
            expect(scrapingReducer.onMessage(state({ status: 'RUNNING' }), message({ type: 'scrape.started', url: work.url }), AT)).to.equal(NOTHING);
        });
        it('stores a new address lower-cased and ignores one the job has', () => {
            const email = { address: 'Ventes@Acme.example', pageUrl: 'https://acme.example/contact', context: 'ventes' };
            const r = scrapingReducer.onMessage(state(), message({ type: 'scrape.email', email }), AT);
            expect(r.events[0]).to.deep.include({ type: 'ScrapingEmailFound', email: { ...email, address: 'ventes@acme.example' } });
            expect(r.changes).to.deep.equal([{ type: 'scrapeEmail', email }]);
            expect(scrapingReducer.onMessage(state({}, { emailKnown: true }), message({ type: 'scrape.email', email }), AT)).to.equal(NOTHING);
        });
        it('progress and completion carry the stored address count and page figures', () => {
            const p = scrapingReducer.onMessage(state({ pagesVisited: 9 }), message({ type: 'scrape.progress', visited: 5, emails: 1, elapsedSeconds: 2, currentUrl: 'https://acme.example/x' }), AT);
            expect(p.events[0]).to.include({ visited: 5, emails: 2 });
            expect(p.changes).to.deep.equal([{ type: 'job', patch: { pagesVisited: 9, progress: 25 } }]);
            const c = scrapingReducer.onMessage(state(), message({ type: 'scrape.completed', visited: 6, emails: 2, elapsedSeconds: 3 }), AT);
            expect(c.events[0]).to.include({ type: 'ScrapingCompleted', visited: 6, emails: 2 });
            expect(c.changes[0]).to.deep.include({ patch: { pagesVisited: 6, progress: 100, status: 'COMPLETED', error: null, finishedAt: new Date(AT) } });
        });
        it('requeue sends the job input again; cancel, expiry and undeliverable work end the job', () => {
            expect(scrapingReducer.onRequeue(state(), AT)).to.deep.equal({ events: [], outbox: [work], changes: [{ type: 'discardUnsentWork' }] });
            expect(eventTypes(scrapingReducer.onCancel(state({ pagesVisited: 4 }), AT))).to.deep.equal(['ScrapingCancelled']);
            expect(scrapingReducer.onCancel(state({ pagesVisited: 4 }), AT).events[0]).to.include({ visited: 4, emails: 2 });
            expect(scrapingReducer.onExpire(state(), AT, 'Timed out after 3 s').events[0]).to.include({ type: 'ScrapingFailed', error: 'Timed out after 3 s' });
            const undeliverable = scrapingReducer.onUndeliverable(state(), work, 'too large', AT);
            expect(undeliverable.events[0]).to.include({ type: 'ScrapingFailed', error: 'Could not queue the work: too large' });
            expect(undeliverable.changes).to.deep.include({
                type: 'job',
                patch: { status: 'FAILED', error: 'Could not queue the work: too large', finishedAt: new Date(AT) },
            });
        });
    });
});
//# sourceMappingURL=job-reducers.test.js.map