import { expect } from 'chai';
import { EmbeddedBus } from '../../bus/embedded-bus.js';
import { BusPubSub } from '../../gateway/graphql/bus-pubsub.js';
import { JobEventStream } from '../../gateway/jobs/job-event-stream.js';
import { JobService } from '../../gateway/jobs/job-service.js';
import { JobStore } from '../../gateway/store/job-store.js';
import type { ActorMessage } from '../../schema/actor-messages.js';
import type { JobEventPayload } from '../../schema/job-events.js';
import { subjects, WORK_STREAM } from '../../schema/subjects.js';

const LIMITS = { maxDepth: 3, maxPages: 50, maxDurationSeconds: 300, concurrency: 5, delayMs: 0 };

describe('JobService and JobEventStream (gateway core, over the embedded bus)', () => {
  let bus: EmbeddedBus;
  let store: JobStore;
  let jobs: JobService;
  let n = 0;
  const msg = (jobId: string, body: Record<string, unknown>): ActorMessage =>
    ({ id: `m${++n}`, jobId, at: new Date().toISOString(), ...body }) as unknown as ActorMessage;

  beforeEach(async () => {
    bus = new EmbeddedBus();
    await bus.ensureStream(WORK_STREAM);
    store = JobStore.open(':memory:');
    jobs = new JobService({ store, bus, warn: () => {} });
  });
  afterEach(async () => {
    await bus.close();
    await store.close();
  });

  async function newJob(): Promise<string> {
    return (await jobs.startScraping('https://acme-industries.fr/', LIMITS, null)).id;
  }

  async function take(stream: AsyncIterator<JobEventPayload>, count: number): Promise<JobEventPayload[]> {
    const out: JobEventPayload[] = [];
    for (let i = 0; i < count; i++) {
      const r = await stream.next();
      if (r.done) break;
      out.push(r.value);
    }
    return out;
  }

  it('turns actor messages into numbered events and drops duplicates, repeats and anything after the end', async () => {
    const jobId = await newJob();
    const email = { address: 'Ventes@Acme-Industries.fr', pageUrl: 'https://acme-industries.fr/contact', context: 'ventes' };
    const started = msg(jobId, { type: 'scrape.started', url: 'https://acme-industries.fr/' });
    const table: [ActorMessage, string[]][] = [
      [started, ['ScrapingStarted']],
      [started, []], // redelivered message
      [msg(jobId, { type: 'scrape.started', url: 'https://acme-industries.fr/' }), []], // work restarted elsewhere
      [msg(jobId, { type: 'scrape.email', email }), ['ScrapingEmailFound']],
      [msg(jobId, { type: 'scrape.email', email: { ...email, address: 'ventes@acme-industries.fr' } }), []], // same address
      [msg(jobId, { type: 'scrape.progress', visited: 2, emails: 1, elapsedSeconds: 1.5, currentUrl: 'https://acme-industries.fr/x' }), ['ScrapingProgress']],
      [msg(jobId, { type: 'scrape.completed', visited: 3, emails: 1, elapsedSeconds: 2 }), ['ScrapingCompleted']],
      [msg(jobId, { type: 'scrape.failed', error: 'late', visited: 3, emails: 1 }), []],
      [msg(jobId, { type: 'scrape.progress', visited: 4, emails: 1, elapsedSeconds: 3, currentUrl: 'x' }), []],
    ];
    for (const [message, expected] of table) {
      expect((await jobs.applyActorMessage(message)).map((e) => e.type)).to.deep.equal(expected, message.type);
    }
    expect((await store.eventsAfter(jobId, 0)).map((e) => e.seq)).to.deep.equal([1, 2, 3, 4]);
    const job = (await store.getJob(jobId))!;
    expect(job.status).to.equal('COMPLETED');
    expect(job.pagesVisited).to.equal(3);
    expect(await store.scrapeEmails(jobId)).to.deep.equal([{ ...email, address: 'ventes@acme-industries.fr' }]);
  });

  it('cancel emits one ScrapingCancelled with the partial counts, broadcasts the cancel, and is idempotent', async () => {
    const jobId = await newJob();
    const cancels = bus.subscribe(subjects.cancel(jobId));
    await jobs.applyActorMessage(msg(jobId, { type: 'scrape.started', url: 'u' }));
    await jobs.applyActorMessage(msg(jobId, { type: 'scrape.email', email: { address: 'a@acme-industries.fr', pageUrl: 'p', context: '' } }));
    await jobs.applyActorMessage(msg(jobId, { type: 'scrape.progress', visited: 5, emails: 1, elapsedSeconds: 1, currentUrl: 'u' }));
    expect((await jobs.cancel(jobId)).status).to.equal('CANCELLED');
    expect((await jobs.cancel(jobId)).status).to.equal('CANCELLED');
    const events = await store.eventsAfter(jobId, 0);
    expect(events.at(-1)).to.include({ type: 'ScrapingCancelled', visited: 5, emails: 1, seq: 4 });
    expect(events.filter((e) => e.type === 'ScrapingCancelled')).to.have.length(1);
    const received = await cancels[Symbol.asyncIterator]().next();
    expect(received.value?.data).to.deep.equal({ jobId });
    cancels.unsubscribe();
  });

  it('streams stored events after afterSeq, then live ones, and ends after the terminal event', async () => {
    const jobId = await newJob();
    await jobs.applyActorMessage(msg(jobId, { type: 'scrape.started', url: 'u' }));
    for (let i = 1; i <= 3; i++) {
      await jobs.applyActorMessage(msg(jobId, { type: 'scrape.progress', visited: i, emails: 0, elapsedSeconds: i, currentUrl: 'u' }));
    }
    const stream = new JobEventStream({ store, pubSub: new BusPubSub(bus), jobId, afterSeq: 2 });
    expect((await take(stream, 2)).map((e) => e.seq)).to.deep.equal([3, 4]);
    const later = take(stream, 10);
    await jobs.applyActorMessage(msg(jobId, { type: 'scrape.progress', visited: 4, emails: 0, elapsedSeconds: 4, currentUrl: 'u' }));
    await jobs.applyActorMessage(msg(jobId, { type: 'scrape.completed', visited: 4, emails: 0, elapsedSeconds: 5 }));
    expect((await later).map((e) => [e.seq, e.type])).to.deep.equal([
      [5, 'ScrapingProgress'],
      [6, 'ScrapingCompleted'],
    ]);
    expect((await stream.next()).done).to.equal(true);
  });

  /** The bus has handed the published events to its subscribers. */
  const delivered = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 20));

  it('takeReady hands over the next events in order without waiting, stops at a gap or after the terminal event', async () => {
    const jobId = await newJob();
    const stream = new JobEventStream({ store, pubSub: new BusPubSub(bus), jobId });
    expect(stream.takeReady(10), 'nothing read yet: next() reads the store').to.deep.equal([]);
    await jobs.applyActorMessage(msg(jobId, { type: 'scrape.started', url: 'u' }));
    expect((await take(stream, 1)).map((e) => e.seq)).to.deep.equal([1]);
    for (let i = 1; i <= 4; i++)
      await jobs.applyActorMessage(msg(jobId, { type: 'scrape.progress', visited: i, emails: 0, elapsedSeconds: i, currentUrl: 'u' }));
    await delivered();
    expect(stream.takeReady(3).map((e) => e.seq)).to.deep.equal([2, 3, 4]);
    expect(stream.takeReady(3).map((e) => e.seq)).to.deep.equal([5]);
    // An event stored but never announced: the next live one leaves a gap, which takeReady leaves to next().
    await store.appendEvent({ jobId, type: 'ScrapingProgress', at: new Date().toISOString(), visited: 5, emails: 0, elapsedSeconds: 5, currentUrl: 'u' });
    await jobs.applyActorMessage(msg(jobId, { type: 'scrape.completed', visited: 5, emails: 0, elapsedSeconds: 6 }));
    await delivered();
    expect(stream.takeReady(10)).to.deep.equal([]);
    expect((await take(stream, 1)).map((e) => e.seq)).to.deep.equal([6]);
    expect(stream.takeReady(10).map((e) => [e.seq, e.type])).to.deep.equal([[7, 'ScrapingCompleted']]);
    expect(stream.takeReady(10)).to.deep.equal([]);
    expect((await stream.next()).done, 'closed after the terminal event').to.equal(true);
  });

  it('completes at once when resumed after the terminal event of a finished job', async () => {
    const jobId = await newJob();
    await jobs.applyActorMessage(msg(jobId, { type: 'scrape.started', url: 'u' }));
    await jobs.applyActorMessage(msg(jobId, { type: 'scrape.completed', visited: 0, emails: 0, elapsedSeconds: 1 }));
    for (const afterSeq of [2, 3, 50]) {
      const stream = new JobEventStream({ store, pubSub: new BusPubSub(bus), jobId, afterSeq });
      expect((await stream.next()).done).to.equal(true);
    }
    const running = await newJob();
    await jobs.applyActorMessage(msg(running, { type: 'scrape.started', url: 'u' }));
    const live = new JobEventStream({ store, pubSub: new BusPubSub(bus), jobId: running, afterSeq: 1 });
    const next = live.next();
    const raced = await Promise.race([next, new Promise((r) => setTimeout(() => r('waiting'), 100))]);
    expect(raced, 'a running job resumed at its last event waits for more').to.equal('waiting');
    await live.return();
  });

  it('fills a gap from the store when a live event is lost, and bounds a slow subscriber', async () => {
    const jobId = await newJob();
    const stream = new JobEventStream({ store, pubSub: new BusPubSub(bus), jobId, maxBufferedEvents: 5, pollIntervalMs: 50 });
    await jobs.applyActorMessage(msg(jobId, { type: 'scrape.started', url: 'u' }));
    expect((await take(stream, 1)).map((e) => e.seq)).to.deep.equal([1]);
    // An event stored but never announced live (as if the publish was lost).
    await store.appendEvent({ jobId, type: 'ScrapingProgress', at: new Date().toISOString(), visited: 1, emails: 0, elapsedSeconds: 0.1, currentUrl: 'u' });
    // A burst far larger than the subscriber's buffer while it does not read.
    for (let i = 0; i < 200; i++) {
      await jobs.applyActorMessage(msg(jobId, { type: 'scrape.progress', visited: i + 2, emails: 0, elapsedSeconds: 1, currentUrl: 'u' }));
    }
    await new Promise((r) => setTimeout(r, 20));
    expect(stream.bufferedCount).to.be.at.most(5);
    await jobs.applyActorMessage(msg(jobId, { type: 'scrape.completed', visited: 202, emails: 0, elapsedSeconds: 2 }));
    const rest = await take(stream, 1000);
    expect(rest.map((e) => e.seq)).to.deep.equal(Array.from({ length: 202 }, (_, i) => i + 2));
    expect(rest.at(-1)!.type).to.equal('ScrapingCompleted');
  });

  it('return() ends the stream at once and ends its bus subscription', async () => {
    const jobId = await newJob();
    const inner = new BusPubSub(bus);
    const log: string[] = [];
    const spy = {
      publish: inner.publish.bind(inner),
      subscribe(topic: string): AsyncIterable<unknown> {
        log.push(`subscribe ${topic}`);
        const iterator = inner.subscribe(topic)[Symbol.asyncIterator]();
        return {
          [Symbol.asyncIterator]: () => ({
            next: () => iterator.next(),
            return: async () => {
              log.push('return');
              return iterator.return!();
            },
          }),
        };
      },
    };
    const stream = new JobEventStream({ store, pubSub: spy, jobId });
    const pending = stream.next();
    await stream.return();
    expect((await pending).done).to.equal(true);
    expect(log).to.deep.equal([`subscribe ${subjects.jobEvents(jobId)}`, 'return']);
  });
});
