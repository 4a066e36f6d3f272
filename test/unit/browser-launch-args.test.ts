import { expect } from 'chai';
import { CHROMIUM_ARGS } from '../../actors/crawl/browser-launch.js';

/** The features a `--disable-features=a,b` switch of `args` turns off. */
function disabledFeatures(args: readonly string[]): string[] {
  return args.filter((arg) => arg.startsWith('--disable-features=')).flatMap((arg) => arg.slice('--disable-features='.length).split(','));
}

describe('Chromium launch arguments (browser-launch.ts)', () => {
  for (const feature of ['Prerender2', 'BackForwardCache']) {
    it(`turns ${feature} off`, () => {
      expect(disabledFeatures(CHROMIUM_ARGS)).to.include(feature);
    });
  }

  it('runs the network service inside the browser process', () => {
    expect(CHROMIUM_ARGS).to.include('--enable-features=NetworkServiceInProcess2');
  });

  for (const weakening of [
    '--process-per-site',
    '--process-per-tab',
    '--renderer-process-limit',
    '--single-process',
    '--disable-site-isolation-trials',
    '--disable-web-security',
  ]) {
    it(`keeps site isolation and one renderer per tab: no ${weakening}`, () => {
      expect(CHROMIUM_ARGS.filter((arg) => arg === weakening || arg.startsWith(`${weakening}=`))).to.deep.equal([]);
    });
  }

  for (const feature of ['IsolateOrigins', 'site-per-process', 'SitePerProcess']) {
    it(`does not turn ${feature} off`, () => {
      expect(disabledFeatures(CHROMIUM_ARGS)).not.to.include(feature);
    });
  }
});
