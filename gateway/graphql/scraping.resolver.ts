import { Arg, Ctx, ID, Int, Mutation, Resolver, Root, Subscription } from 'type-graphql';
import type { SubscribeResolverData } from 'type-graphql';
import { ScrapingEvent } from '../../schema/graphql/event.types.js';
import { Job, JobKind } from '../../schema/graphql/job.types.js';
import { StartScrapingInput } from '../../schema/graphql/scraping.inputs.js';
import { labelFromUrl } from '../../schema/job-label.js';
import type { JobEventPayload } from '../../schema/job-events.js';
import { SCRAPE_DEFAULTS } from '../../schema/scrape-limits.js';
import { InvalidUrlError, parseStartUrl } from '../../schema/url-rules.js';
import type { GatewayContext } from './context.js';
import { badUserInput, withClientErrors } from './errors.js';
import { jobLabelInput } from './job-label.input.js';
import { toGraphqlJob } from './job.mapper.js';
import { subscribeToJobEvents, type JobEventsArgs } from './job-events.subscription.js';

@Resolver()
export class ScrapingResolver {
  @Mutation(() => Job, { description: 'Starts scraping one site for e-mail addresses.' })
  async startScraping(@Arg('input', () => StartScrapingInput) input: StartScrapingInput, @Ctx() ctx: GatewayContext): Promise<Job> {
    let url: string;
    try {
      url = parseStartUrl(input.url);
    } catch (error) {
      if (error instanceof InvalidUrlError) throw badUserInput(error.message, 'url', error);
      throw error;
    }
    const label = jobLabelInput(input.label, labelFromUrl(url));
    const limits = {
      maxDepth: input.maxDepth ?? SCRAPE_DEFAULTS.maxDepth,
      maxPages: input.maxPages ?? SCRAPE_DEFAULTS.maxPages,
      maxDurationSeconds: input.maxDurationSeconds ?? SCRAPE_DEFAULTS.maxDurationSeconds,
      concurrency: input.concurrency ?? SCRAPE_DEFAULTS.concurrency,
      delayMs: input.delayMs ?? SCRAPE_DEFAULTS.delayMs,
    };
    return toGraphqlJob(await withClientErrors(ctx.jobs.startScraping(url, limits, ctx.owner, label)));
  }

  @Subscription(() => ScrapingEvent, {
    description: 'Events of a scraping job: stored ones after afterSeq, then live ones; ends after the terminal event.',
    subscribe: (data) => subscribeToJobEvents(JobKind.SCRAPING, data as SubscribeResolverData<unknown, JobEventsArgs, GatewayContext>),
  })
  scrapingEvents(
    @Root() event: JobEventPayload,
    @Arg('jobId', () => ID) _jobId: string,
    @Arg('afterSeq', () => Int, { nullable: true }) _afterSeq?: number | null,
  ): JobEventPayload {
    return event;
  }
}
