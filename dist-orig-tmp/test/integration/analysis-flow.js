/**
 * The analysis flow as a user runs it: upload a company file, start the analysis, watch its
 * events, read the reports and download the exports. Shared by the distributed (NATS) and
 * embedded suites.
 */
import { expect } from 'chai';
import ExcelJS from 'exceljs';
import { parse as parseCsv } from 'csv-parse/sync';
import { serveCompanySites } from '../fixtures/company-sites.js';
import { collect, gql, gqlData, within, wsClient } from '../helpers/graphql.js';
export const ANALYSIS_SUBSCRIPTION = `subscription ($jobId: ID!, $afterSeq: Int) {
  analysisEvents(jobId: $jobId, afterSeq: $afterSeq) {
    __typename seq at jobId
    ... on AnalysisStarted { total }
    ... on AnalysisProgress { current total percentage message company }
    ... on AnalysisItemFailed { company error }
    ... on AnalysisCompleted { total succeeded failed durationMs }
    ... on AnalysisFailed { error }
    ... on AnalysisCancelled { current total }
  }
}`;
export const START_ANALYSIS = `mutation ($input: StartAnalysisInput!) { startAnalysis(input: $input) { id kind status } }`;
export const JOB_COMPANIES = `query ($id: ID!) { job(id: $id) { id status progress duplicates label companies {
  index name website finalUrl status error title description language
  emails { address pageUrl context kind ownDomain }
  phones { number raw pageUrl }
  socialProfiles { network url }
  technologies { name categories version confidence }
  sector opportunity { score level reasons }
  pagesVisited httpStatus https responseTimeMs
  organization { name legalName email telephone sameAs }
  openGraph { property content }
  faviconUrl category address inputPhone country
} } }`;
export async function upload(baseUrl, filename, data, type) {
    const form = new FormData();
    form.append('file', new Blob([data], { type }), filename);
    const res = await fetch(`${baseUrl}/uploads`, { method: 'POST', body: form, headers: { 'apollo-require-preflight': '1' } });
    return { status: res.status, body: await res.json() };
}
/** A French Google-Maps-like CSV (`;`, French headers) naming the fixture sites. */
export function frenchCsv(sites) {
    const u = sites.urls;
    return [
        'Nom;Site web;Catégorie;Adresse;Téléphone;Pays',
        `Boulangerie Martin;${u.boulangerie};Boulangerie;12 rue des Martyrs, 75009 Paris;01 42 68 53 00;France`,
        `Cabinet Durand Avocats;${u.avocats};Avocat;5 place Bellecour, 69002 Lyon;04 72 10 20 30;France`,
        `Garage Dupont;${u.garage};Garage automobile;8 avenue Jean Jaurès, 69007 Lyon;04 78 12 34 56;France`,
        `Brightloop;${u.startup};Software company;1 Old Street, London;;Royaume-Uni`,
        `Transports Disparus;${sites.unreachableUrl};Transport;;;France`,
        `Fleuriste sans site;;Fleuriste;3 rue Mercière, 69002 Lyon;;France`,
        `Boulangerie Martin (doublon);${u.boulangerie}contact.html;Boulangerie;;;France`,
    ].join('\r\n');
}
export async function companiesXlsx(sites) {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Companies');
    sheet.addRow(['name', 'website', 'category', 'address', 'phone', 'country']);
    sheet.addRow(['Boulangerie Martin', sites.urls.boulangerie, 'Bakery', 'Paris', '', 'FR']);
    sheet.addRow(['Cabinet Durand Avocats', { text: 'cabinet-durand', hyperlink: sites.urls.avocats }, 'Law firm', 'Lyon', '', 'FR']);
    sheet.addRow(['Brightloop', sites.urls.startup, 'Software', 'London', '', 'GB']);
    sheet.addRow(['Transports Disparus', sites.unreachableUrl, 'Transport', '', '', 'FR']);
    return Buffer.from(await workbook.xlsx.writeBuffer());
}
/** Runs one analysis to its end and returns its events and reports. */
export async function analyseToEnd(baseUrl, client, input) {
    const { startAnalysis } = await gqlData(baseUrl, START_ANALYSIS, { input });
    expect(startAnalysis.kind).to.equal('ANALYSIS');
    const sub = collect(client, ANALYSIS_SUBSCRIPTION, { jobId: startAnalysis.id }, 'analysisEvents');
    await within(sub.done, 120_000, 'the analysis to end');
    expect(sub.errors).to.deep.equal([]);
    const { job } = await gqlData(baseUrl, JOB_COMPANIES, { id: startAnalysis.id });
    return { jobId: startAnalysis.id, events: sub.events, job };
}
export function assertAnalysisStream(events, total, failed) {
    expect(events.map((e) => e.seq)).to.deep.equal(events.map((_, i) => i + 1));
    expect(events[0]).to.include({ __typename: 'AnalysisStarted', total });
    const terminals = events.filter((e) => ['AnalysisCompleted', 'AnalysisFailed', 'AnalysisCancelled'].includes(e.__typename));
    expect(terminals).to.have.length(1);
    expect(events.at(-1)).to.include({ __typename: 'AnalysisCompleted', total, failed, succeeded: total - failed });
    const progress = events.filter((e) => e.__typename === 'AnalysisProgress');
    const currents = progress.map((e) => e.current);
    expect(currents).to.deep.equal([...currents].sort((a, b) => a - b), 'current never goes back');
    expect(progress.at(-1)).to.include({ current: total, total, percentage: 100 });
    expect(events.filter((e) => e.__typename === 'AnalysisItemFailed')).to.have.length(failed);
}
const byName = (job, name) => {
    const c = job.companies.find((x) => x.name === name);
    expect(c, `company ${name}`).to.exist;
    return c;
};
const addresses = (c) => c.emails.map((e) => e.address).sort();
const numbers = (c) => c.phones.map((p) => p.number).sort();
const networks = (c) => c.socialProfiles.map((s) => `${s.network} ${s.url}`).sort();
const tech = (c, name) => c.technologies.find((t) => t.name === name);
/** What the fixture sites must yield (test/fixtures/sites/companies/). */
export function assertFixtureReports(job) {
    const bakery = byName(job, 'Boulangerie Martin');
    expect(bakery.status).to.equal('OK');
    expect(addresses(bakery)).to.deep.equal(['contact@boulangerie-martin.fr', 'sophie.martin@boulangerie-martin.fr']);
    expect(bakery.emails.find((e) => e.address.startsWith('contact@')).kind).to.equal('GENERIC');
    expect(bakery.emails.find((e) => e.address.startsWith('sophie')).kind).to.equal('PERSONAL');
    expect(bakery.emails.every((e) => e.pageUrl.endsWith('/contact.html'))).to.equal(true);
    expect(numbers(bakery)).to.deep.equal(['+33142685300']);
    expect(networks(bakery)).to.deep.equal(['facebook https://www.facebook.com/boulangeriemartin', 'instagram https://www.instagram.com/boulangerie.martin']);
    expect(tech(bakery, 'jQuery')?.version).to.equal('3.7.1');
    expect(tech(bakery, 'WordPress')?.version).to.equal('4.9.8');
    expect(bakery.language).to.equal('fr');
    expect(bakery.title).to.equal('Boulangerie Martin – Pain artisanal à Paris');
    expect(bakery.httpStatus).to.equal(200);
    expect(bakery.https).to.equal(false);
    expect(bakery.pagesVisited).to.equal(3);
    expect(bakery.sector).to.match(/food|restaurant/i);
    expect(bakery.opportunity.reasons.join(' ')).to.match(/2012/);
    expect(bakery.opportunity.reasons.join(' ')).to.match(/viewport/i);
    expect(bakery.opportunity.reasons.join(' ')).to.match(/https/i);
    const lawyers = byName(job, 'Cabinet Durand Avocats');
    expect(lawyers.status).to.equal('OK');
    expect(addresses(lawyers)).to.deep.equal(['accueil@cabinet-durand.fr', 'claire.durand@cabinet-durand.fr']);
    expect(numbers(lawyers)).to.include('+33472102030');
    expect(networks(lawyers)).to.deep.equal(['linkedin https://www.linkedin.com/company/cabinet-durand-avocats']);
    expect(tech(lawyers, 'Bootstrap')?.version).to.match(/^5\./);
    expect(lawyers.organization).to.include({ name: 'Cabinet Durand Avocats', legalName: 'SELARL Durand Avocats', email: 'accueil@cabinet-durand.fr' });
    expect(lawyers.sector).to.match(/legal/i);
    expect(lawyers.opportunity.score).to.be.lessThan(bakery.opportunity.score);
    expect(lawyers.opportunity.reasons.join(' '), 'an HTML5 doctype is not legacy').not.to.match(/doctype/i);
    const brightloop = byName(job, 'Brightloop');
    expect(brightloop.status).to.equal('OK');
    expect(addresses(brightloop)).to.deep.equal(['hello@brightloop.io', 'jobs@brightloop.io']);
    expect(numbers(brightloop)).to.deep.equal(['+442079460321']);
    expect(networks(brightloop)).to.deep.equal([
        'github https://github.com/brightloop',
        'x https://x.com/brightloophq',
        'youtube https://www.youtube.com/@brightloop',
    ]);
    expect(brightloop.language).to.equal('en-GB');
    expect(brightloop.sector).to.match(/software|IT/i);
    const gone = byName(job, 'Transports Disparus');
    expect(gone.status).to.equal('FAILED');
    expect(gone.error).to.match(/refused|could not load/i);
}
export function describeAnalysisFlow(getUrl, options) {
    let sites;
    let client;
    before(async () => {
        sites = await serveCompanySites();
    });
    after(async () => {
        await sites?.close();
    });
    beforeEach(() => {
        client = wsClient(getUrl());
    });
    afterEach(async () => {
        await client?.dispose();
    });
    it('analyses a French CSV upload: live events, rich reports, duplicates and missing websites reported', async () => {
        const url = getUrl();
        const up = await upload(url, 'prospects.csv', frenchCsv(sites), 'text/csv');
        expect(up.status).to.equal(201);
        expect(up.body.rows).to.equal(7);
        expect(up.body.columns).to.deep.equal(['Nom', 'Site web', 'Catégorie', 'Adresse', 'Téléphone', 'Pays']);
        expect(up.body.preview[0]).to.include({ name: 'Boulangerie Martin', website: sites.urls.boulangerie });
        expect(up.body.duplicates).to.deep.equal({
            count: 1,
            rows: [
                {
                    row: 8,
                    name: 'Boulangerie Martin (doublon)',
                    website: `${sites.urls.boulangerie}contact.html`,
                    matchedBy: 'site',
                    key: new URL(sites.urls.boulangerie).host,
                    keptRow: 2,
                    keptName: 'Boulangerie Martin',
                },
            ],
        });
        const { jobId, events, job } = await analyseToEnd(url, client, { uploadId: up.body.uploadId, options: { concurrency: 3, maxPagesPerSite: 10 } });
        assertAnalysisStream(events, 6, 1);
        expect(job.status).to.equal('COMPLETED');
        expect(job.progress).to.equal(100);
        expect(job.duplicates).to.equal(up.body.duplicates.count, "the preview's count is the job's");
        expect(job.label, 'the default label is the file name').to.equal('prospects.csv');
        expect(job.companies.map((c) => c.name)).to.deep.equal([
            'Boulangerie Martin',
            'Cabinet Durand Avocats',
            'Garage Dupont',
            'Brightloop',
            'Transports Disparus',
            'Fleuriste sans site',
        ]);
        assertFixtureReports(job);
        const failedEvent = events.find((e) => e.__typename === 'AnalysisItemFailed');
        expect(failedEvent.company).to.equal('Transports Disparus');
        const garage = byName(job, 'Garage Dupont');
        expect(addresses(garage)).to.deep.equal(['garage.dupont@orange.fr']);
        expect(garage.emails[0].ownDomain).to.equal(false);
        expect(numbers(garage)).to.deep.equal(['+33478123456', '+33478123457']);
        expect(garage.opportunity.level).to.equal('HIGH');
        expect(garage.opportunity.reasons.join(' ')).to.match(/2009/);
        expect(garage.opportunity.reasons.join(' ')).to.match(/no doctype/i);
        expect(garage.opportunity.reasons.join(' ')).to.match(/font/i);
        expect(garage.sector).to.match(/automotive/i);
        expect(garage.category).to.equal('Garage automobile');
        const florist = byName(job, 'Fleuriste sans site');
        expect(florist).to.include({ status: 'NO_WEBSITE', website: null, pagesVisited: 0 });
        if (options.full)
            await assertExports(url, jobId, job);
    });
    if (!options.full)
        return;
    it('analyses an XLSX upload (English headers, hyperlink cells) with the same results', async () => {
        const url = getUrl();
        const up = await upload(url, 'companies.xlsx', await companiesXlsx(sites), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
        expect(up.status).to.equal(201);
        expect(up.body.rows).to.equal(4);
        const { events, job } = await analyseToEnd(url, client, { uploadId: up.body.uploadId, options: { concurrency: 2 } });
        assertAnalysisStream(events, 4, 1);
        expect(byName(job, 'Cabinet Durand Avocats').website).to.equal(sites.urls.avocats);
        assertFixtureReports(job);
    });
    it('takes companies inline (integrations) and refuses bad startAnalysis input with clear errors', async () => {
        const url = getUrl();
        const { job } = await analyseToEnd(url, client, {
            companies: [{ name: 'Garage Dupont', website: sites.urls.garage, category: 'Garage' }],
            label: 'CRM sync 42',
        });
        expect(job.label).to.equal('CRM sync 42');
        expect(job.companies).to.have.length(1);
        const unlabelled = await gqlData(url, `mutation ($input: StartAnalysisInput!) { startAnalysis(input: $input) { id label } }`, {
            input: { companies: [{ name: 'Fleuriste sans site' }] },
        });
        expect(unlabelled.startAnalysis.label, 'inline companies have no default label').to.equal(null);
        expect(job.companies[0].status).to.equal('OK');
        const refusals = [
            [{}, 'BAD_USER_INPUT', /exactly one of uploadId or companies/],
            [{ uploadId: 'x', companies: [{ name: 'A' }] }, 'BAD_USER_INPUT', /exactly one/],
            [{ uploadId: '00000000-0000-4000-8000-000000000000' }, 'UPLOAD_NOT_FOUND', /No upload/],
            [{ companies: [] }, 'BAD_USER_INPUT', /companies/],
            [{ companies: [{ name: 'A', website: 'ftp://a.fr' }] }, 'BAD_USER_INPUT', /companies\[0\]\.website.*ftp/],
            [{ companies: [{ name: '   ' }] }, 'BAD_USER_INPUT', /name/],
            [{ companies: [{ name: 'A' }], options: { concurrency: 0 } }, 'BAD_USER_INPUT', /concurrency/],
            [{ companies: [{ name: 'A' }], options: { maxPagesPerSite: 100000 } }, 'BAD_USER_INPUT', /maxPagesPerSite/],
            [{ companies: [{ name: 'A' }], label: 'é'.repeat(201) }, 'BAD_USER_INPUT', /label must be at most 200/],
            [{ companies: [{ name: 'A' }], label: 'tab\there' }, 'BAD_USER_INPUT', /label must not contain control characters/],
        ];
        for (const [input, code, message] of refusals) {
            const r = await gql(url, START_ANALYSIS, { input });
            expect(r.errors?.[0]?.extensions?.code, JSON.stringify(input)).to.equal(code);
            expect(r.errors?.map((e) => e.message).join(' '), JSON.stringify(input)).to.match(message);
        }
        expect((await fetch(`${url}/healthz`)).status).to.equal(200);
    });
    it('refuses bad files with a 4xx naming the problem', async () => {
        const url = getUrl();
        const cases = [
            ['brochure.pdf', '%PDF-1.4\n%âãÏÓ\n1 0 obj\n', 'application/pdf', 415, 'UNSUPPORTED_FILE_TYPE', /csv|xlsx/i],
            ['empty.csv', '', 'text/csv', 422, 'EMPTY_FILE', /empty/i],
            ['header-only.csv', 'name,website\r\n', 'text/csv', 422, 'EMPTY_FILE', /no .*row|empty/i],
            ['no-name.csv', 'foo,bar\r\n1,2\r\n', 'text/csv', 422, 'NO_NAME_COLUMN', /name/i],
            ['broken.csv', 'name,website\r\n"Acme,acme.fr\r\n', 'text/csv', 422, 'MALFORMED_FILE', /quote|malformed|line/i],
            ['huge.csv', `name,website\r\n${'Acme,acme.fr\r\n'.repeat(120_000)}`, 'text/csv', 413, 'FILE_TOO_LARGE', /1 MB/],
        ];
        for (const [name, data, type, status, code, message] of cases) {
            const r = await upload(url, name, data, type);
            expect(r.status, name).to.equal(status);
            expect(r.body.code, name).to.equal(code);
            expect(r.body.error, name).to.match(message);
        }
        const notMultipart = await fetch(`${url}/uploads`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
        expect(notMultipart.status).to.equal(400);
        const noFile = new FormData();
        noFile.append('other', 'x');
        expect((await fetch(`${url}/uploads`, { method: 'POST', body: noFile, headers: { 'apollo-require-preflight': '1' } })).status).to.equal(400);
        expect((await fetch(`${url}/healthz`)).status).to.equal(200);
    });
    it('cancelJob stops an analysis promptly, keeps finished companies and marks the rest cancelled', async () => {
        const url = getUrl();
        const { startAnalysis } = await gqlData(url, START_ANALYSIS, {
            input: {
                companies: [
                    { name: 'Garage Dupont', website: sites.urls.garage },
                    { name: 'Cabinet Durand Avocats', website: sites.urls.avocats },
                    { name: 'Brightloop', website: sites.urls.startup },
                    { name: 'Boulangerie Martin', website: sites.urls.boulangerie },
                ],
                options: { concurrency: 1, delayMs: 3000 },
            },
        });
        const sub = collect(client, ANALYSIS_SUBSCRIPTION, { jobId: startAnalysis.id }, 'analysisEvents');
        await sub.waitFor((e) => e.__typename === 'AnalysisProgress' && e.current >= 1, 60_000);
        const { cancelJob } = await gqlData(url, 'mutation ($id: ID!) { cancelJob(id: $id) { status } }', { id: startAnalysis.id });
        expect(cancelJob.status).to.equal('CANCELLED');
        await within(sub.done, 5000, 'the stream to end after cancel');
        expect(sub.events.at(-1)).to.include({ __typename: 'AnalysisCancelled', total: 4 });
        const { job } = await gqlData(url, JOB_COMPANIES, { id: startAnalysis.id });
        expect(job.companies[0].status).to.equal('OK');
        expect(job.companies.slice(1).map((c) => c.status)).to.deep.equal(['CANCELLED', 'CANCELLED', 'CANCELLED']);
    });
}
async function assertExports(url, jobId, job) {
    const csvRes = await fetch(`${url}/jobs/${jobId}/export.csv`);
    expect(csvRes.status).to.equal(200);
    expect(csvRes.headers.get('content-disposition')).to.match(/attachment; filename=".+\.csv"/);
    const rows = parseCsv((await csvRes.text()).replace(/^\uFEFF/, ''), { columns: true });
    expect(rows.map((r) => r.name)).to.deep.equal(job.companies.map((c) => c.name));
    for (const [i, company] of job.companies.entries()) {
        const row = rows[i];
        expect(row.status).to.equal(company.status === 'NO_WEBSITE' ? 'NO_WEBSITE' : company.status);
        expect(row.emails.split('; ').filter(Boolean).sort()).to.deep.equal(addresses(company));
        expect(row.phones.split('; ').filter(Boolean).sort()).to.deep.equal(numbers(company));
        expect(Number(row.pages_visited)).to.equal(company.pagesVisited);
    }
    const xlsxRes = await fetch(`${url}/jobs/${jobId}/export.xlsx`);
    expect(xlsxRes.status).to.equal(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await xlsxRes.arrayBuffer()));
    const sheet = workbook.getWorksheet('Companies');
    const header = sheet.getRow(1).values.slice(1);
    const nameCol = header.indexOf('name') + 1;
    const emailsCol = header.indexOf('emails') + 1;
    for (const [i, company] of job.companies.entries()) {
        const row = sheet.getRow(i + 2);
        expect(row.getCell(nameCol).text).to.equal(company.name);
        expect(row.getCell(emailsCol).text.split('; ').filter(Boolean).sort()).to.deep.equal(addresses(company));
    }
    const semicolonRes = await fetch(`${url}/jobs/${jobId}/export.csv?delimiter=%3B`);
    expect(semicolonRes.status).to.equal(200);
    const semicolonText = Buffer.from(await semicolonRes.arrayBuffer()).toString('utf8'); // text() would drop the BOM
    expect(semicolonText.startsWith('\uFEFFname;')).to.equal(true, 'BOM kept, no sep= line');
    const semicolonRows = parseCsv(semicolonText.replace(/^\uFEFF/, ''), { columns: true, delimiter: ';' });
    expect(semicolonRows).to.deep.equal(rows);
    const tabRows = parseCsv((await (await fetch(`${url}/jobs/${jobId}/export.csv?delimiter=tab`)).text()).replace(/^\uFEFF/, ''), {
        columns: true,
        delimiter: '\t',
    });
    expect(tabRows).to.deep.equal(rows);
    const badDelimiter = await fetch(`${url}/jobs/${jobId}/export.csv?delimiter=%7C`);
    expect(badDelimiter.status).to.equal(400);
    expect(await badDelimiter.json()).to.deep.include({ code: 'BAD_REQUEST' });
    const jsonRes = await fetch(`${url}/jobs/${jobId}/export.json`);
    const json = (await jsonRes.json());
    expect(json.job.id).to.equal(jobId);
    expect(json.job.label).to.equal('prospects.csv');
    expect(json.companies.map((c) => c.name)).to.deep.equal(job.companies.map((c) => c.name));
    for (const [i, company] of job.companies.entries()) {
        expect(json.companies[i].emails.map((e) => e.address).sort()).to.deep.equal(addresses(company));
        expect(json.companies[i].technologies.map((t) => t.name)).to.deep.equal(company.technologies.map((t) => t.name));
    }
    expect((await fetch(`${url}/jobs/00000000-0000-4000-8000-000000000000/export.csv`)).status).to.equal(404);
}
//# sourceMappingURL=analysis-flow.js.map