import { expect } from 'chai';
import { EmbeddedBus } from '../../bus/embedded-bus.js';
import { JobService } from '../../gateway/jobs/job-service.js';
import { JobStore } from '../../gateway/store/job-store.js';
import { createLogger } from '../../observability/logger.js';
import { metricsRegistry } from '../../observability/metrics.js';
import { WORK_STREAM } from '../../schema/subjects.js';
import { sampleValue } from '../helpers/prometheus.js';
const LIMITS = { maxDepth: 3, maxPages: 50, maxDurationSeconds: 300, concurrency: 5, delayMs: 0 };
const OPTIONS = { concurrency: 2, maxPagesPerSite: 10, maxDepth: 2, delayMs: 0 };
function company(name, website) {
    return { name, website, category: null, address: null, phone: null, country: null, rating: null, reviewsCount: null };
}
async function sample(name, labels) {
    return sampleValue(await metricsRegistry.metrics(), name, labels) ?? 0;
}
describe('job telemetry (log lines and counters of the job service)', () => {
    let bus;
    let store;
    let jobs;
    let lines;
    let n = 0;
    const msg = (jobId, body) => ({ id: `t${++n}`, jobId, at: new Date().toISOString(), ...body });
    const linesOf = (jobId, event) => lines.filter((l) => l.jobId === jobId && l.event === event);
    /** Telemetry reads the store after an event is published: waits (up to 5 s) for the job's end line. */
    const settled = async (jobId) => {
        for (let i = 0; i < 100 && linesOf(jobId, 'job.finished').length === 0; i++)
            await new Promise((r) => setTimeout(r, 50));
        await new Promise((r) => setTimeout(r, 50)); // and a moment for a duplicate line to show
    };
    beforeEach(async () => {
        lines = [];
        bus = new EmbeddedBus();
        await bus.ensureStream(WORK_STREAM);
        store = JobStore.open(':memory:');
        const logger = createLogger({ format: 'json', level: 'debug', destination: { write: (line) => lines.push(JSON.parse(line)) } });
        jobs = new JobService({ store, bus, logger });
    });
    afterEach(async () => {
        await bus.close();
        await store.close();
    });
    it('a failed scrape: one start line, one warning with the error, pages and emails, and the FAILED counter', async () => {
        const failedBefore = await sample('prospectlab_jobs_finished_total', { kind: 'SCRAPING', status: 'FAILED' });
        const { id } = await jobs.startScraping('https://acme-industries.fr/', LIMITS, null);
        await jobs.applyActorMessage(msg(id, { type: 'scrape.started', url: 'https://acme-industries.fr/' }));
        await jobs.applyActorMessage(msg(id, { type: 'scrape.started', url: 'https://acme-industries.fr/' })); // a redelivery
        await jobs.applyActorMessage(msg(id, { type: 'scrape.progress', visited: 3, emails: 0, elapsedSeconds: 1, currentUrl: 'https://acme-industries.fr/a' }));
        await jobs.applyActorMessage(msg(id, { type: 'scrape.failed', error: 'Chromium crashed three times', visited: 4, emails: 0 }));
        await jobs.applyActorMessage(msg(id, { type: 'scrape.failed', error: 'late duplicate', visited: 4, emails: 0 }));
        await settled(id);
        expect(linesOf(id, 'job.started')).to.have.length(1);
        expect(linesOf(id, 'job.started')[0]).to.include({ level: 'info', kind: 'SCRAPING', url: 'https://acme-industries.fr/' });
        const finished = linesOf(id, 'job.finished');
        expect(finished).to.have.length(1);
        expect(finished[0]).to.include({ level: 'warn', kind: 'SCRAPING', status: 'FAILED', error: 'Chromium crashed three times', pages: 4, emails: 0 });
        expect(finished[0].durationMs).to.be.a('number').and.at.least(0);
        expect(await sample('prospectlab_jobs_finished_total', { kind: 'SCRAPING', status: 'FAILED' })).to.equal(failedBefore + 1);
    });
    it('a cancelled scrape ends with one CANCELLED line', async () => {
        const { id } = await jobs.startScraping('https://acme-industries.fr/', LIMITS, null);
        await jobs.cancel(id);
        await jobs.cancel(id).catch(() => undefined);
        await settled(id);
        expect(linesOf(id, 'job.finished').map((l) => [l.status, l.level])).to.deep.equal([['CANCELLED', 'info']]);
    });
    it('an analysis: a line per failed company with its cause (dead letters too), then the end with the counts', async () => {
        const failedBefore = await sample('prospectlab_companies_total', { outcome: 'failed' });
        const job = await jobs.startAnalysis([company('Alpha', 'https://alpha.example.fr/'), company('Beta', 'https://beta.example.fr/'), company('Gamma', null)], OPTIONS, null, 0);
        const indexes = (await store.analysis.companies(job.id)).filter((c) => c.input.website).map((c) => c.index);
        await jobs.applyActorMessage(msg(job.id, { type: 'company.started', index: indexes[0] }));
        await jobs.applyActorMessage(msg(job.id, { type: 'company.failed', index: indexes[0], error: 'Could not load https://alpha.example.fr/: HTTP 503', pagesVisited: 0 }));
        await jobs.applyDeadWork({
            type: 'company',
            jobId: job.id,
            index: indexes[1],
            company: { ...company('Beta', 'https://beta.example.fr/'), website: 'https://beta.example.fr/' },
            limits: { maxPages: 10, maxDepth: 2, delayMs: 0 },
        }, 5);
        await settled(job.id);
        expect(linesOf(job.id, 'job.started')[0]).to.include({ kind: 'ANALYSIS', companies: 3 });
        const failures = linesOf(job.id, 'company.failed');
        expect(failures.map((l) => [l.company, l.level])).to.deep.equal([
            ['Alpha', 'warn'],
            ['Beta', 'warn'],
        ]);
        expect(failures[0].cause).to.equal('Could not load https://alpha.example.fr/: HTTP 503');
        expect(failures[1].cause).to.match(/Gave up after 5 attempts/);
        const finished = linesOf(job.id, 'job.finished');
        expect(finished).to.have.length(1);
        expect(finished[0]).to.include({ kind: 'ANALYSIS', status: 'COMPLETED', companies: 3, succeeded: 1, failed: 2, pages: 0, emails: 0 });
        expect(await sample('prospectlab_companies_total', { outcome: 'failed' })).to.equal(failedBefore + 2);
    });
});
//# sourceMappingURL=job-telemetry.test.js.map