/**
 * Hostile and huge uploads through the real `POST /uploads` route of an in-process gateway
 * (open mode, embedded bus): cross-origin forms, a zip bomb that lies about its size, a big
 * honest workbook and a huge CSV line, with the gateway's memory and `/healthz` watched while
 * they are read.
 */
import { expect } from 'chai';
import { startInProcessGateway, UPLOAD_CSRF_HEADER, uploadFile } from '../helpers/in-process-gateway.js';
import { inlineSheetPieces, partFromPieces, sharedStringsBomb, wideSharedStringsWorkbook, workbookParts, zipArchive } from '../helpers/xlsx-builder.js';
import { runOnce, socketClient } from '../helpers/security.js';
const LISTED_ORIGIN = 'https://crm.example.com';
const CSRF_HEADER = UPLOAD_CSRF_HEADER;
const MiB = 1024 * 1024;
function upload(url, data, filename, headers = CSRF_HEADER) {
    return uploadFile(url, data, filename, headers);
}
/**
 * Lets the loop run after building a big file synchronously: a keep-alive socket the gateway
 * closed meanwhile (idle past its keep-alive timeout) is then seen closed, instead of being
 * reused by the next fetch and reset under it.
 */
function afterBuilding() {
    return new Promise((resolve) => setTimeout(resolve, 300));
}
/** Prints a measured figure (the closing note quotes them). */
function figure(label, growthBytes, extra = '') {
    console.log(`      [figure] ${label}: RSS +${Math.round(growthBytes / MiB)} MiB${extra}`);
}
/** Samples this process's RSS (the gateway and its parse workers live here) until stopped. */
function watchMemory() {
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const timer = setInterval(() => {
        peak = Math.max(peak, process.memoryUsage().rss);
    }, 20);
    return {
        stop() {
            clearInterval(timer);
            peak = Math.max(peak, process.memoryUsage().rss);
            return peak - baseline;
        },
    };
}
/**
 * Asks `/healthz` over HTTP, and `{ __typename }` over a live graphql-ws connection, again and
 * again until `done` settles; counts the answers of each received before that.
 */
