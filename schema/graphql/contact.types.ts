import { registerEnumType } from 'type-graphql';

export enum ContactOwner {
  COMPANY = 'COMPANY',
  PERSON = 'PERSON',
  THIRD_PARTY = 'THIRD_PARTY',
}
registerEnumType(ContactOwner, {
  name: 'ContactOwner',
  description:
    "Whose contact it is: the company's (COMPANY), one of its people's (PERSON), or someone else's shown on the site (THIRD_PARTY: the web agency or host credited in the legal notice, a regulator or professional body, a mediator, a conference speaker, a partner).",
});

export enum PhoneKind {
  PHONE = 'PHONE',
  FAX = 'FAX',
  MOBILE = 'MOBILE',
}
registerEnumType(PhoneKind, {
  name: 'PhoneKind',
  description: 'A landline or switchboard (PHONE), a fax (FAX, by its label) or a mobile (MOBILE, by the numbering plan or its label).',
});
