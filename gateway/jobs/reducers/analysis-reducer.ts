/**
 * Analysis jobs as a pure reducer: companies go PENDING → RUNNING (their work written to the
 * outbox, at most `concurrency` at a time) → OK or FAILED; the job completes when none is left.
 */
import type { ActorMessage } from '../../../schema/actor-messages.js';
import type { AnalysisOptions } from '../../../schema/analysis-limits.js';
import type { CompanyWork, Work } from '../../../schema/work.js';
import type { CompanyCounts, CompanyRecord } from '../../store/analysis-store.js';
import type { JobRecord } from '../../store/job-store.js';
import { NOTHING, ReductionBuilder, type JobReducer, type Reduction } from './reduction.js';

/** What an analysis job stores as its input. */
export interface AnalysisJobInput {
  readonly options: AnalysisOptions;
  /** Input rows dropped as duplicates. */
  readonly duplicates: number;
  readonly total: number;
}

export interface AnalysisState {
  readonly job: JobRecord;
  readonly counts: CompanyCounts;
  /** The company a message (or undeliverable work) is about; null otherwise or when unknown. */
  readonly company: CompanyRecord | null;
  /**
   * Companies waiting for work, in index order; the first ones are queued next, so at least
   * `concurrency` of them when there are that many.
   */
  readonly pending: readonly CompanyRecord[];
  /** Every PENDING or RUNNING company, in index order (loaded for requeue and expiry only). */
  readonly unfinished: readonly CompanyRecord[];
}

type Counts = { -readonly [K in keyof CompanyCounts]: CompanyCounts[K] };

/** A reduction under way, with the company counts as they will be once it is applied. */
class AnalysisDraft extends ReductionBuilder {
  readonly counts: Counts;

  constructor(
    readonly state: AnalysisState,
    readonly at: string,
  ) {
    super();
    this.counts = { ...state.counts };
  }

  get jobId(): string {
    return this.state.job.id;
  }

  progress(company: CompanyRecord, message: string): void {
    const { succeeded, failed, total } = this.counts;
    const current = succeeded + failed;
    const percentage = total ? Math.round((10_000 * current) / total) / 100 : 100;
    this.change({ type: 'job', patch: { progress: percentage } });
    this.event({ jobId: this.jobId, at: this.at, type: 'AnalysisProgress', current, total, percentage, message, company: company.name });
  }

  /** Counts a RUNNING company that ends OK or FAILED. */
  countFinished(to: 'OK' | 'FAILED'): void {
    this.counts.running--;
    if (to === 'OK') this.counts.succeeded++;
    else this.counts.failed++;
  }

  /**
   * Queues more companies, up to the job's concurrency, or completes the job when none is
   * left. `candidates`: PENDING companies in the order to queue them.
   */
  scheduleOrComplete(candidates: readonly CompanyRecord[], startedAt?: Date): void {
    const { job } = this.state;
    if (this.counts.pending === 0 && this.counts.running === 0) {
      const started = startedAt ?? job.startedAt ?? job.createdAt;
      this.change({ type: 'job', patch: { status: 'COMPLETED', error: null, finishedAt: new Date(this.at) } });
      this.event({
        jobId: this.jobId,
        at: this.at,
        type: 'AnalysisCompleted',
        total: this.counts.total,
        succeeded: this.counts.succeeded,
        failed: this.counts.failed,
        durationMs: Math.max(0, Date.parse(this.at) - started.getTime()),
      });
      return;
    }
    const options = (job.input as AnalysisJobInput).options;
    const free = options.concurrency - this.counts.running;
    for (const company of candidates.slice(0, Math.max(0, free))) {
      this.counts.pending--;
      this.counts.running++;
      this.change({ type: 'company', index: company.index, patch: { status: 'RUNNING' } });
      this.send(companyWork(this.jobId, company, options));
    }
  }
}

function companyWork(jobId: string, company: CompanyRecord, options: AnalysisOptions): CompanyWork {
  return {
    type: 'company',
    jobId,
    index: company.index,
    company: { ...company.input, website: company.input.website! },
    limits: { maxPages: options.maxPagesPerSite, maxDepth: options.maxDepth, delayMs: options.delayMs },
  };
}

/**
 * A new analysis job whose companies are stored (`state.pending` holds every company waiting
 * for work; companies without a website were stored as NO_WEBSITE and are reported at once).
 */
