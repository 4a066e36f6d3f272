import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ContactOwner, PhoneKind } from './contact.types.js';
import { EmailHit } from './job.types.js';
import { EmailPattern, Person } from './person.types.js';

export enum CompanyStatus {
  PENDING = 'PENDING',
  RUNNING = 'RUNNING',
  OK = 'OK',
  FAILED = 'FAILED',
  NO_WEBSITE = 'NO_WEBSITE',
  CANCELLED = 'CANCELLED',
}
registerEnumType(CompanyStatus, { name: 'CompanyStatus', description: 'Where the analysis of one company is.' });

export enum OpportunityLevel {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
}
registerEnumType(OpportunityLevel, { name: 'OpportunityLevel' });

@ObjectType({ description: 'A phone number found on the site.' })
export class PhoneHit {
  @Field(() => String, { description: 'E.164, e.g. +33142868200.' })
  number!: string;

  @Field(() => String, { description: 'As written on the page.' })
  raw!: string;

  @Field(() => String)
  pageUrl!: string;

  @Field(() => PhoneKind, { description: 'PHONE, FAX (labelled Fax, Télécopie, Telefax…) or MOBILE.' })
  kind!: PhoneKind;

  @Field(() => ContactOwner, {
    description: "Whose number it is: THIRD_PARTY when shown for someone else (host, web agency, regulator, mediator), else COMPANY (PERSON when tied to a listed person).",
  })
  owner!: ContactOwner;
}

@ObjectType()
export class SocialProfile {
  @Field(() => String, { description: 'facebook, linkedin, x, instagram, youtube, tiktok, pinterest, github, vimeo, flickr, threads, bluesky, mastodon, medium, whatsapp, xing, …' })
  network!: string;

  @Field(() => String, { description: 'Canonical profile URL (https, main host, no query or trailing slash).' })
  url!: string;
}

@ObjectType({ description: "A social profile of someone other than the company linked from its site: a speaker's, an employee's, a partner's, the web agency's." })
export class ThirdPartyProfile {
  @Field(() => String, { description: 'facebook, linkedin, x, …' })
  network!: string;

  @Field(() => String, { description: 'Canonical profile URL.' })
  url!: string;

  @Field(() => String, { description: 'First page that links it.' })
  pageUrl!: string;
}

@ObjectType({ description: 'A technology detected on the site (Wappalyzer fingerprints).' })
export class Technology {
  @Field(() => String)
  name!: string;

  @Field(() => [String])
  categories!: string[];

  @Field(() => String, { nullable: true })
  version!: string | null;

  @Field(() => Int, { description: '0 to 100.' })
  confidence!: number;

  @Field(() => [String], {
    description: 'What matched, e.g. `scriptSrc: /js/jquery.waypoints.min.js` or `dom: iframe[src*="calendar.google.com"]`; [] when not recorded.',
  })
  evidence!: string[];
}

@ObjectType({ description: 'How much the company could use a new website, and why.' })
export class Opportunity {
  @Field(() => Int, { description: '0 (modern site) to 100 (strong lead).' })
  score!: number;

  @Field(() => OpportunityLevel)
  level!: OpportunityLevel;

  @Field(() => [String], { description: 'Reasons behind the score, strongest first.' })
  reasons!: string[];
}

@ObjectType({ description: 'Organisation data published by the site (JSON-LD).' })
export class Organization {
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => String, { nullable: true }) legalName!: string | null;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true }) telephone!: string | null;
  @Field(() => String, { nullable: true }) address!: string | null;
  @Field(() => [String]) sameAs!: string[];
  @Field(() => String, { nullable: true }) logo!: string | null;
}

@ObjectType()
export class OpenGraphProperty {
  @Field(() => String, { description: 'e.g. og:title' })
  property!: string;

  @Field(() => String)
  content!: string;
}

@ObjectType({ description: 'What the analysis found about one company.' })
export class CompanyReport {
  @Field(() => Int, { description: 'Position of the company in its job, from 0.' })
  index!: number;

  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) website!: string | null;
  @Field(() => String, { nullable: true, description: 'Start page after redirects.' }) finalUrl!: string | null;
  @Field(() => CompanyStatus) status!: CompanyStatus;
  @Field(() => String, { nullable: true }) error!: string | null;
  @Field(() => String, { nullable: true }) title!: string | null;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => String, { nullable: true }) language!: string | null;
  @Field(() => [EmailHit], { description: 'Own-domain addresses first.' }) emails!: EmailHit[];
  @Field(() => [PhoneHit]) phones!: PhoneHit[];
  @Field(() => [SocialProfile], {
    description: "The company's own profiles only: linked from the site-wide header, footer or navigation, declared in JSON-LD sameAs, linked from most pages, or whose handle spells the company's name or domain.",
  })
  socialProfiles!: SocialProfile[];
  @Field(() => [ThirdPartyProfile], {
    description: "Other recognised profiles linked from the site (speakers', employees', partners', the web agency's): never the company's.",
  })
  thirdPartyProfiles!: ThirdPartyProfile[];
  @Field(() => [Technology]) technologies!: Technology[];
  @Field(() => String, { nullable: true }) sector!: string | null;
  @Field(() => Opportunity, { nullable: true }) opportunity!: Opportunity | null;
  @Field(() => Int) pagesVisited!: number;
  @Field(() => Int, { nullable: true }) httpStatus!: number | null;
  @Field(() => Boolean, { nullable: true }) https!: boolean | null;
  @Field(() => Float, { nullable: true }) responseTimeMs!: number | null;
  @Field(() => [OpenGraphProperty]) openGraph!: OpenGraphProperty[];
  @Field(() => Organization, { nullable: true }) organization!: Organization | null;
  @Field(() => String, { nullable: true }) faviconUrl!: string | null;
  @Field(() => String, { nullable: true }) logoUrl!: string | null;
  @Field(() => [Person], { description: 'People the site presents, in the order it first shows them.' }) people!: Person[];
  @Field(() => EmailPattern, { nullable: true, description: 'How the company builds personal addresses, when the addresses of its people show it.' })
  emailPattern!: EmailPattern | null;
  @Field(() => String, { nullable: true, description: 'From the input row.' }) category!: string | null;
  @Field(() => String, { nullable: true, description: 'From the input row.' }) address!: string | null;
  @Field(() => String, { nullable: true, description: 'Phone from the input row.' }) inputPhone!: string | null;
  @Field(() => String, { nullable: true, description: 'From the input row.' }) country!: string | null;
  @Field(() => Float, { nullable: true, description: 'From the input row.' }) rating!: number | null;
  @Field(() => Int, { nullable: true, description: 'From the input row.' }) reviewsCount!: number | null;
}
