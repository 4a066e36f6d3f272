/**
 * The set-up most browser suites share: the product as `npm start` runs it (embedded, its own
 * data folder, private networks allowed for the local test site), one local site and Chromium,
 * started before the suite's tests and stopped after them.
 */
import type { Browser } from 'puppeteer';
import type { FixtureServer } from '../helpers/fixture-server.js';
import { startProcess, type ProductProcess } from '../helpers/processes.js';
import { tempDir } from '../helpers/temp.js';
import { launchBrowser } from './browser-harness.js';

/** What a browser suite runs against; the fields are set once the suite's `before` hook has run. */
export interface BrowserSuite {
  readonly product: ProductProcess;
  readonly site: FixtureServer;
  readonly browser: Browser;
}

export interface BrowserSuiteOptions {
  /** Prefix of the temporary data folder. */
  readonly name: string;
  readonly serveSite: () => Promise<FixtureServer>;
  /** More environment for the product process. */
  readonly env?: Readonly<Record<string, string>>;
  /** Runs after the tests, while the product still runs (e.g. cancels a job left running). */
  readonly beforeStop?: () => Promise<void>;
}

/** Registers the mocha `before`/`after` hooks of a browser suite; call it inside `describe`. */
export function useBrowserSuite(options: BrowserSuiteOptions): BrowserSuite {
  const data = tempDir(options.name);
  const suite = {} as { product: ProductProcess; site: FixtureServer; browser: Browser };
  before(async () => {
    [suite.product, suite.site, suite.browser] = await Promise.all([
      startProcess('embedded', { PROSPECTLAB_DATA_DIR: data.path, PROSPECTLAB_ALLOW_PRIVATE_NETWORKS: '1', ...options.env }),
      options.serveSite(),
      launchBrowser(),
    ]);
  });
  after(async () => {
    if (suite.product) await options.beforeStop?.().catch(() => undefined);
    await suite.browser?.close();
    await suite.site?.close();
    await suite.product?.stop();
    data.remove();
  });
  return suite;
}
