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
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Job, JobConnection, JobKind, JobStatus, ScrapeResult } from '../../schema/graphql/job.types.js';
import { CompanyReport } from '../../schema/graphql/company.types.js';
import { toGraphqlCompany } from './company.mapper.js';
import { badUserInput, withClientErrors } from './errors.js';
import { toGraphqlJob, visibleJob } from './job.mapper.js';
const MAX_PAGE_SIZE = 100;
let JobResolver = class JobResolver {
    async job(id, ctx) {
        const record = await ctx.jobs.store.getJob(id);
        if (!record || (ctx.owner !== null && record.owner !== ctx.owner))
            return null;
        return toGraphqlJob(record);
    }
    async jobs(ctx, kind, status, first, after) {
        const size = first ?? 20;
        if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
            throw badUserInput(`first must be between 1 and ${MAX_PAGE_SIZE} (got ${size})`, 'first');
        }
        const page = await withClientErrors(ctx.jobs.store.listJobs({ kind: kind ?? null, status: status ?? null, owner: ctx.owner, first: size, after: after ?? null }));
        const nodes = page.jobs.map(toGraphqlJob);
        return {
            edges: nodes.map((node, i) => ({ node, cursor: page.cursors[i] })),
            nodes,
            pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.cursors.at(-1) ?? null },
            totalCount: page.totalCount,
        };
    }
    async cancelJob(id, ctx) {
        await visibleJob(ctx, id);
        return toGraphqlJob(await withClientErrors(ctx.jobs.cancel(id)));
    }
    async companies(job, ctx) {
        if (job.kind !== JobKind.ANALYSIS)
            return null;
        return (await ctx.jobs.store.analysis.companies(job.id)).map(toGraphqlCompany);
    }
    async duplicates(job, ctx) {
        if (job.kind !== JobKind.ANALYSIS)
            return null;
        return (await ctx.jobs.store.getJob(job.id))?.input?.duplicates ?? 0;
    }
    async site(job, ctx) {
        if (job.kind !== JobKind.SCRAPING)
            return null;
        const record = await ctx.jobs.store.getJob(job.id);
        if (!record)
            return null;
        return {
            url: record.siteUrl ?? '',
            pagesVisited: record.pagesVisited,
            emails: await ctx.jobs.store.scrapeEmails(job.id),
        };
    }
};
__decorate([
    Query(() => Job, { nullable: true, description: 'One job, or null when there is no such job.' }),
    __param(0, Arg('id', () => ID)),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, Object]),
    __metadata("design:returntype", Promise)
], JobResolver.prototype, "job", null);
__decorate([
    Query(() => JobConnection, { description: 'Jobs, newest first, with cursor pagination.' }),
    __param(0, Ctx()),
    __param(1, Arg('kind', () => JobKind, { nullable: true })),
    __param(2, Arg('status', () => JobStatus, { nullable: true })),
    __param(3, Arg('first', () => Int, { nullable: true, description: `Page size, 1 to ${MAX_PAGE_SIZE}. Default 20.` })),
    __param(4, Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page.' })),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object, Object, Object, Object]),
    __metadata("design:returntype", Promise)
], JobResolver.prototype, "jobs", null);
__decorate([
    Mutation(() => Job, { description: 'Stops queued and running work; partial results are kept.' }),
    __param(0, Arg('id', () => ID)),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, Object]),
    __metadata("design:returntype", Promise)
], JobResolver.prototype, "cancelJob", null);
__decorate([
    FieldResolver(() => [CompanyReport], { nullable: true, description: 'Companies of an analysis, in input order (null for scraping jobs).' }),
    __param(0, Root()),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Job, Object]),
    __metadata("design:returntype", Promise)
], JobResolver.prototype, "companies", null);
__decorate([
    FieldResolver(() => Int, { nullable: true, description: 'Input rows dropped as duplicates (analysis).' }),
    __param(0, Root()),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Job, Object]),
    __metadata("design:returntype", Promise)
], JobResolver.prototype, "duplicates", null);
__decorate([
    FieldResolver(() => ScrapeResult, { nullable: true, description: 'Result of a scraping job (null for analyses).' }),
    __param(0, Root()),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Job, Object]),
    __metadata("design:returntype", Promise)
], JobResolver.prototype, "site", null);
JobResolver = __decorate([
    Resolver(() => Job)
], JobResolver);
export { JobResolver };
//# sourceMappingURL=job.resolver.js.map