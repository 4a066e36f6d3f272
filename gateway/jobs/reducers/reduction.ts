/**
 * What a job reducer decides: the public events to store (numbered by the store), the work to
 * send (written to the outbox in the same transaction) and the changes to the job's stored
 * state. Reducers are pure functions of a state snapshot and an input; `JobService` loads the
 * snapshot and applies the reduction in one transaction.
 */
import type { ActorMessage, EmailHitPayload } from '../../../schema/actor-messages.js';
import type { UnsequencedJobEvent } from '../../../schema/job-events.js';
import type { Work } from '../../../schema/work.js';
import type { CompanyPatch, CompanyStatusValue } from '../../store/analysis-store.js';
import type { JobPatch } from '../../store/job-store.js';

export type StoreChange =
  | { readonly type: 'job'; readonly patch: JobPatch }
  | { readonly type: 'company'; readonly index: number; readonly patch: CompanyPatch }
  | { readonly type: 'companyStarted'; readonly index: number }
  /** Every company still PENDING or RUNNING takes this status. */
  | { readonly type: 'unfinishedCompanies'; readonly status: CompanyStatusValue & ('CANCELLED' | 'FAILED'); readonly error: string | null }
  | { readonly type: 'scrapeEmail'; readonly email: EmailHitPayload }
  /** Unsent work of the job is no longer wanted (it ended, or its work is queued afresh). */
  | { readonly type: 'discardUnsentWork' };

export interface Reduction {
  readonly events: readonly UnsequencedJobEvent[];
  readonly outbox: readonly Work[];
  readonly changes: readonly StoreChange[];
}

export const NOTHING: Reduction = { events: [], outbox: [], changes: [] };

/** The transitions every job kind has; `S` is the kind's state snapshot. */
export interface JobReducer<S> {
  /** Output of an actor service about this job (already deduplicated by message id). */
  onMessage(state: S, message: ActorMessage, at: string): Reduction;
  /** Queue the job's unfinished work again (a bus that lost it across a restart). */
  onRequeue(state: S, at: string): Reduction;
  onCancel(state: S, at: string): Reduction;
  /** The job ran out of time: its remaining work fails. */
  onExpire(state: S, at: string, error: string): Reduction;
  /** Work of this job can never be sent (e.g. too large for the bus). */
  onUndeliverable(state: S, work: Work, error: string, at: string): Reduction;
}

/** Collects a reduction step by step (reducers stay pure: the builder never leaves them). */
export class ReductionBuilder {
  readonly events: UnsequencedJobEvent[] = [];
  readonly outbox: Work[] = [];
  readonly changes: StoreChange[] = [];

  event(event: UnsequencedJobEvent): this {
    this.events.push(event);
    return this;
  }

  send(work: Work): this {
    this.outbox.push(work);
    return this;
  }

  change(change: StoreChange): this {
    this.changes.push(change);
    return this;
  }

  build(): Reduction {
    return { events: this.events, outbox: this.outbox, changes: this.changes };
  }
}
