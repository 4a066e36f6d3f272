import { ContactOwner } from './contact.types.js';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTime } from './scalars.js';

export enum JobKind {
  ANALYSIS = 'ANALYSIS',
  SCRAPING = 'SCRAPING',
}
registerEnumType(JobKind, { name: 'JobKind', description: 'What a job does.' });

export enum JobStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  COMPLETED = 'COMPLETED',
  FAILED = 'FAILED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(JobStatus, { name: 'JobStatus', description: 'Where a job is in its life.' });

export enum EmailKind {
  GENERIC = 'GENERIC',
  ROLE = 'ROLE',
  PERSONAL = 'PERSONAL',
}
registerEnumType(EmailKind, {
  name: 'EmailKind',
  description: 'Who reads an address.',
  valuesConfig: {
    GENERIC: { description: 'A mailbox for anyone: contact@, info@, recrutement@, dpo@, support@…' },
    ROLE: { description: 'A named function or department: presse@, compta@, direction@, vertrieb@…' },
    PERSONAL: { description: "A person's address." },
  },
});

export enum EmailDeliverability {
  MX_OK = 'MX_OK',
  NO_MX = 'NO_MX',
  DOMAIN_MISSING = 'DOMAIN_MISSING',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(EmailDeliverability, {
  name: 'EmailDeliverability',
  description: "What DNS says about the address's domain (no SMTP probing; README \"E-mail deliverability\").",
  valuesConfig: {
    MX_OK: { description: 'The domain publishes an MX record.' },
    NO_MX: { description: 'The domain exists (A/AAAA or other records) but publishes no MX (or a null MX).' },
    DOMAIN_MISSING: { description: 'The domain does not exist (NXDOMAIN) or is not a valid name.' },
    UNKNOWN: { description: 'DNS could not be reached or did not answer in time.' },
  },
});

@ObjectType({ description: 'An e-mail address found on a page.' })
export class EmailHit {
  @Field(() => String, { description: 'Lower-cased address.' })
  address!: string;

  @Field(() => String, { description: 'Page the address was found on.' })
  pageUrl!: string;

  @Field(() => String, { description: 'Text around the address on that page.' })
  context!: string;

  @Field(() => EmailKind, { nullable: true, description: 'Set in analysis reports.' })
  kind?: EmailKind | null;

  @Field(() => Boolean, { nullable: true, description: "On the company's own domain (analysis reports)." })
  ownDomain?: boolean | null;

  @Field(() => String, { nullable: true, description: 'The listed person (CompanyReport.people) the address belongs to (analysis reports).' })
  personName?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'On a free webmail provider such as gmail.com or orange.fr (analysis reports).' })
  freeWebmail?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'On a disposable-address provider such as mailinator.com (analysis reports).' })
  disposable?: boolean | null;

  @Field(() => EmailDeliverability, { nullable: true, description: 'DNS check of the domain (analysis reports).' })
  deliverability?: EmailDeliverability | null;

  @Field(() => ContactOwner, {
    nullable: true,
    description: "Whose address it is (analysis reports): THIRD_PARTY for a web agency's, a host's, a regulator's or a speaker's address shown on the site; an address on one of the company's domains is never a third party's.",
  })
  owner?: ContactOwner | null;
}

@ObjectType({ description: 'What scraping one site found.' })
export class ScrapeResult {
  @Field(() => String)
  url!: string;

  @Field(() => Int)
  pagesVisited!: number;

  @Field(() => [EmailHit])
  emails!: EmailHit[];
}

@ObjectType({ description: 'A scraping or analysis job.' })
export class Job {
  @Field(() => ID)
  id!: string;

  @Field(() => JobKind)
  kind!: JobKind;

  @Field(() => JobStatus)
  status!: JobStatus;

  @Field(() => DateTime)
  createdAt!: Date;

  @Field(() => DateTime, { nullable: true })
  startedAt!: Date | null;

  @Field(() => DateTime, { nullable: true })
  finishedAt!: Date | null;

  @Field(() => Float, { description: 'Percentage done, 0 to 100.' })
  progress!: number;

  @Field(() => String, { nullable: true, description: 'Why the job failed, when it did.' })
  error!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The job's name: the label given at start, else the uploaded file's name (analysis) or the site's host (scraping); null for an analysis of inline companies without one.",
  })
  label!: string | null;
}

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ObjectType()
export class JobEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Job)
  node!: Job;
}

@ObjectType({ description: 'A page of jobs, newest first.' })
export class JobConnection {
  @Field(() => [JobEdge])
  edges!: JobEdge[];

  @Field(() => [Job])
  nodes!: Job[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Jobs matching the filters, all pages together.' })
  totalCount!: number;
}
