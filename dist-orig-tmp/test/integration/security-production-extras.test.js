/**
 * Production hardening beyond the switches of security-gateway.test.ts: no "Did you mean …"
 * schema hints on HTTP or graphql-ws, no source maps of the web client, and uploads that expire.
 * In-process gateways on the embedded bus; the web client must be built (`npm run build`).
 */
import { expect } from 'chai';
import fs from 'node:fs';
import { CLIENT_DIST_DIR } from '../../gateway/http/static-client.js';
import { gql } from '../helpers/graphql.js';
import { postGraphql, runOnce, socketClient } from '../helpers/security.js';
import { startInProcessGateway, uploadFile } from '../helpers/in-process-gateway.js';
/** A typo of a field (`jobz` → `jobs`) and of an enum value (`ANALYSE` → `ANALYSIS`). */
const FIELD_TYPO = '{ jobz { totalCount } }';
const ENUM_TYPO = '{ jobs(kind: ANALYSE) { totalCount } }';
function start(production, extra = {}) {
    return startInProcessGateway({ security: { production }, ...extra });
}
function sourceMapOfClient() {
    const map = fs.readdirSync(CLIENT_DIST_DIR).find((name) => name.endsWith('.js.map'));
    if (!map)
        throw new Error(`No source map in ${CLIENT_DIST_DIR}: run npm run build`);
    return `/${map}`;
}
async function messagesOverSocket(url, query) {
    const client = socketClient(url);
    try {
        const outcome = await runOnce(client, query);
        return (outcome.errors ?? outcome.results[0]?.errors ?? []).map((error) => error.message);
    }
    finally {
        await client.dispose();
    }
}
for (const production of [true, false]) {
    describe(`schema hints and source maps (in-process gateway, ${production ? 'production' : 'development'})`, function () {
        this.timeout(30_000);
        let started;
        let url;
        before(async () => {
            started = await start(production);
            url = started.gateway.url;
        });
        after(() => started?.stop());
        it(production ? 'answers a field or enum typo on HTTP without "Did you mean"' : 'keeps the "Did you mean" hints on HTTP', async () => {
            for (const [query, hint] of [
                [FIELD_TYPO, /Did you mean .*"jobs"/],
                [ENUM_TYPO, /Did you mean the enum value .*"ANALYSIS"/],
            ]) {
                const answer = await postGraphql(url, query);
                expect(answer.status).to.equal(400);
                const message = answer.body.errors?.[0]?.message ?? '';
                expect(message).to.match(/jobz|ANALYSE/);
                if (production)
                    expect(answer.text).to.not.match(/Did you mean/);
                else
                    expect(message).to.match(hint);
            }
        });
        it(production ? 'answers them on graphql-ws without "Did you mean" either' : 'keeps them on graphql-ws', async () => {
            for (const query of [FIELD_TYPO, ENUM_TYPO]) {
                const messages = await messagesOverSocket(url, query);
                expect(messages).to.have.length.greaterThan(0);
                for (const message of messages) {
                    if (production)
                        expect(message).to.not.match(/Did you mean/);
                    else
                        expect(message).to.match(/Did you mean/);
                }
            }
        });
        it(production ? "does not serve the web client's source maps (404), but serves its scripts" : 'serves the source maps', async () => {
            const map = sourceMapOfClient();
            const res = await fetch(`${url}${map}`);
            await res.text();
            expect(res.status).to.equal(production ? 404 : 200);
            const script = await fetch(`${url}${map.replace(/\.map$/, '')}`);
            await script.text();
            expect(script.status).to.equal(200);
        });
    });
}
describe('uploads expire (in-process gateway, uploadTtlSeconds: 1)', function () {
    this.timeout(30_000);
    let started;
    let url;
    before(async () => {
        started = await start(false, { uploadTtlSeconds: 1 });
        url = started.gateway.url;
    });
    after(() => started?.stop());
    it('deletes an upload once it is older than the TTL: startAnalysis then says UPLOAD_NOT_FOUND', async () => {
        const { status, body } = await uploadFile(url, 'name,website\nAcme,acme.example\n', 'c.csv');
        const uploadId = body.uploadId;
        expect(status).to.equal(201);
        expect(await started.gateway.jobs.store.analysis.upload(uploadId), 'kept at first').to.not.equal(null);
        const deadline = Date.now() + 10_000;
        while ((await started.gateway.jobs.store.analysis.upload(uploadId)) !== null && Date.now() < deadline) {
            await new Promise((resolve) => setTimeout(resolve, 100));
        }
        expect(await started.gateway.jobs.store.analysis.upload(uploadId), 'deleted by the sweep').to.equal(null);
        const answer = await gql(url, 'mutation ($input: StartAnalysisInput!) { startAnalysis(input: $input) { id } }', { input: { uploadId } });
        expect(answer.errors?.[0]?.extensions?.code).to.equal('UPLOAD_NOT_FOUND');
    });
    it('keeps uploads younger than the TTL (default 24 h)', async () => {
        const fresh = await startInProcessGateway();
        try {
            const { body } = await uploadFile(fresh.url, 'name\nAcme\n', 'c.csv');
            await new Promise((resolve) => setTimeout(resolve, 1500));
            expect(await fresh.gateway.jobs.store.analysis.upload(body.uploadId)).to.not.equal(null);
        }
        finally {
            await fresh.stop();
        }
    });
});
//# sourceMappingURL=security-production-extras.test.js.map