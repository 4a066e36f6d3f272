import { Field, Float, ID, Int, InterfaceType, ObjectType } from 'type-graphql';
import { EmailHit } from './job.types.js';
import { DateTime } from './scalars.js';

/** Events are plain payloads tagged by `type`, the name of their GraphQL object type. */
const byTypeTag = (value: unknown): string | undefined => (value as { type?: string }).type;

@InterfaceType({ description: 'Something that happened to a job.', resolveType: byTypeTag })
export abstract class JobEvent {
  @Field(() => ID)
  jobId!: string;

  @Field(() => Int, { description: 'Increases by one per job; pass the last one seen as afterSeq to resume.' })
  seq!: number;

  @Field(() => DateTime)
  at!: string;
}

@InterfaceType({ implements: JobEvent, resolveType: byTypeTag, description: 'An event of a scraping job.' })
export abstract class ScrapingEvent extends JobEvent {}

@ObjectType({ implements: [JobEvent, ScrapingEvent] })
export class ScrapingStarted extends ScrapingEvent {
  @Field(() => String)
  url!: string;
}

@ObjectType({ implements: [JobEvent, ScrapingEvent] })
export class ScrapingProgress extends ScrapingEvent {
  @Field(() => Int, { description: 'Pages visited so far.' })
  visited!: number;

  @Field(() => Int, { description: 'Distinct e-mail addresses found so far.' })
  emails!: number;

  @Field(() => Float)
  elapsedSeconds!: number;

  @Field(() => String)
  currentUrl!: string;
}

@ObjectType({ implements: [JobEvent, ScrapingEvent] })
export class ScrapingEmailFound extends ScrapingEvent {
  @Field(() => EmailHit)
  email!: EmailHit;
}

@ObjectType({ implements: [JobEvent, ScrapingEvent] })
export class ScrapingCompleted extends ScrapingEvent {
  @Field(() => Int)
  visited!: number;

  @Field(() => Int)
  emails!: number;

  @Field(() => Float)
  elapsedSeconds!: number;
}

@ObjectType({ implements: [JobEvent, ScrapingEvent] })
export class ScrapingFailed extends ScrapingEvent {
  @Field(() => String)
  error!: string;
}

@ObjectType({ implements: [JobEvent, ScrapingEvent] })
export class ScrapingCancelled extends ScrapingEvent {
  @Field(() => Int)
  visited!: number;

  @Field(() => Int)
  emails!: number;
}

/** Object types every schema build must know (they are reached only through interfaces). */
export const SCRAPING_EVENT_TYPES = [
  ScrapingStarted,
  ScrapingProgress,
  ScrapingEmailFound,
  ScrapingCompleted,
  ScrapingFailed,
  ScrapingCancelled,
] as const;

@InterfaceType({ implements: JobEvent, resolveType: byTypeTag, description: 'An event of an analysis job.' })
export abstract class AnalysisEvent extends JobEvent {}

@ObjectType({ implements: [JobEvent, AnalysisEvent] })
export class AnalysisStarted extends AnalysisEvent {
  @Field(() => Int, { description: 'Companies to analyse (after removing duplicates).' })
  total!: number;
}

@ObjectType({ implements: [JobEvent, AnalysisEvent] })
export class AnalysisProgress extends AnalysisEvent {
  @Field(() => Int, { description: 'Companies finished so far.' })
  current!: number;

  @Field(() => Int)
  total!: number;

  @Field(() => Float, { description: '0 to 100.' })
  percentage!: number;

  @Field(() => String)
  message!: string;

  @Field(() => String, { description: 'Name of the company this event is about.' })
  company!: string;
}

@ObjectType({ implements: [JobEvent, AnalysisEvent] })
export class AnalysisItemFailed extends AnalysisEvent {
  @Field(() => String)
  company!: string;

  @Field(() => String)
  error!: string;
}

@ObjectType({ implements: [JobEvent, AnalysisEvent] })
export class AnalysisCompleted extends AnalysisEvent {
  @Field(() => Int) total!: number;
  @Field(() => Int) succeeded!: number;
  @Field(() => Int) failed!: number;
  @Field(() => Int) durationMs!: number;
}

@ObjectType({ implements: [JobEvent, AnalysisEvent] })
export class AnalysisFailed extends AnalysisEvent {
  @Field(() => String)
  error!: string;
}

@ObjectType({ implements: [JobEvent, AnalysisEvent] })
export class AnalysisCancelled extends AnalysisEvent {
  @Field(() => Int) current!: number;
  @Field(() => Int) total!: number;
}

export const ANALYSIS_EVENT_TYPES = [
  AnalysisStarted,
  AnalysisProgress,
  AnalysisItemFailed,
  AnalysisCompleted,
  AnalysisFailed,
  AnalysisCancelled,
] as const;
