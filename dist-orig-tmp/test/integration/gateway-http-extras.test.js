/**
 * HTTP routes beside GraphQL, on gateways started in this process over the embedded bus (no
 * actor service: companies without a website are all an analysis needs to complete):
 * `GET /schema.graphql`, the CSV export's `?delimiter=`, the upload preview's duplicates and
 * the job label they lead to.
 */
import { expect } from 'chai';
import { parse as parseCsv } from 'csv-parse/sync';
import fs from 'node:fs';
import { EmbeddedBus } from '../../bus/embedded-bus.js';
import { startGateway } from '../../gateway/gateway.js';
import { SCHEMA_FILE } from '../../scripts/emit-schema.js';
import { gqlData } from '../helpers/graphql.js';
import { bearer } from '../helpers/security.js';
import { tempDir } from '../helpers/temp.js';
const KEY = 'pl_test_schema_key_00000000';
async function start(security) {
    const data = tempDir('pl-http-extras');
    const bus = new EmbeddedBus();
    const gateway = await startGateway({ bus, port: 0, dataDir: data.path, security, warn: () => undefined });
    return { gateway, bus, data };
}
async function stop(started) {
    if (!started)
        return;
    await started.gateway.close();
    await started.bus.close();
    started.data.remove();
}
describe('GET /schema.graphql', function () {
    this.timeout(30_000);
    const committed = fs.readFileSync(SCHEMA_FILE, 'utf8');
    it('serves the committed SDL as UTF-8 text, without a key even when keys are on (like /graphiql)', async () => {
        const started = await start({ apiKeys: [KEY], production: false });
        try {
            const res = await fetch(`${started.gateway.url}/schema.graphql`);
            expect(res.status).to.equal(200);
            expect(res.headers.get('content-type')).to.equal('text/plain; charset=utf-8');
            expect(await res.text()).to.equal(committed);
            const head = await fetch(`${started.gateway.url}/schema.graphql`, { method: 'HEAD' });
            expect(head.status).to.equal(200);
            expect(Number(head.headers.get('content-length'))).to.equal(Buffer.byteLength(committed));
            const post = await fetch(`${started.gateway.url}/schema.graphql`, { method: 'POST', body: 'x' });
            expect(post.status).to.equal(404);
            expect((await fetch(`${started.gateway.url}/graphql`, { method: 'POST' })).status, 'the API still needs the key').to.equal(401);
        }
        finally {
            await stop(started);
        }
    });
    it('is off when introspection is (production), and on again with the introspection switch', async () => {
        const production = await start({ apiKeys: [KEY], production: true });
        try {
            for (const headers of [{}, bearer(KEY)]) {
                const res = await fetch(`${production.gateway.url}/schema.graphql`, { headers });
                expect(res.status).to.equal(404);
                expect(await res.json())
                    .to.have.property('error')
                    .that.matches(/PROSPECTLAB_INTROSPECTION/);
            }
        }
        finally {
            await stop(production);
        }
        const reopened = await start({ apiKeys: [KEY], production: true, introspection: true });
        try {
            const res = await fetch(`${reopened.gateway.url}/schema.graphql`);
            expect(res.status).to.equal(200);
            expect(await res.text()).to.equal(committed);
        }
        finally {
            await stop(reopened);
        }
    });
});
describe('uploads, labels and CSV delimiters over HTTP (open mode)', function () {
    this.timeout(30_000);
    let started;
    let url;
    before(async () => {
        started = await start({ production: false });
        url = started.gateway.url;
    });
    after(() => stop(started));
    async function uploadCsv(filename, text) {
        const form = new FormData();
        form.append('file', new Blob([text], { type: 'text/csv' }), filename);
        const res = await fetch(`${url}/uploads`, { method: 'POST', body: form, headers: { 'apollo-require-preflight': '1' } });
        expect(res.status).to.equal(201);
        return (await res.json());
    }
    /** Starts an analysis and waits for it to complete (companies without a website complete at once). */
    async function analyse(input) {
        const { startAnalysis } = await gqlData(url, 'mutation ($input: StartAnalysisInput!) { startAnalysis(input: $input) { id } }', { input });
        const { job } = await gqlData(url, 'query ($id: ID!) { job(id: $id) { id status label duplicates } }', { id: startAnalysis.id });
        expect(job.status).to.equal('COMPLETED');
        return job;
    }
    it("previews exactly the duplicates the analysis drops, with file row numbers, and labels the job with the file's name", async () => {
        const csv = [
            'Nom;Adresse',
            'Garage Martin;2 rue Neuve',
            'Fleuriste Rose;1 quai Sud',
            '',
            'GARAGE MARTIN;2, rue Neuve',
            'Garage Martin;3 rue Neuve',
            'fleuriste rose;1 Quai Sud',
        ].join('\r\n');
        const up = await uploadCsv('entreprises lyon.csv', csv);
        expect(up.rows).to.equal(5);
        expect(up.duplicates).to.deep.equal({
            count: 2,
            rows: [
                { row: 5, name: 'GARAGE MARTIN', website: null, matchedBy: 'name', key: 'garage martin|2 rue neuve', keptRow: 2, keptName: 'Garage Martin' },
                { row: 7, name: 'fleuriste rose', website: null, matchedBy: 'name', key: 'fleuriste rose|1 quai sud', keptRow: 3, keptName: 'Fleuriste Rose' },
            ],
        });
        const job = await analyse({ uploadId: up.uploadId });
        expect(job.duplicates).to.equal(up.duplicates.count);
        expect(job.label).to.equal('entreprises lyon.csv');
        const jobs = await gqlData(url, '{ jobs(first: 5) { nodes { id label } } }');
        expect(jobs.jobs.nodes.find((n) => n.id === job.id).label).to.equal('entreprises lyon.csv');
        const exported = (await (await fetch(`${url}/jobs/${job.id}/export.json`)).json());
        expect(exported.job.label).to.equal('entreprises lyon.csv');
        const relabelled = await analyse({ uploadId: up.uploadId, label: ' Relance  ' });
        expect(relabelled.label).to.equal('Relance');
    });
    it('writes the CSV export with the asked delimiter, the same cells and the BOM, and refuses others with 400', async () => {
        const job = await analyse({ companies: [{ name: 'Dupont; Fils' }, { name: 'Café, "Chez Léa"', address: '1\tplace' }] });
        const comma = await fetch(`${url}/jobs/${job.id}/export.csv`);
        // Response.text() drops a BOM: read the bytes.
        const commaText = Buffer.from(await comma.arrayBuffer()).toString('utf8');
        expect(commaText.charCodeAt(0)).to.equal(0xfeff);
        const cells = parseCsv(commaText, { bom: true });
        expect(cells.map((row) => row[0])).to.deep.equal(['name', 'Dupont; Fils', 'Café, "Chez Léa"']);
        for (const [query, delimiter] of [
            ['%3B', ';'],
            ['semicolon', ';'],
            ['%09', '\t'],
            ['tab', '\t'],
            ['%2C', ','],
        ]) {
            const res = await fetch(`${url}/jobs/${job.id}/export.csv?delimiter=${query}`);
            expect(res.status, query).to.equal(200);
            expect(res.headers.get('content-type')).to.equal('text/csv; charset=utf-8');
            const text = Buffer.from(await res.arrayBuffer()).toString('utf8');
            expect(text.startsWith(`\uFEFFname${delimiter}`), query).to.equal(true);
            expect(parseCsv(text, { bom: true, delimiter }), query).to.deep.equal(cells);
        }
        for (const query of ['%7C', '', '%3B%3B', 'x'.repeat(3000)]) {
            const res = await fetch(`${url}/jobs/${job.id}/export.csv?delimiter=${query}`);
            expect(res.status, query.slice(0, 10)).to.equal(400);
            const body = (await res.json());
            expect(body.code).to.equal('BAD_REQUEST');
            expect(body.error).to.match(/delimiter must be/);
            expect(body.error.length).to.be.below(200);
        }
        const xlsx = await fetch(`${url}/jobs/${job.id}/export.xlsx?delimiter=%7C`);
        await xlsx.body?.cancel();
        expect(xlsx.status, 'the delimiter is a CSV matter only').to.equal(200);
        expect((await fetch(`${url}/healthz`)).status).to.equal(200);
    });
});
//# sourceMappingURL=gateway-http-extras.test.js.map