import { startProcess } from '../helpers/processes.js';
import { tempDir } from '../helpers/temp.js';
import { launchBrowser } from './browser-harness.js';
/** Registers the mocha `before`/`after` hooks of a browser suite; call it inside `describe`. */
export function useBrowserSuite(options) {
    const data = tempDir(options.name);
    const suite = {};
    before(async () => {
        [suite.product, suite.site, suite.browser] = await Promise.all([
            startProcess('embedded', { PROSPECTLAB_DATA_DIR: data.path, PROSPECTLAB_ALLOW_PRIVATE_NETWORKS: '1', ...options.env }),
            options.serveSite(),
            launchBrowser(),
        ]);
    });
    after(async () => {
        if (suite.product)
            await options.beforeStop?.().catch(() => undefined);
        await suite.browser?.close();
        await suite.site?.close();
        await suite.product?.stop();
        data.remove();
    });
    return suite;
}
//# sourceMappingURL=browser-suite.js.map