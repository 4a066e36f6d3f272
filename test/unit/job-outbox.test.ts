import { expect } from 'chai';
import { BusUnavailableError, type Bus, type Consumer } from '../../bus/bus.js';
import { EmbeddedBus } from '../../bus/embedded-bus.js';
import { JobService, type JobServiceOptions } from '../../gateway/jobs/job-service.js';
import { JobStore } from '../../gateway/store/job-store.js';
import type { ActorMessage } from '../../schema/actor-messages.js';
import type { CompanyInputPayload } from '../../schema/company.js';
import { subjects, WORK_STREAM } from '../../schema/subjects.js';
import type { CompanyWork, Work } from '../../schema/work.js';
import { waitUntil } from '../helpers/proc.js';
import { companyInput } from '../helpers/company-input.js';

const OPTIONS = { concurrency: 2, maxPagesPerSite: 5, maxDepth: 1, delayMs: 0 };

function companies(count: number, extra: Partial<CompanyInputPayload> = {}): CompanyInputPayload[] {
  return Array.from({ length: count }, (_, i) => companyInput(`Company ${i}`, `https://c${i}.example/`, extra));
}

/** An embedded bus whose durable sends fail while `down` is set, as NATS's do during an outage. */
function flaky(bus: EmbeddedBus): { bus: Bus; down: boolean; sends: number } {
  const control = { down: false, sends: 0, bus: bus as Bus };
  control.bus = new Proxy(bus, {
    get(target, key, receiver) {
      if (key === 'send') {
        return async (subject: string, data: unknown, msgId?: string) => {
          control.sends++;
          if (control.down) throw new BusUnavailableError('NATS is down');
          return target.send(subject, data, msgId);
        };
      }
      const value = Reflect.get(target, key, receiver) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return control;
}

class SimulatedCrash extends Error {}

describe('transactional outbox and its dispatcher', () => {
  let embedded: EmbeddedBus;
  let store: JobStore;
  let consumer: Consumer | null;
  let services: JobService[];
  let received: Work[];

  const service = (options: Partial<JobServiceOptions> & { bus?: Bus } = {}): JobService => {
    const jobs = new JobService({ store, bus: embedded, warn: () => {}, ...options });
    services.push(jobs);
    return jobs;
  };
  const receiveWork = async (): Promise<void> => {
    consumer = await embedded.consume({ stream: WORK_STREAM, durable: 'actors', maxInFlight: 100 }, async (msg) => {
      received.push(msg.data as Work);
      await msg.ack();
    });
  };
  const statuses = async (jobId: string): Promise<string[]> => (await store.outbox.ofJob(jobId)).map((r) => r.status);

  beforeEach(async () => {
    embedded = new EmbeddedBus();
    await embedded.ensureStream(WORK_STREAM);
    store = JobStore.open(':memory:');
    services = [];
    received = [];
    consumer = null;
  });
  afterEach(async () => {
    await Promise.all(services.map((s) => s.stop()));
    await consumer?.stop();
    await embedded.close();
    await store.close();
  });

  it('work decided by a transaction that committed is sent by the next process even when this one dies before sending', async () => {
    const dying = service({
      afterOutboxCommit: () => {
        throw new SimulatedCrash('killed between the commit and the send');
      },
    });
    let jobId = '';
    try {
      await dying.startAnalysis(companies(3), OPTIONS, null, 0);
      expect.fail('the hook should have stopped startAnalysis');
    } catch (error) {
      expect(error).to.be.instanceOf(SimulatedCrash);
    }
    jobId = (await store.listJobs({ first: 1 })).jobs[0].id;
    expect(await statuses(jobId), 'committed with the job, not sent').to.deep.equal(['PENDING', 'PENDING']);
    await receiveWork();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(received, 'nothing sent by the dead process').to.deep.equal([]);

    service().startDispatching();
    await waitUntil(() => received.length === 2, 5000, 'the restarted service to send the work');
    expect(received.map((w) => (w as CompanyWork).index)).to.deep.equal([0, 1]);
    await waitUntil(async () => (await statuses(jobId)).every((s) => s === 'SENT'), 5000, 'the rows to be marked sent');
  });

  it("a company completion and the next company's work are one transaction: the next work is sent, once", async () => {
    const jobs = service();
    await receiveWork();
    const job = await jobs.startAnalysis(companies(3), { ...OPTIONS, concurrency: 1 }, null, 0);
    await waitUntil(() => received.length === 1, 5000, 'the first company');
    const done: ActorMessage = { id: 'done-0', jobId: job.id, at: new Date().toISOString(), type: 'company.failed', index: 0, error: 'x', pagesVisited: 0 };
    await jobs.applyActorMessage(done);
    await jobs.applyActorMessage(done); // redelivered: deduplicated by message id, no second work
    await waitUntil(() => received.length === 2, 5000, 'the second company');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(received.map((w) => (w as CompanyWork).index)).to.deep.equal([0, 1]);
    expect(await statuses(job.id)).to.deep.equal(['SENT', 'SENT']);
  });

  it('a bus outage longer than the warning threshold: the work waits, retried with backoff, one warning, then is sent', async () => {
    const control = flaky(embedded);
    control.down = true;
    const warnings: string[] = [];
    const jobs = service({ bus: control.bus, warn: (m) => warnings.push(m), outbox: { warnAfterMs: 150, maxRetryDelayMs: 40, pollIntervalMs: 10_000 } });
    jobs.startDispatching();
    await receiveWork();
    const job = await jobs.startAnalysis(companies(2), OPTIONS, null, 0);
    expect(job.status, 'the job is accepted while the bus is down').to.equal('RUNNING');
    await waitUntil(() => warnings.some((w) => /has waited \d+ s for the message bus/.test(w)), 5000, 'the outage warning');
    const sendsAtWarning = control.sends;
    await waitUntil(() => control.sends >= sendsAtWarning + 4, 5000, 'more tries while the bus stays down');
    expect(await statuses(job.id)).to.deep.equal(['PENDING', 'PENDING']);
    expect(warnings.filter((w) => w.includes('has waited'))).to.have.length(1);
    control.down = false;
    await waitUntil(() => received.length === 2, 5000, 'the work once the bus is back');
    await waitUntil(async () => (await statuses(job.id)).every((s) => s === 'SENT'), 5000, 'the rows to be marked sent');
    expect(warnings.at(-1)).to.match(/bus is back/);
  });

  it('work too large for the bus is marked failed and fails its company with the reason; the job still completes', async () => {
    await embedded.close();
    embedded = new EmbeddedBus({ maxPayloadBytes: 700 }); // a company's work is ~450 bytes; field limits keep inputs under 300 characters
    await embedded.ensureStream(WORK_STREAM);
    const jobs = service();
    await receiveWork();
    const input = companies(2);
    input[0] = { ...input[0], category: 'x'.repeat(290), address: 'y'.repeat(290) };
    const job = await jobs.startAnalysis(input, OPTIONS, null, 0);
    await waitUntil(async () => (await store.analysis.company(job.id, 0))?.status === 'FAILED', 5000, 'the oversized company to fail');
    expect((await store.analysis.company(job.id, 0))!.error).to.match(/^Could not queue the work: .*700/);
    expect(await statuses(job.id)).to.deep.equal(['FAILED', 'SENT']);
    expect((await store.outbox.ofJob(job.id))[0].error).to.match(/700/);
    await waitUntil(() => received.length === 1, 5000, 'the other company');
    await jobs.applyActorMessage({ id: 'ok-1', jobId: job.id, at: new Date().toISOString(), type: 'company.failed', index: 1, error: 'y', pagesVisited: 0 });
    const events = await store.eventsAfter(job.id, 0);
    expect(events.at(-1)).to.include({ type: 'AnalysisCompleted', total: 2, failed: 2 });
    expect(events.filter((e) => e.type === 'AnalysisItemFailed').map((e) => (e as { company: string }).company)).to.deep.equal(['Company 0', 'Company 1']);
  });

  it('a row claimed by a dispatcher that died after sending is sent again after its lease, and the bus drops the duplicate', async () => {
    const control = flaky(embedded);
    control.down = true; // the first service never gets to send
    const first = service({ bus: control.bus, outbox: { maxRetryDelayMs: 60_000 } });
    const job = await first.startScraping('https://acme.example/', { maxDepth: 1, maxPages: 5, maxDurationSeconds: 30, concurrency: 1, delayMs: 0 }, null);
    await first.stop();
    const row = async () => (await store.outbox.ofJob(job.id))[0];
    await waitUntil(async () => (await row()).attempts >= 1, 5000, 'a first attempt');
    await store.outbox.retryAt([(await row()).msgId], 0, 'reset for the test');
    // The dying dispatcher: claims the row for 100 ms, sends it, dies before marking it sent.
    const [claimed] = await store.outbox.claimDue(10, 100);
    await embedded.send(subjects.scrapeWork, claimed.work, claimed.msgId);
    await receiveWork();
    service({ outbox: { pollIntervalMs: 20 } }).startDispatching();
    await waitUntil(async () => (await statuses(job.id))[0] === 'SENT', 5000, 'the row to be sent after the lease');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(received).to.have.length(1);
    expect((await row()).attempts).to.be.greaterThan(1);
  });
});
