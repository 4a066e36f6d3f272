import { expect } from 'chai';
import ExcelJS from 'exceljs';
import { InvalidCompanyFileError, parseCompanyFile, } from '../../gateway/uploads/parse-company-file.js';
import { readFixtureFile } from '../fixtures/files/fixture-files.js';
function csvUpload(text, filename = 'companies.csv') {
    return { filename, data: Buffer.from(text, 'utf8') };
}
function company(name, fields = {}) {
    return { name, website: null, category: null, address: null, phone: null, country: null, rating: null, reviewsCount: null, ...fields };
}
async function workbookBytes(build) {
    const workbook = new ExcelJS.Workbook();
    build(workbook);
    return Buffer.from(await workbook.xlsx.writeBuffer());
}
async function expectInvalid(upload, code, message, options) {
    let result;
    try {
        result = await parseCompanyFile(upload, options);
    }
    catch (error) {
        expect(error).to.be.instanceOf(InvalidCompanyFileError);
        const invalid = error;
        expect(invalid.code, invalid.message).to.equal(code);
        expect(invalid.message).to.match(message);
        return invalid;
    }
    throw new Error(`expected ${code}, got a result with ${result.rows.length} rows`);
}
describe('uploads: parseCompanyFile', () => {
    describe('CSV', () => {
        const header = ['name', 'website', 'category', 'address', 'rating'];
        const data = [
            ['Acme', 'acme.example', 'Bakery', '1 rue de Lyon, Paris', '4.5'],
            ['Globex', 'https://globex.example/', 'Garage', '2 avenue Foch', '3'],
        ];
        const expected = [
            company('Acme', { website: 'https://acme.example', category: 'Bakery', address: '1 rue de Lyon, Paris', rating: 4.5 }),
            company('Globex', { website: 'https://globex.example/', category: 'Garage', address: '2 avenue Foch', rating: 3 }),
        ];
        const quote = (field, delimiter) => (field.includes(delimiter) || field.includes('"') ? `"${field.replace(/"/g, '""')}"` : field);
        for (const [label, delimiter, lineEnd] of [
            ['comma, LF', ',', '\n'],
            ['semicolon, CRLF', ';', '\r\n'],
            ['tab, CRLF', '\t', '\r\n'],
        ]) {
            it(`reads a ${label} file`, async () => {
                const text = [header, ...data].map((fields) => fields.map((f) => quote(f, delimiter)).join(delimiter)).join(lineEnd) + lineEnd;
                const parsed = await parseCompanyFile(csvUpload(text));
                expect(parsed.rows).to.deep.equal(expected);
                expect(parsed.columns).to.deep.equal(header);
                expect(parsed.mapping).to.deep.equal({ name: 'name', website: 'website', category: 'category', address: 'address', rating: 'rating' });
                expect(parsed.warnings).to.deep.equal([]);
                expect(parsed.totalRows).to.equal(2);
            });
        }
        it('reads a semicolon file whose values contain commas (French decimals, addresses)', async () => {
            const parsed = await parseCompanyFile(csvUpload('Nom;Adresse;Note\nDupont, Martin et Fils;"12, rue A; Paris";4,5\n"Café ""Le Zinc""";3 place B, Lyon;3,9\n'));
            expect(parsed.rows).to.deep.equal([
                company('Dupont, Martin et Fils', { address: '12, rue A; Paris', rating: 4.5 }),
                company('Café "Le Zinc"', { address: '3 place B, Lyon', rating: 3.9 }),
            ]);
        });
        it('honours an Excel `sep=` line and does not count it as a row', async () => {
            const parsed = await parseCompanyFile(csvUpload('sep=;\r\nnom;note\r\n;4\r\nAcme;4,5\r\n'));
            expect(parsed.rows).to.deep.equal([company('Acme', { rating: 4.5 })]);
            expect(parsed.warnings).to.deep.equal(['Row 2: no company name, skipped']);
        });
        it('strips a UTF-8 BOM (the first header is recognised)', async () => {
            const parsed = await parseCompanyFile({
                filename: 'bom.csv',
                data: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('name,website\nAcme,acme.example\n')]),
            });
            expect(parsed.columns).to.deep.equal(['name', 'website']);
            expect(parsed.rows).to.deep.equal([company('Acme', { website: 'https://acme.example' })]);
        });
        it('reads UTF-16LE tab-separated text (Excel "Unicode text")', async () => {
            const data = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Entreprise\tSite web\r\nHélène & Cie\thelene.example\r\n', 'utf16le')]);
            const parsed = await parseCompanyFile({ filename: 'export.txt', data });
            expect(parsed.rows).to.deep.equal([company('Hélène & Cie', { website: 'https://helene.example' })]);
        });
        it('reads the windows-1252 Google Maps fixture (`;`, French headers, accents)', async () => {
            const parsed = await parseCompanyFile({
                filename: 'google-maps-fr.csv',
                contentType: 'application/vnd.ms-excel',
                data: readFixtureFile('google-maps-fr.csv'),
            });
            expect(parsed.columns).to.deep.equal(['Nom', 'Site web', 'Catégorie', 'Adresse', 'Téléphone', 'Pays', 'Note', "Nombre d'avis"]);
            expect(parsed.mapping).to.deep.equal({
                name: 'Nom',
                website: 'Site web',
                category: 'Catégorie',
                address: 'Adresse',
                phone: 'Téléphone',
                country: 'Pays',
                rating: 'Note',
                reviewsCount: "Nombre d'avis",
            });
            expect(parsed.rows).to.deep.equal([
                company('Café de la Gare', {
                    website: 'https://cafedelagare.example',
                    category: 'Café',
                    address: '2 place de la Gare, 69002 Lyon',
                    phone: '04 72 00 00 01',
                    country: 'France',
                    rating: 4.5,
                    reviewsCount: 1234,
                }),
                company('Pâtisserie Hélène', {
                    website: 'https://patisserie-helene.example/',
                    category: 'Pâtisserie',
                    address: '14 rue Mercière, 69002 Lyon',
                    phone: '04 72 00 00 02',
                    country: 'France',
                    rating: 4.8,
                    reviewsCount: 312,
                }),
                company('Garage Bénédicte & Fils', {
                    category: 'Garage automobile',
                    address: '8 avenue Jean Jaurès, 69007 Lyon',
                    phone: '04 72 00 00 03',
                    country: 'France',
                    reviewsCount: 45,
                }),
                company('Librairie L’Étagère', {
                    website: 'https://letagere.example',
                    category: 'Librairie',
                    address: '5 quai Saint-Antoine, 69002 Lyon',
                    country: 'France',
                    rating: 4.7,
                    reviewsCount: 89,
                }),
            ]);
            expect(parsed.warnings).to.deep.equal([
                'Row 4: no company name, skipped',
                'Row 5: "#REF!" in Site web treated as empty',
                'Row 5: "#N/A" in Note treated as empty',
            ]);
            expect(parsed.totalRows).to.equal(5);
            expect(parsed.preview).to.deep.equal(parsed.rows);
        });
        it('reads the example file of the README', async () => {
            const { readFileSync } = await import('node:fs');
            const { fixtureFilePath } = await import('../fixtures/files/fixture-files.js');
            const path = fixtureFilePath('google-maps-fr.csv').replace(/test[\\/]fixtures[\\/]files[\\/]google-maps-fr\.csv$/, 'examples/companies.csv');
            const parsed = await parseCompanyFile({ filename: 'companies.csv', data: readFileSync(path) });
            expect(parsed.warnings).to.deep.equal([]);
            expect(parsed.rows.length).to.be.within(8, 10);
            expect(parsed.rows.filter((row) => row.website === null)).to.have.length(1);
            expect(parsed.rows.every((row) => row.website === null || row.website.startsWith('https://'))).to.equal(true);
        });
    });
    describe('row rules', () => {
        it('numbers skipped rows as the spreadsheet does (title row, blank rows included)', async () => {
            const text = 'Export Google Maps\n\nname,website\nAcme,acme.example\n,nameless.example\n\n  ,  \nGlobex,globex.example\n';
            const parsed = await parseCompanyFile(csvUpload(text));
            expect(parsed.rows.map((row) => row.name)).to.deep.equal(['Acme', 'Globex']);
            expect(parsed.warnings).to.deep.equal(['Row 5: no company name, skipped']);
            expect(parsed.totalRows).to.equal(3);
        });
        it('counts rows by record, not by line, when a quoted field spans lines', async () => {
            const parsed = await parseCompanyFile(csvUpload('name,address\nAcme,"1 rue A\nParis"\n,"no name"\n'));
            expect(parsed.rows).to.deep.equal([company('Acme', { address: '1 rue A Paris' })]);
            expect(parsed.warnings).to.deep.equal(['Row 3: no company name, skipped']);
        });
        it('treats spreadsheet error values as empty, with a warning naming row and column', async () => {
            const text = 'Nom,Site web,Note,Avis\n#REF!,a.example,4,1\nAcme,#NAME?,#VALUE!,#DIV/0!\n';
            const parsed = await parseCompanyFile(csvUpload(text));
            expect(parsed.rows).to.deep.equal([company('Acme')]);
            expect(parsed.warnings).to.deep.equal([
                'Row 2: "#REF!" in Nom treated as empty',
                'Row 2: no company name, skipped',
                'Row 3: "#NAME?" in Site web treated as empty',
                'Row 3: "#VALUE!" in Note treated as empty',
                'Row 3: "#DIV/0!" in Avis treated as empty',
            ]);
        });
        it('adds the scheme, unwraps Google redirects and drops invalid websites with a warning', async () => {
            const text = [
                'name,website',
                'A,acme.example',
                'B,https://www.google.com/url?q=https://b.example/&sa=U',
                'C,c example',
                'D,intranet',
                'E,https://www.google.com/maps/place/E',
                'F,http://f.example/contact',
            ].join('\n');
            const parsed = await parseCompanyFile(csvUpload(text));
            expect(parsed.rows.map((row) => row.website)).to.deep.equal(['https://acme.example', 'https://b.example/', null, null, null, 'http://f.example/contact']);
            expect(parsed.warnings).to.have.length(3);
            expect(parsed.warnings[0]).to.equal('Row 4: "c example" in website is not a valid website (it contains spaces), treated as empty');
            expect(parsed.warnings[1]).to.match(/^Row 5: "intranet" in website .*no dot/);
            expect(parsed.warnings[2]).to.match(/^Row 6: .* in website is a Google Maps link/);
        });
        it('parses ratings and review counts, French decimal comma included; invalid ones become null', async () => {
            const text = 'name;rating;reviews_count\nA;4,5;1 234\nB;4.2;(87)\nC;cinq;beaucoup\nD;;\n';
            const parsed = await parseCompanyFile(csvUpload(text));
            expect(parsed.rows.map((row) => [row.rating, row.reviewsCount])).to.deep.equal([
                [4.5, 1234],
                [4.2, 87],
                [null, null],
                [null, null],
            ]);
            expect(parsed.warnings).to.deep.equal([
                'Row 4: "cinq" in rating is not a number, treated as empty',
                'Row 4: "beaucoup" in reviews_count is not a whole number, treated as empty',
            ]);
        });
        it('trims values and collapses inner whitespace', async () => {
            const parsed = await parseCompanyFile(csvUpload('name,address,phone\n  Acme   SAS ,"1 rue A\n  75001 Paris",  01 99 00 00 01 \n'));
            expect(parsed.rows).to.deep.equal([company('Acme SAS', { address: '1 rue A 75001 Paris', phone: '01 99 00 00 01' })]);
        });
        it('warns about unrecognised and duplicate columns', async () => {
            const parsed = await parseCompanyFile(csvUpload('Nom,Ville,Site web,Website\nAcme,Lyon,a.example,b.example\n'));
            expect(parsed.mapping).to.deep.equal({ name: 'Nom', website: 'Website' });
            expect(parsed.rows[0].website).to.equal('https://b.example');
            expect(parsed.warnings).to.deep.equal([
                'Column "Ville" not recognised, ignored',
                'Column "Site web" also looks like website; "Website" is used, "Site web" ignored',
            ]);
        });
        it('previews the first 10 valid rows and returns them all', async () => {
            const text = ['name', ...Array.from({ length: 25 }, (_, i) => `Company ${i + 1}`)].join('\n');
            const parsed = await parseCompanyFile(csvUpload(text));
            expect(parsed.rows).to.have.length(25);
            expect(parsed.preview.map((row) => row.name)).to.deep.equal(Array.from({ length: 10 }, (_, i) => `Company ${i + 1}`));
        });
        it('caps warnings and says how many were left out', async () => {
            const text = ['name,rating', 'Real,4', ...Array.from({ length: 30 }, () => ',1')].join('\n');
            const parsed = await parseCompanyFile(csvUpload(text), { maxWarnings: 5 });
            expect(parsed.warnings).to.deep.equal([
                'Row 3: no company name, skipped',
                'Row 4: no company name, skipped',
                'Row 5: no company name, skipped',
                'Row 6: no company name, skipped',
                '… and 26 more warnings',
            ]);
        });
    });
    describe('XLSX (generated with exceljs)', () => {
        it('reads hyperlinks, formulas, rich text, numbers, dates and error cells', async () => {
            const data = await workbookBytes((workbook) => {
                const sheet = workbook.addWorksheet('Places');
                sheet.addRow(['Nom', 'Site web', 'Note', 'Avis', 'Téléphone', 'Catégorie', 'Adresse']);
                sheet.addRow([
                    { richText: [{ text: 'Café ' }, { text: 'Hélène', font: { bold: true } }] },
                    { text: 'cafe-helene.example', hyperlink: 'https://cafe-helene.example/' },
                    { formula: 'ROUND(4.46,1)', result: 4.5 },
                    { formula: 'SUM(100,212)', result: 312 },
                    33142868200,
                    { formula: 'PROPER("café")', result: 'Café' },
                    new Date(Date.UTC(2024, 0, 2)),
                ]);
                sheet.addRow([
                    'Garage',
                    { error: '#REF!' },
                    { formula: '1/0', result: { error: '#DIV/0!' } },
                    4.5,
                    { text: 'Appeler', hyperlink: 'tel:+33142868200' },
                    { sharedFormula: 'F2', result: 'Garage' },
                    '#N/A',
                ]);
                sheet.addRow([
                    { text: 'Globex', hyperlink: 'https://www.google.com/maps/place/Globex' },
                    { text: 'Site', hyperlink: 'https://www.google.com/url?q=https://globex.example/' },
                ]);
            });
            const parsed = await parseCompanyFile({ filename: 'places.xlsx', data });
            expect(parsed.rows).to.deep.equal([
                company('Café Hélène', {
                    website: 'https://cafe-helene.example/',
                    rating: 4.5,
                    reviewsCount: 312,
                    phone: '33142868200',
                    category: 'Café',
                    address: '2024-01-02',
                }),
                company('Garage', { phone: 'Appeler', category: 'Garage' }),
                company('Globex', { website: 'https://globex.example/' }),
            ]);
            expect(parsed.warnings).to.deep.equal([
                'Row 3: "#REF!" in Site web treated as empty',
                'Row 3: "#DIV/0!" in Note treated as empty',
                'Row 3: "4.5" in Avis is not a whole number, treated as empty',
                'Row 3: "#N/A" in Adresse treated as empty',
            ]);
        });
        it('skips an empty first sheet and a title row, numbering rows as Excel does', async () => {
            const data = await workbookBytes((workbook) => {
                workbook.addWorksheet('Notes');
                const sheet = workbook.addWorksheet('Export');
                sheet.getCell('A1').value = 'Google Maps export — restaurants in Lyon';
                sheet.mergeCells('A1:C1');
                sheet.getRow(3).values = ['Title', 'Website', 'Total score'];
                sheet.getRow(4).values = ['Le Bouchon', 'bouchon.example', 4.4];
                sheet.getRow(5).values = [null, 'orphan.example', 3];
                sheet.getRow(7).values = ['La Brasserie', null, '4,1'];
            });
            const parsed = await parseCompanyFile({ filename: 'export.xlsx', data });
            expect(parsed.columns).to.deep.equal(['Title', 'Website', 'Total score']);
            expect(parsed.mapping).to.deep.equal({ name: 'Title', website: 'Website', rating: 'Total score' });
            expect(parsed.rows).to.deep.equal([company('Le Bouchon', { website: 'https://bouchon.example', rating: 4.4 }), company('La Brasserie', { rating: 4.1 })]);
            expect(parsed.warnings).to.deep.equal(['Row 5: no company name, skipped']);
            expect(parsed.totalRows).to.equal(3);
        });
        it('prefers a visible sheet to a hidden one', async () => {
            const data = await workbookBytes((workbook) => {
                const hidden = workbook.addWorksheet('Old', { state: 'hidden' });
                hidden.addRow(['name']);
                hidden.addRow(['Old company']);
                const visible = workbook.addWorksheet('Current');
                visible.addRow(['name']);
                visible.addRow(['Current company']);
            });
            const parsed = await parseCompanyFile({ filename: 'two.xlsx', data });
            expect(parsed.rows.map((row) => row.name)).to.deep.equal(['Current company']);
        });
        it('reads a workbook named .csv by its content, with a warning', async () => {
            const data = await workbookBytes((workbook) => {
                const sheet = workbook.addWorksheet('S');
                sheet.addRow(['name']);
                sheet.addRow(['Acme']);
            });
            const parsed = await parseCompanyFile({ filename: 'companies.csv', contentType: 'text/csv', data });
            expect(parsed.rows).to.deep.equal([company('Acme')]);
            expect(parsed.warnings).to.deep.equal(['The file is named .csv but is an XLSX workbook; it was read as XLSX']);
        });
        it('reads CSV text named .xlsx by its content, with a warning', async () => {
            const parsed = await parseCompanyFile(csvUpload('name\nAcme\n', 'companies.xlsx'));
            expect(parsed.rows).to.deep.equal([company('Acme')]);
            expect(parsed.warnings).to.deep.equal(['The file is named .xlsx but contains text; it was read as CSV']);
        });
    });
    describe('bad files', () => {
        const fixtureCases = [
            ['not-a-spreadsheet.pdf', 'UNSUPPORTED_FILE_TYPE', /PDF document, not a spreadsheet.*CSV or XLSX/],
            ['legacy.xls', 'UNSUPPORTED_FILE_TYPE', /^Legacy \.xls files are not supported; save as \.xlsx or CSV$/],
            ['spreadsheet.ods', 'UNSUPPORTED_FILE_TYPE', /OpenDocument/],
            ['word-document.docx', 'UNSUPPORTED_FILE_TYPE', /Word document/],
            ['empty.csv', 'EMPTY_FILE', /^The file is empty$/],
            ['header-only.csv', 'EMPTY_FILE', /header row \(row 1\) but no data rows/],
            [
                'no-name-column.csv',
                'NO_NAME_COLUMN',
                /no company name column; expected one of: name, nom, company, .*entreprise.*Columns found: "website", "city", "phone"/,
            ],
            ['unterminated-quote.csv', 'MALFORMED_FILE', /quote opened on line 3 is never closed/],
        ];
        for (const [fixture, code, message] of fixtureCases) {
            it(`${fixture} -> ${code}`, async () => {
                await expectInvalid({ filename: fixture, data: readFixtureFile(fixture) }, code, message);
            });
        }
        const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
        const inlineCases = [
            ['a PNG named .csv', { filename: 'companies.csv', contentType: 'text/csv', data: PNG }, 'UNSUPPORTED_FILE_TYPE', /PNG image/],
            [
                'binary data',
                { filename: 'data.bin', contentType: 'application/octet-stream', data: Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10, 0x80, 0x00]) },
                'UNSUPPORTED_FILE_TYPE',
                /\(declared as application\/octet-stream\) is binary data/,
            ],
            [
                'an HTML page named .xls',
                csvUpload('<!DOCTYPE html><html><table><tr><td>name</td></tr></table></html>', 'export.xls'),
                'UNSUPPORTED_FILE_TYPE',
                /HTML or XML document/,
            ],
            ['a JSON file', csvUpload('[{"name":"Acme"}]', 'companies.json'), 'UNSUPPORTED_FILE_TYPE', /Files ending in \.json are not supported/],
            ['whitespace only', csvUpload(' \r\n\r\n\t\n'), 'EMPTY_FILE', /empty/],
            ['only blank records', csvUpload(',,\n , , \n'), 'EMPTY_FILE', /empty/],
            ['header then blank lines', csvUpload('name,website\n\n,\n\n'), 'EMPTY_FILE', /no data rows/],
            [
                'no row with a name',
                csvUpload('name,website\n,a.example\n#REF!,b.example\n'),
                'EMPTY_FILE',
                /None of the 2 data rows has a company name in column "name"/,
            ],
            ['no recognised header at all', csvUpload('foo,bar\n1,2\n'), 'NO_NAME_COLUMN', /Columns found: "foo", "bar"/],
            ['a header without a name column', csvUpload('website,phone\na.example,1\n'), 'NO_NAME_COLUMN', /no company name column/],
            [
                'a header after more than 10 title rows',
                csvUpload([...Array.from({ length: 10 }, (_, i) => `Title ${i}`), 'name', 'Acme'].join('\n')),
                'NO_NAME_COLUMN',
                /no company name column/,
            ],
            ['an unclosed quote in the header', csvUpload('"name,website\nAcme,a.example\n'), 'MALFORMED_FILE', /line 1 is never closed/],
            [
                'an unclosed quote after a sep= line',
                csvUpload('sep=;\nnom;site\nAcme;a.example\n"Globex;b.example\nInitech;c.example\n'),
                'MALFORMED_FILE',
                /line 4 is never closed/,
            ],
            ['an unclosed quote on a semicolon file', csvUpload('nom;site\nAcme;a.example\nGlobex;"b.example\n'), 'MALFORMED_FILE', /line 3 is never closed/],
        ];
        for (const [label, upload, code, message] of inlineCases) {
            it(`${label} -> ${code}`, async () => {
                await expectInvalid(upload, code, message);
            });
        }
        it('a damaged XLSX -> MALFORMED_FILE', async () => {
            const data = await workbookBytes((workbook) => workbook.addWorksheet('S').addRow(['name']));
            await expectInvalid({ filename: 'broken.xlsx', data: data.subarray(0, data.length - 200) }, 'MALFORMED_FILE', /damaged/);
        });
        it('an XLSX with only empty sheets -> EMPTY_FILE', async () => {
            const data = await workbookBytes((workbook) => {
                workbook.addWorksheet('A');
                workbook.addWorksheet('B');
            });
            await expectInvalid({ filename: 'empty.xlsx', data }, 'EMPTY_FILE', /none of its sheets has any data/);
        });
        it('an XLSX whose header has no name column -> NO_NAME_COLUMN', async () => {
            const data = await workbookBytes((workbook) => {
                const sheet = workbook.addWorksheet('S');
                sheet.addRow(['Website', 'Phone']);
                sheet.addRow(['a.example', '1']);
            });
            await expectInvalid({ filename: 'noname.xlsx', data }, 'NO_NAME_COLUMN', /Columns found: "Website", "Phone"/);
        });
    });
    describe('limits', () => {
        it('refuses a file over the default 16 MB limit, naming the limit', async () => {
            const data = Buffer.alloc(16 * 1024 * 1024 + 1, 0x61);
            await expectInvalid({ filename: 'big.csv', data }, 'FILE_TOO_LARGE', /^The file is 16\.0 MB, over the 16 MB limit$/);
        });
        it('applies a configured byte limit', async () => {
            const upload = csvUpload(`name\n${'Acme\n'.repeat(300)}`);
            await expectInvalid(upload, 'FILE_TOO_LARGE', /^The file is 2 KB, over the 1 KB limit$/, { maxBytes: 1000 });
            const parsed = await parseCompanyFile(upload, { maxBytes: upload.data.length });
            expect(parsed.rows).to.have.length(300);
        });
        it('refuses a workbook that unpacks beyond the unpacked-size limit', async () => {
            const data = await workbookBytes((workbook) => {
                const sheet = workbook.addWorksheet('S');
                sheet.addRow(['name']);
                for (let i = 0; i < 200; i++)
                    sheet.addRow([`Company ${i} ${'x'.repeat(100)}`]);
            });
            await expectInvalid({ filename: 'big.xlsx', data }, 'FILE_TOO_LARGE', /unpacks to \d+ KB, over the 10 KB limit/, { maxUnpackedBytes: 10_000 });
        });
        it('refuses more data rows than maxRows; blank rows do not count', async () => {
            const rows = (count) => ['name', ...Array.from({ length: count }, (_, i) => `Company ${i}\n`)].join('\n');
            await expectInvalid(csvUpload(rows(6)), 'TOO_MANY_ROWS', /6 data rows, over the limit of 5/, { maxRows: 5 });
            const parsed = await parseCompanyFile(csvUpload(rows(5)), { maxRows: 5 });
            expect(parsed.rows).to.have.length(5);
        });
        it('stops reading a huge CSV as soon as it is over the row limit', async () => {
            const text = ['name', ...Array.from({ length: 50 }, (_, i) => `C${i}`)].join('\n');
            await expectInvalid(csvUpload(text), 'TOO_MANY_ROWS', /^The file has more than 5 data rows, over the limit of 5; split it into smaller files$/, {
                maxRows: 5,
            });
        });
        it('applies the default row limit of 10000', async () => {
            const text = ['name', ...Array.from({ length: 10_001 }, (_, i) => `C${i}`)].join('\n');
            await expectInvalid(csvUpload(text), 'TOO_MANY_ROWS', /10001 data rows, over the limit of 10000/);
        });
        it('refuses more XLSX data rows than maxRows', async () => {
            const data = await workbookBytes((workbook) => {
                const sheet = workbook.addWorksheet('S');
                sheet.addRow(['name']);
                for (let i = 0; i < 4; i++)
                    sheet.addRow([`Company ${i}`]);
            });
            await expectInvalid({ filename: 'rows.xlsx', data }, 'TOO_MANY_ROWS', /4 data rows, over the limit of 3/, { maxRows: 3 });
        });
        const badOptions = [
            ['maxBytes 0', { maxBytes: 0 }],
            ['maxRows -1', { maxRows: -1 }],
            ['maxRows 1.5', { maxRows: 1.5 }],
            ['maxWarnings NaN', { maxWarnings: Number.NaN }],
            ['maxUnpackedBytes as text', { maxUnpackedBytes: '1000' }],
        ];
        for (const [label, options] of badOptions) {
            it(`rejects invalid options: ${label}`, async () => {
                let caught;
                try {
                    await parseCompanyFile(csvUpload('name\nAcme\n'), options);
                }
                catch (error) {
                    caught = error;
                }
                expect(caught).to.be.instanceOf(RangeError);
            });
        }
    });
});
//# sourceMappingURL=uploads.test.js.map