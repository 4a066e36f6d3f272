import { CompanyReport } from '../../schema/graphql/company.types.js';
/** The GraphQL view of one company of an analysis (finished or not). */
export function toGraphqlCompany(record) {
    const r = record.report;
    const input = record.input;
    return Object.assign(new CompanyReport(), {
        index: record.index,
        name: record.name,
        website: input.website,
        finalUrl: r?.finalUrl ?? null,
        status: record.status,
        error: record.error ?? r?.error ?? (record.status === 'NO_WEBSITE' ? 'No website' : null),
        title: r?.title ?? null,
        description: r?.description ?? null,
        language: r?.language ?? null,
        emails: (r?.emails ?? []).map((e) => ({
            ...e,
            kind: e.kind,
            personName: e.personName ?? null,
            freeWebmail: e.freeWebmail ?? false,
            disposable: e.disposable ?? false,
            deliverability: e.deliverability ?? 'UNKNOWN',
            owner: e.owner ?? 'COMPANY',
        })),
        phones: (r?.phones ?? []).map((p) => ({ ...p, kind: p.kind ?? 'PHONE', owner: p.owner ?? 'COMPANY' })),
        socialProfiles: [...(r?.socialProfiles ?? [])],
        thirdPartyProfiles: [...(r?.thirdPartyProfiles ?? [])],
        technologies: (r?.technologies ?? []).map((t) => ({
            ...t,
            categories: [...t.categories],
            confidence: Math.round(t.confidence),
            evidence: [...(t.evidence ?? [])],
        })),
        sector: r?.sector ?? null,
        opportunity: r?.opportunity ? { score: Math.round(r.opportunity.score), level: r.opportunity.level, reasons: [...r.opportunity.reasons] } : null,
        pagesVisited: Math.max(record.pagesVisited, r?.pagesVisited ?? 0),
        httpStatus: r?.httpStatus ?? null,
        https: r?.https ?? null,
        responseTimeMs: r?.responseTimeMs ?? null,
        openGraph: Object.entries(r?.openGraph ?? {}).map(([property, content]) => ({ property, content })),
        organization: r?.organization ? { ...r.organization, sameAs: [...r.organization.sameAs] } : null,
        faviconUrl: r?.faviconUrl ?? null,
        logoUrl: r?.logoUrl ?? null,
        people: (r?.people ?? []).map((p) => ({ ...p, seniority: p.seniority, sources: [...p.sources] })),
        emailPattern: r?.emailPattern ? { ...r.emailPattern } : null,
        category: input.category,
        address: input.address,
        inputPhone: input.phone,
        country: input.country,
        rating: input.rating,
        reviewsCount: input.reviewsCount === null ? null : Math.round(input.reviewsCount),
    });
}
//# sourceMappingURL=company.mapper.js.map