import { expect } from 'chai';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import {
  companiesToCsv,
  companiesToJson,
  companiesToXlsx,
  EMAIL_SHEET_COLUMNS,
  EXPORT_COLUMNS,
  InvalidCsvDelimiterError,
  parseCsvDelimiter,
  XLSX_COMPANIES_SHEET,
  XLSX_EMAILS_SHEET,
  XLSX_PEOPLE_SHEET,
} from '../../gateway/exports/company-exports.js';
import { guardCsvFormula, MAX_SPREADSHEET_CELL_CHARS } from '../../gateway/exports/spreadsheet-cell-safety.js';
import { companyInput } from '../helpers/company-input.js';
import { EMPTY_REPORT_FINDINGS, type CompanyInputPayload, type CompanyReportPayload } from '../../schema/company.js';

function input(name: string, fields: Partial<CompanyInputPayload> = {}): CompanyInputPayload {
  return companyInput(name, null, fields);
}

const acme: CompanyReportPayload = {
  ...EMPTY_REPORT_FINDINGS,
  name: 'Boulangerie Hélène & Fils',
  website: 'https://www.acme.example',
  finalUrl: 'https://www.acme.example/accueil',
  status: 'OK',
  title: 'Boulangerie Hélène — pain, viennoiseries',
  description: 'Artisan boulanger à Lyon, "pain au levain", depuis 1998.\nOuvert 7j/7.',
  language: 'fr',
  emails: [
    {
      address: 'contact@acme.example',
      pageUrl: 'https://www.acme.example/contact',
      context: 'Écrivez-nous : contact@acme.example',
      kind: 'GENERIC',
      ownDomain: true,
      owner: 'COMPANY',
    },
    {
      address: 'helene.martin@acme.example',
      pageUrl: 'https://www.acme.example/equipe',
      context: 'Hélène Martin, gérante',
      kind: 'PERSONAL',
      ownDomain: true,
      owner: 'COMPANY',
    },
    {
      address: 'acme.lyon@gmail.com',
      pageUrl: 'https://www.acme.example/contact',
      context: 'ou acme.lyon@gmail.com',
      kind: 'PERSONAL',
      ownDomain: false,
      owner: 'COMPANY',
    },
    {
      address: 'hello@webagency.example',
      pageUrl: 'https://www.acme.example/mentions',
      context: 'Site réalisé par Web Agency',
      kind: 'GENERIC',
      ownDomain: false,
      owner: 'THIRD_PARTY',
    },
  ],
  phones: [
    { number: '+33472000001', raw: '04 72 00 00 01', pageUrl: 'https://www.acme.example/contact', kind: 'PHONE', owner: 'COMPANY' },
    { number: '+33600000002', raw: '06 00 00 00 02', pageUrl: 'https://www.acme.example/equipe', kind: 'PHONE', owner: 'COMPANY' },
    { number: '+33472000001', raw: '04.72.00.00.01', pageUrl: 'https://www.acme.example/', kind: 'PHONE', owner: 'COMPANY' },
    { number: '+33472000009', raw: '04 72 00 00 09', pageUrl: 'https://www.acme.example/', kind: 'FAX', owner: 'COMPANY' },
    { number: '+33612000003', raw: '06 12 00 00 03', pageUrl: 'https://www.acme.example/', kind: 'MOBILE', owner: 'COMPANY' },
    { number: '+33972101007', raw: '09 72 10 10 07', pageUrl: 'https://www.acme.example/mentions', kind: 'PHONE', owner: 'THIRD_PARTY' },
  ],
  thirdPartyProfiles: [{ network: 'linkedin', url: 'https://www.linkedin.com/in/jane-speaker', pageUrl: 'https://www.acme.example/speakers' }],
  socialProfiles: [
    { network: 'facebook', url: 'https://www.facebook.com/acme.lyon' },
    { network: 'twitter', url: 'https://twitter.com/acmelyon' },
    { network: 'instagram', url: 'https://www.instagram.com/acme.lyon/' },
    { network: 'instagram', url: 'https://www.instagram.com/acme.patisserie/' },
    { network: 'mastodon', url: 'https://mastodon.social/@acme' },
    { network: 'tripadvisor', url: 'https://www.tripadvisor.fr/acme' },
  ],
  technologies: [
    { name: 'WordPress', categories: ['CMS'], version: '4.9.8', confidence: 100 },
    { name: 'jQuery', categories: ['JavaScript libraries'], version: '1.12.4', confidence: 100 },
    { name: 'Google Analytics', categories: ['Analytics'], version: null, confidence: 90 },
  ],
  sector: 'Food & bakery',
  opportunity: { score: 78, level: 'HIGH', reasons: ['Copyright year 2016', 'jQuery 1.12.4 is obsolete', 'No mobile viewport'] },
  pagesVisited: 12,
  httpStatus: 200,
  https: true,
  responseTimeMs: 843,
  input: input('Boulangerie Hélène & Fils', {
    website: 'https://www.acme.example',
    category: 'Boulangerie',
    address: '1 rue de Lyon, 69002 Lyon',
    phone: '+33 4 72 00 00 01',
    country: 'FR',
    rating: 4.6,
    reviewsCount: 1234,
  }),
};

