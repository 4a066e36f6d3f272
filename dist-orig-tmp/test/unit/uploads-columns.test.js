import { expect } from 'chai';
import { findHeaderRowIndex, mapColumns, normaliseHeader, recogniseHeader } from '../../gateway/uploads/column-mapping.js';
import { decodeText } from '../../gateway/uploads/decode-text.js';
import { parseCountText, parseDecimalText } from '../../gateway/uploads/number-cells.js';
import { textCell } from '../../gateway/uploads/raw-sheet.js';
import { spreadsheetErrorIn } from '../../gateway/uploads/spreadsheet-errors.js';
import { readWebsiteCell } from '../../gateway/uploads/website-cell.js';
function row(rowNumber, ...texts) {
    return { rowNumber, cells: texts.map(textCell) };
}
describe('uploads: columns and cell values', () => {
    describe('recogniseHeader', () => {
        const cases = [
            ['name', 'name'],
            ['Name', 'name'],
            ['  NAME  ', 'name'],
            ['Nom', 'name'],
            ['company', 'name'],
            ['Company Name', 'name'],
            ['company_name', 'name'],
            ['COMPANY-NAME', 'name'],
            ['Entreprise', 'name'],
            ['Raison sociale', 'name'],
            ['RAISON_SOCIALE', 'name'],
            ['Société', 'name'],
            ['SOCIETE', 'name'],
            ['title', 'name'],
            ['Title', 'name'],
            ['website', 'website'],
            ['Website', 'website'],
            ['site', 'website'],
            ['URL', 'website'],
            ['Site web', 'website'],
            ['site_web', 'website'],
            ['SITE-WEB', 'website'],
            ['Site Internet', 'website'],
            ['web', 'website'],
            ['category', 'category'],
            ['Catégorie', 'category'],
            ['categorie', 'category'],
            ['CATÉGORIE', 'category'],
            ['Type', 'category'],
            ['Secteur', 'category'],
            ['address', 'address'],
            ['Adresse', 'address'],
            ['phone', 'phone'],
            ['Téléphone', 'phone'],
            ['telephone', 'phone'],
            ['TÉLÉPHONE', 'phone'],
            ['Tel', 'phone'],
            ['Tél.', 'phone'],
            ['Phone Number', 'phone'],
            ['phone_number', 'phone'],
            ['country', 'country'],
            ['Pays', 'country'],
            ['rating', 'rating'],
            ['Note', 'rating'],
            ['reviews_count', 'reviewsCount'],
            ['Reviews Count', 'reviewsCount'],
            ['reviews', 'reviewsCount'],
            ['Avis', 'reviewsCount'],
            ["Nombre d'avis", 'reviewsCount'],
            ['NOMBRE D’AVIS', 'reviewsCount'],
            ['nombre_d_avis', 'reviewsCount'],
            ['Foo', null],
            ['', null],
            ['   ', null],
            ['First name', null],
            ['Notes', null],
            ['City', null],
            ['Websites and more', null],
        ];
        for (const [header, field] of cases) {
            it(`${JSON.stringify(header)} -> ${field ?? 'not recognised'}`, () => {
                expect(recogniseHeader(header)?.field ?? null).to.equal(field);
            });
        }
        it('normalises case, accents, spaces and punctuation', () => {
            expect(normaliseHeader(" Nombre d'Avis ")).to.equal('nombredavis');
            expect(normaliseHeader('Catégorie_Principale')).to.equal('categorieprincipale');
        });
    });
    describe('mapColumns', () => {
        it('maps each recognised column and warns about unknown ones', () => {
            const mapping = mapColumns(['Nom', 'Site web', 'Ville', '', 'Téléphone']);
            expect(mapping.columns).to.deep.equal(['Nom', 'Site web', 'Ville', 'Téléphone']);
            expect(mapping.mapping).to.deep.equal({ name: 'Nom', website: 'Site web', phone: 'Téléphone' });
            expect(mapping.columnIndexes).to.deep.equal({ name: 0, website: 1, phone: 4 });
            expect(mapping.warnings).to.deep.equal(['Column "Ville" not recognised, ignored']);
        });
        it('keeps the first of two equally named columns and warns about the second', () => {
            const mapping = mapColumns(['Website', 'Name', 'website']);
            expect(mapping.columnIndexes.website).to.equal(0);
            expect(mapping.warnings).to.deep.equal(['Column "website" also looks like website; "Website" is used, "website" ignored']);
        });
        it('prefers the stronger spelling whatever the order (a Maps `url` column before `website`)', () => {
            const mapping = mapColumns(['title', 'url', 'website', 'name']);
            expect(mapping.mapping).to.deep.equal({ name: 'name', website: 'website' });
            expect(mapping.warnings).to.have.members([
                'Column "title" also looks like name; "name" is used, "title" ignored',
                'Column "url" also looks like website; "website" is used, "url" ignored',
            ]);
        });
    });
    describe('findHeaderRowIndex', () => {
        it('is the first row with a recognised column', () => {
            expect(findHeaderRowIndex([row(1, 'name', 'website'), row(2, 'Acme', 'acme.fr')], 10)).to.equal(0);
        });
        it('skips a title row and blank rows above the header', () => {
            const rows = [row(1, 'Export Google Maps — 2024-05-01'), row(2, '', ''), row(3, 'Nom', 'Site web'), row(4, 'Acme', 'acme.fr')];
            expect(findHeaderRowIndex(rows, 10)).to.equal(2);
        });
        it('gives up after the scan limit of non-blank rows', () => {
            const rows = [...Array.from({ length: 10 }, (_, i) => row(i + 1, `title ${i}`)), row(11, 'name')];
            expect(findHeaderRowIndex(rows, 10)).to.equal(-1);
            expect(findHeaderRowIndex(rows, 11)).to.equal(10);
        });
        it('is -1 when nothing is recognised', () => {
            expect(findHeaderRowIndex([row(1, 'a', 'b'), row(2, 'c', 'd')], 10)).to.equal(-1);
        });
    });
    describe('parseDecimalText (ratings)', () => {
        const cases = [
            ['4.5', 4.5],
            ['4,5', 4.5],
            [' 4,5 ', 4.5],
            ['5', 5],
            ['0', 0],
            ['1 234,5', 1234.5],
            ['1\u202f234,5', 1234.5],
            ['1.234,5', 1234.5],
            ['1,234.5', 1234.5],
            ['(4,2)', 4.2],
            ['', null],
            ['abc', null],
            ['4,5 étoiles', null],
            ['-1', null],
            ['4..5', null],
            ['4,5,6', null],
            ['1,234,5', null],
        ];
        for (const [text, expected] of cases) {
            it(`${JSON.stringify(text)} -> ${expected}`, () => expect(parseDecimalText(text)).to.equal(expected));
        }
    });
    describe('parseCountText (review counts)', () => {
        const cases = [
            ['312', 312],
            ['1 234', 1234],
            ['1\u00a0234', 1234],
            ['1,234', 1234],
            ['1.234', 1234],
            ['1,234,567', 1234567],
            ['(1 234)', 1234],
            ['12.0', 12],
            ['12,5', null],
            ['4.5', null],
            ['1,23', null],
            ['many', null],
            ['-3', null],
            ['', null],
        ];
        for (const [text, expected] of cases) {
            it(`${JSON.stringify(text)} -> ${expected}`, () => expect(parseCountText(text)).to.equal(expected));
        }
    });
    describe('readWebsiteCell', () => {
        const cases = [
            ['', null, null, null],
            ['   ', null, null, null],
            ['acme.fr', null, 'https://acme.fr', null],
            ['www.acme.co.uk/contact?x=1', null, 'https://www.acme.co.uk/contact?x=1', null],
            ['  https://acme.fr/  ', null, 'https://acme.fr/', null],
            ['http://acme.fr', null, 'http://acme.fr', null],
            ['HTTPS://ACME.FR', null, 'HTTPS://ACME.FR', null],
            ['//acme.fr/page', null, 'https://acme.fr/page', null],
            ['acme.fr:8080/shop', null, 'https://acme.fr:8080/shop', null],
            ['localhost:3000', null, 'http://localhost:3000', null],
            ['127.0.0.1:8081/contact', null, 'http://127.0.0.1:8081/contact', null],
            ['http://127.0.0.1:8080/', null, 'http://127.0.0.1:8080/', null],
            ['https://www.google.com/url?q=https://acme.fr/&sa=U&ved=0ahUKE', null, 'https://acme.fr/', null],
            ['https://www.google.fr/url?sa=t&url=https%3A%2F%2Fwww.acme.fr%2Fcontact&usg=x', null, 'https://www.acme.fr/contact', null],
            ['www.google.com/url?q=http://acme.fr', null, 'http://acme.fr', null],
            ['https://www.google.com/url?q=acme', null, 'https://www.google.com/url?q=acme', null],
            ['Acme website', 'https://acme.fr/', 'https://acme.fr/', null],
            ['acme.fr', 'mailto:contact@acme.fr', 'https://acme.fr', null],
            ['acme fr', null, null, /contains spaces/],
            ['https://acme.fr/a page', null, null, /contains spaces/],
            ['acme', null, null, /no dot/],
            ['https://intranet/', null, null, /no dot/],
            ['mailto:contact@acme.fr', null, null, /mailto: address/],
            ['ftp://acme.fr', null, null, /ftp: address/],
            ['javascript:alert(1)', null, null, /javascript: address/],
            ['https://www.google.com/maps/place/Acme/@45.7,4.8,17z', null, null, /Google Maps link/],
            ['https://maps.google.fr/?cid=123', null, null, /Google Maps link/],
            ['https://maps.app.goo.gl/AbCdEf', null, null, /Google Maps link/],
            ['https://user:secret@acme.fr/', null, null, /user name or password/],
            ['https://', null, null, /not a valid website/],
        ];
        for (const [text, hyperlink, website, problem] of cases) {
            it(`${JSON.stringify(text)}${hyperlink ? ` linked to ${hyperlink}` : ''} -> ${website ?? String(problem)}`, () => {
                const result = readWebsiteCell(text, hyperlink);
                expect(result.website).to.equal(website);
                if (problem)
                    expect(result.problem).to.match(problem);
                else
                    expect(result.problem).to.equal(null);
            });
        }
    });
    describe('spreadsheetErrorIn', () => {
        const cases = [
            ['#REF!', '#REF!'],
            [' #ref! ', '#REF!'],
            ['#NAME?', '#NAME?'],
            ['#N/A', '#N/A'],
            ['#VALUE!', '#VALUE!'],
            ['#DIV/0!', '#DIV/0!'],
            ['#NULL!', '#NULL!'],
            ['#NUM!', '#NUM!'],
            ['#1 Boulangerie', null],
            ['REF', null],
            ['', null],
        ];
        for (const [text, expected] of cases) {
            it(`${JSON.stringify(text)} -> ${expected}`, () => expect(spreadsheetErrorIn(text)).to.equal(expected));
        }
    });
    describe('decodeText', () => {
        const cases = [
            ['UTF-8', Buffer.from('Café;Hélène', 'utf8'), 'Café;Hélène', 'utf-8'],
            ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Café', 'utf8')]), 'Café', 'utf-8'],
            ['windows-1252', Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x80, 0x20, 0x92]), 'Café € ’', 'windows-1252'],
            ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Nom\tSite', 'utf16le')]), 'Nom\tSite', 'utf-16le'],
            ['UTF-16BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('Nom', 'utf16le').swap16()]), 'Nom', 'utf-16be'],
            ['plain ASCII', Buffer.from('name,website'), 'name,website', 'utf-8'],
        ];
        for (const [label, bytes, text, encoding] of cases) {
            it(label, () => expect(decodeText(bytes)).to.deep.equal({ text, encoding }));
        }
    });
});
//# sourceMappingURL=uploads-columns.test.js.map