import { expect } from 'chai';
import { EmbeddedBus } from '../../bus/embedded-bus.js';
import { BusPubSub } from '../../gateway/graphql/bus-pubsub.js';
import { withLocalDelivery } from '../../gateway/graphql/local-event-delivery.js';
import { JobEventStream } from '../../gateway/jobs/job-event-stream.js';
import { JobService } from '../../gateway/jobs/job-service.js';
import { JobStore } from '../../gateway/store/job-store.js';
import { WORK_STREAM } from '../../schema/subjects.js';
const LIMITS = { maxDepth: 3, maxPages: 50, maxDurationSeconds: 300, concurrency: 5, delayMs: 0 };
describe('Local delivery of job events in the gateway', () => {
    let bus;
    let store;
    let n = 0;
    const msg = (jobId, body) => ({ id: `local-${++n}`, jobId, at: new Date().toISOString(), ...body });
    beforeEach(async () => {
        bus = new EmbeddedBus();
        await bus.ensureStream(WORK_STREAM);
        store = JobStore.open(':memory:');
    });
    afterEach(async () => {
        await bus.close();
        await store.close();
    });
    async function drain(stream) {
        const out = [];
        for await (const event of stream)
            out.push(event);
        return out;
    }
    const cases = [
        ['the bus echoes every event back (a second copy)', () => bus],
        [
            'the bus loses every publication (local delivery alone)',
            (published) => {
                const silent = Object.create(bus);
                silent.publish = (subject, data) => void published.push({ subject, data });
                return silent;
            },
        ],
    ];
    for (const [what, busOf] of cases) {
        it(`hands each event to a local subscriber once, in order, when ${what}`, async () => {
            const published = [];
            const pubSub = new BusPubSub(bus);
            const jobs = new JobService({ store, bus: withLocalDelivery(busOf(published), pubSub), warn: () => { } });
            const jobId = (await jobs.startScraping('https://acme-industries.fr/', LIMITS, null)).id;
            const stream = new JobEventStream({ store, pubSub, jobId, pollIntervalMs: 60_000 });
            const events = drain(stream);
            await jobs.applyActorMessage(msg(jobId, { type: 'scrape.started', url: 'https://acme-industries.fr/' }));
            for (let visited = 1; visited <= 30; visited++) {
                await jobs.applyActorMessage(msg(jobId, { type: 'scrape.progress', visited, emails: 0, elapsedSeconds: visited, currentUrl: 'u' }));
            }
            await jobs.applyActorMessage(msg(jobId, { type: 'scrape.completed', visited: 30, emails: 0, elapsedSeconds: 31 }));
            expect((await events).map((e) => e.seq)).to.deep.equal(Array.from({ length: 32 }, (_, i) => i + 1));
            if (published.length)
                expect(published.filter((p) => p.subject.endsWith('.events'))).to.have.length(32);
        });
    }
    it('gives subscribers replaying the same stored events the same objects (one execution each)', async () => {
        const pubSub = new BusPubSub(bus);
        const jobs = new JobService({ store, bus, warn: () => { } });
        const jobId = (await jobs.startScraping('https://acme-industries.fr/', LIMITS, null)).id;
        await jobs.applyActorMessage(msg(jobId, { type: 'scrape.started', url: 'https://acme-industries.fr/' }));
        for (let visited = 1; visited <= 5; visited++) {
            await jobs.applyActorMessage(msg(jobId, { type: 'scrape.progress', visited, emails: 0, elapsedSeconds: visited, currentUrl: 'u' }));
        }
        await jobs.applyActorMessage(msg(jobId, { type: 'scrape.completed', visited: 5, emails: 0, elapsedSeconds: 6 }));
        const [a, b] = await Promise.all([1, 1].map((afterSeq) => drain(new JobEventStream({ store, pubSub, jobId, afterSeq }))));
        expect(a.map((e) => e.seq)).to.deep.equal([2, 3, 4, 5, 6, 7]);
        a.forEach((event, i) => expect(b[i]).to.equal(event));
    });
    it('leaves every other member of the bus as it is', async () => {
        const pubSub = new BusPubSub(bus);
        const wrapped = withLocalDelivery(bus, pubSub);
        expect(wrapped.isConnected()).to.equal(bus.isConnected());
        await wrapped.ensureStream(WORK_STREAM);
        pubSub.deliverLocally('pl.job.nobody.events', { seq: 1 }); // no reader: nothing happens
        expect(pubSub.openSubscriptions).to.equal(0);
    });
});
//# sourceMappingURL=local-event-delivery.test.js.map