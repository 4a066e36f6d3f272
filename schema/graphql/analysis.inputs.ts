import { ArrayMaxSize, ArrayMinSize, IsInt, IsNumber, IsOptional, IsString, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { ANALYSIS_DEFAULTS, ANALYSIS_LIMIT_RANGES } from '../analysis-limits.js';
import { LABEL_DESCRIPTION } from './label.js';
import { COMPANY_FIELD_MAX_CHARS as maxChars } from '../field-limits.js';

const r = ANALYSIS_LIMIT_RANGES;

/** An optional integer within `range` (bounds included): `@IsOptional() @IsInt() @Min() @Max()` in one. */
function OptionalIntInRange(range: { readonly min: number; readonly max: number }): PropertyDecorator {
  const decorators = [Max(range.max), Min(range.min), IsInt(), IsOptional()];
  return (target, propertyKey) => {
    for (const decorate of decorators) decorate(target, propertyKey);
  };
}

@InputType({ description: 'A company to analyse.' })
export class CompanyInput {
  @Field(() => String) @IsString() @MinLength(1) @MaxLength(maxChars.name) name!: string;
  @Field(() => String, { nullable: true, description: 'A bare host gets https://.' })
  @IsOptional()
  @IsString()
  @MaxLength(maxChars.website)
  website?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(maxChars.category) category?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(maxChars.address) address?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(maxChars.phone) phone?: string | null;
  @Field(() => String, { nullable: true, description: 'Name or ISO code; the default phone region.' })
  @IsOptional()
  @IsString()
  @MaxLength(maxChars.country)
  country?: string | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() rating?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) reviewsCount?: number | null;
}

@InputType({ description: 'How hard to look at each company.' })
export class AnalysisOptionsInput {
  @Field(() => Int, { nullable: true, description: `Companies analysed at once. Default ${ANALYSIS_DEFAULTS.concurrency}.` })
  @OptionalIntInRange(r.concurrency)
  concurrency?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: `Pages crawled per site at most. Default ${ANALYSIS_DEFAULTS.maxPagesPerSite}; the crawl also stops after 50 pages in a row without a new e-mail or phone.`,
  })
  @OptionalIntInRange(r.maxPagesPerSite)
  maxPagesPerSite?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: `Link depth per site at most. Default ${ANALYSIS_DEFAULTS.maxDepth}; within it depth is a cost, contact-likely pages go first.`,
  })
  @OptionalIntInRange(r.maxDepth)
  maxDepth?: number | null;

  @Field(() => Int, { nullable: true, description: `Pause between two requests to the same host, in ms. Default ${ANALYSIS_DEFAULTS.delayMs}.` })
  @OptionalIntInRange(r.delayMs)
  delayMs?: number | null;
}

@InputType({ description: 'Exactly one of uploadId or companies.' })
export class StartAnalysisInput {
  @Field(() => ID, { nullable: true, description: 'From POST /uploads.' })
  @IsOptional()
  @IsString()
  uploadId?: string | null;

  @Field(() => [CompanyInput], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(r.companies.max)
  @ValidateNested({ each: true })
  companies?: CompanyInput[] | null;

  @Field(() => AnalysisOptionsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  options?: AnalysisOptionsInput | null;

  @Field(() => String, { nullable: true, description: LABEL_DESCRIPTION })
  @IsOptional()
  @IsString()
  label?: string | null;
}
