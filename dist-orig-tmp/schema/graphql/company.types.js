import { z } from 'zod';
import { ContactOwner, PhoneKind } from './contact.types.js';
import { EmailHit } from './job.types.js';
import { EmailPattern, Person } from './person.types.js';
import { graphqlEnum, ofClass, zodObjectType } from './zod-graphql.js';
export const CompanyStatus = graphqlEnum('CompanyStatus', 'Where the analysis of one company is.', [
    'PENDING',
    'RUNNING',
    'OK',
    'FAILED',
    'NO_WEBSITE',
    'CANCELLED',
]);
export const OpportunityLevel = graphqlEnum('OpportunityLevel', undefined, ['LOW', 'MEDIUM', 'HIGH']);
const text = z.string();
const optionalText = z.string().nullable();
const texts = z.array(z.string());
export const PhoneHit = zodObjectType('PhoneHit', {
    number: text.describe('E.164, e.g. +33142868200.'),
    raw: text.describe('As written on the page.'),
    pageUrl: text,
    kind: z.enum(PhoneKind).describe('PHONE, FAX (labelled Fax, Télécopie, Telefax…) or MOBILE.'),
    owner: z
        .enum(ContactOwner)
        .describe('Whose number it is: THIRD_PARTY when shown for someone else (host, web agency, regulator, mediator), else COMPANY (PERSON when tied to a listed person).'),
}, { description: 'A phone number found on the site.' });
export const SocialProfile = zodObjectType('SocialProfile', {
    network: text.describe('facebook, linkedin, x, instagram, youtube, tiktok, pinterest, github, vimeo, flickr, threads, bluesky, mastodon, medium, whatsapp, xing, …'),
    url: text.describe('Canonical profile URL (https, main host, no query or trailing slash).'),
});
export const ThirdPartyProfile = zodObjectType('ThirdPartyProfile', {
    network: text.describe('facebook, linkedin, x, …'),
    url: text.describe('Canonical profile URL.'),
    pageUrl: text.describe('First page that links it.'),
}, { description: "A social profile of someone other than the company linked from its site: a speaker's, an employee's, a partner's, the web agency's." });
export const Technology = zodObjectType('Technology', {
    name: text,
    categories: texts,
    version: optionalText,
    confidence: z.number().int().describe('0 to 100.'),
    evidence: texts.describe('What matched, e.g. `scriptSrc: /js/jquery.waypoints.min.js` or `dom: iframe[src*="calendar.google.com"]`; [] when not recorded.'),
}, { description: 'A technology detected on the site (Wappalyzer fingerprints).' });
export const Opportunity = zodObjectType('Opportunity', {
    score: z.number().int().describe('0 (modern site) to 100 (strong lead).'),
    level: z.enum(OpportunityLevel),
    reasons: texts.describe('Reasons behind the score, strongest first.'),
}, { description: 'How much the company could use a new website, and why.' });
export const Organization = zodObjectType('Organization', {
    name: optionalText,
    legalName: optionalText,
    email: optionalText,
    telephone: optionalText,
    address: optionalText,
    sameAs: texts,
    logo: optionalText,
}, { description: 'Organisation data published by the site (JSON-LD).' });
export const OpenGraphProperty = zodObjectType('OpenGraphProperty', { property: text.describe('e.g. og:title'), content: text });
const fromInputRow = (schema, description = 'From the input row.') => schema.nullable().describe(description);
export const CompanyReport = zodObjectType('CompanyReport', {
    index: z.number().int().describe('Position of the company in its job, from 0.'),
    name: text,
    website: optionalText,
    finalUrl: optionalText.describe('Start page after redirects.'),
    status: z.enum(CompanyStatus),
    error: optionalText,
    title: optionalText,
    description: optionalText,
    language: optionalText,
    emails: z.array(ofClass(EmailHit)).describe('Own-domain addresses first.'),
    phones: z.array(ofClass(PhoneHit)),
    socialProfiles: z
        .array(ofClass(SocialProfile))
        .describe("The company's own profiles only: linked from the site-wide header, footer or navigation, declared in JSON-LD sameAs, linked from most pages, or whose handle spells the company's name or domain."),
    thirdPartyProfiles: z
        .array(ofClass(ThirdPartyProfile))
        .describe("Other recognised profiles linked from the site (speakers', employees', partners', the web agency's): never the company's."),
    technologies: z.array(ofClass(Technology)),
    sector: optionalText,
    opportunity: ofClass(Opportunity).nullable(),
    pagesVisited: z.number().int(),
    httpStatus: z.number().int().nullable(),
    https: z.boolean().nullable(),
    responseTimeMs: z.number().nullable(),
    openGraph: z.array(ofClass(OpenGraphProperty)),
    organization: ofClass(Organization).nullable(),
    faviconUrl: optionalText,
    logoUrl: optionalText,
    people: z.array(ofClass(Person)).describe('People the site presents, in the order it first shows them.'),
    emailPattern: ofClass(EmailPattern).nullable().describe('How the company builds personal addresses, when the addresses of its people show it.'),
    category: fromInputRow(text),
    address: fromInputRow(text),
    inputPhone: fromInputRow(text, 'Phone from the input row.'),
    country: fromInputRow(text),
    rating: fromInputRow(z.number()),
    reviewsCount: fromInputRow(z.number().int()),
}, { description: 'What the analysis found about one company.' });
//# sourceMappingURL=company.types.js.map