/**
 * Field limits on every path into a job, permanent bus refusals, and list fields priced by
 * their real size: real uploads through `POST /uploads` and real GraphQL over HTTP and
 * graphql-ws, against in-process gateways on the embedded bus (no actor service: companies
 * stay queued, counts are exact).
 */
import { expect } from 'chai';
import { EmbeddedBus } from '../../bus/embedded-bus.js';
import { COMPANY_FIELD_MAX_CHARS, START_URL_MAX_CHARS } from '../../schema/field-limits.js';
import { JOB_COMPANIES_QUERY } from '../../schema/web-client-operations.js';
import { gql, within } from '../helpers/graphql.js';
import { postGraphql, runOnce, socketClient } from '../helpers/security.js';
import { startInProcessGateway, uploadFile } from '../helpers/in-process-gateway.js';
const START_ANALYSIS = 'mutation ($input: StartAnalysisInput!) { startAnalysis(input: $input) { id status } }';
const JOB = 'query ($id: ID!) { job(id: $id) { status companies { name status error } } }';
function upload(url, csv) {
    return uploadFile(url, csv, 'companies.csv');
}
describe('job input limits, permanent send failures and list pricing (in-process gateway)', function () {
    this.timeout(60_000);
    describe('field limits, the same on every path', () => {
        let started;
        let url;
        before(async () => {
            started = await startInProcessGateway({ security: { production: false } }, new EmbeddedBus());
            url = started.gateway.url;
        });
        after(() => started?.stop());
        it('skips an uploaded row whose name is 15 MB, with a warning naming row and column, and keeps the others', async () => {
            const csv = `Nom,Site web\nAcme,acme.example\n${'N'.repeat(15 * 1000 * 1000)},huge.example\nGlobex,globex.example\n`;
            const answer = await upload(url, csv);
            expect(answer.status).to.equal(201);
            expect(answer.body.rows).to.equal(2);
            expect(answer.body.warnings).to.include(`Row 3: the value in Nom is longer than ${COMPANY_FIELD_MAX_CHARS.name} characters (the name limit), row skipped`);
            const started = await within(gql(url, START_ANALYSIS, { input: { uploadId: answer.body.uploadId } }), 10_000, 'startAnalysis');
            expect(started.errors).to.equal(undefined);
            expect(started.data?.startAnalysis.status).to.equal('RUNNING');
        });
        it('applies the limit of every field to uploads (address over 500 characters)', async () => {
            const answer = await upload(url, `name;adresse\nAcme;${'a'.repeat(COMPANY_FIELD_MAX_CHARS.address + 1)}\nGlobex;1 rue de la Paix\n`);
            expect(answer.status).to.equal(201);
            expect(answer.body.rows).to.equal(1);
            expect(answer.body.warnings).to.include('Row 2: the value in adresse is longer than 500 characters (the address limit), row skipped');
        });
        it('refuses a file whose every row is over a limit with 422, saying why', async () => {
            const answer = await upload(url, `name\n${'N'.repeat(COMPANY_FIELD_MAX_CHARS.name + 1)}\n`);
            expect(answer.status).to.equal(422);
            expect(answer.body.code).to.equal('EMPTY_FILE');
            expect(answer.body.error).to.match(/Row 2: the value in name is longer than 300 characters/);
        });
        it('refuses the same lengths in GraphQL companies input and startScraping url (BAD_USER_INPUT)', async () => {
            const company = await gql(url, START_ANALYSIS, { input: { companies: [{ name: 'N'.repeat(COMPANY_FIELD_MAX_CHARS.name + 1) }] } });
            expect(company.errors?.[0]?.extensions?.code).to.equal('BAD_USER_INPUT');
            const scrape = await gql(url, 'mutation ($input: StartScrapingInput!) { startScraping(input: $input) { id } }', {
                input: { url: `https://acme.example/${'p'.repeat(START_URL_MAX_CHARS)}` },
            });
            expect(scrape.errors?.[0]?.extensions?.code).to.equal('BAD_USER_INPUT');
        });
    });
    describe('a send the bus refuses for good', () => {
        let started;
        let url;
        before(async () => {
            // A small maximum payload: an honest row's work message is over it.
            started = await startInProcessGateway({ security: { production: false } }, new EmbeddedBus({ maxPayloadBytes: 600 }));
            url = started.gateway.url;
        });
        after(() => started?.stop());
        it('fails the company at once with the reason; startAnalysis answers and the job does not stay RUNNING', async () => {
            const answer = await upload(url, `name,website,address\nAcme,acme.example,${'1 rue de la Paix '.repeat(25).trim()}\n`);
            expect(answer.status).to.equal(201);
            const result = await within(gql(url, START_ANALYSIS, { input: { uploadId: answer.body.uploadId } }), 10_000, 'startAnalysis');
            expect(result.errors).to.equal(undefined);
            const id = result.data?.startAnalysis.id;
            const job = await within((async () => {
                for (;;) {
                    const current = await gql(url, JOB, { id });
                    if (current.data?.job.status !== 'RUNNING')
                        return current.data?.job;
                    await new Promise((resolve) => setTimeout(resolve, 50));
                }
            })(), 10_000, 'the job to finish');
            expect(job.status).to.equal('COMPLETED');
            expect(job.companies).to.have.length(1);
            expect(job.companies[0].status).to.equal('FAILED');
            expect(job.companies[0].error).to.match(/^Could not queue the work: Payload of \d+ bytes exceeds the maximum of 600 bytes$/);
        });
    });
    describe('list fields priced by their real size', () => {
        let started;
        let url;
        let jobId;
        const COMPANIES = 10_000;
        const ALIASES = 150;
        const aliased = `query ($id: ID!) { ${Array.from({ length: ALIASES }, (_, i) => `a${i}: job(id: $id) { ...C }`).join(' ')} } fragment C on Job { companies { name } }`;
        before(async () => {
            started = await startInProcessGateway({ security: { production: false } }, new EmbeddedBus());
            url = started.gateway.url;
            const rows = Array.from({ length: COMPANIES }, (_, i) => `Company ${i},company-${i}.example`);
            const answer = await upload(url, `name,website\n${rows.join('\n')}\n`);
            expect(answer.status, answer.body.error).to.equal(201);
            const result = await gql(url, START_ANALYSIS, { input: { uploadId: answer.body.uploadId, options: { concurrency: 1 } } });
            jobId = result.data?.startAnalysis.id;
        });
        after(() => started?.stop());
        it(`refuses ${ALIASES} aliases of a ${COMPANIES}-company job's companies with 400 QUERY_TOO_COMPLEX (HTTP)`, async () => {
            const answer = await postGraphql(url, aliased, { id: jobId });
            expect(answer.status).to.equal(400);
            expect(answer.body.errors?.[0]?.extensions).to.include({ code: 'QUERY_TOO_COMPLEX', listItems: ALIASES * COMPANIES, maxListItems: COMPANIES });
            expect(answer.body.data).to.equal(undefined);
        });
        it('refuses the same on graphql-ws', async () => {
            const client = socketClient(url);
            try {
                const result = await runOnce(client, aliased, { id: jobId });
                expect(result.errors?.[0]?.extensions?.code).to.equal('QUERY_TOO_COMPLEX');
            }
            finally {
                await client.dispose();
            }
        });
        it("still answers the web client's query for the whole job", async () => {
            const answer = await postGraphql(url, JOB_COMPANIES_QUERY, { id: jobId });
            expect(answer.status).to.equal(200);
            expect(answer.body.data?.job.companies).to.have.length(COMPANIES);
        });
        it("prices a scrape's e-mails by their real count too", async () => {
            const scrape = await gql(url, 'mutation { startScraping(input: { url: "https://www.acme-industries.example/" }) { id } }');
            const scrapeId = scrape.data?.startScraping.id;
            for (let i = 0; i < 100; i++) {
                await started.gateway.jobs.store.addScrapeEmail(scrapeId, {
                    address: `person${i}@acme-industries.example`,
                    pageUrl: 'https://www.acme-industries.example/',
                    context: '',
                });
            }
            const query = `query ($id: ID!) { ${Array.from({ length: ALIASES }, (_, i) => `a${i}: job(id: $id) { ...S }`).join(' ')} } fragment S on Job { site { emails { address } } }`;
            const refused = await postGraphql(url, query, { id: scrapeId });
            expect(refused.status).to.equal(400);
            expect(refused.body.errors?.[0]?.extensions).to.include({ code: 'QUERY_TOO_COMPLEX', listItems: ALIASES * 100 });
            const one = await postGraphql(url, 'query ($id: ID!) { job(id: $id) { site { emails { address } } } }', { id: scrapeId });
            expect(one.status).to.equal(200);
            expect(one.body.data?.job.site.emails).to.have.length(100);
        });
        it('prices companies under a list of jobs as the largest job', async () => {
            const answer = await postGraphql(url, '{ jobs(first: 2) { nodes { companies { name } } } }');
            expect(answer.status).to.equal(400);
            expect(answer.body.errors?.[0]?.extensions).to.include({ code: 'QUERY_TOO_COMPLEX', listItems: 2 * COMPANIES });
        });
    });
});
//# sourceMappingURL=security-job-limits.test.js.map