var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
import { ArrayMaxSize, ArrayMinSize, IsInt, IsNumber, IsOptional, IsString, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { ANALYSIS_DEFAULTS, ANALYSIS_LIMIT_RANGES } from '../analysis-limits.js';
import { LABEL_DESCRIPTION } from './label.js';
import { COMPANY_FIELD_MAX_CHARS as maxChars } from '../field-limits.js';
const r = ANALYSIS_LIMIT_RANGES;
/** An optional integer within `range` (bounds included): `@IsOptional() @IsInt() @Min() @Max()` in one. */
function OptionalIntInRange(range) {
    const decorators = [Max(range.max), Min(range.min), IsInt(), IsOptional()];
    return (target, propertyKey) => {
        for (const decorate of decorators)
            decorate(target, propertyKey);
    };
}
let CompanyInput = class CompanyInput {
    name;
    website;
    category;
    address;
    phone;
    country;
    rating;
    reviewsCount;
};
__decorate([
    Field(() => String),
    IsString(),
    MinLength(1),
    MaxLength(maxChars.name),
    __metadata("design:type", String)
], CompanyInput.prototype, "name", void 0);
__decorate([
    Field(() => String, { nullable: true, description: 'A bare host gets https://.' }),
    IsOptional(),
    IsString(),
    MaxLength(maxChars.website),
    __metadata("design:type", Object)
], CompanyInput.prototype, "website", void 0);
__decorate([
    Field(() => String, { nullable: true }),
    IsOptional(),
    IsString(),
    MaxLength(maxChars.category),
    __metadata("design:type", Object)
], CompanyInput.prototype, "category", void 0);
__decorate([
    Field(() => String, { nullable: true }),
    IsOptional(),
    IsString(),
    MaxLength(maxChars.address),
    __metadata("design:type", Object)
], CompanyInput.prototype, "address", void 0);
__decorate([
    Field(() => String, { nullable: true }),
    IsOptional(),
    IsString(),
    MaxLength(maxChars.phone),
    __metadata("design:type", Object)
], CompanyInput.prototype, "phone", void 0);
__decorate([
    Field(() => String, { nullable: true, description: 'Name or ISO code; the default phone region.' }),
    IsOptional(),
    IsString(),
    MaxLength(maxChars.country),
    __metadata("design:type", Object)
], CompanyInput.prototype, "country", void 0);
__decorate([
    Field(() => Float, { nullable: true }),
    IsOptional(),
    IsNumber(),
    __metadata("design:type", Object)
], CompanyInput.prototype, "rating", void 0);
__decorate([
    Field(() => Int, { nullable: true }),
    IsOptional(),
    IsInt(),
    Min(0),
    __metadata("design:type", Object)
], CompanyInput.prototype, "reviewsCount", void 0);
CompanyInput = __decorate([
    InputType({ description: 'A company to analyse.' })
], CompanyInput);
export { CompanyInput };
let AnalysisOptionsInput = class AnalysisOptionsInput {
    concurrency;
    maxPagesPerSite;
    maxDepth;
    delayMs;
};
__decorate([
    Field(() => Int, { nullable: true, description: `Companies analysed at once. Default ${ANALYSIS_DEFAULTS.concurrency}.` }),
    OptionalIntInRange(r.concurrency),
    __metadata("design:type", Object)
], AnalysisOptionsInput.prototype, "concurrency", void 0);
__decorate([
    Field(() => Int, {
        nullable: true,
        description: `Pages crawled per site at most. Default ${ANALYSIS_DEFAULTS.maxPagesPerSite}; the crawl also stops after 50 pages in a row without a new e-mail or phone.`,
    }),
    OptionalIntInRange(r.maxPagesPerSite),
    __metadata("design:type", Object)
], AnalysisOptionsInput.prototype, "maxPagesPerSite", void 0);
__decorate([
    Field(() => Int, {
        nullable: true,
        description: `Link depth per site at most. Default ${ANALYSIS_DEFAULTS.maxDepth}; within it depth is a cost, contact-likely pages go first.`,
    }),
    OptionalIntInRange(r.maxDepth),
    __metadata("design:type", Object)
], AnalysisOptionsInput.prototype, "maxDepth", void 0);
__decorate([
    Field(() => Int, { nullable: true, description: `Pause between two requests to the same host, in ms. Default ${ANALYSIS_DEFAULTS.delayMs}.` }),
    OptionalIntInRange(r.delayMs),
    __metadata("design:type", Object)
], AnalysisOptionsInput.prototype, "delayMs", void 0);
AnalysisOptionsInput = __decorate([
    InputType({ description: 'How hard to look at each company.' })
], AnalysisOptionsInput);
export { AnalysisOptionsInput };
let StartAnalysisInput = class StartAnalysisInput {
    uploadId;
    companies;
    options;
    label;
};
__decorate([
    Field(() => ID, { nullable: true, description: 'From POST /uploads.' }),
    IsOptional(),
    IsString(),
    __metadata("design:type", Object)
], StartAnalysisInput.prototype, "uploadId", void 0);
__decorate([
    Field(() => [CompanyInput], { nullable: true }),
    IsOptional(),
    ArrayMinSize(1),
    ArrayMaxSize(r.companies.max),
    ValidateNested({ each: true }),
    __metadata("design:type", Object)
], StartAnalysisInput.prototype, "companies", void 0);
__decorate([
    Field(() => AnalysisOptionsInput, { nullable: true }),
    IsOptional(),
    ValidateNested(),
    __metadata("design:type", Object)
], StartAnalysisInput.prototype, "options", void 0);
__decorate([
    Field(() => String, { nullable: true, description: LABEL_DESCRIPTION }),
    IsOptional(),
    IsString(),
    __metadata("design:type", Object)
], StartAnalysisInput.prototype, "label", void 0);
StartAnalysisInput = __decorate([
    InputType({ description: 'Exactly one of uploadId or companies.' })
], StartAnalysisInput);
export { StartAnalysisInput };
//# sourceMappingURL=analysis.inputs.js.map