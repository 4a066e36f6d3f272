/**
 * Each job kind: how to read the state its reducer needs from the store (inside the
 * transaction that applies the reduction), and the reducer itself.
 */
import type { ActorMessage } from '../../schema/actor-messages.js';
import type { Work } from '../../schema/work.js';
import type { JobKindValue, JobRecord, JobStore } from '../store/job-store.js';
import { analysisReducer, type AnalysisJobInput, type AnalysisState } from './reducers/analysis-reducer.js';
import type { JobReducer } from './reducers/reduction.js';
import { scrapingReducer, type ScrapingState } from './reducers/scraping-reducer.js';

/** What the state is loaded for: a message, work that cannot be sent, or a whole-job transition. */
export type StateNeed =
  { readonly for: 'message'; readonly message: ActorMessage } | { readonly for: 'undeliverable'; readonly work: Work } | { readonly for: 'job' };

export interface JobKind<S> {
  /** Reads the state inside the transaction that applies the reduction (`store` is bound to it). */
  load(store: JobStore, job: JobRecord, need: StateNeed): Promise<S>;
  readonly reducer: JobReducer<S>;
}

export async function loadAnalysisState(store: JobStore, job: JobRecord, need: StateNeed): Promise<AnalysisState> {
  const analysis = store.analysis;
  const index =
    need.for === 'message' && 'index' in need.message
      ? need.message.index
      : need.for === 'undeliverable' && need.work.type === 'company'
        ? need.work.index
        : null;
  const concurrency = (job.input as AnalysisJobInput).options.concurrency;
  return {
    job,
    counts: await analysis.counts(job.id),
    company: index === null ? null : await analysis.company(job.id, index),
    pending: await analysis.pendingCompanies(job.id, concurrency),
    unfinished: need.for === 'job' ? await analysis.unfinishedCompanies(job.id) : [],
  };
}

async function loadScrapingState(store: JobStore, job: JobRecord, need: StateNeed): Promise<ScrapingState> {
  const email = need.for === 'message' && need.message.type === 'scrape.email' ? need.message.email.address : null;
  return {
    job,
    emailCount: await store.scrapeEmailCount(job.id),
    emailKnown: email !== null && (await store.hasScrapeEmail(job.id, email)),
  };
}

const analysis: JobKind<AnalysisState> = { load: loadAnalysisState, reducer: analysisReducer };
const scraping: JobKind<ScrapingState> = { load: loadScrapingState, reducer: scrapingReducer };

export const JOB_KINDS: Readonly<Record<JobKindValue, JobKind<unknown>>> = {
  ANALYSIS: analysis,
  SCRAPING: scraping,
};