/** Over Excel's cell limit, with characters CSV must quote and a CRLF line break. */
const LONG_DESCRIPTION = `\tTabbed, with "quotes", a comma; and a\r\nline break ${'é'.repeat(MAX_SPREADSHEET_CELL_CHARS)}`;
const truncated = (text: string) => `${text.slice(0, MAX_SPREADSHEET_CELL_CHARS - 1)}…`;

const injected: CompanyReportPayload = {
  ...EMPTY_REPORT_FINDINGS,
  name: '=HYPERLINK("http://evil.example","Click")',
  website: 'https://globex.example',
  status: 'FAILED',
  error: '-net::ERR_NAME_NOT_RESOLVED',
  title: '@SUM(1+1)',
  description: LONG_DESCRIPTION,
  pagesVisited: 1,
  httpStatus: 503,
  https: false,
  responseTimeMs: 30000,
  input: input('=HYPERLINK("http://evil.example","Click")', {
    website: 'https://globex.example',
    phone: '+1 555 0100',
    address: '+33 trap',
    category: 'Control\u0001chars\u0008here',
  }),
};

const noWebsite: CompanyReportPayload = {
  ...EMPTY_REPORT_FINDINGS,
  name: 'Garage Martin',
  status: 'NO_WEBSITE',
  error: 'No website',
  input: input('Garage Martin', { address: '8 avenue Jean Jaurès, 69007 Lyon', country: 'France', rating: 3.9, reviewsCount: 0 }),
};

const REPORTS = [acme, injected, noWebsite];

/** What each export row must hold, written out by hand (not computed by the code under test). */
const EXPECTED: readonly Record<string, string | number | boolean | null>[] = [
  {
    name: 'Boulangerie Hélène & Fils',
    website: 'https://www.acme.example',
    final_url: 'https://www.acme.example/accueil',
    status: 'OK',
    error: null,
    sector: 'Food & bakery',
    opportunity_score: 78,
    opportunity_level: 'HIGH',
    opportunity_reasons: 'Copyright year 2016; jQuery 1.12.4 is obsolete; No mobile viewport',
    emails: 'contact@acme.example; helene.martin@acme.example; acme.lyon@gmail.com',
    personal_emails: 'helene.martin@acme.example; acme.lyon@gmail.com',
    phones: '+33472000001; +33600000002; +33472000009; +33612000003',
    mobile_phones: '+33612000003',
    fax: '+33472000009',
    facebook: 'https://www.facebook.com/acme.lyon',
    linkedin: null,
    x: 'https://twitter.com/acmelyon',
    instagram: 'https://www.instagram.com/acme.lyon/; https://www.instagram.com/acme.patisserie/',
    youtube: null,
    tiktok: null,
    pinterest: null,
    github: null,
    other_social: 'mastodon: https://mastodon.social/@acme; tripadvisor: https://www.tripadvisor.fr/acme',
    third_party_emails: 'hello@webagency.example',
    third_party_phones: '+33972101007',
    third_party_profiles: 'https://www.linkedin.com/in/jane-speaker',
    technologies: 'WordPress 4.9.8; jQuery 1.12.4; Google Analytics',
    title: 'Boulangerie Hélène — pain, viennoiseries',
    description: 'Artisan boulanger à Lyon, "pain au levain", depuis 1998.\nOuvert 7j/7.',
    language: 'fr',
    pages_visited: 12,
    http_status: 200,
    https: true,
    response_time_ms: 843,
    category: 'Boulangerie',
    address: '1 rue de Lyon, 69002 Lyon',
    input_phone: '+33 4 72 00 00 01',
    country: 'FR',
    rating: 4.6,
    reviews_count: 1234,
  },
  {
    name: '=HYPERLINK("http://evil.example","Click")',
    website: 'https://globex.example',
    final_url: null,
    status: 'FAILED',
    error: '-net::ERR_NAME_NOT_RESOLVED',
    sector: null,
    opportunity_score: null,
    opportunity_level: null,
    opportunity_reasons: null,
    emails: null,
    personal_emails: null,
    phones: null,
    mobile_phones: null,
    fax: null,
    facebook: null,
    linkedin: null,
    x: null,
    instagram: null,
    youtube: null,
    tiktok: null,
    pinterest: null,
    github: null,
    other_social: null,
    third_party_emails: null,
    third_party_phones: null,
    third_party_profiles: null,
    technologies: null,
    title: '@SUM(1+1)',
    description: truncated(LONG_DESCRIPTION),
    language: null,
    pages_visited: 1,
    http_status: 503,
    https: false,
    response_time_ms: 30000,
    category: 'Control\u0001chars\u0008here',
    address: '+33 trap',
    input_phone: '+1 555 0100',
    country: null,
    rating: null,
    reviews_count: null,
  },
  {
    name: 'Garage Martin',
    website: null,
    final_url: null,
    status: 'NO_WEBSITE',
    error: 'No website',
    sector: null,
    opportunity_score: null,
    opportunity_level: null,
    opportunity_reasons: null,
    emails: null,
    personal_emails: null,
    phones: null,
    mobile_phones: null,
    fax: null,
    facebook: null,
    linkedin: null,
    x: null,
    instagram: null,
    youtube: null,
    tiktok: null,
    pinterest: null,
    github: null,
    other_social: null,
    third_party_emails: null,
    third_party_phones: null,
    third_party_profiles: null,
    technologies: null,
    title: null,
    description: null,
    language: null,
    pages_visited: 0,
    http_status: null,
    https: null,
    response_time_ms: null,
    category: null,
    address: '8 avenue Jean Jaurès, 69007 Lyon',
    input_phone: null,
    country: 'France',
    rating: 3.9,
    reviews_count: 0,
  },
];

