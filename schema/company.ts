/**
 * Companies to analyse and the report an actor produces for each (wire types shared by the
 * gateway and the actors).
 */

/** One company row, as uploaded or given to `startAnalysis`. */
export interface CompanyInputPayload {
  readonly name: string;
  /** Website as given (a scheme is added when missing), or null when the row has none. */
  readonly website: string | null;
  readonly category: string | null;
  readonly address: string | null;
  readonly phone: string | null;
  /** Country as given (name or ISO code), used as the default phone region. */
  readonly country: string | null;
  readonly rating: number | null;
  readonly reviewsCount: number | null;
}

/** GENERIC: a mailbox for anyone (`contact@`, `info@`, `recrutement@`, `dpo@`); ROLE: a named function (`presse@`, `compta@`, `direction@`); PERSONAL: a person's. */
export type EmailKind = 'GENERIC' | 'ROLE' | 'PERSONAL';

/** What DNS says about an address's domain (never SMTP): see README "E-mail deliverability". */
export type EmailDeliverability = 'MX_OK' | 'NO_MX' | 'DOMAIN_MISSING' | 'UNKNOWN';

/**
 * Whose contact an address, number or profile is: the company's (COMPANY), a person of the
 * company (PERSON, set where the person is known), or someone else's shown on the site
 * (THIRD_PARTY: the web agency or host in the legal notice, a regulator, a speaker, a partner).
 */
export type ContactOwner = 'COMPANY' | 'PERSON' | 'THIRD_PARTY';
export const CONTACT_OWNERS: readonly ContactOwner[] = ['COMPANY', 'PERSON', 'THIRD_PARTY'];

/** A landline or switchboard (PHONE), a fax (FAX) or a mobile (MOBILE). */
export type PhoneKind = 'PHONE' | 'FAX' | 'MOBILE';
export const PHONE_KINDS: readonly PhoneKind[] = ['PHONE', 'FAX', 'MOBILE'];

export interface CompanyEmail {
  readonly address: string;
  readonly pageUrl: string;
  readonly context: string;
  /** `contact@`, `info@`… are generic; `julie.bernard@` is personal. */
  readonly kind: EmailKind;
  /** The address is on the company's own registrable domain. */
  readonly ownDomain: boolean;
  /** The listed person the address belongs to (`CompanyReportPayload.people`). */
  readonly personName?: string | null;
  /** On a free webmail provider (gmail.com, orange.fr, gmx.de…). */
  readonly freeWebmail?: boolean;
  /** On a disposable-address provider (mailinator.com, yopmail.com…). */
  readonly disposable?: boolean;
  readonly deliverability?: EmailDeliverability;
  /** Whose address it is. */
  readonly owner: ContactOwner;
}

export type Seniority = 'OWNER_EXECUTIVE' | 'MANAGER' | 'STAFF' | 'UNKNOWN';

/** A person the company's site presents (team, legal notice, press contact…). */
export interface PersonPayload {
  /** As a person writes it, without honorifics. */
  readonly name: string;
  readonly firstName: string | null;
  readonly lastName: string | null;
  /** As written on the site. */
  readonly role: string | null;
  readonly seniority: Seniority;
  /** An address found on the site that belongs to this person. */
  readonly email: string | null;
  /** From the domain's pattern when no address was found; never a found address. */
  readonly emailGuess: string | null;
  /** E.164. */
  readonly phone: string | null;
  readonly linkedinUrl: string | null;
  /** Pages where the person appears. */
  readonly sources: readonly string[];
  /** 0..1 (README "People"). */
  readonly confidence: number;
}

/** How the company's personal addresses are built, learnt from the addresses of listed people. */
export interface EmailPatternPayload {
  /** `{first}.{last}`, `{f}{last}`, `{first}`… */
  readonly pattern: string;
  readonly domain: string;
  /** 0..1. */
  readonly confidence: number;
  /** Addresses of listed people that follow the pattern. */
  readonly examples: number;
}

