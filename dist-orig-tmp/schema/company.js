/**
 * Companies to analyse and the report an actor produces for each (wire types shared by the
 * gateway and the actors).
 */
export const CONTACT_OWNERS = ['COMPANY', 'PERSON', 'THIRD_PARTY'];
export const PHONE_KINDS = ['PHONE', 'FAX', 'MOBILE'];
//# sourceMappingURL=company.js.map