import { z } from 'zod';
import { EmailHitSchema } from '../actor-messages.js';
import { id } from '../message-fields.js';
import { ContactOwner } from './contact.types.js';
import { graphqlEnum, ofClass, zodObjectType } from './zod-graphql.js';
export const JobKind = graphqlEnum('JobKind', 'What a job does.', ['ANALYSIS', 'SCRAPING']);
export const JobStatus = graphqlEnum('JobStatus', 'Where a job is in its life.', ['QUEUED', 'RUNNING', 'COMPLETED', 'FAILED', 'CANCELLED']);
export const EmailKind = graphqlEnum('EmailKind', 'Who reads an address.', {
    GENERIC: 'A mailbox for anyone: contact@, info@, recrutement@, dpo@, support@…',
    ROLE: 'A named function or department: presse@, compta@, direction@, vertrieb@…',
    PERSONAL: "A person's address.",
});
export const EmailDeliverability = graphqlEnum('EmailDeliverability', 'What DNS says about the address\'s domain (no SMTP probing; README "E-mail deliverability").', {
    MX_OK: 'The domain publishes an MX record.',
    NO_MX: 'The domain exists (A/AAAA or other records) but publishes no MX (or a null MX).',
    DOMAIN_MISSING: 'The domain does not exist (NXDOMAIN) or is not a valid name.',
    UNKNOWN: 'DNS could not be reached or did not answer in time.',
});
/** Set in analysis reports only (absent from scraping results). */
const reportOnly = (schema, description) => schema.nullish().describe(description);
/** The address, page and context of a scraping hit (EmailHitSchema), plus what an analysis adds. */
export const EmailHit = zodObjectType('EmailHit', {
    ...EmailHitSchema.shape,
    kind: reportOnly(z.enum(EmailKind), 'Set in analysis reports.'),
    ownDomain: reportOnly(z.boolean(), "On the company's own domain (analysis reports)."),
    personName: reportOnly(z.string(), 'The listed person (CompanyReport.people) the address belongs to (analysis reports).'),
    freeWebmail: reportOnly(z.boolean(), 'On a free webmail provider such as gmail.com or orange.fr (analysis reports).'),
    disposable: reportOnly(z.boolean(), 'On a disposable-address provider such as mailinator.com (analysis reports).'),
    deliverability: reportOnly(z.enum(EmailDeliverability), 'DNS check of the domain (analysis reports).'),
    owner: reportOnly(z.enum(ContactOwner), "Whose address it is (analysis reports): THIRD_PARTY for a web agency's, a host's, a regulator's or a speaker's address shown on the site; an address on one of the company's domains is never a third party's."),
}, { description: 'An e-mail address found on a page.' });
export const ScrapeResult = zodObjectType('ScrapeResult', { url: z.string(), pagesVisited: z.number().int(), emails: z.array(ofClass(EmailHit)) }, { description: 'What scraping one site found.' });
const dateTime = z.date().meta({ graphqlScalar: 'DateTime' });
export const Job = zodObjectType('Job', {
    id,
    kind: z.enum(JobKind),
    status: z.enum(JobStatus),
    createdAt: dateTime,
    startedAt: dateTime.nullable(),
    finishedAt: dateTime.nullable(),
    progress: z.number().describe('Percentage done, 0 to 100.'),
    error: z.string().nullable().describe('Why the job failed, when it did.'),
    label: z
        .string()
        .nullable()
        .describe("The job's name: the label given at start, else the uploaded file's name (analysis) or the site's host (scraping); null for an analysis of inline companies without one."),
}, { description: 'A scraping or analysis job.' });
export const PageInfo = zodObjectType('PageInfo', { hasNextPage: z.boolean(), endCursor: z.string().nullable() });
export const JobEdge = zodObjectType('JobEdge', { cursor: z.string(), node: ofClass(Job) });
export const JobConnection = zodObjectType('JobConnection', {
    edges: z.array(ofClass(JobEdge)),
    nodes: z.array(ofClass(Job)),
    pageInfo: ofClass(PageInfo),
    totalCount: z.number().int().describe('Jobs matching the filters, all pages together.'),
}, { description: 'A page of jobs, newest first.' });
//# sourceMappingURL=job.types.js.map