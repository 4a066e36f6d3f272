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

export type EmailKind = 'GENERIC' | 'PERSONAL';

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
  /** Whose address it is. */
  readonly owner: ContactOwner;
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
  /** The input row, for exports. */
  readonly input: CompanyInputPayload;
}
