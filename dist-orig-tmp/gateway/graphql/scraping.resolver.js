var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
import { Arg, Ctx, ID, Int, Mutation, Resolver, Root, Subscription } from 'type-graphql';
import { ScrapingEvent } from '../../schema/graphql/event.types.js';
import { Job, JobKind } from '../../schema/graphql/job.types.js';
import { StartScrapingInput } from '../../schema/graphql/scraping.inputs.js';
import { labelFromUrl } from '../../schema/job-label.js';
import { SCRAPE_DEFAULTS } from '../../schema/scrape-limits.js';
import { InvalidUrlError, parseStartUrl } from '../../schema/url-rules.js';
import { badUserInput, withClientErrors } from './errors.js';
import { jobLabelInput } from './job-label.input.js';
import { toGraphqlJob } from './job.mapper.js';
import { subscribeToJobEvents } from './job-events.subscription.js';
let ScrapingResolver = class ScrapingResolver {
    async startScraping(input, ctx) {
        let url;
        try {
            url = parseStartUrl(input.url);
        }
        catch (error) {
            if (error instanceof InvalidUrlError)
                throw badUserInput(error.message, 'url', error);
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
    scrapingEvents(event, _jobId, _afterSeq) {
        return event;
    }
};
__decorate([
    Mutation(() => Job, { description: 'Starts scraping one site for e-mail addresses.' }),
    __param(0, Arg('input', () => StartScrapingInput)),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [StartScrapingInput, Object]),
    __metadata("design:returntype", Promise)
], ScrapingResolver.prototype, "startScraping", null);
__decorate([
    Subscription(() => ScrapingEvent, {
        description: 'Events of a scraping job: stored ones after afterSeq, then live ones; ends after the terminal event.',
        subscribe: (data) => subscribeToJobEvents(JobKind.SCRAPING, data),
    }),
    __param(0, Root()),
    __param(1, Arg('jobId', () => ID)),
    __param(2, Arg('afterSeq', () => Int, { nullable: true })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String, Object]),
    __metadata("design:returntype", Object)
], ScrapingResolver.prototype, "scrapingEvents", null);
ScrapingResolver = __decorate([
    Resolver()
], ScrapingResolver);
export { ScrapingResolver };
//# sourceMappingURL=scraping.resolver.js.map