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
import { ANALYSIS_DEFAULTS } from '../../schema/analysis-limits.js';
import { AnalysisEvent } from '../../schema/graphql/event.types.js';
import { Job, JobKind } from '../../schema/graphql/job.types.js';
import { StartAnalysisInput } from '../../schema/graphql/analysis.inputs.js';
import { labelFromFileName } from '../../schema/job-label.js';
import { InvalidUrlError, parseStartUrl } from '../../schema/url-rules.js';
import { dedupeCompanies } from '../uploads/dedupe-companies.js';
import { badUserInput, ErrorCode, withClientErrors } from './errors.js';
import { jobLabelInput } from './job-label.input.js';
import { toGraphqlJob } from './job.mapper.js';
import { subscribeToJobEvents } from './job-events.subscription.js';
import { GraphQLError } from 'graphql';
/** The rows to analyse and the name of the file they came from (null for inline companies). */
async function companiesFromInput(input, ctx) {
    const hasUpload = input.uploadId !== undefined && input.uploadId !== null;
    const hasCompanies = input.companies !== undefined && input.companies !== null;
    if (hasUpload === hasCompanies) {
        throw badUserInput('Give exactly one of uploadId or companies', hasUpload ? 'companies' : 'uploadId');
    }
    if (hasUpload) {
        const upload = await ctx.jobs.store.analysis.upload(input.uploadId);
        if (!upload || (ctx.owner !== null && upload.owner !== ctx.owner)) {
            throw new GraphQLError(`No upload with id ${JSON.stringify(input.uploadId)}; upload the file again with POST /uploads`, {
                extensions: { code: ErrorCode.UPLOAD_NOT_FOUND, field: 'uploadId' },
            });
        }
        if (!upload.rows.length)
            throw badUserInput('The upload has no company rows', 'uploadId');
        return { rows: [...upload.rows], fileName: upload.filename };
    }
    const rows = input.companies.map((c, i) => {
        let website = null;
        if (c.website?.trim()) {
            try {
                website = parseStartUrl(c.website);
            }
            catch (error) {
                if (error instanceof InvalidUrlError)
                    throw badUserInput(`companies[${i}].website: ${error.message}`, `companies[${i}].website`, error);
                throw error;
            }
        }
        const name = c.name.trim();
        if (!name)
            throw badUserInput(`companies[${i}].name is empty`, `companies[${i}].name`);
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
let AnalysisResolver = class AnalysisResolver {
    async startAnalysis(input, ctx) {
        const { rows, fileName } = await companiesFromInput(input, ctx);
        const label = jobLabelInput(input.label, fileName === null ? null : labelFromFileName(fileName));
        const { companies, duplicates } = dedupeCompanies(rows);
        const o = input.options ?? {};
        const options = {
            concurrency: o.concurrency ?? ANALYSIS_DEFAULTS.concurrency,
            maxPagesPerSite: o.maxPagesPerSite ?? ANALYSIS_DEFAULTS.maxPagesPerSite,
            maxDepth: o.maxDepth ?? ANALYSIS_DEFAULTS.maxDepth,
            delayMs: o.delayMs ?? ANALYSIS_DEFAULTS.delayMs,
        };
        return toGraphqlJob(await withClientErrors(ctx.jobs.startAnalysis(companies, options, ctx.owner, duplicates, label)));
    }
    analysisEvents(event, _jobId, _afterSeq) {
        return event;
    }
};
__decorate([
    Mutation(() => Job, { description: 'Starts analysing companies, from an upload or given inline.' }),
    __param(0, Arg('input', () => StartAnalysisInput)),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [StartAnalysisInput, Object]),
    __metadata("design:returntype", Promise)
], AnalysisResolver.prototype, "startAnalysis", null);
__decorate([
    Subscription(() => AnalysisEvent, {
        description: 'Events of an analysis job: stored ones after afterSeq, then live ones; ends after the terminal event.',
        subscribe: (data) => subscribeToJobEvents(JobKind.ANALYSIS, data),
    }),
    __param(0, Root()),
    __param(1, Arg('jobId', () => ID)),
    __param(2, Arg('afterSeq', () => Int, { nullable: true })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String, Object]),
    __metadata("design:returntype", Object)
], AnalysisResolver.prototype, "analysisEvents", null);
AnalysisResolver = __decorate([
    Resolver()
], AnalysisResolver);
export { AnalysisResolver };
//# sourceMappingURL=analysis.resolver.js.map