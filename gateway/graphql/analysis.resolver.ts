import { Arg, Ctx, ID, Int, Mutation, Resolver, Root, Subscription } from 'type-graphql';
import type { SubscribeResolverData } from 'type-graphql';
import { ANALYSIS_DEFAULTS, type AnalysisOptions } from '../../schema/analysis-limits.js';
import type { CompanyInputPayload } from '../../schema/company.js';
import { AnalysisEvent } from '../../schema/graphql/event.types.js';
import { Job, JobKind } from '../../schema/graphql/job.types.js';
import { StartAnalysisInput } from '../../schema/graphql/analysis.inputs.js';
import { labelFromFileName } from '../../schema/job-label.js';
import type { JobEventPayload } from '../../schema/job-events.js';
import { InvalidUrlError, parseStartUrl } from '../../schema/url-rules.js';
import { dedupeCompanies } from '../uploads/dedupe-companies.js';
import type { GatewayContext } from './context.js';
import { badUserInput, ErrorCode, withClientErrors } from './errors.js';
import { jobLabelInput } from './job-label.input.js';
import { toGraphqlJob } from './job.mapper.js';
import { subscribeToJobEvents, type JobEventsArgs } from './job-events.subscription.js';
import { GraphQLError } from 'graphql';

/** The rows to analyse and the name of the file they came from (null for inline companies). */
async function companiesFromInput(input: StartAnalysisInput, ctx: GatewayContext): Promise<{ rows: CompanyInputPayload[]; fileName: string | null }> {
  const hasUpload = input.uploadId !== undefined && input.uploadId !== null;
  const hasCompanies = input.companies !== undefined && input.companies !== null;
  if (hasUpload === hasCompanies) {
    throw badUserInput('Give exactly one of uploadId or companies', hasUpload ? 'companies' : 'uploadId');
  }
  if (hasUpload) {
    const upload = await ctx.jobs.store.analysis.upload(input.uploadId!);
    if (!upload || (ctx.owner !== null && upload.owner !== ctx.owner)) {
      throw new GraphQLError(`No upload with id ${JSON.stringify(input.uploadId)}; upload the file again with POST /uploads`, {
        extensions: { code: ErrorCode.UPLOAD_NOT_FOUND, field: 'uploadId' },
      });
    }
    if (!upload.rows.length) throw badUserInput('The upload has no company rows', 'uploadId');
    return { rows: [...upload.rows], fileName: upload.filename };
  }
  const rows = input.companies!.map((c, i) => {
    let website: string | null = null;
    if (c.website?.trim()) {
      try {
        website = parseStartUrl(c.website);
      } catch (error) {
        if (error instanceof InvalidUrlError) throw badUserInput(`companies[${i}].website: ${error.message}`, `companies[${i}].website`, error);
        throw error;
      }
    }
    const name = c.name.trim();
    if (!name) throw badUserInput(`companies[${i}].name is empty`, `companies[${i}].name`);
    return {
      name,
      website,
      category: c.category ?? null,
      address: c.address ?? null,
      phone: c.phone ?? null,
      country: c.country ?? null,
      rating: c.rating ?? null,
      reviewsCount: c.reviewsCount ?? null,
    };
  });
  return { rows, fileName: null };
}

@Resolver()
export class AnalysisResolver {
  @Mutation(() => Job, { description: 'Starts analysing companies, from an upload or given inline.' })
  async startAnalysis(@Arg('input', () => StartAnalysisInput) input: StartAnalysisInput, @Ctx() ctx: GatewayContext): Promise<Job> {
    const { rows, fileName } = await companiesFromInput(input, ctx);
    const label = jobLabelInput(input.label, fileName === null ? null : labelFromFileName(fileName));
    const { companies, duplicates } = dedupeCompanies(rows);
    const o = input.options ?? {};
    const options: AnalysisOptions = {
      concurrency: o.concurrency ?? ANALYSIS_DEFAULTS.concurrency,
      maxPagesPerSite: o.maxPagesPerSite ?? ANALYSIS_DEFAULTS.maxPagesPerSite,
      maxDepth: o.maxDepth ?? ANALYSIS_DEFAULTS.maxDepth,
      delayMs: o.delayMs ?? ANALYSIS_DEFAULTS.delayMs,
    };
    return toGraphqlJob(await withClientErrors(ctx.jobs.startAnalysis(companies, options, ctx.owner, duplicates, label)));
  }

  @Subscription(() => AnalysisEvent, {
    description: 'Events of an analysis job: stored ones after afterSeq, then live ones; ends after the terminal event.',
    subscribe: (data) => subscribeToJobEvents(JobKind.ANALYSIS, data as SubscribeResolverData<unknown, JobEventsArgs, GatewayContext>),
  })
  analysisEvents(
    @Root() event: JobEventPayload,
    @Arg('jobId', () => ID) _jobId: string,
    @Arg('afterSeq', () => Int, { nullable: true }) _afterSeq?: number | null,
  ): JobEventPayload {
    return event;
  }
}