const EXPECTED_EMAIL_ROWS = [
  [
    'Boulangerie Hélène & Fils',
    'https://www.acme.example',
    'contact@acme.example',
    'https://www.acme.example/contact',
    'GENERIC',
    true,
    'COMPANY',
    'Écrivez-nous : contact@acme.example',
  ],
  [
    'Boulangerie Hélène & Fils',
    'https://www.acme.example',
    'helene.martin@acme.example',
    'https://www.acme.example/equipe',
    'PERSONAL',
    true,
    'COMPANY',
    'Hélène Martin, gérante',
  ],
  [
    'Boulangerie Hélène & Fils',
    'https://www.acme.example',
    'acme.lyon@gmail.com',
    'https://www.acme.example/contact',
    'PERSONAL',
    false,
    'COMPANY',
    'ou acme.lyon@gmail.com',
  ],
  [
    'Boulangerie Hélène & Fils',
    'https://www.acme.example',
    'hello@webagency.example',
    'https://www.acme.example/mentions',
    'GENERIC',
    false,
    'THIRD_PARTY',
    'Site réalisé par Web Agency',
  ],
];

/** The CSV text of an expected value. */
function csvText(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value === 'string') return /^[=+\-@\t\r]/.test(value) && !/^[+-][\d\s().;/+-]*$/.test(value) ? `'${value}` : value;
  return String(value);
}

