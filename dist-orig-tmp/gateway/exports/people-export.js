/**
 * The people of an analysis, one row per company and person: the XLSX "People" sheet and the
 * `/jobs/<id>/export-people.csv` download. A guessed address is in `email_guess`, never in `email`.
 */
import { stringify } from 'csv-stringify/sync';
import { csvCellText } from './companies-to-csv.js';
export const PEOPLE_SHEET_COLUMNS = [
    'company',
    'website',
    'name',
    'first_name',
    'last_name',
    'role',
    'seniority',
    'email',
    'email_guess',
    'phone',
    'linkedin_url',
    'confidence',
    'sources',
    'email_pattern',
    'mail_domain',
];
/** One row per company and person, companies in order, people in report order. */
export function reportsToPeopleRows(reports) {
    return reports.flatMap((report) => (report.people ?? []).map((person) => ({
        company: report.name,
        website: report.website,
        name: person.name,
        first_name: person.firstName,
        last_name: person.lastName,
        role: person.role,
        seniority: person.seniority,
        email: person.email,
        email_guess: person.emailGuess,
        phone: person.phone,
        linkedin_url: person.linkedinUrl,
        confidence: person.confidence,
        sources: person.sources.join('; ') || null,
        email_pattern: report.emailPattern?.pattern ?? null,
        mail_domain: report.emailPattern?.domain ?? null,
    })));
}
/** The people CSV (UTF-8 with BOM, `,`, CRLF, formula injection guarded), header row first. */
export function peopleToCsv(reports) {
    const rows = reportsToPeopleRows(reports).map((row) => PEOPLE_SHEET_COLUMNS.map((column) => csvCellText(row[column])));
    return stringify([[...PEOPLE_SHEET_COLUMNS], ...rows], { bom: true, delimiter: ',', record_delimiter: 'windows' });
}
//# sourceMappingURL=people-export.js.map