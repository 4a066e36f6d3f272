/** Networks that get a column of their own; the others go to `other_social`. */
export const SOCIAL_EXPORT_NETWORKS = ['facebook', 'linkedin', 'x', 'instagram', 'youtube', 'tiktok', 'pinterest', 'github'];
/** Export columns, in order (also the CSV header and the first XLSX sheet's header). */
export const EXPORT_COLUMNS = [
    'name',
    'website',
    'final_url',
    'status',
    'error',
    'sector',
    'opportunity_score',
    'opportunity_level',
    'opportunity_reasons',
    'emails',
    'personal_emails',
    'phones',
    'mobile_phones',
    'fax',
    ...SOCIAL_EXPORT_NETWORKS,
    'other_social',
    'third_party_emails',
    'third_party_phones',
    'third_party_profiles',
    'technologies',
    'title',
    'description',
    'language',
    'pages_visited',
    'http_status',
    'https',
    'response_time_ms',
    'category',
    'address',
    'input_phone',
    'country',
    'rating',
    'reviews_count',
];
/** Separator between the values of a multi-valued cell (emails, phones, reasons…). */
export const LIST_SEPARATOR = '; ';
/** Network spellings reports may use for the networks that have a column. */
const NETWORK_ALIASES = { twitter: 'x' };
function joinList(values) {
    const unique = [...new Set(values.filter((value) => value !== ''))];
    return unique.length > 0 ? unique.join(LIST_SEPARATOR) : null;
}
/** Contacts without an owner (reports made before owners existed) are the company's. */
const isThirdParty = (contact) => contact.owner === 'THIRD_PARTY';
/**
 * One export row for one company report. `emails`, `phones` and the network columns hold the
 * company's own contacts (its people's included); third parties' go to the `third_party_*` columns.
 */
export function reportToExportRow(report) {
    const ownEmails = report.emails.filter((email) => !isThirdParty(email));
    const ownPhones = report.phones.filter((phone) => !isThirdParty(phone));
    const social = new Map();
    const otherSocial = [];
    for (const profile of report.socialProfiles) {
        const network = NETWORK_ALIASES[profile.network.toLowerCase()] ?? profile.network.toLowerCase();
        if (SOCIAL_EXPORT_NETWORKS.includes(network)) {
            social.set(network, [...(social.get(network) ?? []), profile.url]);
        }
        else {
            otherSocial.push(`${profile.network}: ${profile.url}`);
        }
    }
    const socialColumns = Object.fromEntries(SOCIAL_EXPORT_NETWORKS.map((network) => [network, joinList(social.get(network) ?? [])]));
    return {
        name: report.name,
        website: report.website,
        final_url: report.finalUrl,
        status: report.status,
        error: report.error,
        sector: report.sector,
        opportunity_score: report.opportunity?.score ?? null,
        opportunity_level: report.opportunity?.level ?? null,
        opportunity_reasons: joinList(report.opportunity?.reasons ?? []),
        emails: joinList(ownEmails.map((email) => email.address)),
        personal_emails: joinList(ownEmails.filter((email) => email.kind === 'PERSONAL').map((email) => email.address)),
        phones: joinList(ownPhones.map((phone) => phone.number)),
        mobile_phones: joinList(ownPhones.filter((phone) => phone.kind === 'MOBILE').map((phone) => phone.number)),
        fax: joinList(ownPhones.filter((phone) => phone.kind === 'FAX').map((phone) => phone.number)),
        ...socialColumns,
        other_social: joinList(otherSocial),
        third_party_emails: joinList(report.emails.filter(isThirdParty).map((email) => email.address)),
        third_party_phones: joinList(report.phones.filter(isThirdParty).map((phone) => phone.number)),
        third_party_profiles: joinList((report.thirdPartyProfiles ?? []).map((profile) => profile.url)),
        technologies: joinList(report.technologies.map((tech) => (tech.version ? `${tech.name} ${tech.version}` : tech.name))),
        title: report.title,
        description: report.description,
        language: report.language,
        pages_visited: report.pagesVisited,
        http_status: report.httpStatus,
        https: report.https,
        response_time_ms: report.responseTimeMs,
        category: report.input.category,
        address: report.input.address,
        input_phone: report.input.phone,
        country: report.input.country,
        rating: report.input.rating,
        reviews_count: report.input.reviewsCount,
    };
}
/** Columns of the XLSX "Emails" sheet: one row per company and e-mail address found. */
export const EMAIL_SHEET_COLUMNS = [
    'company',
    'website',
    'email',
    'page_url',
    'kind',
    'own_domain',
    'owner',
    'context',
    'person_name',
    'free_webmail',
    'disposable',
    'deliverability',
];
/** The rows of the "Emails" sheet, companies in order, e-mails in report order. */
export function reportsToEmailRows(reports) {
    return reports.flatMap((report) => report.emails.map((email) => ({
        company: report.name,
        website: report.website,
        email: email.address,
        page_url: email.pageUrl,
        kind: email.kind,
        own_domain: email.ownDomain,
        owner: email.owner ?? 'COMPANY',
        context: email.context,
        person_name: email.personName ?? null,
        free_webmail: email.freeWebmail ?? null,
        disposable: email.disposable ?? null,
        deliverability: email.deliverability ?? null,
    })));
}
//# sourceMappingURL=export-columns.js.map