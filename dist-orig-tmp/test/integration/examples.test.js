/**
 * The integration examples in examples/ (graphql-ws, urql, graphql-request), run as a user runs
 * them: `node examples/<file> <site>` against the embedded product with API keys on, scraping
 * the acme fixture site. Each must exit 0 with exactly the expected addresses and a gap-free
 * run of seqs across its deliberate disconnect.
 */
import { expect } from 'chai';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveAcmeSite } from '../fixtures/acme-routes.js';
import { startProcess } from '../helpers/processes.js';
import { tempDir } from '../helpers/temp.js';
import { ACME_EXPECTED } from './scraping-flow.js';
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const API_KEY = 'pl_examples_key_0000000000';
const EXAMPLES = ['graphql-ws-scrape.mjs', 'urql-scrape.mjs', 'graphql-request-scrape.mjs'];
/** Runs an example to its end (killed after `timeoutMs`). */
function runExample(file, args, env, timeoutMs = 120_000) {
    return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [path.join(ROOT, 'examples', file), ...args], {
            cwd: ROOT,
            env: { PATH: process.env.PATH ?? '', ...env },
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (chunk) => (stdout += chunk.toString()));
        child.stderr.on('data', (chunk) => (stderr += chunk.toString()));
        const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
        child.once('error', (error) => {
            clearTimeout(timer);
            reject(error);
        });
        child.once('exit', (code) => {
            clearTimeout(timer);
            resolve({ code, stdout, stderr });
        });
    });
}
function resultOf(run) {
    const line = run.stdout.split('\n').find((l) => l.startsWith('RESULT '));
    expect(line, `a RESULT line in:\n${run.stdout}\n${run.stderr}`).to.be.a('string');
    return JSON.parse(line.slice('RESULT '.length));
}
describe('integration examples (examples/*.mjs against the embedded product)', function () {
    this.timeout(240_000);
    let product;
    let site;
    const data = tempDir('pl-examples');
    const expected = ACME_EXPECTED.emails.map((e) => e.address).sort();
    before(async () => {
        site = await serveAcmeSite();
        product = await startProcess('embedded', {
            PROSPECTLAB_DATA_DIR: data.path,
            PROSPECTLAB_ALLOW_PRIVATE_NETWORKS: '1',
            PROSPECTLAB_PAGE_TIMEOUT_MS: '5000',
            PROSPECTLAB_API_KEYS: API_KEY,
        });
    });
    after(async () => {
        await product?.stop();
        await site?.close();
        data.remove();
    });
    for (const file of EXAMPLES) {
        it(`${file}: starts, follows, resumes after a disconnect and exits 0 with the expected addresses`, async () => {
            const run = await runExample(file, [site.url], { PROSPECTLAB_URL: product.url, PROSPECTLAB_API_KEY: API_KEY });
            expect(run.code, `${run.stdout}\n${run.stderr}`).to.equal(0);
            const result = resultOf(run);
            expect(result.status).to.be.oneOf(['COMPLETED', 'ScrapingCompleted']);
            expect(result.emails).to.deep.equal(expected);
            if (result.emailsLive)
                expect(result.emailsLive).to.deep.equal(expected, 'the live events name the same addresses');
            expect(result.seqs, 'every seq once, in order, none missing').to.deep.equal(result.seqs.map((_, i) => i + 1));
            expect(result.seqs.length).to.be.greaterThan(3);
            expect(result.resumes).to.be.at.least(1);
            expect(result.duplicatesDropped, 'resuming after the last seq seen replays nothing twice').to.equal(0);
            expect(run.stdout).to.match(/disconnecting on purpose after seq 3\b/);
            expect(run.stdout, run.stdout).to.match(/resuming with afterSeq=3\b/);
        });
    }
    it('without a disconnect (DISCONNECT_AFTER_SEQ=0), a run sees each seq once as well', async () => {
        const run = await runExample('graphql-ws-scrape.mjs', [site.url], {
            PROSPECTLAB_URL: product.url,
            PROSPECTLAB_API_KEY: API_KEY,
            DISCONNECT_AFTER_SEQ: '0',
        });
        expect(run.code, run.stderr).to.equal(0);
        const result = resultOf(run);
        expect(result.resumes).to.equal(0);
        expect(result.emails).to.deep.equal(expected);
        expect(result.seqs).to.deep.equal(result.seqs.map((_, i) => i + 1));
    });
    for (const file of EXAMPLES) {
        it(`${file}: without the API key, exits 1 with a clear error and no RESULT`, async () => {
            const run = await runExample(file, [site.url], { PROSPECTLAB_URL: product.url }, 30_000);
            expect(run.code).to.equal(1);
            expect(run.stderr).to.match(/^error: .*(API key|401|4403|Unauthorized|UNAUTHENTICATED)/im);
            expect(run.stdout).to.not.include('RESULT');
        });
    }
    it('without a site, each example exits 1 saying what to give', async () => {
        for (const file of EXAMPLES) {
            const run = await runExample(file, [], { PROSPECTLAB_URL: product.url, PROSPECTLAB_API_KEY: API_KEY }, 30_000);
            expect(run.code, file).to.equal(1);
            expect(run.stderr, file).to.match(/Give the site to scrape/);
        }
    });
});
//# sourceMappingURL=examples.test.js.map