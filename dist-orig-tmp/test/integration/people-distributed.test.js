/** People and e-mail intelligence on real NATS: gateway and two actor processes, a local DNS server as resolver. */
import { expect } from 'chai';
import { startNatsServer } from '../helpers/nats-server.js';
import { startProcess } from '../helpers/processes.js';
import { tempDir } from '../helpers/temp.js';
import { describePeopleFlow, startPeopleDns } from './people-flow.js';
describe('people and e-mail intelligence, distributed mode (NATS, gateway and two actor processes)', function () {
    this.timeout(240_000);
    let nats;
    let dns;
    let gateway;
    const actors = [];
    const data = tempDir('pl-people');
    before(async () => {
        dns = await startPeopleDns();
        nats = await startNatsServer();
        gateway = await startProcess('gateway', { NATS_URL: nats.url, PROSPECTLAB_DATA_DIR: data.path });
        for (let i = 0; i < 2; i++) {
            actors.push(await startProcess('actors', {
                NATS_URL: nats.url,
                PROSPECTLAB_ALLOW_PRIVATE_NETWORKS: '1',
                PROSPECTLAB_PAGE_TIMEOUT_MS: '10000',
                PROSPECTLAB_DNS_SERVERS: dns.address,
            }));
        }
    });
    after(async () => {
        const codes = [await gateway?.stop(), ...(await Promise.all(actors.map((a) => a.stop())))];
        await nats?.stop();
        await dns?.close();
        data.remove();
        expect(codes, [gateway, ...actors].map((p) => p?.output()).join('\n---\n')).to.deep.equal([0, 0, 0]);
    });
    describePeopleFlow(() => gateway.url);
});
//# sourceMappingURL=people-distributed.test.js.map