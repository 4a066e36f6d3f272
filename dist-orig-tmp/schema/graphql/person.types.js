import { z } from 'zod';
import { graphqlEnum, zodObjectType } from './zod-graphql.js';
export const Seniority = graphqlEnum('Seniority', 'How senior a person is, read from the role as the site writes it (FR, DE, EN, ES, IT).', {
    OWNER_EXECUTIVE: 'Owner, founder, managing director, gérant, Geschäftsführer, CEO, publication director…',
    MANAGER: 'Head of a team or function: responsable, Leiter, manager, jefe, responsabile…',
    STAFF: 'Any other named role: assistant, comptable, Referent, engineer, técnico…',
    UNKNOWN: 'No role, or one that says nothing about seniority.',
});
const optionalString = z.string().nullable();
export const Person = zodObjectType('Person', {
    name: z.string().describe('As a person would write it, without honorifics or titles ("Stefan Müller", not "Dipl.-Ing. Stefan Müller").'),
    firstName: optionalString,
    lastName: optionalString,
    role: optionalString.describe('As written on the site ("Responsable du pôle social et paie").'),
    seniority: z.enum(Seniority),
    email: optionalString.describe('An address found on the site that belongs to this person.'),
    emailGuess: optionalString.describe("Built from the company's emailPattern when no address was found and the pattern has at least two examples; never a found address."),
    phone: optionalString.describe('Direct line or mobile, E.164.'),
    linkedinUrl: optionalString.describe("The person's own LinkedIn profile, when the site links it."),
    sources: z.array(z.string()).describe('Pages where the person appears.'),
    confidence: z.number().describe('0..1: how sure the analysis is that this is a person of the company (README "People").'),
}, { description: 'A person the company site presents: team and about pages, legal notice, press contacts, JSON-LD, h-card, mailto links.' });
export const EmailPattern = zodObjectType('EmailPattern', {
    pattern: z.string().describe('In the vocabulary {first} {last} {f} {l} with the separators the addresses use: "{first}.{last}", "{f}{last}", "{first}"…'),
    domain: z.string().describe("The company's mail domain, inferred from the addresses the site presents as its own; it may differ from the website's host."),
    confidence: z.number().describe("0..1: share of the listed people's addresses that follow the pattern, discounted for few examples."),
    examples: z.number().int().describe('Addresses of listed people that follow the pattern.'),
}, { description: 'How the company builds personal addresses, learnt from the addresses of the people its site lists.' });
//# sourceMappingURL=person.types.js.map