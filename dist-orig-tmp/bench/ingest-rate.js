/**
 * Ingest rate of actor output through the gateway's job service, on a private NATS server and
 * both stores (SQLite, PostgreSQL), comparing in the same run the batched ingest with the
 * earlier path (one message at a time: `maxInFlight` 1, `maxAckPending` 1, one transaction and
 * one ack round trip per message), kept here only as the baseline.
 *
 * Each round: 5 scraping jobs, the ingest running, then 2000 actor messages (started, progress
 * with an e-mail every fifth, completed; the jobs interleaved) sent as fast as the stream takes
 * them; timed from the first send until the last job's terminal event is stored.
 *
 * `node dist/bench/ingest-rate.js [--messages N] [--rounds N] [--no-postgres]`
 */
import { randomUUID } from 'node:crypto';
import { NatsBus } from '../bus/nats-bus.js';
import { ActorOutput } from '../actors/actor-output.js';
import { startActorIngest } from '../gateway/jobs/actor-ingest.js';
import { JobService } from '../gateway/jobs/job-service.js';
import { openStore } from '../gateway/store/open-store.js';
import { parseActorMessage } from '../schema/actor-messages.js';
import { ACTOR_STREAM, GATEWAY_CONSUMER, subjects } from '../schema/subjects.js';
import { startNatsServer } from '../test/helpers/nats-server.js';
import { createTestSchema } from '../test/helpers/postgres.js';
import { tempDir } from '../test/helpers/temp.js';
const JOBS = 5;
const LIMITS = { maxDepth: 1, maxPages: 100_000, maxDurationSeconds: 3600, concurrency: 1, delayMs: 0 };
const quiet = () => undefined;
function arg(name, fallback) {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}
/** The earlier ingest: one message per transaction and ack, one at a time across gateways. */
function oneByOneIngest(bus, jobs) {
    return bus.consume({
        stream: ACTOR_STREAM,
        durable: GATEWAY_CONSUMER,
        filterSubject: subjects.allActorOutput,
        maxInFlight: 1,
        maxAckPending: 1,
        ackWaitMs: 10_000,
        maxDeliver: 100,
    }, async (msg) => {
        await jobs.applyActorMessage(parseActorMessage(msg.data));
        await msg.ack();
    });
}
function messages(jobIds, total) {
    const perJob = Math.floor(total / jobIds.length) - 2;
    const scripts = jobIds.map((jobId) => {
        const base = () => ({ id: randomUUID(), jobId, at: new Date().toISOString() });
        const out = [{ ...base(), type: 'scrape.started', url: 'https://acme.example/' }];
        let emails = 0;
        for (let step = 1; step <= perJob; step++) {
            if (step % 5 === 0) {
                emails++;
                out.push({ ...base(), type: 'scrape.email', email: { address: `p${step}@acme.example`, pageUrl: `https://acme.example/${step}`, context: 'bench' } });
            }
            else {
                out.push({ ...base(), type: 'scrape.progress', visited: step, emails, elapsedSeconds: step / 10, currentUrl: `https://acme.example/${step}` });
            }
        }
        out.push({ ...base(), type: 'scrape.completed', visited: perJob, emails, elapsedSeconds: perJob / 10 });
        return out;
    });
    const all = [];
    for (let i = 0; i < scripts[0].length; i++)
        for (const script of scripts)
            all.push(script[i]);
    return all;
}
async function round(store, mode, total) {
    const nats = await startNatsServer();
    const bus = await NatsBus.connect({ servers: nats.url, onError: quiet });
    const sender = await NatsBus.connect({ servers: nats.url, onError: quiet });
    try {
        const jobs = new JobService({ store, bus, warn: quiet });
        const ids = [];
        for (let i = 0; i < JOBS; i++)
            ids.push((await jobs.startScraping(`https://site${i}.example/`, LIMITS, null)).id);
        await bus.ensureStream(ACTOR_STREAM);
        const ingest = mode === 'batched' ? await startActorIngest({ bus, jobs, warn: quiet }) : await oneByOneIngest(bus, jobs);
        const all = messages(ids, total);
        const startedAt = performance.now();
        await Promise.all(all.map((m) => sender.send(subjects.actorOutput(m.jobId), m, m.id))); // sent in order on one connection
        for (;;) {
            const statuses = await Promise.all(ids.map(async (id) => (await store.getJob(id))?.status));
            if (statuses.every((s) => s === 'COMPLETED'))
                break;
            await new Promise((resolve) => setTimeout(resolve, 5));
        }
        const ms = performance.now() - startedAt;
        let events = 0;
        for (const id of ids)
            events += (await store.eventsAfter(id, 0)).length;
        await ingest.stop();
        return { ms, events };
    }
    finally {
        await sender.close();
        await bus.close();
        await nats.stop();
    }
}
/** Milliseconds of synchronous work per simulated page (parsing on the actor's main thread). */
const PAGE_WORK_MS = 4;
function busyFor(ms) {
    const end = performance.now() + ms;
    while (performance.now() < end)
        ;
}
/**
 * An actor's publication delay: a crawl loop sending one progress message per page, each page
 * costing {@link PAGE_WORK_MS} of synchronous work, through `ActorOutput` (pipelined) or a
 * chain that waits for each stored acknowledgement before the next publish (the earlier
 * `ActorOutput`); delay = receipt by a raw NATS subscriber of the actor subject − the message's `at`.
 */
