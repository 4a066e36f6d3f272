/** Company analysis end to end on real NATS, with the gateway and two actor services as separate processes. */
import { expect } from 'chai';
import { startNatsServer } from '../helpers/nats-server.js';
import { startProcess } from '../helpers/processes.js';
import { tempDir } from '../helpers/temp.js';
import { describeAnalysisFlow } from './analysis-flow.js';
describe('company analysis, distributed mode (NATS, gateway and two actor processes)', function () {
    this.timeout(180_000);
    let nats;
    let gateway;
    const actors = [];
    const data = tempDir('pl-analysis');
    before(async () => {
        nats = await startNatsServer();
        gateway = await startProcess('gateway', { NATS_URL: nats.url, PROSPECTLAB_DATA_DIR: data.path, PROSPECTLAB_MAX_UPLOAD_MB: '1' });
        for (let i = 0; i < 2; i++) {
            actors.push(await startProcess('actors', {
                NATS_URL: nats.url,
                PROSPECTLAB_ALLOW_PRIVATE_NETWORKS: '1',
                PROSPECTLAB_PAGE_TIMEOUT_MS: '5000',
            }));
        }
    });
    after(async () => {
        const codes = [await gateway?.stop(), ...(await Promise.all(actors.map((a) => a.stop())))];
        await nats?.stop();
        data.remove();
        expect(codes, [gateway, ...actors].map((p) => p?.output()).join('\n---\n')).to.deep.equal([0, 0, 0]);
    });
    describeAnalysisFlow(() => gateway.url, { full: true });
});
//# sourceMappingURL=analysis-distributed.test.js.map