export interface PhoneHitPayload {
  /** E.164, e.g. `+33142868200`. */
  readonly number: string;
  /** As written on the page. */
  readonly raw: string;
  readonly pageUrl: string;
  readonly kind: PhoneKind;
  /** Whose number it is. */
  readonly owner: ContactOwner;
}

export interface SocialProfilePayload {
  /** e.g. `facebook`, `linkedin`, `x`, `instagram`, `youtube`, `tiktok`, `pinterest`, `github`. */
  readonly network: string;
  readonly url: string;
}

/** A profile of someone else linked from the site (speaker, employee, partner, web agency). */
export interface ThirdPartyProfilePayload extends SocialProfilePayload {
  /** URL of the first page that links it. */
  readonly pageUrl: string;
}

export interface TechnologyPayload {
  readonly name: string;
  readonly categories: readonly string[];
  readonly version: string | null;
  /** 0 to 100. */
  readonly confidence: number;
  /** What matched, e.g. `scriptSrc: /js/jquery.waypoints.min.js`; [] when unknown. */
  readonly evidence?: readonly string[];
}

export interface OpportunityPayload {
  /** 0 (modern site, little to sell) to 100 (old site, strong lead). */
  readonly score: number;
  readonly level: 'LOW' | 'MEDIUM' | 'HIGH';
  /** Human-readable reasons behind the score, strongest first. */
  readonly reasons: readonly string[];
}

export interface OrganizationPayload {
  readonly name: string | null;
  readonly legalName: string | null;
  readonly email: string | null;
  readonly telephone: string | null;
  readonly address: string | null;
  readonly sameAs: readonly string[];
  readonly logo: string | null;
}

export type CompanyStatus = 'OK' | 'FAILED' | 'NO_WEBSITE';

export interface CompanyReportPayload {
  readonly name: string;
  readonly website: string | null;
  readonly finalUrl: string | null;
  readonly status: CompanyStatus;
  readonly error: string | null;
  readonly title: string | null;
  readonly description: string | null;
  readonly language: string | null;
  readonly emails: readonly CompanyEmail[];
  readonly phones: readonly PhoneHitPayload[];
  /** The company's own profiles only. */
  readonly socialProfiles: readonly SocialProfilePayload[];
  /** Profiles of others linked from the site; absent in reports made before it existed. */
  readonly thirdPartyProfiles?: readonly ThirdPartyProfilePayload[];
  readonly technologies: readonly TechnologyPayload[];
  readonly sector: string | null;
  readonly opportunity: OpportunityPayload | null;
  readonly pagesVisited: number;
  readonly httpStatus: number | null;
  readonly https: boolean | null;
  readonly responseTimeMs: number | null;
  readonly openGraph: Readonly<Record<string, string>>;
  readonly organization: OrganizationPayload | null;
  readonly faviconUrl: string | null;
  readonly logoUrl: string | null;
  /** People the site presents, in the order it first shows them (absent in reports older than people). */
  readonly people?: readonly PersonPayload[];
  readonly emailPattern?: EmailPatternPayload | null;
  /** The input row, for exports. */
  readonly input: CompanyInputPayload;
}

/**
 * A report's findings when nothing was found: the base of the report of a company that has none
 * (yet), e.g. in exports, to which its name, status and input are added.
 */
export const EMPTY_REPORT_FINDINGS: Omit<CompanyReportPayload, 'name' | 'status' | 'input'> = Object.freeze({
  website: null,
  finalUrl: null,
  error: null,
  title: null,
  description: null,
  language: null,
  emails: [],
  phones: [],
  socialProfiles: [],
  technologies: [],
  sector: null,
  opportunity: null,
  pagesVisited: 0,
  httpStatus: null,
  https: null,
  responseTimeMs: null,
  openGraph: {},
  organization: null,
  faviconUrl: null,
  logoUrl: null,
});