async function publishDelays(pages) {
    const nats = await startNatsServer();
    const actor = await NatsBus.connect({ servers: nats.url, onError: quiet });
    const watcher = await NatsBus.connect({ servers: nats.url, onError: quiet });
    const result = {};
    try {
        await actor.ensureStream(ACTOR_STREAM);
        for (const mode of ['serial', 'pipelined']) {
            const jobId = randomUUID();
            const delays = [];
            const sub = watcher.subscribe(subjects.actorOutput(jobId), { callback: (m) => void delays.push(Date.now() - Date.parse(m.data.at)) });
            await new Promise((resolve) => setTimeout(resolve, 100));
            const out = new ActorOutput({ bus: actor, jobId, warn: quiet });
            let tail = Promise.resolve();
            for (let page = 1; page <= pages; page++) {
                const message = { type: 'scrape.progress', visited: page, emails: 0, elapsedSeconds: page / 100, currentUrl: `https://acme.example/${page}` };
                if (mode === 'pipelined')
                    void out.send(message);
                else {
                    const full = { ...message, id: randomUUID(), jobId, at: new Date().toISOString() };
                    tail = tail.then(() => actor.send(subjects.actorOutput(jobId), full, full.id));
                }
                busyFor(PAGE_WORK_MS);
                await new Promise((resolve) => setImmediate(resolve));
            }
            await (mode === 'pipelined' ? out.flush() : tail);
            while (delays.length < pages)
                await new Promise((resolve) => setTimeout(resolve, 10));
            sub.unsubscribe();
            delays.sort((a, b) => a - b);
            result[mode] = { p50: delays[Math.floor(pages * 0.5)], p99: delays[Math.floor(pages * 0.99)] };
        }
    }
    finally {
        await actor.close();
        await watcher.close();
        await nats.stop();
    }
    return result;
}
async function main() {
    const total = arg('messages', 2000);
    const rounds = arg('rounds', 3);
    const stores = [
        {
            name: 'SQLite',
            open: async () => {
                const dir = tempDir('pl-bench-ingest-');
                const store = await openStore({ dataDir: dir.path });
                return { store, close: async () => (await store.close(), dir.remove()) };
            },
        },
    ];
    if (!process.argv.includes('--no-postgres')) {
        stores.push({
            name: 'PostgreSQL',
            open: async () => {
                const schema = await createTestSchema();
                const store = await openStore({ databaseUrl: schema.url, warn: quiet });
                return { store, close: async () => (await store.close(), await schema.drop()) };
            },
        });
    }
    console.log(`Ingest of ${total} actor messages for ${JOBS} jobs through NATS (send → last terminal event stored), median of ${rounds} rounds, modes alternating`);
    console.log('| store | one-by-one msg/s | batched msg/s | ratio | events stored (one-by-one / batched) |');
    console.log('|---|---|---|---|---|');
    for (const { name, open } of stores) {
        const results = { 'one-by-one': [], batched: [] };
        for (let r = 0; r < rounds; r++) {
            for (const mode of (r % 2 ? ['batched', 'one-by-one'] : ['one-by-one', 'batched'])) {
                const { store, close } = await open();
                try {
                    results[mode].push(await round(store, mode, total));
                }
                finally {
                    await close();
                }
            }
        }
        const rate = (mode) => {
            const ms = results[mode].map((r) => r.ms).sort((a, b) => a - b);
            return (total * 1000) / ms[Math.floor((ms.length - 1) / 2)];
        };
        const events = (mode) => results[mode][0].events;
        console.log(`| ${name} | ${rate('one-by-one').toFixed(0)} | ${rate('batched').toFixed(0)} | ${(rate('batched') / rate('one-by-one')).toFixed(1)}× | ${events('one-by-one')} / ${events('batched')} |`);
    }
}
async function all() {
    await main();
    const pages = arg('pages', 1000);
    const d = await publishDelays(pages);
    console.log(`\nActor publication delay (at → raw NATS receipt on the actor subject), ${pages} pages of ${PAGE_WORK_MS} ms synchronous work each:`);
    console.log('| ActorOutput | p50 (ms) | p99 (ms) |');
    console.log('|---|---|---|');
    console.log(`| each publish after the previous one is stored (before) | ${d.serial.p50} | ${d.serial.p99} |`);
    console.log(`| pipelined (now) | ${d.pipelined.p50} | ${d.pipelined.p99} |`);
}
all().catch((error) => {
    console.error(error);
    process.exitCode = 1;
});
//# sourceMappingURL=ingest-rate.js.map