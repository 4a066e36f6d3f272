import { CONTACT_OWNERS, PHONE_KINDS } from './company.js';
import { asObject, int, InvalidMessageError, num, oneOf, optStr, str } from './wire.js';
function list(o, key, item) {
    const v = o[key];
    if (!Array.isArray(v))
        throw new InvalidMessageError(`${key} must be an array`);
    return v.map((x, i) => item(asObject(x, `${key}[${i}]`)));
}
function strings(o, key) {
    const v = o[key];
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))
        throw new InvalidMessageError(`${key} must be an array of strings`);
    return v;
}
function optInt(o, key) {
    return o[key] === null || o[key] === undefined ? null : int(o, key);
}
function optNum(o, key) {
    return o[key] === null || o[key] === undefined ? null : num(o, key);
}
function optBool(o, key) {
    const v = o[key];
    if (v === null || v === undefined)
        return null;
    if (typeof v !== 'boolean')
        throw new InvalidMessageError(`${key} must be a boolean or null`);
    return v;
}
export function parseCompanyInput(o) {
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
const email = (o) => ({
    address: str(o, 'address'),
    pageUrl: str(o, 'pageUrl'),
    context: str(o, 'context'),
    kind: oneOf(o, 'kind', ['GENERIC', 'ROLE', 'PERSONAL']),
    ownDomain: optBool(o, 'ownDomain') ?? false,
    personName: optStr(o, 'personName'),
    freeWebmail: optBool(o, 'freeWebmail') ?? false,
    disposable: optBool(o, 'disposable') ?? false,
    deliverability: o.deliverability === undefined || o.deliverability === null
        ? 'UNKNOWN'
        : oneOf(o, 'deliverability', ['MX_OK', 'NO_MX', 'DOMAIN_MISSING', 'UNKNOWN']),
    owner: o.owner === undefined ? 'COMPANY' : oneOf(o, 'owner', CONTACT_OWNERS),
});
const person = (o) => ({
    name: str(o, 'name'),
    firstName: optStr(o, 'firstName'),
    lastName: optStr(o, 'lastName'),
    role: optStr(o, 'role'),
    seniority: oneOf(o, 'seniority', ['OWNER_EXECUTIVE', 'MANAGER', 'STAFF', 'UNKNOWN']),
    email: optStr(o, 'email'),
    emailGuess: optStr(o, 'emailGuess'),
    phone: optStr(o, 'phone'),
    linkedinUrl: optStr(o, 'linkedinUrl'),
    sources: strings(o, 'sources'),
    confidence: num(o, 'confidence'),
});
function emailPattern(v) {
    if (v === null || v === undefined)
        return null;
    const o = asObject(v, 'emailPattern');
    return { pattern: str(o, 'pattern'), domain: str(o, 'domain'), confidence: num(o, 'confidence'), examples: int(o, 'examples') };
}
const phone = (o) => ({
    number: str(o, 'number'),
    raw: str(o, 'raw'),
    pageUrl: str(o, 'pageUrl'),
    kind: o.kind === undefined ? 'PHONE' : oneOf(o, 'kind', PHONE_KINDS),
    owner: o.owner === undefined ? 'COMPANY' : oneOf(o, 'owner', CONTACT_OWNERS),
});
const social = (o) => ({ network: str(o, 'network'), url: str(o, 'url') });
const thirdPartyProfile = (o) => ({ network: str(o, 'network'), url: str(o, 'url'), pageUrl: str(o, 'pageUrl') });
const technology = (o) => ({
    name: str(o, 'name'),
    categories: strings(o, 'categories'),
    version: optStr(o, 'version'),
    confidence: num(o, 'confidence'),
    evidence: o.evidence === undefined ? [] : strings(o, 'evidence'),
});
function opportunity(v) {
    if (v === null || v === undefined)
        return null;
    const o = asObject(v, 'opportunity');
    return { score: num(o, 'score'), level: oneOf(o, 'level', ['LOW', 'MEDIUM', 'HIGH']), reasons: strings(o, 'reasons') };
}
function organization(v) {
    if (v === null || v === undefined)
        return null;
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
function stringRecord(v, what) {
    const o = asObject(v ?? {}, what);
    const out = {};
    for (const [k, x] of Object.entries(o))
        if (typeof x === 'string')
            out[k] = x;
    return out;
}
export function parseCompanyReport(value) {
    const o = asObject(value, 'report');
    return {
        name: str(o, 'name'),
        website: optStr(o, 'website'),
        finalUrl: optStr(o, 'finalUrl'),
        status: oneOf(o, 'status', ['OK', 'FAILED', 'NO_WEBSITE']),
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
//# sourceMappingURL=company-report.js.map