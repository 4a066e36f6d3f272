/**
 * Runs the real analysis pipeline on the labelled corpus as a new user would: every corpus site
 * served on its own 127.0.0.1 port, the product started in-process (actor service + gateway on
 * an EmbeddedBus, private networks allowed), a CSV upload without a country column, an analysis
 * at the DEFAULT options, and the reports read back over GraphQL and scored.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startActorService } from '../../actors/actor-service.js';
import { EmbeddedBus } from '../../bus/embedded-bus.js';
import { startGateway } from '../../gateway/gateway.js';
import { serveFixtureSite } from '../helpers/fixture-server.js';
import { corpusDir, readCorpus } from './extraction-corpus.js';
import { scoreSite } from './extraction-score.js';
async function graphql(baseUrl, query, variables = {}) {
    const res = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json());
    if (body.errors?.length || !body.data)
        throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
    return body.data;
}
/** Fields of a GraphQL object type, so the scorer also runs on a schema without `owner`/`kind`. */
async function typeFields(baseUrl, type) {
    const data = await graphql(baseUrl, `
      query ($name: String!) {
        __type(name: $name) {
          fields {
            name
          }
        }
      }
    `, { name: type });
    return new Set((data.__type?.fields ?? []).map((f) => f.name));
}
function csvCell(value) {
    return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
export async function runExtractionEval(options = {}) {
    const log = options.log ?? (() => { });
    const started = Date.now();
    const corpus = readCorpus().filter((site) => !options.only || options.only.includes(site.id));
    const servers = [];
    const dataDir = mkdtempSync(path.join(tmpdir(), 'pl-eval-'));
    const bus = new EmbeddedBus();
    let actors;
    let gateway;
    try {
        const siteByUrl = new Map();
        for (const site of corpus) {
            const server = await serveFixtureSite(path.join(corpusDir(), site.id));
            servers.push(server);
            siteByUrl.set(server.url, site);
        }
        actors = await startActorService({ bus, allowPrivateNetworks: true });
        gateway = await startGateway({ bus, port: 0, host: '127.0.0.1', dataDir });
        const baseUrl = gateway.url;
        const csv = ['name,website', ...[...siteByUrl].map(([url, site]) => `${csvCell(site.name)},${url}`)].join('\r\n');
        const form = new FormData();
        form.append('file', new Blob([csv], { type: 'text/csv' }), 'corpus.csv');
        const uploadRes = await fetch(`${baseUrl}/uploads`, { method: 'POST', body: form, headers: { 'apollo-require-preflight': '1' } });
        const upload = (await uploadRes.json());
        if (!upload.uploadId)
            throw new Error(`upload failed: ${JSON.stringify(upload)}`);
        const { startAnalysis } = await graphql(baseUrl, `
        mutation ($input: StartAnalysisInput!) {
          startAnalysis(input: $input) {
            id
          }
        }
      `, { input: { uploadId: upload.uploadId } });
        log(`analysing ${corpus.length} sites at the default options (job ${startAnalysis.id})`);
        const deadline = Date.now() + (options.timeoutMs ?? 600_000);
        let status = 'QUEUED';
        while (!['COMPLETED', 'FAILED', 'CANCELLED'].includes(status)) {
            if (Date.now() > deadline)
                throw new Error('the corpus analysis did not end in time');
            await new Promise((resolve) => setTimeout(resolve, 1000));
            status = (await graphql(baseUrl, `
            query ($id: ID!) {
              job(id: $id) {
                status
              }
            }
          `, { id: startAnalysis.id })).job.status;
        }
        const emailFields = await typeFields(baseUrl, 'EmailHit');
        const phoneFields = await typeFields(baseUrl, 'PhoneHit');
        const optional = (fields, ...names) => names.filter((n) => fields.has(n)).join(' ');
        const { job } = await graphql(baseUrl, `query ($id: ID!) { job(id: $id) { companies { website status error pagesVisited
        emails { address ${optional(emailFields, 'owner')} }
        phones { number ${optional(phoneFields, 'owner', 'kind')} }
        socialProfiles { network url }
        technologies { name } } } }`, { id: startAnalysis.id });
        const reports = new Map();
        for (const company of job.companies) {
            if (company.status !== 'OK')
                log(`${company.website}: ${company.status} ${company.error ?? ''}`);
            reports.set(company.website, company);
        }
        const sites = [...siteByUrl].map(([url, labels]) => scoreSite(labels, reports.get(url)));
        return { sites, durationMs: Date.now() - started };
    }
    finally {
        await actors?.stop().catch(() => { });
        await gateway?.close().catch(() => { });
        await bus.close().catch(() => { });
        await Promise.all(servers.map((s) => s.close().catch(() => { })));
        rmSync(dataDir, { recursive: true, force: true });
    }
}
//# sourceMappingURL=extraction-eval.js.map