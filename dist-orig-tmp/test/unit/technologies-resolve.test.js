import { expect } from 'chai';
import { compileFingerprints } from '../../actors/technologies/fingerprints.js';
import { MATCH_LIMITS, matchPage } from '../../actors/technologies/match-page.js';
import { betterVersion, resolveDetections } from '../../actors/technologies/resolve-detections.js';
const CATEGORIES = { '1': { name: 'CMS' }, '2': { name: 'Ecommerce' }, '3': { name: 'Languages' }, '4': { name: 'Plugins' } };
function fingerprints(technologies) {
    return compileFingerprints({ source: 'test', technologies, categories: CATEGORIES });
}
function input(parts) {
    return { url: 'https://acme.example/', headers: {}, cookies: {}, html: '', scriptSrc: [], meta: {}, dom: {}, ...parts };
}
function detect(set, ...pages) {
    return resolveDetections(set, pages.flatMap((page) => matchPage(set, input(page))));
}
function summary(technologies) {
    return technologies.map(({ name, version, confidence }) => `${name} ${version ?? '-'} ${confidence}`);
}
describe('compileFingerprints', () => {
    it('drops references to technologies absent from the data set, and lists them', () => {
        const set = fingerprints({
            Cms: { cats: [1, 99], implies: ['Lang', 'Ghost\\;confidence:50'], excludes: 'Phantom', requires: ['Nowhere'] },
            Lang: { cats: [3] },
        });
        const cms = set.technologies.get('Cms');
        expect(cms.implies.map(({ name }) => name)).to.deep.equal(['Lang']);
        expect(cms.excludes).to.deep.equal([]);
        expect(cms.requires).to.deep.equal([]);
        expect(cms.categories).to.deep.equal(['CMS']);
        expect(set.unknownReferences).to.deep.equal(['Ghost', 'Nowhere', 'Phantom']);
    });
    it('reads implications with their confidence and version', () => {
        const set = fingerprints({ Shop: { implies: 'Cms\\;confidence:60\\;version:2' }, Cms: {} });
        expect(set.technologies.get('Shop').implies).to.deep.equal([{ name: 'Cms', confidence: 60, version: '2' }]);
    });
    it('merges DOM probes of every technology by selector', () => {
        const set = fingerprints({
            A: { dom: { '[data-x]': { attributes: { 'data-x': '' } } } },
            B: { dom: { '[data-x]': { text: 'b' }, '.b': { properties: { __b: '' } } } },
            C: { dom: ['.c', '.d'] },
            D: { dom: '.e' },
        });
        expect(set.domProbes).to.deep.equal([
            { selector: '.b', exists: false, text: false, attributes: [], properties: ['__b'] },
            { selector: '.c', exists: true, text: false, attributes: [], properties: [] },
            { selector: '.d', exists: true, text: false, attributes: [], properties: [] },
            { selector: '.e', exists: true, text: false, attributes: [], properties: [] },
            { selector: '[data-x]', exists: false, text: true, attributes: ['data-x'], properties: [] },
        ]);
    });
    it('skips patterns that do not compile and keeps the technology', () => {
        const set = fingerprints({ Odd: { html: ['(?i)bad', 'good-marker'] } });
        expect(set.technologies.get('Odd').html).to.have.length(1);
        expect(set.rejectedPatterns.map(({ source }) => source)).to.deep.equal(['(?i)bad']);
    });
});
describe('matching and resolving detections', () => {
    it('matches headers, cookies and meta names case-insensitively, JS paths exactly', () => {
        const set = fingerprints({
            H: { headers: { 'X-Engine': 'h-engine' } },
            C: { cookies: { Sess_C: '' } },
            M: { meta: { Generator: 'MakerCMS' } },
            J: { js: { 'Maker.version': '([\\d.]+)\\;version:\\1' } },
        });
        expect(summary(detect(set, {
            headers: { 'x-engine': 'H-ENGINE' },
            cookies: { SESS_C: '1' },
            meta: { generator: ['makercms'] },
            js: { 'maker.version': '1.0', 'Maker.version': '2.1' },
        }))).to.deep.equal(['C - 100', 'H - 100', 'J 2.1 100', 'M - 100']);
    });
    it('treats a DOM selector with an empty spec as "the selector matches"', () => {
        const set = fingerprints({ Seo: { dom: { 'script.seo-schema': {} } } });
        expect(summary(detect(set, { dom: { 'script.seo-schema': { texts: [], attributes: {}, properties: {} } } }))).to.deep.equal(['Seo - 100']);
        expect(detect(set, { dom: {} })).to.deep.equal([]);
    });
    it('drops a technology excluded by another one, whatever their confidences', () => {
        const set = fingerprints({
            Fork: { meta: { generator: 'fork\\;confidence:30' }, excludes: 'Upstream' },
            Upstream: { scriptSrc: 'upstream\\.js' },
        });
        expect(summary(detect(set, { meta: { generator: 'fork' }, scriptSrc: ['https://cdn.example/upstream.js'] }))).to.deep.equal(['Fork - 30']);
    });
    it('keeps the more confident of two technologies that exclude each other', () => {
        const set = fingerprints({
            Old: { html: 'old-app\\;confidence:40', excludes: 'New' },
            New: { html: 'new-app', excludes: 'Old' },
        });
        expect(summary(detect(set, { html: 'old-app new-app' }))).to.deep.equal(['New - 100']);
    });
    it('reports a technology that requires another only next to it, even when that one is implied', () => {
        const set = fingerprints({
            Plugin: { html: 'plugin-mark', requires: 'Cms', cats: [4] },
            Cms: { implies: 'Lang' },
            Theme: { html: 'theme-mark', implies: 'Cms' },
            Lang: {},
        });
        expect(detect(set, { html: 'plugin-mark' })).to.deep.equal([]);
        expect(summary(detect(set, { html: 'plugin-mark theme-mark' }))).to.deep.equal(['Cms - 100', 'Lang - 100', 'Plugin - 100', 'Theme - 100']);
    });
    it('reports a technology that requires a category only next to a technology of it, also transitively', () => {
        const set = fingerprints({
            PayButton: { html: 'pay-button', requiresCategory: 2 },
            Reviews: { html: 'reviews-widget', requires: 'PayButton' },
            Shop: { html: 'shop-mark', cats: [2] },
        });
        expect(detect(set, { html: 'pay-button reviews-widget' })).to.deep.equal([]);
        expect(summary(detect(set, { html: 'pay-button reviews-widget shop-mark' }))).to.deep.equal(['PayButton - 100', 'Reviews - 100', 'Shop - 100']);
    });
    it('resolves implications transitively with the smallest confidence on the way, and their versions', () => {
        const set = fingerprints({
            Theme: { html: 'theme-mark\\;confidence:80', implies: 'Cms\\;confidence:60\\;version:2' },
            Cms: { implies: 'Lang' },
            Lang: {},
        });
        expect(summary(detect(set, { html: 'theme-mark' }))).to.deep.equal(['Theme - 80', 'Cms 2 60', 'Lang - 60']);
    });
    it('never lowers a detected technology through an implication', () => {
        const set = fingerprints({ Theme: { html: 'theme-mark', implies: 'Lang\\;confidence:50' }, Lang: { html: 'lang-mark' } });
        expect(summary(detect(set, { html: 'theme-mark lang-mark' }))).to.deep.equal(['Lang - 100', 'Theme - 100']);
    });
    it('survives implication cycles', () => {
        const set = fingerprints({ A: { html: 'a-mark', implies: 'B' }, B: { implies: 'A\\;version:1.0' } });
        expect(summary(detect(set, { html: 'a-mark' }))).to.deep.equal(['A 1.0 100', 'B - 100']);
    });
    it('sees markers at the start and at the end of a long HTML document, not in its middle', () => {
        const set = fingerprints({ Head: { html: 'head-mark' }, Middle: { html: 'middle-mark' }, Tail: { html: 'tail-mark' } });
        const filler = 'x'.repeat(MATCH_LIMITS.htmlHeadChars);
        const html = `head-mark ${filler} middle-mark ${filler} tail-mark`;
        expect(summary(detect(set, { html }))).to.deep.equal(['Head - 100', 'Tail - 100']);
    });
    it('cuts over-long values before matching', () => {
        const set = fingerprints({ Far: { headers: { 'x-long': 'far-marker' } } });
        const value = `${'x'.repeat(MATCH_LIMITS.headerValueChars)}far-marker`;
        expect(detect(set, { headers: { 'x-long': value } })).to.deep.equal([]);
        expect(detect(set, { headers: { 'x-long': 'far-marker' } })).to.have.length(1);
    });
    it('checks DOM selectors on the HTML when the page was not rendered', () => {
        const set = fingerprints({
            Ng: { dom: { '[ng-version]': { attributes: { 'ng-version': '^([\\d.]+)\\;version:\\1' } } } },
            Widget: { dom: { '.widget-title': { text: '^Powered by Widget ([\\d.]+)\\;version:\\1' } } },
            Absent: { dom: ['.nowhere', 'div[data-absent]'] },
            Broken: { dom: ['div[[['] },
        });
        const html = '<html><body><app-root ng-version="17.1.0"></app-root><p class="widget-title">  Powered by Widget 2.3 </p></body></html>';
        expect(summary(detect(set, { html, dom: undefined }))).to.deep.equal(['Ng 17.1.0 100', 'Widget 2.3 100']);
    });
    it('does not report a detection whose confidence adds up to zero', () => {
        const set = fingerprints({ Quiet: { js: { 'Quiet.VERSION': '^(.+)$\\;confidence:0\\;version:\\1' } } });
        expect(detect(set, { js: { 'Quiet.VERSION': '1.0' } })).to.deep.equal([]);
    });
    it('lets a zero-confidence detection neither exclude nor satisfy a requirement', () => {
        const set = fingerprints({
            Hint: { js: { 'Hint.VERSION': '^(.+)$\\;confidence:0\\;version:\\1' }, excludes: 'Real' },
            Real: { html: 'real-mark' },
            Addon: { html: 'addon-mark', requires: 'Hint' },
        });
        expect(summary(detect(set, { html: 'real-mark addon-mark', js: { 'Hint.VERSION': '1.0' } }))).to.deep.equal(['Real - 100']);
    });
    it('caps the summed confidence at 100', () => {
        const set = fingerprints({ Many: { html: ['one\\;confidence:60', 'two\\;confidence:60'] } });
        expect(summary(detect(set, { html: 'one two' }))).to.deep.equal(['Many - 100']);
    });
});
describe('betterVersion', () => {
    const cases = [
        ['', '1.2', '1.2'],
        ['1.2', '', '1.2'],
        ['6.4', '6.4.2', '6.4.2'],
        ['6.4.2', '6.4', '6.4.2'],
        ['1.12.4', '3.7.1', '3.7.1'],
        ['3.7.1', '1.12.4', '3.7.1'],
        ['2.0', '10.0', '10.0'],
        ['1.0', '20231115', '1.0'],
        ['1.0', '1.0.0.0.0.0.0.0.0', '1.0'],
        ['1.0-beta', '1.0-rc', '1.0-rc'],
    ];
    for (const [current, candidate, expected] of cases) {
        it(`prefers ${JSON.stringify(expected)} between ${JSON.stringify(current)} and ${JSON.stringify(candidate)}`, () => {
            expect(betterVersion(current, candidate)).to.equal(expected);
        });
    }
});
//# sourceMappingURL=technologies-resolve.test.js.map