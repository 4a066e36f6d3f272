/**
 * One behavioural suite for both stores: SQLite (embedded, one process) and PostgreSQL (a
 * private schema on the shared server, several stores standing for several gateways) must
 * pass exactly the same cases.
 */
import { expect } from 'chai';
import { randomUUID } from 'node:crypto';
import { EmbeddedBus } from '../../bus/embedded-bus.js';
import { JobService } from '../../gateway/jobs/job-service.js';
import { InvalidCursorError, JobStore } from '../../gateway/store/job-store.js';
import { openStore } from '../../gateway/store/open-store.js';
import type { ActorMessage } from '../../schema/actor-messages.js';
import type { CompanyInputPayload } from '../../schema/company.js';
import { WORK_STREAM } from '../../schema/subjects.js';
import type { ScrapeWork } from '../../schema/work.js';
import { createTestSchema, type TestSchema } from '../helpers/postgres.js';

interface StoreFixture {
  /** `count` stores on the same data, as `count` gateways would hold (SQLite: one shared store). */
  open(count: number): Promise<JobStore[]>;
  close(): Promise<void>;
}

const AT = '2026-12-07T10:00:00.000Z';
const LIMITS = { maxDepth: 1, maxPages: 5, maxDurationSeconds: 30, concurrency: 1, delayMs: 0 };
const scrapeWork = (jobId: string): ScrapeWork => ({ type: 'scrape', jobId, url: 'https://acme.example/', limits: LIMITS });

function company(i: number, website: string | null = `https://c${i}.example/`): CompanyInputPayload {
  return { name: `Company ${i}`, website, category: null, address: null, phone: null, country: null, rating: null, reviewsCount: null };
}

