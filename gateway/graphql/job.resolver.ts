import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Job, JobConnection, JobKind, JobStatus, ScrapeResult } from '../../schema/graphql/job.types.js';
import { CompanyReport } from '../../schema/graphql/company.types.js';
import { toGraphqlCompany } from './company.mapper.js';
import type { GatewayContext } from './context.js';
import { badUserInput, withClientErrors } from './errors.js';
import { toGraphqlJob, visibleJob } from './job.mapper.js';

const MAX_PAGE_SIZE = 100;

@Resolver(() => Job)
export class JobResolver {
  @Query(() => Job, { nullable: true, description: 'One job, or null when there is no such job.' })
  async job(@Arg('id', () => ID) id: string, @Ctx() ctx: GatewayContext): Promise<Job | null> {
    const record = await ctx.jobs.store.getJob(id);
    if (!record || (ctx.owner !== null && record.owner !== ctx.owner)) return null;
    return toGraphqlJob(record);
  }

  @Query(() => JobConnection, { description: 'Jobs, newest first, with cursor pagination.' })
  async jobs(
    @Ctx() ctx: GatewayContext,
    @Arg('kind', () => JobKind, { nullable: true }) kind?: JobKind | null,
    @Arg('status', () => JobStatus, { nullable: true }) status?: JobStatus | null,
    @Arg('first', () => Int, { nullable: true, description: `Page size, 1 to ${MAX_PAGE_SIZE}. Default 20.` })
    first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page.' })
    after?: string | null,
  ): Promise<JobConnection> {
    const size = first ?? 20;
    if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
      throw badUserInput(`first must be between 1 and ${MAX_PAGE_SIZE} (got ${size})`, 'first');
    }
    const page = await withClientErrors(
      ctx.jobs.store.listJobs({ kind: kind ?? null, status: status ?? null, owner: ctx.owner, first: size, after: after ?? null }),
    );
    const nodes = page.jobs.map(toGraphqlJob);
    return {
      edges: nodes.map((node, i) => ({ node, cursor: page.cursors[i] })),
      nodes,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.cursors.at(-1) ?? null },
      totalCount: page.totalCount,
    };
  }

  @Mutation(() => Job, { description: 'Stops queued and running work; partial results are kept.' })
  async cancelJob(@Arg('id', () => ID) id: string, @Ctx() ctx: GatewayContext): Promise<Job> {
    await visibleJob(ctx, id);
    return toGraphqlJob(await withClientErrors(ctx.jobs.cancel(id)));
  }

  @FieldResolver(() => [CompanyReport], { nullable: true, description: 'Companies of an analysis, in input order (null for scraping jobs).' })
  async companies(@Root() job: Job, @Ctx() ctx: GatewayContext): Promise<CompanyReport[] | null> {
    if (job.kind !== JobKind.ANALYSIS) return null;
    return (await ctx.jobs.store.analysis.companies(job.id)).map(toGraphqlCompany);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Input rows dropped as duplicates (analysis).' })
  async duplicates(@Root() job: Job, @Ctx() ctx: GatewayContext): Promise<number | null> {
    if (job.kind !== JobKind.ANALYSIS) return null;
    return ((await ctx.jobs.store.getJob(job.id))?.input as { duplicates?: number } | undefined)?.duplicates ?? 0;
  }

  @FieldResolver(() => ScrapeResult, { nullable: true, description: 'Result of a scraping job (null for analyses).' })
  async site(@Root() job: Job, @Ctx() ctx: GatewayContext): Promise<ScrapeResult | null> {
    if (job.kind !== JobKind.SCRAPING) return null;
    const record = await ctx.jobs.store.getJob(job.id);
    if (!record) return null;
    return {
      url: record.siteUrl ?? '',
      pagesVisited: record.pagesVisited,
      emails: await ctx.jobs.store.scrapeEmails(job.id),
    };
  }
}
