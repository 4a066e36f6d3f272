/**
 * Validation of a company report crossing the wire (actor → gateway). It checks every field
 * a consumer reads; unknown extra fields are dropped.
 */
import type {
  CompanyEmail,
  CompanyInputPayload,
  CompanyReportPayload,
  EmailPatternPayload,
  OpportunityPayload,
  PersonPayload,
  OrganizationPayload,
  PhoneHitPayload,
  SocialProfilePayload,
  TechnologyPayload,
  ThirdPartyProfilePayload,
} from './company.js';
import { CONTACT_OWNERS, PHONE_KINDS } from './company.js';
import { asObject, int, InvalidMessageError, num, oneOf, optStr, str, type Obj } from './wire.js';

function list<T>(o: Obj, key: string, item: (value: Obj) => T): T[] {
  const v = o[key];
  if (!Array.isArray(v)) throw new InvalidMessageError(`${key} must be an array`);
  return v.map((x, i) => item(asObject(x, `${key}[${i}]`)));
}

function strings(o: Obj, key: string): string[] {
  const v = o[key];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw new InvalidMessageError(`${key} must be an array of strings`);
  return v as string[];
}

function optInt(o: Obj, key: string): number | null {
  return o[key] === null || o[key] === undefined ? null : int(o, key);
}

function optNum(o: Obj, key: string): number | null {
  return o[key] === null || o[key] === undefined ? null : num(o, key);
}

function optBool(o: Obj, key: string): boolean | null {
  const v = o[key];
  if (v === null || v === undefined) return null;
  if (typeof v !== 'boolean') throw new InvalidMessageError(`${key} must be a boolean or null`);
  return v;
}

export function parseCompanyInput(o: Obj): CompanyInputPayload {
  return {
    name: str(o, 'name'),
    website: optStr(o, 'website'),
    category: optStr(o, 'category'),
    address: optStr(o, 'address'),
    phone: optStr(o, 'phone'),
    country: optStr(o, 'country'),
    rating: optNum(o, 'rating'),
    reviewsCount: optNum(o, 'reviewsCount'),
  };
}

const email = (o: Obj): CompanyEmail => ({
  address: str(o, 'address'),
  pageUrl: str(o, 'pageUrl'),
  context: str(o, 'context'),
  kind: oneOf(o, 'kind', ['GENERIC', 'ROLE', 'PERSONAL'] as const),
  ownDomain: optBool(o, 'ownDomain') ?? false,
  personName: optStr(o, 'personName'),
  freeWebmail: optBool(o, 'freeWebmail') ?? false,
  disposable: optBool(o, 'disposable') ?? false,
  deliverability:
    o.deliverability === undefined || o.deliverability === null
      ? 'UNKNOWN'
      : oneOf(o, 'deliverability', ['MX_OK', 'NO_MX', 'DOMAIN_MISSING', 'UNKNOWN'] as const),
  owner: o.owner === undefined ? 'COMPANY' : oneOf(o, 'owner', CONTACT_OWNERS),
});
const person = (o: Obj): PersonPayload => ({
  name: str(o, 'name'),
  firstName: optStr(o, 'firstName'),
  lastName: optStr(o, 'lastName'),
  role: optStr(o, 'role'),
  seniority: oneOf(o, 'seniority', ['OWNER_EXECUTIVE', 'MANAGER', 'STAFF', 'UNKNOWN'] as const),
  email: optStr(o, 'email'),
  emailGuess: optStr(o, 'emailGuess'),
  phone: optStr(o, 'phone'),
  linkedinUrl: optStr(o, 'linkedinUrl'),
  sources: strings(o, 'sources'),
  confidence: num(o, 'confidence'),
});

function emailPattern(v: unknown): EmailPatternPayload | null {
  if (v === null || v === undefined) return null;
  const o = asObject(v, 'emailPattern');
  return { pattern: str(o, 'pattern'), domain: str(o, 'domain'), confidence: num(o, 'confidence'), examples: int(o, 'examples') };
}
const phone = (o: Obj): PhoneHitPayload => ({
  number: str(o, 'number'),
  raw: str(o, 'raw'),
  pageUrl: str(o, 'pageUrl'),
  kind: o.kind === undefined ? 'PHONE' : oneOf(o, 'kind', PHONE_KINDS),
  owner: o.owner === undefined ? 'COMPANY' : oneOf(o, 'owner', CONTACT_OWNERS),
});
const social = (o: Obj): SocialProfilePayload => ({ network: str(o, 'network'), url: str(o, 'url') });
const thirdPartyProfile = (o: Obj): ThirdPartyProfilePayload => ({ network: str(o, 'network'), url: str(o, 'url'), pageUrl: str(o, 'pageUrl') });
const technology = (o: Obj): TechnologyPayload => ({
  name: str(o, 'name'),
  categories: strings(o, 'categories'),
  version: optStr(o, 'version'),
  confidence: num(o, 'confidence'),
  evidence: o.evidence === undefined ? [] : strings(o, 'evidence'),
});

function opportunity(v: unknown): OpportunityPayload | null {
  if (v === null || v === undefined) return null;
  const o = asObject(v, 'opportunity');
  return { score: num(o, 'score'), level: oneOf(o, 'level', ['LOW', 'MEDIUM', 'HIGH'] as const), reasons: strings(o, 'reasons') };
}

function organization(v: unknown): OrganizationPayload | null {
  if (v === null || v === undefined) return null;
  const o = asObject(v, 'organization');
  return {
    name: optStr(o, 'name'),
    legalName: optStr(o, 'legalName'),
    email: optStr(o, 'email'),
    telephone: optStr(o, 'telephone'),
    address: optStr(o, 'address'),
    sameAs: strings(o, 'sameAs'),
    logo: optStr(o, 'logo'),
  };
}

function stringRecord(v: unknown, what: string): Record<string, string> {
  const o = asObject(v ?? {}, what);
  const out: Record<string, string> = {};
  for (const [k, x] of Object.entries(o)) if (typeof x === 'string') out[k] = x;
  return out;
}

export function parseCompanyReport(value: unknown): CompanyReportPayload {
  const o = asObject(value, 'report');
  return {
    name: str(o, 'name'),
    website: optStr(o, 'website'),
    finalUrl: optStr(o, 'finalUrl'),
    status: oneOf(o, 'status', ['OK', 'FAILED', 'NO_WEBSITE'] as const),
    error: optStr(o, 'error'),
    title: optStr(o, 'title'),
    description: optStr(o, 'description'),
    language: optStr(o, 'language'),
    emails: list(o, 'emails', email),
    phones: list(o, 'phones', phone),
    socialProfiles: list(o, 'socialProfiles', social),
    thirdPartyProfiles: o.thirdPartyProfiles === undefined ? [] : list(o, 'thirdPartyProfiles', thirdPartyProfile),
    technologies: list(o, 'technologies', technology),
    sector: optStr(o, 'sector'),
    opportunity: opportunity(o.opportunity),
    pagesVisited: int(o, 'pagesVisited'),
    httpStatus: optInt(o, 'httpStatus'),
    https: optBool(o, 'https'),
    responseTimeMs: optNum(o, 'responseTimeMs'),
    openGraph: stringRecord(o.openGraph, 'openGraph'),
    organization: organization(o.organization),
    faviconUrl: optStr(o, 'faviconUrl'),
    logoUrl: optStr(o, 'logoUrl'),
    // Reports stored before people existed have neither field.
    people: o.people === undefined ? [] : list(o, 'people', person),
    emailPattern: emailPattern(o.emailPattern),
    input: parseCompanyInput(asObject(o.input, 'input')),
  };
}