export function describeStoreContract(name: string, makeFixture: () => Promise<StoreFixture>): void {
  describe(`store contract: ${name}`, function () {
    this.timeout(60_000);
    let fixture: StoreFixture;
    let store: JobStore;

    beforeEach(async () => {
      fixture = await makeFixture();
      [store] = await fixture.open(1);
    });
    afterEach(async () => {
      await fixture.close();
    });

    it('creates, reads, lists and pages jobs; a foreign cursor is refused', async () => {
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) {
        const id = randomUUID();
        ids.push(id);
        const job = await store.createJob({ id, kind: i % 2 ? 'ANALYSIS' : 'SCRAPING', input: { n: i }, owner: i < 3 ? 'k1' : null, siteUrl: null });
        expect(job).to.include({ id, status: 'QUEUED', progress: 0, pagesVisited: 0 });
        expect(job.createdAt).to.be.instanceOf(Date);
      }
      await store.updateJob(ids[0], { status: 'RUNNING', startedAt: new Date(AT), progress: 12.5, pagesVisited: 3 });
      const first = (await store.getJob(ids[0]))!;
      expect(first).to.include({ status: 'RUNNING', progress: 12.5, pagesVisited: 3 });
      expect(first.startedAt?.toISOString()).to.equal(AT);
      expect(first.input).to.deep.equal({ n: 0 });
      expect(await store.getJob(randomUUID())).to.equal(null);

      const page1 = await store.listJobs({ first: 2 });
      expect(page1.jobs.map((j) => j.id)).to.deep.equal([ids[4], ids[3]]);
      expect(page1).to.include({ hasNextPage: true, totalCount: 5 });
      const page2 = await store.listJobs({ first: 10, after: page1.cursors.at(-1)! });
      expect(page2.jobs.map((j) => j.id)).to.deep.equal([ids[2], ids[1], ids[0]]);
      expect((await store.listJobs({ first: 10, kind: 'ANALYSIS', owner: 'k1' })).jobs.map((j) => j.id)).to.deep.equal([ids[1]]);
      expect(await store.activeJobCount('k1')).to.equal(3);
      expect((await store.unfinishedJobs()).map((j) => j.id)).to.deep.equal(ids);
      try {
        await store.listJobs({ first: 1, after: 'bm90IGEgY3Vyc29y' });
        expect.fail('a foreign cursor must be refused');
      } catch (error) {
        expect(error).to.be.instanceOf(InvalidCursorError);
      }
    });

    it('numbers events per job from 1, refuses any after the terminal one, and replays after a seq', async () => {
      const [a, b] = [randomUUID(), randomUUID()];
      await store.createJob({ id: a, kind: 'SCRAPING', input: {} });
      await store.createJob({ id: b, kind: 'SCRAPING', input: {} });
      expect((await store.appendEvent({ type: 'ScrapingStarted', jobId: a, at: AT, url: 'u' }))?.seq).to.equal(1);
      expect((await store.appendEvent({ type: 'ScrapingStarted', jobId: b, at: AT, url: 'u' }))?.seq).to.equal(1);
      expect((await store.appendEvent({ type: 'ScrapingCancelled', jobId: a, at: AT, visited: 0, emails: 0 }))?.seq).to.equal(2);
      expect(await store.appendEvent({ type: 'ScrapingStarted', jobId: a, at: AT, url: 'u' })).to.equal(null);
      expect((await store.eventsAfter(a, 1)).map((e) => [e.seq, e.type])).to.deep.equal([[2, 'ScrapingCancelled']]);
      expect(await store.lastSeq(a)).to.equal(2);
      expect(await store.lastSeq(randomUUID())).to.equal(0);
    });

    it('a transaction is all or nothing; message ids and e-mail addresses are recorded once', async () => {
      const id = randomUUID();
      try {
        await store.transaction(async (tx) => {
          await tx.createJob({ id, kind: 'SCRAPING', input: {} });
          await tx.appendEvent({ type: 'ScrapingStarted', jobId: id, at: AT, url: 'u' });
          throw new Error('changed my mind');
        });
      } catch (error) {
        expect((error as Error).message).to.equal('changed my mind');
      }
      expect(await store.getJob(id)).to.equal(null);
      expect(await store.lastSeq(id)).to.equal(0);
      await store.createJob({ id, kind: 'SCRAPING', input: {} });
      expect(await store.markMessageProcessed(`m-${id}`)).to.equal(true);
      expect(await store.markMessageProcessed(`m-${id}`)).to.equal(false);
      const hit = { address: 'Ventes@Acme.example', pageUrl: 'https://acme.example/c', context: 'x' };
      expect(await store.addScrapeEmail(id, hit)).to.equal(true);
      expect(await store.addScrapeEmail(id, { ...hit, address: 'ventes@acme.example' })).to.equal(false);
      expect(await store.hasScrapeEmail(id, 'VENTES@acme.example')).to.equal(true);
      expect(await store.scrapeEmailCount(id)).to.equal(1);
      expect(await store.scrapeEmails(id)).to.deep.equal([{ ...hit, address: 'ventes@acme.example' }]);
    });

    it("numbers each scrape's addresses in the order found, repeats skipped, apart from other scrapes", async () => {
      const [store] = await fixture.open(1);
      const [first, second] = [randomUUID(), randomUUID()];
      for (const id of [first, second]) await store.createJob({ id, kind: 'SCRAPING', input: {} });
      expect(await store.scrapeEmailCount(first)).to.equal(0);
      const hit = (address: string) => ({ address, pageUrl: 'https://acme.example/', context: '' });
      const added: boolean[] = [];
      for (const address of ['a@acme.example', 'b@acme.example', 'A@acme.example', 'c@acme.example', 'b@acme.example']) {
        added.push(await store.addScrapeEmail(first, hit(address)));
        added.push(await store.addScrapeEmail(second, hit(`second-${address}`)));
      }
      expect(added.filter(Boolean)).to.have.length(6);
      for (const [id, prefix] of [
        [first, ''],
        [second, 'second-'],
      ] as const) {
        expect(await store.scrapeEmailCount(id)).to.equal(3);
        expect((await store.scrapeEmails(id)).map((e) => e.address)).to.deep.equal(['a', 'b', 'c'].map((local) => `${prefix}${local}@acme.example`));
      }
      expect(await store.addScrapeEmail(first, hit('d@acme.example'))).to.equal(true);
      expect(await store.scrapeEmailCount(first)).to.equal(4);
      expect(await store.scrapeEmailCount(second)).to.equal(3);
    });

    it('keeps companies, their counts and reports, and uploads visible to every store on the data', async () => {
      const [one, two] = await fixture.open(2);
      const id = randomUUID();
      await one.createJob({ id, kind: 'ANALYSIS', input: {} });
      await one.analysis.addCompanies(id, [company(0), company(1, null), company(2), company(3)]);
      await one.analysis.setCompany(id, 0, { status: 'RUNNING', pagesVisited: 4 });
      await one.analysis.setCompany(id, 0, { status: 'RUNNING', pagesVisited: 2 }); // pages never go down
      await one.analysis.setCompany(id, 2, { status: 'FAILED', error: 'DNS' });
      expect(await one.analysis.markStarted(id, 0)).to.equal(true);
      expect(await one.analysis.markStarted(id, 0)).to.equal(false);
      const c0 = (await two.analysis.company(id, 0))!;
      expect(c0).to.include({ status: 'RUNNING', pagesVisited: 4, started: true, name: 'Company 0' });
      expect(await two.analysis.counts(id)).to.deep.equal({ total: 4, pending: 1, running: 1, succeeded: 1, failed: 1, cancelled: 0 });
      expect((await two.analysis.pendingCompanies(id, 5)).map((c) => c.index)).to.deep.equal([3]);
      expect((await two.analysis.unfinishedCompanies(id)).map((c) => c.index)).to.deep.equal([0, 3]);
      expect(await two.analysis.finishRemaining(id, 'CANCELLED', null)).to.equal(2);

      const upload = {
        id: randomUUID(),
        createdAt: new Date(AT),
        owner: 'k1',
        filename: 'c.csv',
        rows: [company(7)],
        columns: ['name', 'website'],
        warnings: ['w'],
      };
      await one.analysis.saveUpload(upload);
      expect(await two.analysis.upload(upload.id)).to.deep.equal(upload);
      expect(await two.analysis.upload(randomUUID())).to.equal(null);
    });

    it('outbox: rows are claimed for a lease, never twice at once, and settle as sent, failed or discarded', async () => {
      const stores = await fixture.open(3);
      const id = randomUUID();
      await store.createJob({ id, kind: 'SCRAPING', input: {} });
      const added = await store.outbox.add(Array.from({ length: 30 }, () => scrapeWork(id)));
      expect(new Set(added.map((r) => r.msgId)).size).to.equal(30);
      const claims = await Promise.all(stores.flatMap((s) => [s.outbox.claimDue(7, 60_000), s.outbox.claimDue(7, 60_000)]));
      const claimed = claims.flat().map((r) => r.msgId);
      expect(new Set(claimed).size, 'no row claimed twice').to.equal(claimed.length);
      expect(claimed.length).to.equal(30);
      expect(await store.outbox.claimDue(10, 60_000), 'leased rows are not due').to.deep.equal([]);
      await store.outbox.markSent(added[0].msgId);
      expect(await store.outbox.markFailed(added[1].msgId, 'too large')).to.equal(true);
      expect(await store.outbox.markFailed(added[0].msgId, 'already sent')).to.equal(false);
      await store.outbox.retryAt([added[2].msgId], 0, 'bus down');
      expect((await store.outbox.claimDue(10, 60_000)).map((r) => r.msgId)).to.deep.equal([added[2].msgId]);
      expect(await store.outbox.discardPending(id)).to.equal(28);
      const rows = await store.outbox.ofJob(id);
      expect(rows.map((r) => r.status).slice(0, 3)).to.deep.equal(['SENT', 'FAILED', 'DISCARDED']);
      expect(rows[2].attempts).to.equal(2);
      expect(rows[0].work).to.deep.equal(scrapeWork(id));
      expect(await store.outbox.pendingCount()).to.equal(0);
      expect(await store.outbox.nextDueAt()).to.equal(null);
    });

    it('a shared token bucket: every store on the data draws from the same tokens', async () => {
      const stores = await fixture.open(3);
      const now = Date.now();
      const results = await Promise.all(Array.from({ length: 9 }, (_, i) => stores[i % 3].takeTokens('mutations:k1', 1, 5, now)));
      expect(results.filter((wait) => wait === 0)).to.have.length(5);
      expect(Math.min(...results.filter((wait) => wait > 0))).to.be.greaterThan(0);
      expect(await stores[0].takeTokens('mutations:k1', 1, 5, now + 12_000), 'one token back after 12 s').to.equal(0);
      expect(await stores[1].takeTokens('mutations:k2', 1, 5, now)).to.equal(0);
    });

    it("several job services on the data applying one job's output concurrently: events gap-free, ordered, unduplicated; every company once", async () => {
      const stores = await fixture.open(3);
      const bus = new EmbeddedBus();
      await bus.ensureStream(WORK_STREAM);
      const services = stores.map((s) => new JobService({ store: s, bus, warn: () => {} }));
      try {
        const total = 24;
        const job = await services[0].startAnalysis(
          Array.from({ length: total }, (_, i) => company(i)),
          { concurrency: total, maxPagesPerSite: 2, maxDepth: 1, delayMs: 0 },
          null,
          0,
        );
        const message = (index: number, type: 'company.started' | 'company.completed'): ActorMessage =>
          ({
            id: `${type}:${index}`,
            jobId: job.id,
            at: new Date().toISOString(),
            type,
            index,
            ...(type === 'company.completed' ? { report: { pagesVisited: 1 } } : {}),
          }) as ActorMessage;
        const apply = (m: ActorMessage, i: number): Promise<unknown> => services[i % services.length].applyActorMessage(m);
        await Promise.all(
          Array.from({ length: total }, (_, i) => [apply(message(i, 'company.started'), i), apply(message(i, 'company.started'), i + 1)]).flat(),
        );
        await Promise.all(
          Array.from({ length: total }, (_, i) => [apply(message(i, 'company.completed'), i), apply(message(i, 'company.completed'), i + 2)]).flat(),
        );
        const events = await stores[1].eventsAfter(job.id, 0);
        expect(events.map((e) => e.seq)).to.deep.equal(events.map((_, i) => i + 1));
        expect(events.length).to.equal(1 + 2 * total + 1);
        const analysed = events.filter((e) => e.type === 'AnalysisProgress' && (e as { message: string }).message.startsWith('Analysed '));
        expect(new Set(analysed.map((e) => (e as { company: string }).company)).size).to.equal(total);
        expect(analysed.map((e) => (e as { current: number }).current)).to.deep.equal(Array.from({ length: total }, (_, i) => i + 1));
        expect(events.at(-1)).to.include({ type: 'AnalysisCompleted', total, succeeded: total, failed: 0 });
        expect((await stores[2].getJob(job.id))!.status).to.equal('COMPLETED');
      } finally {
        await Promise.all(services.map((s) => s.stop()));
        await bus.close();
      }
    });
  });
}

describeStoreContract('SQLite', async () => {
  const store = JobStore.open(':memory:');
  return { open: async (count) => Array.from({ length: count }, () => store), close: () => store.close() };
});

describeStoreContract('PostgreSQL', async () => {
  const schema: TestSchema = await createTestSchema();
  const stores: JobStore[] = [];
  return {
    async open(count) {
      // Opened together: the migration runs once, under its advisory lock.
      const opened = await Promise.all(Array.from({ length: count }, () => openStore({ databaseUrl: schema.url, poolSize: 4 })));
      stores.push(...opened);
      return opened;
    },
    async close() {
      await Promise.all(stores.splice(0).map((s) => s.close()));
      await schema.drop();
    },
  };
});
