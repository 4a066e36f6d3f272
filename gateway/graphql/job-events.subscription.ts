import type { SubscribeResolverData } from 'type-graphql';
import type { JobKind } from '../../schema/graphql/job.types.js';
import type { JobEventPayload } from '../../schema/job-events.js';
import { JobEventStream } from '../jobs/job-event-stream.js';
import type { GatewayContext } from './context.js';
import { badUserInput, wrongJobKind } from './errors.js';
import { visibleJob } from './job.mapper.js';

export interface JobEventsArgs {
  jobId: string;
  afterSeq?: number | null;
}

/** Starts the stream for `scrapingEvents` / `analysisEvents` after checking the job. */
export async function subscribeToJobEvents(
  kind: JobKind,
  data: SubscribeResolverData<unknown, JobEventsArgs, GatewayContext>,
): Promise<AsyncIterable<JobEventPayload>> {
  const { args, context } = data;
  const record = await visibleJob(context, args.jobId);
  if (record.kind !== kind) throw wrongJobKind(args.jobId, kind);
  const afterSeq = args.afterSeq ?? 0;
  if (!Number.isInteger(afterSeq) || afterSeq < 0) throw badUserInput('afterSeq must be 0 or more', 'afterSeq');
  return new JobEventStream({
    store: context.jobs.store,
    pubSub: context.pubSub,
    jobId: args.jobId,
    afterSeq,
    ...(context.eventStreams ? { registry: context.eventStreams } : {}),
  });
}
