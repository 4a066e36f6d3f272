/** Text fields of a company and their longest accepted length, in characters. */
export const COMPANY_FIELD_MAX_CHARS = {
    name: 300,
    website: 2048,
    category: 300,
    address: 500,
    phone: 100,
    country: 100,
};
/** Longest start URL of a scraping job, in characters. */
export const START_URL_MAX_CHARS = 2048;
/** The company fields over their limit, in field order (empty when all fit). */
export function companyFieldsOverLimit(company) {
    const over = [];
    for (const [field, maxChars] of Object.entries(COMPANY_FIELD_MAX_CHARS)) {
        const value = company[field];
        if (typeof value === 'string' && value.length > maxChars)
            over.push({ field, maxChars, length: value.length });
    }
    return over;
}
//# sourceMappingURL=field-limits.js.map