export function startAnalysis(state: AnalysisState, companies: readonly CompanyRecord[], at: string): Reduction {
  const d = new AnalysisDraft(state, at);
  const startedAt = new Date(at);
  d.change({ type: 'job', patch: { status: 'RUNNING', startedAt } });
  d.event({ jobId: d.jobId, at, type: 'AnalysisStarted', total: d.counts.total });
  let current = 0;
  for (const company of companies) {
    if (company.status !== 'NO_WEBSITE') continue;
    current++;
    const total = d.counts.total;
    d.event({
      jobId: d.jobId,
      at,
      type: 'AnalysisProgress',
      current,
      total,
      percentage: Math.round((10_000 * current) / total) / 100,
      message: `${company.name} has no website`,
      company: company.name,
    });
  }
  d.scheduleOrComplete(state.pending, startedAt);
  return d.build();
}

/** A company whose work is out reports failure (from its actor, or because the work could not go out). */
function companyFailed(d: AnalysisDraft, company: CompanyRecord, error: string, pagesVisited: number): Reduction {
  d.countFinished('FAILED');
  d.change({ type: 'company', index: company.index, patch: { status: 'FAILED', error, pagesVisited } });
  d.event({ jobId: d.jobId, at: d.at, type: 'AnalysisItemFailed', company: company.name, error });
  d.progress(company, `Could not analyse ${company.name}`);
  d.scheduleOrComplete(d.state.pending);
  return d.build();
}

export const analysisReducer: JobReducer<AnalysisState> = {
  onMessage(state: AnalysisState, m: ActorMessage): Reduction {
    if (!('index' in m)) return NOTHING;
    const company = state.company;
    // Only a company whose work is out may report; anything else is a late or duplicate message.
    if (company?.index !== m.index || company.status !== 'RUNNING') return NOTHING;
    const d = new AnalysisDraft(state, m.at);
    switch (m.type) {
      case 'company.started':
        // A redelivered company starts again elsewhere: announce it once.
        if (company.started) return NOTHING;
        d.change({ type: 'companyStarted', index: company.index });
        d.progress(company, `Analysing ${company.name}`);
        return d.build();
      case 'company.progress':
        d.change({ type: 'company', index: company.index, patch: { status: 'RUNNING', pagesVisited: m.pagesVisited } });
        d.progress(company, `Analysing ${company.name}: ${m.pagesVisited} page${m.pagesVisited === 1 ? '' : 's'} (${m.currentUrl})`);
        return d.build();
      case 'company.completed':
        d.countFinished('OK');
        d.change({
          type: 'company',
          index: company.index,
          patch: { status: 'OK', report: { ...m.report, name: company.name, input: company.input }, pagesVisited: m.report.pagesVisited },
        });
        d.progress(company, `Analysed ${company.name}`);
        d.scheduleOrComplete(state.pending);
        return d.build();
      case 'company.failed':
        return companyFailed(d, company, m.error, m.pagesVisited);
      default:
        return NOTHING;
    }
  },

  onRequeue(state: AnalysisState, at: string): Reduction {
    const d = new AnalysisDraft(state, at);
    d.change({ type: 'discardUnsentWork' });
    for (const company of state.unfinished) {
      if (company.status !== 'RUNNING') continue;
      d.counts.running--;
      d.counts.pending++;
      d.change({ type: 'company', index: company.index, patch: { status: 'PENDING' } });
    }
    d.scheduleOrComplete(state.unfinished);
    return d.build();
  },

  onCancel(state: AnalysisState, at: string): Reduction {
    const { counts, job } = state;
    return new ReductionBuilder()
      .change({ type: 'unfinishedCompanies', status: 'CANCELLED', error: null })
      .change({ type: 'job', patch: { status: 'CANCELLED', error: null, finishedAt: new Date(at) } })
      .change({ type: 'discardUnsentWork' })
      .event({ jobId: job.id, at, type: 'AnalysisCancelled', current: counts.succeeded + counts.failed, total: counts.total })
      .build();
  },

  onExpire(state: AnalysisState, at: string, error: string): Reduction {
    const d = new AnalysisDraft(state, at);
    d.change({ type: 'discardUnsentWork' });
    for (const company of state.unfinished) {
      if (company.status === 'RUNNING') d.counts.running--;
      else d.counts.pending--;
      d.counts.failed++;
      d.change({ type: 'company', index: company.index, patch: { status: 'FAILED', error } });
      d.event({ jobId: d.jobId, at, type: 'AnalysisItemFailed', company: company.name, error });
    }
    d.scheduleOrComplete([]);
    return d.build();
  },

  onUndeliverable(state: AnalysisState, work: Work, error: string, at: string): Reduction {
    const company = state.company;
    if (work.type !== 'company' || company?.index !== work.index || company.status !== 'RUNNING') return NOTHING;
    return companyFailed(new AnalysisDraft(state, at), company, `Could not queue the work: ${error}`, 0);
  },
};
