var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
import { Field, InputType, Int } from 'type-graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { LABEL_DESCRIPTION } from './label.js';
import { SCRAPE_LIMIT_RANGES, SCRAPE_DEFAULTS } from '../scrape-limits.js';
import { START_URL_MAX_CHARS } from '../field-limits.js';
const r = SCRAPE_LIMIT_RANGES;
let StartScrapingInput = class StartScrapingInput {
    url;
    maxDepth;
    maxPages;
    maxDurationSeconds;
    concurrency;
    delayMs;
    label;
};
__decorate([
    Field(() => String, { description: 'Start page, http(s). A bare host gets https://.' }),
    IsString(),
    MaxLength(START_URL_MAX_CHARS),
    __metadata("design:type", String)
], StartScrapingInput.prototype, "url", void 0);
__decorate([
    Field(() => Int, { nullable: true, description: `Link depth from the start page. Default ${SCRAPE_DEFAULTS.maxDepth}.` }),
    IsOptional(),
    IsInt(),
    Min(r.maxDepth.min),
    Max(r.maxDepth.max),
    __metadata("design:type", Number)
], StartScrapingInput.prototype, "maxDepth", void 0);
__decorate([
    Field(() => Int, { nullable: true, description: `Most pages visited. Default ${SCRAPE_DEFAULTS.maxPages}.` }),
    IsOptional(),
    IsInt(),
    Min(r.maxPages.min),
    Max(r.maxPages.max),
    __metadata("design:type", Number)
], StartScrapingInput.prototype, "maxPages", void 0);
__decorate([
    Field(() => Int, { nullable: true, description: `Wall-time limit. Default ${SCRAPE_DEFAULTS.maxDurationSeconds}.` }),
    IsOptional(),
    IsInt(),
    Min(r.maxDurationSeconds.min),
    Max(r.maxDurationSeconds.max),
    __metadata("design:type", Number)
], StartScrapingInput.prototype, "maxDurationSeconds", void 0);
__decorate([
    Field(() => Int, { nullable: true, description: `Pages loaded at once. Default ${SCRAPE_DEFAULTS.concurrency}.` }),
    IsOptional(),
    IsInt(),
    Min(r.concurrency.min),
    Max(r.concurrency.max),
    __metadata("design:type", Number)
], StartScrapingInput.prototype, "concurrency", void 0);
__decorate([
    Field(() => Int, { nullable: true, description: `Pause between two requests to the same host, in ms. Default ${SCRAPE_DEFAULTS.delayMs}.` }),
    IsOptional(),
    IsInt(),
    Min(r.delayMs.min),
    Max(r.delayMs.max),
    __metadata("design:type", Number)
], StartScrapingInput.prototype, "delayMs", void 0);
__decorate([
    Field(() => String, { nullable: true, description: LABEL_DESCRIPTION }),
    IsOptional(),
    IsString(),
    __metadata("design:type", Object)
], StartScrapingInput.prototype, "label", void 0);
StartScrapingInput = __decorate([
    InputType({ description: 'What to scrape and how far.' })
], StartScrapingInput);
export { StartScrapingInput };
//# sourceMappingURL=scraping.inputs.js.map