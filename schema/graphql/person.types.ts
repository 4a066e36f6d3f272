import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum Seniority {
  OWNER_EXECUTIVE = 'OWNER_EXECUTIVE',
  MANAGER = 'MANAGER',
  STAFF = 'STAFF',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(Seniority, {
  name: 'Seniority',
  description: 'How senior a person is, read from the role as the site writes it (FR, DE, EN, ES, IT).',
  valuesConfig: {
    OWNER_EXECUTIVE: { description: 'Owner, founder, managing director, gérant, Geschäftsführer, CEO, publication director…' },
    MANAGER: { description: 'Head of a team or function: responsable, Leiter, manager, jefe, responsabile…' },
    STAFF: { description: 'Any other named role: assistant, comptable, Referent, engineer, técnico…' },
    UNKNOWN: { description: 'No role, or one that says nothing about seniority.' },
  },
});

@ObjectType({ description: 'A person the company site presents: team and about pages, legal notice, press contacts, JSON-LD, h-card, mailto links.' })
export class Person {
  @Field(() => String, { description: 'As a person would write it, without honorifics or titles ("Stefan Müller", not "Dipl.-Ing. Stefan Müller").' })
  name!: string;

  @Field(() => String, { nullable: true })
  firstName!: string | null;

  @Field(() => String, { nullable: true })
  lastName!: string | null;

  @Field(() => String, { nullable: true, description: 'As written on the site ("Responsable du pôle social et paie").' })
  role!: string | null;

  @Field(() => Seniority)
  seniority!: Seniority;

  @Field(() => String, { nullable: true, description: 'An address found on the site that belongs to this person.' })
  email!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Built from the company's emailPattern when no address was found and the pattern has at least two examples; never a found address.",
  })
  emailGuess!: string | null;

  @Field(() => String, { nullable: true, description: 'Direct line or mobile, E.164.' })
  phone!: string | null;

  @Field(() => String, { nullable: true, description: "The person's own LinkedIn profile, when the site links it." })
  linkedinUrl!: string | null;

  @Field(() => [String], { description: 'Pages where the person appears.' })
  sources!: string[];

  @Field(() => Float, { description: '0..1: how sure the analysis is that this is a person of the company (README "People").' })
  confidence!: number;
}

@ObjectType({ description: "How the company builds personal addresses, learnt from the addresses of the people its site lists." })
export class EmailPattern {
  @Field(() => String, { description: 'In the vocabulary {first} {last} {f} {l} with the separators the addresses use: "{first}.{last}", "{f}{last}", "{first}"…' })
  pattern!: string;

  @Field(() => String, { description: "The company's mail domain, inferred from the addresses the site presents as its own; it may differ from the website's host." })
  domain!: string;

  @Field(() => Float, { description: '0..1: share of the listed people\'s addresses that follow the pattern, discounted for few examples.' })
  confidence!: number;

  @Field(() => Int, { description: 'Addresses of listed people that follow the pattern.' })
  examples!: number;
}
