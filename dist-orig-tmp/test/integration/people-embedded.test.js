/** People and e-mail intelligence in embedded mode (`npm start`), with a local DNS server as resolver. */
import { startProcess } from '../helpers/processes.js';
import { tempDir } from '../helpers/temp.js';
import { describePeopleFlow, startPeopleDns } from './people-flow.js';
describe('people and e-mail intelligence, embedded mode', function () {
    this.timeout(240_000);
    let product;
    let dns;
    const data = tempDir('pl-people-embedded');
    before(async () => {
        dns = await startPeopleDns();
        product = await startProcess('embedded', {
            PROSPECTLAB_DATA_DIR: data.path,
            PROSPECTLAB_ALLOW_PRIVATE_NETWORKS: '1',
            PROSPECTLAB_PAGE_TIMEOUT_MS: '10000',
            PROSPECTLAB_DNS_SERVERS: dns.address,
        });
    });
    after(async () => {
        await product?.stop();
        await dns?.close();
        data.remove();
    });
    describePeopleFlow(() => product.url);
});
//# sourceMappingURL=people-embedded.test.js.map