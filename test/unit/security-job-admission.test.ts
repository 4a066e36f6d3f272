import { expect } from 'chai';
import { parse, type OperationDefinitionNode } from 'graphql';
import { EmbeddedBus } from '../../bus/embedded-bus.js';
import { InvalidJobInputError, JobService } from '../../gateway/jobs/job-service.js';
import { JobLimitExceededError, MutationBatchTooLargeError, RateLimitedError } from '../../gateway/security/admission-errors.js';
import { JobAdmission } from '../../gateway/security/job-admission.js';
import { MutationGuard } from '../../gateway/security/mutation-guard.js';
import { JobStore } from '../../gateway/store/job-store.js';
import type { AnalysisOptions } from '../../schema/analysis-limits.js';
import { WORK_STREAM } from '../../schema/subjects.js';
import type { ScrapeLimits } from '../../schema/work.js';
import { companyInput } from '../helpers/company-input.js';

const LIMITS: ScrapeLimits = { maxDepth: 3, maxPages: 50, maxDurationSeconds: 300, concurrency: 5, delayMs: 0 };
const OPTIONS: AnalysisOptions = { concurrency: 3, maxPagesPerSite: 100, maxDepth: 5, delayMs: 0 };
const COMPANY = companyInput('Acme', 'https://acme-industries.example/');

type Outcome =
  | { readonly allowed: true }
  | { readonly error: typeof JobLimitExceededError; readonly maxActiveJobs: number }
  | { readonly error: typeof InvalidJobInputError; readonly field: string; readonly message: string };

interface AdmissionCase {
  readonly name: string;
  readonly maxActiveJobsPerOwner: number;
  readonly maxPagesPerJob: number;
  readonly owner: string | null;
  /** Queued jobs the owner already has, and finished ones (which never count). */
  readonly active: number;
  readonly finished?: number;
  readonly start: { readonly kind: 'scraping'; readonly maxPages: number } | { readonly kind: 'analysis'; readonly maxPagesPerSite: number };
  readonly outcome: Outcome;
}

const CASES: readonly AdmissionCase[] = [
  {
    name: 'admits a job under the per-key limit',
    maxActiveJobsPerOwner: 2,
    maxPagesPerJob: 100,
    owner: 'key:a',
    active: 1,
    start: { kind: 'scraping', maxPages: 50 },
    outcome: { allowed: true },
  },
  {
    name: 'admits pages at the cap',
    maxActiveJobsPerOwner: 2,
    maxPagesPerJob: 100,
    owner: 'key:a',
    active: 0,
    start: { kind: 'analysis', maxPagesPerSite: 100 },
    outcome: { allowed: true },
  },
  {
    name: 'does not count finished jobs',
    maxActiveJobsPerOwner: 2,
    maxPagesPerJob: 100,
    owner: 'key:a',
    active: 1,
    finished: 3,
    start: { kind: 'scraping', maxPages: 50 },
    outcome: { allowed: true },
  },
  {
    name: 'never limits open mode (no owner)',
    maxActiveJobsPerOwner: 1,
    maxPagesPerJob: 100,
    owner: null,
    active: 4,
    start: { kind: 'scraping', maxPages: 50 },
    outcome: { allowed: true },
  },
  {
    name: 'treats a limit of 0 as unlimited',
    maxActiveJobsPerOwner: 0,
    maxPagesPerJob: 100,
    owner: 'key:a',
    active: 5,
    start: { kind: 'analysis', maxPagesPerSite: 10 },
    outcome: { allowed: true },
  },
  {
    name: 'refuses a scraping over the per-key limit',
    maxActiveJobsPerOwner: 2,
    maxPagesPerJob: 100,
    owner: 'key:a',
    active: 2,
    start: { kind: 'scraping', maxPages: 50 },
    outcome: { error: JobLimitExceededError, maxActiveJobs: 2 },
  },
  {
    name: 'refuses an analysis over the per-key limit',
    maxActiveJobsPerOwner: 1,
    maxPagesPerJob: 100,
    owner: 'key:a',
    active: 3,
    start: { kind: 'analysis', maxPagesPerSite: 10 },
    outcome: { error: JobLimitExceededError, maxActiveJobs: 1 },
  },
  {
    name: 'refuses a scraping over the page cap, naming the field',
    maxActiveJobsPerOwner: 2,
    maxPagesPerJob: 100,
    owner: 'key:a',
    active: 0,
    start: { kind: 'scraping', maxPages: 101 },
    outcome: { error: InvalidJobInputError, field: 'maxPages', message: 'maxPages must be at most 100 on this server (got 101)' },
  },
  {
    name: 'refuses an analysis over the page cap before counting jobs',
    maxActiveJobsPerOwner: 1,
    maxPagesPerJob: 100,
    owner: 'key:a',
    active: 1,
    start: { kind: 'analysis', maxPagesPerSite: 150 },
    outcome: { error: InvalidJobInputError, field: 'options.maxPagesPerSite', message: 'options.maxPagesPerSite must be at most 100 on this server (got 150)' },
  },
];

