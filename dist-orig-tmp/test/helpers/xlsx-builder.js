/**
 * Builds XLSX files byte by byte for the upload tests: honest workbooks of any size (sheet XML
 * generated and deflated in pieces, never held whole) and zip bombs whose ZIP directory lies
 * about a part's size.
 */
import zlib from 'node:zlib';
const FULL_FLUSH = { finishFlush: zlib.constants.Z_FULL_FLUSH };
/** A final, empty, fixed-Huffman deflate block: ends a stream of full-flushed segments. */
const FINAL_BLOCK = Buffer.from([0x03, 0x00]);
/** A part from text pieces, each deflated on its own (full flush), so no piece is kept after use. */
export function partFromPieces(name, pieces) {
    const segments = [];
    let crc = 0;
    let size = 0;
    for (const piece of pieces) {
        const bytes = Buffer.from(piece, 'utf8');
        crc = zlib.crc32(bytes, crc);
        size += bytes.length;
        segments.push(zlib.deflateRawSync(bytes, { ...FULL_FLUSH, level: 6 }));
    }
    segments.push(FINAL_BLOCK);
    return { name, compressed: Buffer.concat(segments), crc32: crc, realSize: size };
}
export function partFromText(name, text) {
    return partFromPieces(name, [text]);
}
/**
 * A part that inflates to `prefix` then `repeatMiB` MiB of `fill` (the deflated MiB segment is
 * repeated, which costs nothing to build), declared as `declaredSize` bytes.
 */
