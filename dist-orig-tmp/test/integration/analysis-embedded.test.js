/** Company analysis in embedded mode (`npm start`). */
import { startProcess } from '../helpers/processes.js';
import { tempDir } from '../helpers/temp.js';
import { describeAnalysisFlow } from './analysis-flow.js';
describe('company analysis, embedded mode', function () {
    this.timeout(180_000);
    let product;
    const data = tempDir('pl-analysis-embedded');
    before(async () => {
        product = await startProcess('embedded', {
            PROSPECTLAB_DATA_DIR: data.path,
            PROSPECTLAB_ALLOW_PRIVATE_NETWORKS: '1',
            PROSPECTLAB_PAGE_TIMEOUT_MS: '5000',
        });
    });
    after(async () => {
        await product?.stop();
        data.remove();
    });
    describeAnalysisFlow(() => product.url, { full: false });
});
//# sourceMappingURL=analysis-embedded.test.js.map