async function answersDuring(url, done) {
    let finished = false;
    const result = done.finally(() => {
        finished = true;
    });
    let answered = 0;
    let socketAnswered = 0;
    const poll = (async () => {
        while (!finished) {
            const res = await fetch(`${url}/healthz`);
            await res.text();
            if (res.status === 200 && !finished)
                answered++;
            await new Promise((resolve) => setTimeout(resolve, 10));
        }
    })();
    const client = socketClient(url);
    const socketPoll = (async () => {
        try {
            while (!finished) {
                const outcome = await runOnce(client, '{ __typename }');
                if (outcome.results[0]?.data?.__typename === 'Query' && !finished)
                    socketAnswered++;
                await new Promise((resolve) => setTimeout(resolve, 10));
            }
        }
        finally {
            await client.dispose();
        }
    })();
    const value = await result;
    await Promise.all([poll, socketPoll]);
    return { result: value, answered, socketAnswered };
}
/** A workbook of `rows` companies, each row with a `description` of `descriptionChars` (an ignored column). */
function bigWorkbook(rows, descriptionChars) {
    const words = 'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor ';
    const description = words.repeat(Math.ceil(descriptionChars / words.length)).slice(0, descriptionChars);
    const sheet = partFromPieces('xl/worksheets/sheet1.xml', inlineSheetPieces(rows + 1, (index) => index === 0 ? ['name', 'website', 'description'] : [`Company ${index}`, `company-${index}.example`, `${index} ${description}`]));
    const parts = workbookParts(sheet, null);
    return { data: zipArchive(parts), unpackedBytes: parts.reduce((total, part) => total + part.realSize, 0) };
}
describe('uploads: hostile and huge files (in-process gateway, open mode)', function () {
    this.timeout(240_000);
    let started;
    let url;
    before(async () => {
        started = await startInProcessGateway({ security: { corsOrigins: [LISTED_ORIGIN], production: false } });
        url = started.url;
    });
    after(() => started?.stop());
    describe('CSRF and Origin rules, as on /graphql', () => {
        const csv = 'name,website\nAcme,acme.example\n';
        it('refuses a cross-origin form POST (Origin: http://evil.example) with 403 ORIGIN_NOT_ALLOWED', async () => {
            const answer = await upload(url, csv, 'c.csv', { origin: 'http://evil.example', ...CSRF_HEADER });
            expect(answer.status).to.equal(403);
            expect(answer.body.code).to.equal('ORIGIN_NOT_ALLOWED');
            const bare = await upload(url, csv, 'c.csv', { origin: 'http://evil.example' });
            expect(bare.status).to.equal(403);
            const opaque = await upload(url, csv, 'c.csv', { origin: 'null', ...CSRF_HEADER });
            expect(opaque.status, 'a sandboxed page sends Origin: null').to.equal(403);
        });
        it('refuses a simple multipart POST without the preflight header with 400 CSRF_PREVENTED', async () => {
            const answer = await upload(url, csv, 'c.csv', {});
            expect(answer.status).to.equal(400);
            expect(answer.body.code).to.equal('CSRF_PREVENTED');
            expect(answer.body.error).to.match(/apollo-require-preflight/);
        });
        it("accepts the same upload with the header, from the gateway's own origin and from a listed one", async () => {
            expect((await upload(url, csv, 'c.csv')).status).to.equal(201);
            expect((await upload(url, csv, 'c.csv', { origin: url, ...CSRF_HEADER })).status).to.equal(201);
            expect((await upload(url, csv, 'c.csv', { origin: LISTED_ORIGIN, 'x-apollo-operation-name': 'upload' })).status).to.equal(201);
        });
    });
    describe('a zip bomb that lies about its size', () => {
        let bomb;
        before(async () => {
            bomb = sharedStringsBomb(2048);
            await afterBuilding();
        });
        it('is a 2-3 MB file whose sharedStrings.xml declares 1 KiB and inflates to 2 GiB', () => {
            expect(bomb.length).to.be.within(1.5 * MiB, 3 * MiB);
        });
        it("gets 413 FILE_TOO_LARGE naming the part, with the gateway's memory bounded", async () => {
            const memory = watchMemory();
            const answer = await upload(url, bomb, 'bomb.xlsx');
            const growth = memory.stop();
            figure('one zip bomb', growth);
            expect(answer.status).to.equal(413);
            expect(answer.body.code).to.equal('FILE_TOO_LARGE');
            expect(answer.body.error).to.match(/xl\/sharedStrings\.xml unpacks to more than the 1 KB its ZIP directory declares/);
            expect(growth, `RSS grew by ${Math.round(growth / MiB)} MiB`).to.be.below(300 * MiB);
        });
        it('two at once are both refused and the gateway keeps answering', async () => {
            const memory = watchMemory();
            const { result: answers, answered } = await answersDuring(url, Promise.all([upload(url, bomb, 'a.xlsx'), upload(url, bomb, 'b.xlsx')]));
            const growth = memory.stop();
            figure('two zip bombs at once', growth, `, /healthz answered ${answered} times meanwhile`);
            expect(answers.map((answer) => answer.status)).to.deep.equal([413, 413]);
            expect(growth, `RSS grew by ${Math.round(growth / MiB)} MiB`).to.be.below(300 * MiB);
            expect(answered).to.be.at.least(1);
            expect((await fetch(`${url}/healthz`)).status).to.equal(200);
        });
    });
    describe('big honest files do not freeze the gateway', () => {
        it('reads a workbook of ~100 MiB unpacked (10000 rows, long texts) while /healthz and graphql-ws keep answering', async () => {
            const { data: workbook, unpackedBytes } = bigWorkbook(10_000, 10_000);
            await afterBuilding();
            expect(unpackedBytes).to.be.within(90 * MiB, 128 * MiB);
            const memory = watchMemory();
            const { result: answer, answered, socketAnswered } = await answersDuring(url, upload(url, workbook, 'big.xlsx'));
            const growth = memory.stop();
            figure(`XLSX of ${Math.round(unpackedBytes / MiB)} MiB unpacked (${Math.round(workbook.length / MiB)} MiB file)`, growth, `, /healthz answered ${answered} times, graphql-ws ${socketAnswered} times meanwhile`);
            expect(answer.status, answer.body.error).to.equal(201);
            expect(answer.body.rows).to.equal(10_000);
            expect(answered, '/healthz answers received while the upload was being read').to.be.at.least(3);
            expect(socketAnswered, 'graphql-ws answers received meanwhile').to.be.at.least(3);
            expect(growth, `RSS grew by ${Math.round(growth / MiB)} MiB`).to.be.below(600 * MiB);
        });
        it('reads a wide export of ~90 MiB unpacked (10000 rows x 100 columns of shared strings) in bounded memory', async () => {
            const { data: workbook, unpackedBytes } = wideSharedStringsWorkbook(10_000, 100);
            await afterBuilding();
            expect(unpackedBytes).to.be.within(80 * MiB, 128 * MiB);
            const memory = watchMemory();
            const { result: answer, answered, socketAnswered } = await answersDuring(url, upload(url, workbook, 'wide.xlsx'));
            const growth = memory.stop();
            figure(`wide XLSX of ${Math.round(unpackedBytes / MiB)} MiB unpacked (${Math.round(workbook.length / MiB)} MiB file, 1M cells)`, growth, `, /healthz answered ${answered} times, graphql-ws ${socketAnswered} times meanwhile`);
            expect(answer.status, answer.body.error).to.equal(201);
            expect(answer.body.rows).to.equal(10_000);
            expect(answered).to.be.at.least(3);
            expect(socketAnswered).to.be.at.least(3);
            expect(growth, `RSS grew by ${Math.round(growth / MiB)} MiB`).to.be.below(600 * MiB);
        });
        it('refuses a 14.5 MB line of commas with 422 MALFORMED_FILE while /healthz keeps answering', async () => {
            const line = `name${','.repeat(14.5 * 1000 * 1000)}\n`;
            await afterBuilding();
            const memory = watchMemory();
            const { result: answer, answered } = await answersDuring(url, upload(url, line, 'commas.csv'));
            const growth = memory.stop();
            figure('14.5 MB line of commas', growth, `, /healthz answered ${answered} times meanwhile`);
            expect(answer.status).to.equal(422);
            expect(answer.body.code).to.equal('MALFORMED_FILE');
            expect(answer.body.error).to.match(/line 1 has more than 16384 columns/);
            expect(answered).to.be.at.least(1);
            expect(growth, `RSS grew by ${Math.round(growth / MiB)} MiB`).to.be.below(300 * MiB);
        });
        it('refuses a workbook over the row limit with 413 TOO_MANY_ROWS', async () => {
            const sheet = partFromPieces('xl/worksheets/sheet1.xml', inlineSheetPieces(200_001, (index) => [index === 0 ? 'name' : `C${index}`]));
            await afterBuilding();
            const answer = await upload(url, zipArchive(workbookParts(sheet, null)), 'rows.xlsx');
            expect(answer.status).to.equal(413);
            expect(answer.body).to.include({ code: 'TOO_MANY_ROWS' });
            expect(answer.body.error).to.match(/more than 10000 data rows/);
        });
    });
});
//# sourceMappingURL=security-uploads.test.js.map