import { expect } from 'chai';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { companiesToJson, companiesToXlsx, PEOPLE_SHEET_COLUMNS, peopleToCsv, XLSX_PEOPLE_SHEET } from '../../gateway/exports/company-exports.js';
import { parseCompanyReport } from '../../schema/company-report.js';
import { EMPTY_REPORT_FINDINGS, type CompanyReportPayload } from '../../schema/company.js';

const input = {
  name: 'Müller GmbH',
  website: 'https://mueller.example',
  category: null,
  address: null,
  phone: null,
  country: 'DE',
  rating: null,
  reviewsCount: null,
};
const report: CompanyReportPayload = {
  ...EMPTY_REPORT_FINDINGS,
  name: 'Müller GmbH',
  website: 'https://mueller.example',
  finalUrl: 'https://mueller.example/',
  status: 'OK',
  language: 'de',
  pagesVisited: 3,
  httpStatus: 200,
  https: true,
  responseTimeMs: 12,
  input,
  people: [
    {
      name: 'Stefan Müller',
      firstName: 'Stefan',
      lastName: 'Müller',
      role: 'Geschäftsführer',
      seniority: 'OWNER_EXECUTIVE',
      email: 's.mueller@mueller.example',
      emailGuess: null,
      phone: '+4971112345610',
      linkedinUrl: null,
      sources: ['https://mueller.example/impressum', 'https://mueller.example/team'],
      confidence: 1,
    },
    {
      name: '=cmd|calc',
      firstName: null,
      lastName: null,
      role: '@SUM(A1)',
      seniority: 'UNKNOWN',
      email: null,
      emailGuess: 'l.becker@mueller.example',
      phone: null,
      linkedinUrl: 'https://www.linkedin.com/in/lb',
      sources: [],
      confidence: 0.55,
    },
  ],
  emailPattern: { pattern: '{f}.{last}', domain: 'mueller.example', confidence: 0.75, examples: 3 },
};
const noPeople: CompanyReportPayload = { ...report, name: 'Old report', people: undefined, emailPattern: undefined };

describe('people exports', () => {
  it('CSV: one row per company and person, guesses apart from found addresses, formulas guarded', () => {
    const rows = parse<Record<string, string>>(peopleToCsv([report, noPeople]).replace(/^\uFEFF/, ''), { columns: true });
    expect(Object.keys(rows[0])).to.deep.equal([...PEOPLE_SHEET_COLUMNS]);
    expect(rows).to.have.length(2);
    expect(rows[0]).to.include({
      company: 'Müller GmbH',
      name: 'Stefan Müller',
      role: 'Geschäftsführer',
      seniority: 'OWNER_EXECUTIVE',
      email: 's.mueller@mueller.example',
      email_guess: '',
      phone: '+4971112345610',
      confidence: '1',
      email_pattern: '{f}.{last}',
      mail_domain: 'mueller.example',
      sources: 'https://mueller.example/impressum; https://mueller.example/team',
    });
    expect(rows[1]).to.include({ name: "'=cmd|calc", role: "'@SUM(A1)", email: '', email_guess: 'l.becker@mueller.example' });
  });

  it('XLSX: a People sheet with the same rows', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await companiesToXlsx([report, noPeople])) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    const sheet = workbook.getWorksheet(XLSX_PEOPLE_SHEET)!;
    expect(sheet.getRow(1).values).to.deep.equal([undefined, ...PEOPLE_SHEET_COLUMNS]);
    expect(sheet.actualRowCount).to.equal(3);
    expect(sheet.getRow(2).getCell(PEOPLE_SHEET_COLUMNS.indexOf('name') + 1).value).to.equal('Stefan Müller');
    expect(sheet.getRow(3).getCell(PEOPLE_SHEET_COLUMNS.indexOf('email_guess') + 1).value).to.equal('l.becker@mueller.example');
  });

  it('JSON carries people and pattern; reports stored before people parse with none', () => {
    const json = JSON.parse(companiesToJson({ id: 'j', kind: 'ANALYSIS', status: 'COMPLETED', label: null, createdAt: 'x', finishedAt: null }, [report]));
    expect(json.companies[0].people.map((p: { name: string }) => p.name)).to.deep.equal(['Stefan Müller', '=cmd|calc']);
    expect(json.companies[0].emailPattern.pattern).to.equal('{f}.{last}');
    const old = parseCompanyReport(
      JSON.parse(
        JSON.stringify({
          ...report,
          people: undefined,
          emailPattern: undefined,
          emails: [{ address: 'a@b.fr', pageUrl: 'x', context: '', kind: 'PERSONAL', ownDomain: true }],
        }),
      ),
    );
    expect(old.people).to.deep.equal([]);
    expect(old.emailPattern).to.equal(null);
    expect(old.emails[0]).to.include({ personName: null, freeWebmail: false, disposable: false, deliverability: 'UNKNOWN' });
    expect(() => parseCompanyReport({ ...report, people: [{ name: 'X' }] })).to.throw(/seniority|firstName|sources/);
  });
});
