import { expect } from 'chai';
import { loadConfig } from '../../main/config.js';
import { metricsAuthorization } from '../../main/metrics-auth.js';
import { createLogger } from '../../observability/logger.js';
import { startMetricsServer } from '../../observability/metrics-server.js';
import { jobsFinished } from '../../observability/metrics.js';
import { sampleValue } from '../helpers/prometheus.js';
const KEY = 'metrics-unit-key-0123456789abcdef';
describe('metrics server (METRICS_PORT)', () => {
    const lines = [];
    const logger = createLogger({ format: 'json', destination: { write: (line) => lines.push(line) } });
    let open;
    let guarded;
    before(async () => {
        open = await startMetricsServer({ port: 0, logger });
        guarded = await startMetricsServer({ port: 0, logger, ...metricsAuthorization([KEY]) });
    });
    after(async () => {
        await open?.close();
        await guarded?.close();
    });
    it('answers GET /metrics in the Prometheus text format with the current values', async () => {
        const read = async () => {
            const res = await fetch(open.url);
            expect(res.status).to.equal(200);
            expect(res.headers.get('content-type')).to.match(/^text\/plain; version=0\.0\.4/);
            return res.text();
        };
        const before = sampleValue(await read(), 'prospectlab_jobs_finished_total', { kind: 'SCRAPING', status: 'FAILED' });
        expect(before).to.be.a('number');
        jobsFinished.inc({ kind: 'SCRAPING', status: 'FAILED' });
        expect(sampleValue(await read(), 'prospectlab_jobs_finished_total', { kind: 'SCRAPING', status: 'FAILED' })).to.equal(before + 1);
    });
    it('answers 404 elsewhere and 405 to other methods', async () => {
        expect((await fetch(open.url.replace('/metrics', '/other'))).status).to.equal(404);
        const post = await fetch(open.url, { method: 'POST' });
        expect(post.status).to.equal(405);
        expect(post.headers.get('allow')).to.equal('GET, HEAD');
    });
    it('with API keys: 401 without a key or with a wrong one (logged with its code, never the key), 200 with one', async () => {
        expect((await fetch(guarded.url)).status).to.equal(401);
        expect((await fetch(guarded.url, { headers: { authorization: `Bearer ${KEY}x` } })).status).to.equal(401);
        const ok = await fetch(guarded.url, { headers: { authorization: `Bearer ${KEY}` } });
        expect(ok.status).to.equal(200);
        expect(await ok.text()).to.include('prospectlab_pages_total');
        const refused = lines.map((line) => JSON.parse(line)).filter((line) => line.event === 'request.refused');
        expect(refused).to.have.length(2);
        expect(refused[0]).to.include({ code: 'UNAUTHENTICATED', status: 401, path: '/metrics' });
        expect(lines.join('')).not.to.include(KEY);
    });
    it('METRICS_PORT is read and checked where it enters', () => {
        expect(loadConfig({}).metricsPort).to.equal(undefined);
        expect(loadConfig({ METRICS_PORT: '9464' }).metricsPort).to.equal(9464);
        expect(() => loadConfig({ METRICS_PORT: '70000' })).to.throw(/METRICS_PORT must be an integer between 0 and 65535/);
        expect(() => loadConfig({ METRICS_PORT: 'abc' })).to.throw(/METRICS_PORT/);
    });
});
//# sourceMappingURL=metrics-server.test.js.map