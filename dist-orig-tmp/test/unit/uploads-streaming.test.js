/**
 * The streaming XLSX reader and its XML tokenizer, on hand-built workbooks: chunk boundaries,
 * OOXML cell types, hostile sizes and the row limit reached before the rest is read.
 */
import { expect } from 'chai';
import { InvalidCompanyFileError, parseCompanyFile } from '../../gateway/uploads/parse-company-file.js';
import { chooseCsvDelimiter, delimiterSample, findTooWideRecord } from '../../gateway/uploads/read-csv-rows.js';
import { XmlFormatError, XmlTokenizer } from '../../gateway/uploads/xml-tokenizer.js';
import { inlineSheetPieces, partFromPieces, partFromText, sharedStringsBomb, workbookParts, zipArchive } from '../helpers/xlsx-builder.js';
const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
function tokens(chunks) {
    const out = [];
    let text = '';
    const flush = () => {
        if (text !== '')
            out.push(`text:${text}`);
        text = '';
    };
    const tokenizer = new XmlTokenizer({
        open(name, attributes, selfClosing) {
            flush();
            out.push(`open:${name}${Object.entries(attributes)
                .map(([k, v]) => ` ${k}=${v}`)
                .join('')}${selfClosing ? '/' : ''}`);
        },
        close(name) {
            flush();
            out.push(`close:${name}`);
        },
        text(piece) {
            text += piece;
        },
    });
    for (const chunk of chunks)
        tokenizer.write(chunk);
    tokenizer.end();
    flush();
    return out;
}
/** Every way of cutting `document` in two. */
function everySplit(document) {
    return Array.from({ length: document.length + 1 }, (_, at) => [document.slice(0, at), document.slice(at)]);
}
function sheet(rowsXml, extra = '') {
    return partFromText('xl/worksheets/sheet1.xml', `<?xml version="1.0"?><worksheet xmlns="${NS}"><sheetData>${rowsXml}</sheetData>${extra}</worksheet>`);
}
async function parseParts(parts, options) {
    return parseCompanyFile({ filename: 'book.xlsx', data: zipArchive(parts) }, options);
}
async function expectInvalid(promise, code, message) {
    try {
        await promise;
    }
    catch (error) {
        expect(error).to.be.instanceOf(InvalidCompanyFileError);
        expect(error.code, error.message).to.equal(code);
        expect(error.message).to.match(message);
        return;
    }
    throw new Error(`expected ${code}`);
}
describe('uploads: streaming XML tokenizer', () => {
    const document = '<?xml version="1.0"?><!-- a > comment --><x:row r="1" note=\'a>b\'><c t="s"><v>A &amp; B &#233;&#x20AC;</v></c><is><![CDATA[<raw>]]></is><e/></x:row>';
    const expected = [
        'open:row r=1 note=a>b',
        'open:c t=s',
        'open:v',
        'text:A & B é€',
        'close:v',
        'close:c',
        'open:is',
        'text:<raw>',
        'close:is',
        'open:e/',
        'close:row',
    ];
    it('reads tags, attributes, entities, comments and CDATA, namespace prefixes dropped', () => {
        expect(tokens([document])).to.deep.equal(expected);
    });
    it('gives the same tokens wherever the chunks are cut', () => {
        for (const chunks of everySplit(document))
            expect(tokens(chunks), JSON.stringify(chunks)).to.deep.equal(expected);
    });
    it('refuses a DOCTYPE (no entity expansion) and an overlong tag', () => {
        expect(() => tokens(['<!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>'])).to.throw(XmlFormatError, /DOCTYPE/);
        expect(() => tokens([`<x a="${'a'.repeat(70 * 1024)}">`])).to.throw(XmlFormatError, /longer than/);
        expect(() => tokens(['<x a="1"'])).to.throw(XmlFormatError, /ends inside a tag/);
    });
});
describe('uploads: streaming XLSX reader', () => {
    it('reads shared strings (rich text runs, phonetic runs left out), inline strings, numbers, booleans, errors and dates', async () => {
        const strings = partFromText('xl/sharedStrings.xml', `<sst xmlns="${NS}"><si><t>Nom</t></si><si><t>Note</t></si><si><r><t>Café </t></r><r><rPr><b/></rPr><t>Hélène</t></r><rPh><t>KAFE</t></rPh></si><si><t>Adresse</t></si><si><t>Créé</t></si></sst>`);
        const styles = partFromText('xl/styles.xml', `<styleSheet xmlns="${NS}"><numFmts><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><cellStyleXfs><xf numFmtId="14"/></cellStyleXfs><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/><xf numFmtId="2"/></cellXfs></styleSheet>`);
        const rows = [
            '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>3</v></c><c r="D1" t="s"><v>4</v></c></row>',
            '<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" s="3"><v>4.5</v></c><c r="C2" t="inlineStr"><is><t>1 rue </t><r><t>de Lyon</t></r></is></c><c r="D2" s="1"><v>45293</v></c></row>',
            '<row r="4"><c r="A4" t="str"><f>UPPER("x")</f><v>GLOBEX</v></c><c r="B4" t="e"><v>#DIV/0!</v></c><c r="C4" t="b"><v>1</v></c><c r="D4" s="2"><v>45293.5</v></c></row>',
        ].join('');
        const parts = workbookParts(sheet(rows), strings);
        parts.push(styles);
        const parsed = await parseParts(parts);
        expect(parsed.mapping).to.deep.equal({ name: 'Nom', rating: 'Note', address: 'Adresse' });
        expect(parsed.rows.map((row) => [row.name, row.rating, row.address])).to.deep.equal([
            ['Café Hélène', 4.5, '1 rue de Lyon'],
            ['GLOBEX', null, 'TRUE'],
        ]);
        expect(parsed.warnings).to.include('Row 4: "#DIV/0!" in Note treated as empty');
        expect(parsed.warnings).to.include('Column "Créé" not recognised, ignored');
    });
    it('reads dates with the 1904 system, t="d" cells and hyperlinks (relationship and range)', async () => {
        const rows = '<row r="1"><c r="A1" t="inlineStr"><is><t>name</t></is></c><c r="B1" t="inlineStr"><is><t>website</t></is></c><c r="C1" t="inlineStr"><is><t>address</t></is></c></row>' +
            '<row r="2"><c r="A2" t="inlineStr"><is><t>Acme</t></is></c><c r="B2" t="inlineStr"><is><t>our site</t></is></c><c r="C2" s="1"><v>0</v></c></row>' +
            '<row r="3"><c r="A3" t="inlineStr"><is><t>Globex</t></is></c><c r="B3" t="inlineStr"><is><t>site</t></is></c><c r="C3" t="d"><v>2024-03-04T10:30:00</v></c></row>';
        const parts = workbookParts(sheet(rows, '<hyperlinks><hyperlink ref="B2:B3" r:id="rId7" xmlns:r="x"/></hyperlinks>'), null);
        parts.push(partFromText('xl/worksheets/_rels/sheet1.xml.rels', '<Relationships><Relationship Id="rId7" Target="https://acme.example/" TargetMode="External"/></Relationships>'));
        parts.push(partFromText('xl/styles.xml', `<styleSheet xmlns="${NS}"><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>`));
        const workbook = parts.findIndex((part) => part.name === 'xl/workbook.xml');
        parts[workbook] = partFromText('xl/workbook.xml', `<workbook xmlns="${NS}" xmlns:r="r"><workbookPr date1904="1"/><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`);
        const parsed = await parseParts(parts);
        expect(parsed.rows.map((row) => [row.name, row.website, row.address])).to.deep.equal([
            ['Acme', 'https://acme.example/', '1904-01-01'],
            ['Globex', 'https://acme.example/', '2024-03-04 10:30:00'],
        ]);
    });
    it('stops at the row limit while reading: rows past it are never parsed (a broken tail is not reached)', async () => {
        const pieces = [...inlineSheetPieces(30, (index) => [index === 0 ? 'name' : `C${index}`])];
        // Cut the closing tags off and end inside a tag: reading it all would be MALFORMED_FILE.
        const broken = pieces.join('').replace('</sheetData></worksheet>', '<row r="99"><c t="inlineStr"');
        const parts = workbookParts(partFromPieces('xl/worksheets/sheet1.xml', [broken]), null);
        await expectInvalid(parseParts(parts, { maxRows: 5 }), 'TOO_MANY_ROWS', /more than 5 data rows/);
        await expectInvalid(parseParts(parts, { maxRows: 100 }), 'MALFORMED_FILE', /damaged/);
    });
    it('refuses a part that inflates past its declared size (zip bomb), before the unpacked limit', async () => {
        await expectInvalid(parseCompanyFile({ filename: 'bomb.xlsx', data: sharedStringsBomb(64) }), 'FILE_TOO_LARGE', /sharedStrings\.xml unpacks to more than the 1 KB its ZIP directory declares/);
    });
});
describe('uploads: CSV bounds', () => {
    it('chooses the delimiter from whole lines of a bounded prefix', () => {
        const text = `nom;site\n${'Acme;acme.example\n'.repeat(10_000)}`;
        const sample = delimiterSample(text);
        expect(sample.length).to.be.at.most(64 * 1024);
        expect(sample.endsWith('\n')).to.equal(true);
        expect(chooseCsvDelimiter(sample)).to.equal(';');
    });
    it('finds a record wider than the limit, following quotes as the parser does', () => {
        expect(findTooWideRecord('a,b\nc,d,e\n', ',', 2)).to.equal(2);
        expect(findTooWideRecord('a,"b,c,d"\n', ',', 2)).to.equal(null);
        expect(findTooWideRecord('a,"b\nc,d,e"\nf,g\n', ',', 2)).to.equal(null);
        expect(findTooWideRecord('x"y,a,b,c', ',', 3), 'a quote inside a field opens nothing').to.equal(1);
    });
});
//# sourceMappingURL=uploads-streaming.test.js.map