import { Job } from '../../schema/graphql/job.types.js';
import { jobNotFound } from './errors.js';
/** The GraphQL view of a stored job. */
export function toGraphqlJob(record) {
    return Object.assign(new Job(), {
        id: record.id,
        kind: record.kind,
        status: record.status,
        createdAt: record.createdAt,
        startedAt: record.startedAt,
        finishedAt: record.finishedAt,
        progress: Math.round(record.progress * 100) / 100,
        error: record.error,
        label: record.label,
    });
}
/** A job the caller may see, or a JOB_NOT_FOUND error (jobs of other API keys are not found). */
export async function visibleJob(ctx, id) {
    const record = await ctx.jobs.store.getJob(id);
    if (!record || (ctx.owner !== null && record.owner !== ctx.owner))
        throw jobNotFound(id);
    return record;
}
//# sourceMappingURL=job.mapper.js.map