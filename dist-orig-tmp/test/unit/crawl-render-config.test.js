import { expect } from 'chai';
import { FatalConfigError, loadConfig } from '../../main/config.js';
describe('rendering configuration (PROSPECTLAB_RENDER, PROSPECTLAB_BROWSER_PAGES)', () => {
    it('defaults to adaptive rendering and a page budget from the machine', () => {
        const config = loadConfig({});
        expect(config.renderMode).to.equal('auto');
        expect(config.browserPages).to.equal(undefined);
    });
    const accepted = [
        { env: { PROSPECTLAB_RENDER: 'always' }, renderMode: 'always', browserPages: undefined },
        { env: { PROSPECTLAB_RENDER: ' Auto ' }, renderMode: 'auto', browserPages: undefined },
        { env: { PROSPECTLAB_RENDER: '' }, renderMode: 'auto', browserPages: undefined },
        { env: { PROSPECTLAB_BROWSER_PAGES: '1' }, renderMode: 'auto', browserPages: 1 },
        { env: { PROSPECTLAB_BROWSER_PAGES: '64' }, renderMode: 'auto', browserPages: 64 },
    ];
    for (const { env, renderMode, browserPages } of accepted) {
        it(`accepts ${JSON.stringify(env)}`, () => {
            expect(loadConfig(env)).to.include({ renderMode, browserPages });
        });
    }
    const refused = [
        { env: { PROSPECTLAB_RENDER: 'never' }, message: /PROSPECTLAB_RENDER must be auto or always \(got "never"\)/ },
        { env: { PROSPECTLAB_RENDER: '1' }, message: /PROSPECTLAB_RENDER must be auto or always/ },
        { env: { PROSPECTLAB_BROWSER_PAGES: '0' }, message: /PROSPECTLAB_BROWSER_PAGES must be an integer between 1 and 64 \(got "0"\)/ },
        { env: { PROSPECTLAB_BROWSER_PAGES: '65' }, message: /PROSPECTLAB_BROWSER_PAGES must be an integer between 1 and 64/ },
        { env: { PROSPECTLAB_BROWSER_PAGES: 'many' }, message: /PROSPECTLAB_BROWSER_PAGES must be an integer/ },
        { env: { PROSPECTLAB_BROWSER_PAGES: '2.5' }, message: /PROSPECTLAB_BROWSER_PAGES must be an integer/ },
    ];
    for (const { env, message } of refused) {
        it(`refuses ${JSON.stringify(env)}`, () => {
            expect(() => loadConfig(env)).to.throw(FatalConfigError, message);
        });
    }
});
//# sourceMappingURL=crawl-render-config.test.js.map