import { JobEventStream } from '../jobs/job-event-stream.js';
import { badUserInput, wrongJobKind } from './errors.js';
import { visibleJob } from './job.mapper.js';
/** Starts the stream for `scrapingEvents` / `analysisEvents` after checking the job. */
export async function subscribeToJobEvents(kind, data) {
    const { args, context } = data;
    const record = await visibleJob(context, args.jobId);
    if (record.kind !== kind)
        throw wrongJobKind(args.jobId, kind);
    const afterSeq = args.afterSeq ?? 0;
    if (!Number.isInteger(afterSeq) || afterSeq < 0)
        throw badUserInput('afterSeq must be 0 or more', 'afterSeq');
    return new JobEventStream({
        store: context.jobs.store,
        pubSub: context.pubSub,
        jobId: args.jobId,
        afterSeq,
        ...(context.eventStreams ? { registry: context.eventStreams } : {}),
    });
}
//# sourceMappingURL=job-events.subscription.js.map