describe('exports', () => {
  it('has the documented columns, in order', () => {
    expect(EXPORT_COLUMNS).to.deep.equal(Object.keys(EXPECTED[0]));
    expect(EXPORT_COLUMNS).to.have.length(40);
  });

  describe('companiesToCsv', () => {
    const csv = companiesToCsv(REPORTS);

    it('starts with a UTF-8 BOM and uses CRLF line ends', () => {
      expect(csv.charCodeAt(0)).to.equal(0xfeff);
      expect(csv.startsWith(`\uFEFF${EXPORT_COLUMNS.join(',')}\r\n`)).to.equal(true);
    });

    it('parses back cell by cell to the reports (formula cells guarded)', () => {
      const records = parse(csv, { bom: true });
      expect(records[0]).to.deep.equal([...EXPORT_COLUMNS]);
      expect(records).to.have.length(REPORTS.length + 1);
      EXPECTED.forEach((expectedRow, index) => {
        const record = records[index + 1];
        EXPORT_COLUMNS.forEach((column, columnIndex) => {
          expect(record[columnIndex], `row ${index + 1}, ${column}`).to.equal(csvText(expectedRow[column]));
        });
      });
    });

    it('guards formula injection in text cells', () => {
      const records = parse(csv, { bom: true });
      const cell = (row: number, column: string) => records[row][EXPORT_COLUMNS.indexOf(column as (typeof EXPORT_COLUMNS)[number])];
      expect(cell(2, 'name')).to.equal(`'=HYPERLINK("http://evil.example","Click")`);
      expect(cell(2, 'error')).to.equal(`'-net::ERR_NAME_NOT_RESOLVED`);
      expect(cell(2, 'title')).to.equal(`'@SUM(1+1)`);
      expect(cell(2, 'description').startsWith(`'\tTabbed`)).to.equal(true);
      expect(cell(2, 'input_phone')).to.equal('+1 555 0100', 'a phone number cannot run anything');
      expect(cell(1, 'phones')).to.equal('+33472000001; +33600000002; +33472000009; +33612000003');
      expect(cell(2, 'address')).to.equal(`'+33 trap`);
    });

    it('writes only the header for no reports', () => {
      expect(companiesToCsv([])).to.equal(`\uFEFF${EXPORT_COLUMNS.join(',')}\r\n`);
    });

    for (const [name, delimiter] of [
      ['semicolon', ';'],
      ['tab', '\t'],
    ] as const) {
      it(`writes the same cells with ${name}s between them, BOM kept, no sep= line`, () => {
        const text = companiesToCsv(REPORTS, delimiter);
        expect(text.startsWith(`\uFEFF${EXPORT_COLUMNS.join(delimiter)}\r\n`)).to.equal(true);
        expect(text).to.not.match(/^\uFEFF?sep=/i);
        const records = parse(text, { bom: true, delimiter });
        expect(records).to.deep.equal(parse(csv, { bom: true }));
      });
    }

    it('quotes cells that hold the chosen delimiter', () => {
      const text = companiesToCsv([{ ...noWebsite, name: 'Dupont; Fils et Cie' }], ';');
      expect(text).to.include('"Dupont; Fils et Cie"');
      expect(parse(text, { bom: true, delimiter: ';' })[1][0]).to.equal('Dupont; Fils et Cie');
    });
  });

  describe('parseCsvDelimiter', () => {
    for (const [raw, expected] of [
      [null, ','],
      [',', ','],
      [';', ';'],
      ['\t', '\t'],
      ['tab', '\t'],
      ['TAB', '\t'],
      ['semicolon', ';'],
      ['comma', ','],
    ] as const) {
      it(`${JSON.stringify(raw)} -> ${JSON.stringify(expected)}`, () => expect(parseCsvDelimiter(raw)).to.equal(expected));
    }
    for (const raw of ['', '|', ';;', ' ', 'x'.repeat(5000), '"']) {
      it(`refuses ${JSON.stringify(raw.slice(0, 10))}`, () => {
        expect(() => parseCsvDelimiter(raw)).to.throw(InvalidCsvDelimiterError, /delimiter must be/);
      });
    }
  });

  describe('guardCsvFormula', () => {
    const cases: [string, string][] = [
      ['=1+1', "'=1+1"],
      ['+33142868200', '+33142868200'],
      ['+33 1 42 86 82 00; +33 6 00 00 00 02', '+33 1 42 86 82 00; +33 6 00 00 00 02'],
      ['-2', '-2'],
      ['+1+cmd|"/c calc"!A0', `'+1+cmd|"/c calc"!A0`],
      ['-2+HYPERLINK("x")', `'-2+HYPERLINK("x")`],
      ['@SUM(A1)', "'@SUM(A1)"],
      ['\tcmd', "'\tcmd"],
      ['\rcmd', "'\rcmd"],
      ['Acme', 'Acme'],
      ['a=b', 'a=b'],
      [' =1', ' =1'],
      ['', ''],
    ];
    for (const [text, expected] of cases) {
      it(`${JSON.stringify(text)} -> ${JSON.stringify(expected)}`, () => expect(guardCsvFormula(text)).to.equal(expected));
    }
  });

  describe('companiesToXlsx', () => {
    let workbook: ExcelJS.Workbook;
    before(async () => {
      const bytes = await companiesToXlsx(REPORTS);
      expect(Buffer.isBuffer(bytes)).to.equal(true);
      workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    });

    it('has the three sheets, each header bold, frozen and filterable', () => {
      expect(workbook.worksheets.map((sheet) => sheet.name)).to.deep.equal([XLSX_COMPANIES_SHEET, XLSX_EMAILS_SHEET, XLSX_PEOPLE_SHEET]);
      for (const sheet of workbook.worksheets) {
        expect(sheet.getRow(1).getCell(1).font?.bold, sheet.name).to.equal(true);
        expect(sheet.views[0]).to.include({ state: 'frozen', ySplit: 1 });
        expect(sheet.autoFilter).to.not.equal(undefined);
      }
    });

    it('parses back cell by cell to the reports, with typed cells', () => {
      const sheet = workbook.getWorksheet(XLSX_COMPANIES_SHEET)!;
      expect(sheet.getRow(1).values).to.deep.equal([undefined, ...EXPORT_COLUMNS]);
      expect(sheet.actualRowCount).to.equal(REPORTS.length + 1);
      EXPECTED.forEach((expectedRow, index) => {
        const row = sheet.getRow(index + 2);
        EXPORT_COLUMNS.forEach((column, columnIndex) => {
          let expected = expectedRow[column]!;
          // XLSX drops XML-invalid control characters and writes line breaks as \n (before cutting).
          // eslint-disable-next-line no-control-regex -- the control characters the export drops
          if (typeof expected === 'string') expected = expected.replace(/[\u0001\u0008]/g, '');
          if (index === 1 && column === 'description') expected = truncated(LONG_DESCRIPTION.replace(/\r\n/g, '\n'));
          expect(row.getCell(columnIndex + 1).value, `row ${index + 2}, ${column}`).to.equal(expected);
        });
      });
    });

    it('stores formula-looking text as text, never as a formula', () => {
      const cell = workbook.getWorksheet(XLSX_COMPANIES_SHEET)!.getCell(3, 1);
      expect(cell.type).to.equal(ExcelJS.ValueType.String);
      expect(cell.value).to.equal('=HYPERLINK("http://evil.example","Click")');
    });

    it('lists one row per company and e-mail in the Emails sheet', () => {
      const sheet = workbook.getWorksheet(XLSX_EMAILS_SHEET)!;
      expect(sheet.getRow(1).values).to.deep.equal([undefined, ...EMAIL_SHEET_COLUMNS]);
      const rows: unknown[][] = [];
      sheet.eachRow((row, rowNumber) => {
        if (rowNumber > 1) rows.push((row.values as unknown[]).slice(1));
      });
      expect(rows).to.deep.equal(EXPECTED_EMAIL_ROWS);
    });

    it('writes a valid workbook for no reports', async () => {
      const empty = new ExcelJS.Workbook();
      await empty.xlsx.load((await companiesToXlsx([])) as unknown as Parameters<typeof empty.xlsx.load>[0]);
      expect(empty.getWorksheet(XLSX_COMPANIES_SHEET)!.actualRowCount).to.equal(1);
      expect(empty.getWorksheet(XLSX_EMAILS_SHEET)!.actualRowCount).to.equal(1);
    });
  });

  describe('companiesToJson', () => {
    const job = {
      id: '3f1c2a9e-0000-4000-8000-000000000001',
      kind: 'ANALYSIS',
      status: 'COMPLETED',
      label: 'prospects-lyon.xlsx',
      createdAt: '2025-01-02T10:00:00.000Z',
      finishedAt: '2025-01-02T10:05:00.000Z',
    };

    it('parses back to the job and the reports, unchanged', () => {
      const parsed = JSON.parse(companiesToJson(job, REPORTS)) as unknown;
      expect(parsed).to.deep.equal({ job, companies: JSON.parse(JSON.stringify(REPORTS)) });
      expect((parsed as { companies: CompanyReportPayload[] }).companies[1].description).to.have.length(injected.description!.length);
    });

    it('is pretty-printed and writes only the documented job fields', () => {
      const wider = { ...job, finishedAt: null, owner: 'secret-key', extra: 1 };
      const text = companiesToJson(wider, [noWebsite]);
      expect(text).to.match(/^\{\n {2}"job": \{\n {4}"id"/);
      expect(Object.keys((JSON.parse(text) as { job: object }).job)).to.deep.equal(['id', 'kind', 'status', 'label', 'createdAt', 'finishedAt']);
      expect(text).to.not.include('secret-key');
    });
  });
});