describe('JobAdmission (the job service’s admission policy)', () => {
  let bus: EmbeddedBus;
  let store: JobStore;
  beforeEach(async () => {
    bus = new EmbeddedBus();
    await bus.ensureStream(WORK_STREAM);
    store = JobStore.open(':memory:');
  });
  afterEach(async () => {
    await bus.close();
    await store.close();
  });

  async function seed(owner: string | null, active: number, finished: number): Promise<void> {
    for (let i = 0; i < active + finished; i++) {
      await store.createJob({ id: `seed-${i}`, kind: 'SCRAPING', input: {}, owner });
      if (i >= active) await store.updateJob(`seed-${i}`, { status: 'COMPLETED' });
    }
  }

  for (const c of CASES) {
    it(c.name, async () => {
      await seed(c.owner, c.active, c.finished ?? 0);
      const jobs = new JobService({ store, bus, warn: () => {}, admission: new JobAdmission(c) });
      const before = (await store.listJobs({ kind: null, status: null, owner: c.owner, first: 100, after: null })).totalCount;
      const start =
        c.start.kind === 'scraping'
          ? jobs.startScraping('https://acme-industries.example/', { ...LIMITS, maxPages: c.start.maxPages }, c.owner)
          : jobs.startAnalysis([COMPANY], { ...OPTIONS, maxPagesPerSite: c.start.maxPagesPerSite }, c.owner, 0);
      const outcome = await start.then(
        (job) => ({ job }),
        (error: unknown) => ({ error }),
      );
      const after = (await store.listJobs({ kind: null, status: null, owner: c.owner, first: 100, after: null })).totalCount;
      await jobs.stop();
      if ('allowed' in c.outcome) {
        expect(outcome).to.have.property('job');
        expect(after).to.equal(before + 1);
        return;
      }
      expect(after, 'a refused job stores nothing').to.equal(before);
      expect(outcome).to.have.property('error').that.is.instanceOf(c.outcome.error);
      const error = (outcome as { error: Error }).error;
      if ('maxActiveJobs' in c.outcome) {
        expect(error).to.include({ maxActiveJobs: c.outcome.maxActiveJobs });
        expect(error.message).to.equal(
          `This API key already has ${c.outcome.maxActiveJobs} queued or running jobs, the most allowed; wait for one to finish or cancel one`,
        );
      } else {
        expect(error).to.include({ field: c.outcome.field, message: c.outcome.message });
      }
    });
  }
});

describe('MutationGuard.chargeOperation (the rate-limit policy)', () => {
  const operationOf = (source: string) => {
    const document = parse(source);
    return { document, operation: document.definitions[0] as OperationDefinitionNode };
  };
  const ONE = operationOf('mutation { cancelJob(id: "x") { id } }');
  const THREE = operationOf('mutation { a: cancelJob(id: "1") { id } b: cancelJob(id: "2") { id } c: cancelJob(id: "3") { id } }');
  const QUERY = operationOf('{ jobs { totalCount } }');

  type Operation = ReturnType<typeof operationOf>;
  const cases: readonly {
    name: string;
    perMinute: number;
    owner: string | null;
    /** Operations admitted first, on a clock that does not move. */
    spent: readonly Operation[];
    operation: Operation;
    refusal: null | { type: typeof RateLimitedError; retryAfterSeconds: number } | { type: typeof MutationBatchTooLargeError; mutations: number };
  }[] = [
    { name: 'admits mutations within the allowance', perMinute: 4, owner: 'key:a', spent: [THREE], operation: ONE, refusal: null },
    { name: 'admits queries whatever was spent', perMinute: 1, owner: 'key:a', spent: [ONE], operation: QUERY, refusal: null },
    { name: 'never limits open mode (no owner)', perMinute: 1, owner: null, spent: [ONE, ONE], operation: ONE, refusal: null },
    { name: 'never limits with perMinute 0', perMinute: 0, owner: 'key:a', spent: [THREE, THREE], operation: THREE, refusal: null },
    {
      name: 'rate-limits once the allowance is spent',
      perMinute: 4,
      owner: 'key:a',
      spent: [THREE, ONE],
      operation: ONE,
      refusal: { type: RateLimitedError, retryAfterSeconds: 15 },
    },
    {
      name: 'refuses a batch larger than the whole allowance',
      perMinute: 2,
      owner: 'key:a',
      spent: [],
      operation: THREE,
      refusal: { type: MutationBatchTooLargeError, mutations: 3 },
    },
  ];

  for (const c of cases) {
    it(c.name, async () => {
      const guard = new MutationGuard({ perMinute: c.perMinute, now: () => 1_000_000 });
      for (const spent of c.spent) await guard.chargeOperation(c.owner, spent.document, spent.operation);
      const outcome = await guard.chargeOperation(c.owner, c.operation.document, c.operation.operation).then(
        () => null,
        (error: unknown) => error,
      );
      if (c.refusal === null) {
        expect(outcome).to.equal(null);
        return;
      }
      expect(outcome).to.be.instanceOf(c.refusal.type);
      const { type: _type, ...numbers } = c.refusal;
      expect(outcome).to.include({ ...numbers, perMinute: c.perMinute });
    });
  }

  it('spends nothing on a refused batch', async () => {
    const guard = new MutationGuard({ perMinute: 2, now: () => 1_000_000 });
    await guard.chargeOperation('key:a', THREE.document, THREE.operation).catch(() => undefined);
    await guard.chargeOperation('key:a', ONE.document, ONE.operation);
    await guard.chargeOperation('key:a', ONE.document, ONE.operation);
    const third = await guard.chargeOperation('key:a', ONE.document, ONE.operation).catch((error: unknown) => error);
    expect(third).to.be.instanceOf(RateLimitedError);
  });
});
