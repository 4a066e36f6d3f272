/**
 * The per-page analyses that run in the page-analysis worker threads: the same pure functions
 * the actors called on the main thread, taking and returning plain data only.
 */
import { extractMetadata } from '../analyse/metadata.js';
import { extractPhones } from '../analyse/phones.js';
import { startPagePhoneRegions } from '../analyse/start-page-phone-regions.js';
import { extractEmails } from '../extract/emails.js';
/** Phones of a page the way the company report reads them (see CompanyReportBuilder.addPage). */
function companyPhones(input) {
    const { page } = input;
    const regions = input.startPage
        ? startPagePhoneRegions(page, input.country, extractMetadata({ url: page.url, html: page.html, text: page.text, headers: page.headers }).language)
        : input.regions;
    return { regions, phones: extractPhones(page, regions.region, { fallbackRegions: [...regions.fallbackRegions] }) };
}
/** Every task a page-analysis worker runs, by name. */
export const PAGE_ANALYSIS_TASKS = {
    emails: (input) => extractEmails(input),
    companyPhones,
};
//# sourceMappingURL=page-analysis-tasks.js.map