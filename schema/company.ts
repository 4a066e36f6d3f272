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

export interface CompanyEmail {
  readonly address: string;
  readonly pageUrl: string;
  readonly context: string;
  /** `contact@`, `info@`… are generic; `julie.bernard@` is personal. */
  readonly kind: EmailKind;
  /** The address is on the company's own registrable domain. */
  readonly ownDomain: boolean;
}

export interface PhoneHitPayload {
  /** E.164, e.g. `+33142868200`. */
  readonly number: string;
  /** As written on the page. */
  readonly raw: string;
  readonly pageUrl: string;
}

export interface SocialProfilePayload {
  /** e.g. `facebook`, `linkedin`, `x`, `instagram`, `youtube`, `tiktok`, `pinterest`, `github`. */
  readonly network: string;
  readonly url: string;
}

export interface TechnologyPayload {
  readonly name: string;
  readonly categories: readonly string[];
  readonly version: string | null;
  /** 0 to 100. */
  readonly confidence: number;
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
  readonly socialProfiles: readonly SocialProfilePayload[];
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
