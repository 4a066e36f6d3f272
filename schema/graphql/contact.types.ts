import { graphqlEnum, type EnumValue } from './zod-graphql.js';

export const ContactOwner = graphqlEnum(
  'ContactOwner',
  "Whose contact it is: the company's (COMPANY), one of its people's (PERSON), or someone else's shown on the site (THIRD_PARTY: the web agency or host credited in the legal notice, a regulator or professional body, a mediator, a conference speaker, a partner).",
  ['COMPANY', 'PERSON', 'THIRD_PARTY'],
);
export type ContactOwner = EnumValue<typeof ContactOwner>;

export const PhoneKind = graphqlEnum(
  'PhoneKind',
  'A landline or switchboard (PHONE), a fax (FAX, by its label) or a mobile (MOBILE, by the numbering plan or its label).',
  ['PHONE', 'FAX', 'MOBILE'],
);
export type PhoneKind = EnumValue<typeof PhoneKind>;