export function bombPart(name, prefix, fill, repeatMiB, declaredSize) {
    const mib = Buffer.alloc(1024 * 1024, fill);
    const segment = zlib.deflateRawSync(mib, { ...FULL_FLUSH, level: 9 });
    const head = zlib.deflateRawSync(Buffer.from(prefix, 'utf8'), { ...FULL_FLUSH, level: 9 });
    const compressed = Buffer.concat([head, ...Array.from({ length: repeatMiB }, () => segment), FINAL_BLOCK]);
    return { name, compressed, crc32: 0, realSize: prefix.length + repeatMiB * mib.length, declaredSize };
}
/** The ZIP archive of the parts (deflate, no data descriptors, no ZIP64: parts under 4 GiB as declared). */
export function zipArchive(parts) {
    const locals = [];
    const centrals = [];
    let offset = 0;
    for (const part of parts) {
        const name = Buffer.from(part.name, 'utf8');
        const declared = part.declaredSize ?? part.realSize;
        const local = Buffer.alloc(30);
        local.writeUInt32LE(0x04034b50, 0);
        local.writeUInt16LE(20, 4);
        local.writeUInt16LE(0x0800, 6); // UTF-8 names
        local.writeUInt16LE(8, 8); // deflate
        local.writeUInt32LE(part.crc32 >>> 0, 14);
        local.writeUInt32LE(part.compressed.length, 18);
        local.writeUInt32LE(declared, 22);
        local.writeUInt16LE(name.length, 26);
        locals.push(local, name, part.compressed);
        const central = Buffer.alloc(46);
        central.writeUInt32LE(0x02014b50, 0);
        central.writeUInt16LE(20, 4);
        central.writeUInt16LE(20, 6);
        central.writeUInt16LE(0x0800, 8);
        central.writeUInt16LE(8, 10);
        central.writeUInt32LE(part.crc32 >>> 0, 16);
        central.writeUInt32LE(part.compressed.length, 20);
        central.writeUInt32LE(declared, 24);
        central.writeUInt16LE(name.length, 28);
        central.writeUInt32LE(offset, 42);
        centrals.push(central, name);
        offset += local.length + name.length + part.compressed.length;
    }
    const directory = Buffer.concat(centrals);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(parts.length, 8);
    end.writeUInt16LE(parts.length, 10);
    end.writeUInt32LE(directory.length, 12);
    end.writeUInt32LE(offset, 16);
    return Buffer.concat([...locals, directory, end]);
}
const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
/** The parts every workbook of one sheet needs, around its sheet and shared strings parts. */
export function workbookParts(sheet, sharedStrings) {
    return [
        partFromText('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>${sharedStrings ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : ''}</Types>`),
        partFromText('_rels/.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
        partFromText('xl/workbook.xml', `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${NS}" xmlns:r="${REL_NS}"><sheets><sheet name="Companies" sheetId="1" r:id="rId1"/></sheets></workbook>`),
        partFromText('xl/_rels/workbook.xml.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/>${sharedStrings ? `<Relationship Id="rId2" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/>` : ''}</Relationships>`),
        ...(sharedStrings ? [sharedStrings] : []),
        sheet,
    ];
}
/** `A`, `B`, … `Z`, `AA` for a 0-based column. */
function columnLetters(column) {
    let letters = '';
    for (let rest = column + 1; rest > 0; rest = Math.floor((rest - 1) / 26))
        letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
    return letters;
}
/** Sheet XML from rows of inline-string cells (with their references, as Excel writes them), produced row by row. */
export function* inlineSheetPieces(rowCount, cellsOf) {
    yield `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}"><sheetData>`;
    let batch = '';
    for (let index = 0; index < rowCount; index++) {
        const cells = cellsOf(index)
            .map((text, column) => `<c r="${columnLetters(column)}${index + 1}" t="inlineStr"><is><t>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</t></is></c>`)
            .join('');
        batch += `<row r="${index + 1}">${cells}</row>`;
        if (batch.length > 1024 * 1024) {
            yield batch;
            batch = '';
        }
    }
    yield `${batch}</sheetData></worksheet>`;
}
/** The sharedStrings bomb of the issue: declared as 1 KiB, inflating to `inflatedMiB` MiB. */
export function sharedStringsBomb(inflatedMiB) {
    const sheet = partFromText('xl/worksheets/sheet1.xml', `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c></row></sheetData></worksheet>`);
    const strings = bombPart('xl/sharedStrings.xml', `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${NS}" count="2" uniqueCount="2"><si><t>name</t></si><si><t>`, 'A', inflatedMiB, 1024);
    return zipArchive(workbookParts(sheet, strings));
}
/**
 * A workbook laid out like a wide Google Maps export: `rows` data rows under a header of
 * `columns` columns (`name`, then `col1`…), every cell a distinct shared string.
 */
export function wideSharedStringsWorkbook(rows, columns) {
    function* strings() {
        yield `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${NS}">`;
        let batch = '';
        for (let row = 0; row <= rows; row++) {
            for (let column = 0; column < columns; column++) {
                const text = row === 0 ? (column === 0 ? 'name' : `col${column}`) : `value ${row} ${column} lorem ipsum dolor sit amet`;
                batch += `<si><t>${text}</t></si>`;
            }
            if (batch.length > 1024 * 1024) {
                yield batch;
                batch = '';
            }
        }
        yield `${batch}</sst>`;
    }
    function* sheet() {
        yield `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${NS}"><sheetData>`;
        let batch = '';
        for (let row = 0; row <= rows; row++) {
            batch += `<row r="${row + 1}">`;
            for (let column = 0; column < columns; column++)
                batch += `<c r="${columnLetters(column)}${row + 1}" t="s"><v>${row * columns + column}</v></c>`;
            batch += '</row>';
            if (batch.length > 1024 * 1024) {
                yield batch;
                batch = '';
            }
        }
        yield `${batch}</sheetData></worksheet>`;
    }
    const parts = workbookParts(partFromPieces('xl/worksheets/sheet1.xml', sheet()), partFromPieces('xl/sharedStrings.xml', strings()));
    return { data: zipArchive(parts), unpackedBytes: parts.reduce((total, part) => total + part.realSize, 0) };
}
//# sourceMappingURL=xlsx-builder.js.map