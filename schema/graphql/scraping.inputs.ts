import { Field, InputType, Int } from 'type-graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { LABEL_DESCRIPTION } from './label.js';
import { SCRAPE_LIMIT_RANGES, SCRAPE_DEFAULTS } from '../scrape-limits.js';
import { START_URL_MAX_CHARS } from '../field-limits.js';

const r = SCRAPE_LIMIT_RANGES;

@InputType({ description: 'What to scrape and how far.' })
export class StartScrapingInput {
  @Field(() => String, { description: 'Start page, http(s). A bare host gets https://.' })
  @IsString()
  @MaxLength(START_URL_MAX_CHARS)
  url!: string;

  @Field(() => Int, { nullable: true, description: `Link depth from the start page. Default ${SCRAPE_DEFAULTS.maxDepth}.` })
  @IsOptional()
  @IsInt()
  @Min(r.maxDepth.min)
  @Max(r.maxDepth.max)
  maxDepth?: number;

  @Field(() => Int, { nullable: true, description: `Most pages visited. Default ${SCRAPE_DEFAULTS.maxPages}.` })
  @IsOptional()
  @IsInt()
  @Min(r.maxPages.min)
  @Max(r.maxPages.max)
  maxPages?: number;

  @Field(() => Int, { nullable: true, description: `Wall-time limit. Default ${SCRAPE_DEFAULTS.maxDurationSeconds}.` })
  @IsOptional()
  @IsInt()
  @Min(r.maxDurationSeconds.min)
  @Max(r.maxDurationSeconds.max)
  maxDurationSeconds?: number;

  @Field(() => Int, { nullable: true, description: `Pages loaded at once. Default ${SCRAPE_DEFAULTS.concurrency}.` })
  @IsOptional()
  @IsInt()
  @Min(r.concurrency.min)
  @Max(r.concurrency.max)
  concurrency?: number;

  @Field(() => Int, { nullable: true, description: `Pause between two requests to the same host, in ms. Default ${SCRAPE_DEFAULTS.delayMs}.` })
  @IsOptional()
  @IsInt()
  @Min(r.delayMs.min)
  @Max(r.delayMs.max)
  delayMs?: number;

  @Field(() => String, { nullable: true, description: LABEL_DESCRIPTION })
  @IsOptional()
  @IsString()
  label?: string | null;
}
