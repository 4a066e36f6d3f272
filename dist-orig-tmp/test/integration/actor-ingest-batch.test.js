/**
 * Batched ingest of actor output, on both buses and both stores: a burst of interleaved actor
 * messages of several jobs is applied in each job's order, every message once, with gap-free
 * event numbers stored and published; a message whose application fails is isolated from the
 * others of its batch; a gateway that dies in the middle of a batch (before or after its
 * transaction commits) loses and duplicates nothing once another gateway takes over.
 */
import { expect } from 'chai';
import { randomUUID } from 'node:crypto';
import { EmbeddedBus } from '../../bus/embedded-bus.js';
import { NatsBus } from '../../bus/nats-bus.js';
import { startActorIngest } from '../../gateway/jobs/actor-ingest.js';
import { JobService } from '../../gateway/jobs/job-service.js';
import { openStore } from '../../gateway/store/open-store.js';
import { ACTOR_STREAM, subjects } from '../../schema/subjects.js';
import { startNatsServer } from '../helpers/nats-server.js';
import { createTestSchema } from '../helpers/postgres.js';
import { tempDir } from '../helpers/temp.js';
const LIMITS = { maxDepth: 1, maxPages: 1000, maxDurationSeconds: 600, concurrency: 1, delayMs: 0 };
const quiet = () => undefined;
async function makeEnv(busKind, storeKind) {
    const closers = [];
    let nats;
    let embedded;
    if (busKind === 'nats') {
        nats = await startNatsServer();
        closers.push(() => nats.stop());
    }
    else {
        embedded = new EmbeddedBus();
        closers.push(() => embedded.close());
    }
    let schema;
    let sqlite;
    const dir = tempDir('pl-ingest-');
    closers.push(async () => dir.remove());
    if (storeKind === 'postgres') {
        schema = await createTestSchema();
        closers.push(() => schema.drop());
    }
    const opened = [];
    return {
        async bus() {
            const bus = embedded ?? (await NatsBus.connect({ servers: nats.url, onError: quiet }));
            opened.push(bus);
            return bus;
        },
        async store() {
            if (storeKind === 'sqlite') {
                sqlite ??= await openStore({ dataDir: dir.path });
                opened.push(sqlite);
                return sqlite;
            }
            const store = await openStore({ databaseUrl: schema.url, poolSize: 4, warn: quiet });
            opened.push(store);
            return store;
        },
        async close() {
            for (const resource of opened.reverse())
                await resource.close().catch(() => undefined);
            for (const close of closers.reverse())
                await close().catch(() => undefined);
        },
    };
}
/** The actor messages of one scraping job: started, progress with an e-mail every fifth step, completed. */
function scrapeScript(jobId, steps) {
    const at = () => new Date().toISOString();
    const base = () => ({ id: randomUUID(), jobId, at: at() });
    const out = [{ ...base(), type: 'scrape.started', url: 'https://acme.example/' }];
    let emails = 0;
    for (let step = 1; step <= steps; step++) {
        if (step % 5 === 0) {
            out.push({
                ...base(),
                type: 'scrape.email',
                email: { address: `p${step}@acme.example`, pageUrl: `https://acme.example/${step}`, context: `step ${step}` },
            });
            emails++;
        }
        else {
            out.push({ ...base(), type: 'scrape.progress', visited: step, emails, elapsedSeconds: step / 10, currentUrl: `https://acme.example/${step}` });
        }
    }
    out.push({ ...base(), type: 'scrape.completed', visited: steps, emails, elapsedSeconds: steps / 10 });
    return out;
}
/** Round-robin over the jobs' scripts, each job's order kept. */
function interleave(scripts) {
    const out = [];
    for (let i = 0; out.length < scripts.reduce((n, s) => n + s.length, 0); i++) {
        for (const script of scripts)
            if (i < script.length)
                out.push(script[i]);
    }
    return out;
}
async function publish(bus, messages) {
    // In order: the stream keeps the order of the sends, as an actor's output does.
    for (const message of messages)
        await bus.send(subjects.actorOutput(message.jobId), message, message.id);
}
async function waitFor(what, check, timeoutMs = 90_000) {
    const deadline = Date.now() + timeoutMs;
    while (!(await check())) {
        if (Date.now() > deadline)
            throw new Error(`Timed out waiting for ${what}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
    }
}
/** Every event of every job stored, the job's script applied in order, and each message once. */
async function expectAppliedInOrder(store, scripts) {
    const byJob = new Map();
    for (const script of scripts) {
        const jobId = script[0].jobId;
        const events = await store.eventsAfter(jobId, 0);
        byJob.set(jobId, events);
        expect(events.map((e) => e.seq), `seqs of ${jobId}`).to.deep.equal(events.map((_, i) => i + 1));
        expect(events[0].type).to.equal('ScrapingStarted');
        expect(events.at(-1).type).to.equal('ScrapingCompleted');
        const sentEmails = script.flatMap((m) => (m.type === 'scrape.email' ? [m.email.address] : []));
        const gotEmails = events.flatMap((e) => (e.type === 'ScrapingEmailFound' ? [e.email.address] : []));
        expect(gotEmails, 'e-mails of one job, each once, in order').to.deep.equal(sentEmails);
        const visited = events.flatMap((e) => (e.type === 'ScrapingProgress' ? [e.visited] : []));
        expect(visited, 'progress in order').to.deep.equal([...visited].sort((a, b) => a - b));
        expect(new Set(visited).size).to.equal(visited.length);
        const lastProgress = script.filter((m) => m.type === 'scrape.progress').at(-1);
        if (lastProgress?.type === 'scrape.progress')
            expect(visited.at(-1), 'the last progress is never coalesced away').to.equal(lastProgress.visited);
        const completed = events.at(-1);
        if (completed.type === 'ScrapingCompleted')
            expect(completed.emails).to.equal(sentEmails.length);
        // Each message once: all recorded as processed (a second mark is refused).
        for (const message of script)
            expect(await store.markMessageProcessed(message.id), `message ${message.type} recorded`).to.equal(false);
    }
    return byJob;
}
async function startJobs(jobs, count) {
    const ids = [];
    for (let i = 0; i < count; i++)
        ids.push((await jobs.startScraping(`https://site${i}.example/`, LIMITS, null)).id);
    return ids;
}
const allFinished = (store, ids) => async () => {
    for (const id of ids) {
        const job = await store.getJob(id);
        if (job?.status !== 'COMPLETED')
            return false;
    }
    return true;
};
const COMBOS = [
    ['embedded', 'sqlite'],
    ['embedded', 'postgres'],
    ['nats', 'sqlite'],
    ['nats', 'postgres'],
];
for (const [busKind, storeKind] of COMBOS) {
    describe(`batched actor ingest: ${busKind} bus, ${storeKind} store`, function () {
        this.timeout(180_000);
        let env;
        let ingests;
        beforeEach(async () => {
            env = await makeEnv(busKind, storeKind);
            ingests = [];
        });
        afterEach(async () => {
            for (const ingest of ingests)
                await ingest.stop();
            await env.close();
        });
        it('applies a burst of 1000+ interleaved messages of 5 jobs in order, each once, seqs gap-free, published in order', async () => {
            const [bus, store] = [await env.bus(), await env.store()];
            const jobs = new JobService({ store, bus, warn: quiet });
            const ids = await startJobs(jobs, 5);
            const scripts = ids.map((id) => scrapeScript(id, 200));
            const published = new Map(ids.map((id) => [id, []]));
            const subs = ids.map((id) => bus.subscribe(subjects.jobEvents(id), { callback: (m) => published.get(id).push(m.data.seq) }));
            const all = interleave(scripts);
            expect(all.length).to.be.greaterThanOrEqual(1000);
            await bus.ensureStream(ACTOR_STREAM);
            // Half waits in the stream before the ingest starts (large batches), half comes while it runs.
            await publish(bus, all.slice(0, all.length / 2));
            ingests.push(await startActorIngest({ bus, jobs, warn: quiet }));
            await publish(bus, all.slice(all.length / 2));
            await waitFor('every job to complete', allFinished(store, ids));
            const stored = await expectAppliedInOrder(store, scripts);
            await waitFor('every event to be published', async () => ids.every((id) => published.get(id).length === stored.get(id).length));
            for (const id of ids)
                expect(published.get(id), 'published in order, no gap').to.deep.equal(stored.get(id).map((e) => e.seq));
            for (const sub of subs)
                sub.unsubscribe();
        });
        it('applies a message a batch holds twice, or that an earlier batch applied, once; superseded progress is recorded as processed', async () => {
            const [bus, store] = [await env.bus(), await env.store()];
            const jobs = new JobService({ store, bus, warn: quiet });
            const [id] = await startJobs(jobs, 1);
            const [started, p1, p2, p3, , email] = scrapeScript(id, 5); // steps 1-4 progress, step 5 an e-mail
            await jobs.applyActorMessages([started]);
            const events = await jobs.applyActorMessages([p1, p1, started, p2, email, email, p3], new Set([3]));
            expect(events.map((e) => e.type)).to.deep.equal(['ScrapingProgress', 'ScrapingEmailFound', 'ScrapingProgress']);
            expect(events.map((e) => e.seq)).to.deep.equal([2, 3, 4]);
            for (const message of [p1, p2, p3, email])
                expect(await store.markMessageProcessed(message.id)).to.equal(false);
        });
        it('isolates a message whose application fails: the rest of its batch is applied, it is retried alone', async () => {
            const [bus, store] = [await env.bus(), await env.store()];
            const ids = await startJobs(new JobService({ store, bus, warn: quiet }), 3);
            const scripts = ids.map((id) => scrapeScript(id, 40));
            const poisonJob = scripts[1];
            const poison = poisonJob.find((m) => m.type === 'scrape.email');
            // The poisoned job's completion is sent only once the poison went through.
            const completion = poisonJob.pop();
            let failures = 0;
            const poisonBatches = [];
            class PoisonedJobs extends JobService {
                async applyActorMessages(batch, superseded) {
                    if (batch.some((m) => m.id === poison.id) && failures < 3) {
                        failures++;
                        poisonBatches.push(batch.length);
                        throw new Error('poison');
                    }
                    return super.applyActorMessages(batch, superseded);
                }
            }
            const jobs = new PoisonedJobs({ store, bus, warn: quiet });
            await bus.ensureStream(ACTOR_STREAM);
            await publish(bus, interleave(scripts));
            ingests.push(await startActorIngest({ bus, jobs, warn: quiet }));
            const others = [ids[0], ids[2]];
            await waitFor('the other jobs to complete', allFinished(store, others));
            expect(poisonBatches[0], 'the poison came in a batch with others').to.be.greaterThan(1);
            await waitFor('the poisoned e-mail to be applied', () => store.hasScrapeEmail(ids[1], poison.email.address));
            expect(failures).to.equal(3);
            await publish(bus, [completion]);
            await waitFor('the poisoned job to complete', allFinished(store, [ids[1]]));
            const events = await store.eventsAfter(ids[1], 0);
            expect(events.map((e) => e.seq)).to.deep.equal(events.map((_, i) => i + 1));
            const emails = events.flatMap((e) => (e.type === 'ScrapingEmailFound' ? [e.email.address] : []));
            const sent = scripts[1].flatMap((m) => (m.type === 'scrape.email' ? [m.email.address] : []));
            expect([...emails].sort()).to.deep.equal([...sent].sort()); // each once; the poison after its followers
            scripts.pop();
            scripts.splice(1, 1);
            await expectAppliedInOrder(store, scripts);
        });
        if (busKind === 'nats') {
            for (const when of ['before', 'after']) {
                it(`a gateway dying in the middle of a batch, ${when} its commit, loses and duplicates nothing`, async () => {
                    const ackWaitMs = 1500;
                    const [busA, storeA] = [await env.bus(), await env.store()];
                    const ids = await startJobs(new JobService({ store: storeA, bus: busA, warn: quiet }), 5);
                    const scripts = ids.map((id) => scrapeScript(id, 200));
                    let batches = 0;
                    let dead = false;
                    class DyingJobs extends JobService {
                        async applyActorMessages(batch, superseded) {
                            if (dead)
                                throw new Error('dead gateway');
                            if (batch.length > 1 && ++batches === 2) {
                                dead = true;
                                if (when === 'before') {
                                    await busA.close();
                                    throw new Error('killed before commit');
                                }
                                const events = await super.applyActorMessages(batch, superseded);
                                await busA.close(); // no ack will ever leave
                                return events;
                            }
                            return super.applyActorMessages(batch, superseded);
                        }
                    }
                    const ingestA = await startActorIngest({
                        bus: busA,
                        jobs: new DyingJobs({ store: storeA, bus: busA, warn: quiet }),
                        warn: quiet,
                        ackWaitMs,
                        maxBatch: 64,
                    });
                    const sender = await env.bus();
                    await publish(sender, interleave(scripts));
                    await waitFor('gateway A to die', async () => dead);
                    await ingestA.stop(); // its store connections end with it, and the lease with them
                    const storeB = storeKind === 'postgres' ? await env.store() : storeA;
                    const busB = await env.bus();
                    const jobsB = new JobService({ store: storeB, bus: busB, warn: quiet });
                    ingests.push(await startActorIngest({ bus: busB, jobs: jobsB, warn: quiet, ackWaitMs, maxBatch: 64 }));
                    await waitFor('every job to complete', allFinished(storeB, ids));
                    await expectAppliedInOrder(storeB, scripts);
                });
            }
            it('with two gateways on PostgreSQL only the lease holder ingests; the other takes over when it stops', async function () {
                if (storeKind !== 'postgres')
                    this.skip();
                const ackWaitMs = 1500;
                const gateways = [];
                for (let i = 0; i < 2; i++) {
                    const [bus, store] = [await env.bus(), await env.store()];
                    gateways.push({ bus, store, applied: 0 });
                }
                const ids = await startJobs(new JobService({ store: gateways[0].store, bus: gateways[0].bus, warn: quiet }), 4);
                const scripts = ids.map((id) => scrapeScript(id, 150));
                const started = gateways.map((g) => {
                    class Counting extends JobService {
                        async applyActorMessages(batch, superseded) {
                            g.applied += batch.length;
                            return super.applyActorMessages(batch, superseded);
                        }
                    }
                    return startActorIngest({ bus: g.bus, jobs: new Counting({ store: g.store, bus: g.bus, warn: quiet }), warn: quiet, ackWaitMs, leaseRetryMs: 100 });
                });
                const [first, second] = await Promise.all(started);
                ingests.push(second);
                const all = interleave(scripts);
                await publish(gateways[0].bus, all.slice(0, all.length / 2));
                await waitFor('the first half to be applied', async () => gateways[0].applied + gateways[1].applied >= all.length / 2);
                const holder = gateways[0].applied > 0 ? 0 : 1;
                expect(gateways[1 - holder].applied, 'the gateway without the lease applied nothing').to.equal(0);
                if (holder === 0)
                    await first.stop();
                else {
                    await second.stop();
                    ingests[0] = first;
                }
                await publish(gateways[0].bus, all.slice(all.length / 2));
                await waitFor('every job to complete', allFinished(gateways[0].store, ids));
                expect(gateways[1 - holder].applied, 'the other gateway took over').to.be.greaterThan(0);
                await expectAppliedInOrder(gateways[0].store, scripts);
            });
        }
    });
}
//# sourceMappingURL=actor-ingest-batch.test.js.map