/** The company export writers, in one import for the HTTP routes. */
export { companiesToCsv } from './companies-to-csv.js';
export { InvalidCsvDelimiterError, parseCsvDelimiter } from './csv-delimiter.js';
export { companiesToJson } from './companies-to-json.js';
export { companiesToXlsx, XLSX_COMPANIES_SHEET, XLSX_EMAILS_SHEET, XLSX_PEOPLE_SHEET } from './companies-to-xlsx.js';
export { PEOPLE_SHEET_COLUMNS, peopleToCsv } from './people-export.js';
export { EMAIL_SHEET_COLUMNS, EXPORT_COLUMNS, SOCIAL_EXPORT_NETWORKS } from './export-columns.js';
//# sourceMappingURL=company-exports.js.map