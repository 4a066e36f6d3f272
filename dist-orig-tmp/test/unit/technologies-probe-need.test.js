import { expect } from 'chai';
import { compileFingerprints, loadFingerprints } from '../../actors/technologies/fingerprints.js';
import { ProbeCache, probeCacheKey } from '../../actors/technologies/probe-cache.js';
import { technologiesToProbe } from '../../actors/technologies/probe-need.js';
import { pageScripts, setCookies, technologyInputFromPage } from '../../actors/technologies/technology-input.js';
import { detectTechnologies } from '../../actors/technologies/detect.js';
function fingerprints(technologies) {
    return compileFingerprints({ source: 'test', technologies, categories: { '1': { name: 'Widgets' } } });
}
const SET = fingerprints({
    // Seen only through its global: its loader's URL names it.
    Chatterbox: { js: { 'Chatterbox.version': '^([\\d.]+)$\\;version:\\1' }, scriptSrc: 'chatterbox-loader-v(\\d+)\\.js\\;version:\\1' },
    // Only a JS global, named in inline scripts.
    Quokka: { js: { 'QuokkaTracker.id': '' } },
    // Plugin of a library that is on every page: hinted by the plugin's step, never by `jQuery`.
    SlidePlugin: { js: { 'jQuery.fn.slideshowify': '' } },
    OtherPlugin: { js: { 'jQuery.fn.otherplugin': '' } },
    jQuery: { js: { 'jQuery.fn.jquery': '([\\d.]+)\\;version:\\1' }, scriptSrc: 'jquery(?:-([\\d.]+))?(?:\\.min)?\\.js\\;version:\\1' },
    // Decided from the HTML alone.
    Staticky: { js: { Staticky: '' }, meta: { generator: '^Staticky' }, html: '<div class="staticky-root' },
    DomWidget: { js: { 'domwidgetapi.ready': '' }, dom: "div[data-domwidget='on']" },
    CookieCms: { js: { cookiecmsconfig: '' }, cookies: { cookiecms_session: '' } },
    // No browser-only evidence: never a reason to render.
    PlainSrc: { scriptSrc: 'plainsrc\\.js' },
});
function page(body, headers = {}) {
    return { url: 'https://acme.example/about', html: `<!doctype html><html><head><title>Acme</title>${body}</head><body><p>Acme</p></body></html>`, headers };
}
describe('technologiesToProbe (render a page for technologies?)', () => {
    const cases = [
        { name: 'no scripts at all', body: '', expected: [] },
        {
            name: 'scripts that hint at nothing',
            body: '<script src="/js/site.js"></script><script>window.siteConfig = { release: "1.4.2" };</script>',
            expected: [],
        },
        {
            name: 'a JS-only technology whose loader URL matches a scriptSrc literal',
            body: '<script src="https://cdn.example/chatterbox-loader-vX.js"></script>',
            expected: ['Chatterbox'],
        },
        {
            name: 'a JS-only technology whose loader is detected from its URL',
            body: '<script src="https://cdn.example/chatterbox-loader-v2.js"></script>',
            expected: [],
        },
        { name: 'a global named in an inline script', body: '<script>window.QuokkaTracker = { id: "q-1" };</script>', expected: ['Quokka'] },
        { name: 'a global named only in the visible text (not a script)', body: '</head><body><p>QuokkaTracker is our mascot</p>', expected: [] },
        {
            name: 'jQuery alone does not hint at its plugins',
            body: '<script src="/js/jquery-3.6.0.min.js"></script><script>jQuery(function () {});</script>',
            expected: [],
        },
        { name: 'a technology detected without the version its JS rule tells', body: '<script src="/js/jquery.min.js"></script>', expected: ['jQuery'] },
        {
            name: 'a technology without a version but whose JS rules tell none either',
            body: '<script>Staticky.boot()</script></head><body><div class="staticky-root"></div>',
            expected: [],
        },
        // jQuery itself is hinted too: that URL does not match its scriptSrc rule.
        { name: 'a jQuery plugin named in a script URL', body: '<script src="/js/jquery.slideshowify.js"></script>', expected: ['SlidePlugin', 'jQuery'] },
        { name: 'a hinted technology decided by a meta rule', body: '<meta name="generator" content="Staticky 3"><script>Staticky.boot()</script>', expected: [] },
        {
            name: 'a hinted technology decided by an HTML rule',
            body: '<script>Staticky.boot()</script></head><body><div class="staticky-root"></div>',
            expected: [],
        },
        { name: 'a hinted technology not decided by the HTML', body: '<script>Staticky.boot()</script>', expected: ['Staticky'] },
        {
            name: 'a hinted technology decided by a DOM selector',
            body: '<script>domwidgetapi.ready()</script></head><body><div data-domwidget="on"></div>',
            expected: [],
        },
        { name: 'a hinted technology whose DOM selector is absent', body: '<script>domwidgetapi.ready()</script>', expected: ['DomWidget'] },
        {
            name: 'a hinted technology decided by a Set-Cookie header',
            body: '<script>var c = cookiecmsconfig;</script>',
            headers: { 'set-cookie': 'other=1; Path=/\ncookiecms_session=abc; HttpOnly' },
            expected: [],
        },
        { name: 'the same without the cookie', body: '<script>var c = cookiecmsconfig;</script>', expected: ['CookieCms'] },
        { name: 'a technology without browser-only rules', body: '<script src="/js/plainsrcx.js"></script><script>plainsrc()</script>', expected: [] },
    ];
    for (const { name, body, headers, expected } of cases) {
        it(name, () => {
            expect(technologiesToProbe(page(body, headers), { set: SET })).to.deep.equal(expected);
        });
    }
    it('uses scripts already read instead of parsing the HTML again', () => {
        const scripts = { scriptSrc: [], scripts: ['window.QuokkaTracker = {}'] };
        expect(technologiesToProbe(page(''), { set: SET, scripts })).to.deep.equal(['Quokka']);
    });
    it('with the real data set: a plain server-rendered page needs no render, a hinted JS-only technology does', () => {
        const plain = page('<script src="/js/site.js" defer></script><script>window.siteConfig = { analyticsId: "UA-12-1", release: "site@1.4.2" };</script>');
        expect(technologiesToProbe(plain)).to.deep.equal([]);
        const jquery = page('<script src="/js/jquery-3.6.0.min.js"></script>');
        expect(technologiesToProbe(jquery)).to.deep.equal([]);
        // Bootstrap is seen from its URL, but only `bootstrap.Alert.VERSION` tells its version.
        const bootstrap = page('<script src="/js/jquery-3.6.0.min.js"></script><script src="/js/bootstrap.bundle.min.js"></script>');
        expect(technologiesToProbe(bootstrap)).to.deep.equal(['Bootstrap']);
        const swiper = page('<script src="/js/app.js"></script><script>new Swiper(".hero", { loop: true });</script>');
        expect(technologiesToProbe(swiper)).to.include('Swiper');
        expect(loadFingerprints().technologies.get('Swiper')?.js.size).to.be.greaterThan(0);
    });
});
describe('setCookies', () => {
    const cases = [
        { header: undefined, expected: [] },
        { header: '', expected: [] },
        { header: 'a=1', expected: [{ name: 'a', value: '1' }] },
        {
            header: 'a=1; Path=/; HttpOnly\n b = x=y ; Secure',
            expected: [
                { name: 'a', value: '1' },
                { name: 'b', value: 'x=y' },
            ],
        },
        { header: 'novalue\n=nameless\nempty=', expected: [{ name: 'empty', value: '' }] },
    ];
    for (const { header, expected } of cases) {
        it(`reads ${JSON.stringify(header)}`, () => expect(setCookies(header)).to.deep.equal(expected));
    }
    it('feeds cookie rules of a page that was not rendered; browser cookies win', () => {
        const fromHeader = technologyInputFromPage({ ...page(''), headers: { 'Set-Cookie': 'PHPSESSID=abc; path=/' } });
        expect(fromHeader.cookies).to.deep.equal({ PHPSESSID: 'abc' });
        expect(detectTechnologies([fromHeader]).map((t) => t.name)).to.include('PHP');
        const both = technologyInputFromPage({ ...page(''), headers: { 'set-cookie': 'a=1' }, cookies: [{ name: 'a', value: '2' }] });
        expect(both.cookies).to.deep.equal({ a: '2' });
    });
});
describe('pageScripts', () => {
    it('reads script URLs (absolute, against <base>) and inline scripts like technologyInputFromPage', () => {
        const html = '<base href="https://cdn.acme.example/v2/"><script src="a.js"></script><script src="data:text/javascript;base64,eA=="></script><script>var x = 1;</script><script> </script>';
        const scripts = pageScripts({ url: 'https://acme.example/', html });
        expect(scripts).to.deep.equal({ scriptSrc: ['https://cdn.acme.example/v2/a.js'], scripts: ['var x = 1;'] });
        const input = technologyInputFromPage({ url: 'https://acme.example/', html, headers: {} });
        expect(input.scriptSrc).to.deep.equal(scripts.scriptSrc);
        expect(input.scripts).to.deep.equal(scripts.scripts);
    });
});
describe('ProbeCache', () => {
    const cases = [
        {
            name: 'same origin, same scripts',
            stored: ['https://acme.example/', ['https://acme.example/a.js']],
            asked: ['https://acme.example/contact', ['https://acme.example/a.js']],
            hit: true,
        },
        {
            name: 'same scripts in another order, repeated',
            stored: ['https://acme.example/', ['/b.js', '/a.js']],
            asked: ['https://acme.example/x', ['/a.js', '/b.js', '/a.js']],
            hit: true,
        },
        { name: 'a fragment does not count', stored: ['https://acme.example/', ['/a.js#x']], asked: ['https://acme.example/x', ['/a.js']], hit: true },
        { name: 'no scripts on either page', stored: ['https://acme.example/', []], asked: ['https://acme.example/y', []], hit: true },
        { name: 'one more script', stored: ['https://acme.example/', ['/a.js']], asked: ['https://acme.example/x', ['/a.js', '/b.js']], hit: false },
        { name: 'another query string', stored: ['https://acme.example/', ['/a.js?v=1']], asked: ['https://acme.example/x', ['/a.js?v=2']], hit: false },
        { name: 'another origin (scheme)', stored: ['https://acme.example/', ['/a.js']], asked: ['http://acme.example/', ['/a.js']], hit: false },
        { name: 'another origin (subdomain)', stored: ['https://acme.example/', ['/a.js']], asked: ['https://www.acme.example/', ['/a.js']], hit: false },
        { name: 'an unparsable page URL', stored: ['not a url', ['/a.js']], asked: ['not a url', ['/a.js']], hit: false },
        { name: 'a data: page', stored: ['data:text/html,x', []], asked: ['data:text/html,x', []], hit: false },
    ];
    for (const { name, stored, asked, hit } of cases) {
        it(`${hit ? 'hits' : 'misses'}: ${name}`, () => {
            const cache = new ProbeCache();
            cache.set(stored[0], stored[1], 'learnt');
            expect(cache.get(asked[0], asked[1])).to.equal(hit ? 'learnt' : undefined);
        });
    }
    it('drops the oldest entry beyond its size, and a re-stored entry counts as new', () => {
        const cache = new ProbeCache(2);
        cache.set('https://a.example/', [], 1);
        cache.set('https://b.example/', [], 2);
        cache.set('https://a.example/', [], 11);
        cache.set('https://c.example/', [], 3);
        expect(cache.size).to.equal(2);
        expect(cache.get('https://b.example/', [])).to.equal(undefined);
        expect(cache.get('https://a.example/', [])).to.equal(11);
        expect(cache.get('https://c.example/', [])).to.equal(3);
    });
    for (const bad of [0, -1, 1.5, Number.NaN]) {
        it(`refuses maxEntries ${bad}`, () => expect(() => new ProbeCache(bad)).to.throw(RangeError));
    }
    it('keys are the origin and the sorted distinct script URLs', () => {
        expect(probeCacheKey('https://acme.example/x?y', ['/b.js', '/a.js', '/b.js'])).to.equal('https://acme.example\n/a.js\n/b.js');
        expect(probeCacheKey('::', [])).to.equal(null);
    });
});
//# sourceMappingURL=technologies-probe-need.test.js.map