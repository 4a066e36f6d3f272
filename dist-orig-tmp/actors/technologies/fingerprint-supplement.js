import SUPPLEMENT_TABLE from './data/fingerprint-supplement.json' with { type: 'json' };
/** Keyed by technology name; `cats` are Wappalyzer category ids (see categories.json). */
export const FINGERPRINT_SUPPLEMENT = SUPPLEMENT_TABLE;
function asList(value) {
    if (value === undefined)
        return [];
    return typeof value === 'string' || typeof value === 'number' ? [value] : [...value];
}
function domAsRecord(dom) {
    if (dom === undefined)
        return {};
    if (typeof dom === 'string')
        return { [dom]: { exists: '' } };
    if (Array.isArray(dom))
        return Object.fromEntries(dom.map((selector) => [selector, { exists: '' }]));
    return { ...dom };
}
function mergeTechnology(base, extra) {
    if (base === undefined)
        return extra;
    const merged = { ...base };
    for (const field of ['html', 'text', 'scripts', 'scriptSrc', 'url', 'implies']) {
        if (extra[field] !== undefined)
            merged[field] = [...asList(base[field]), ...asList(extra[field])];
    }
    if (extra.dom !== undefined)
        merged.dom = { ...domAsRecord(base.dom), ...domAsRecord(extra.dom) };
    for (const field of ['js', 'meta', 'headers', 'cookies']) {
        if (extra[field] !== undefined)
            merged[field] = { ...(base[field] ?? {}), ...extra[field] };
    }
    merged.cats = base.cats ?? extra.cats;
    return merged;
}
/** The data set with {@link FINGERPRINT_SUPPLEMENT} merged in (patterns added, never removed). */
export function mergeFingerprintSupplement(data) {
    const technologies = { ...data.technologies };
    for (const [name, extra] of Object.entries(FINGERPRINT_SUPPLEMENT))
        technologies[name] = mergeTechnology(technologies[name], extra);
    return { ...data, source: `${data.source} + prospectlab supplement`, technologies };
}
//# sourceMappingURL=fingerprint-supplement.js.map