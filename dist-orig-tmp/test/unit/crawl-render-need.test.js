import { expect } from 'chai';
import { htmlToVisibleText } from '../../actors/extract/html-text.js';
import { parseHtmlDocument } from '../../actors/crawl/html-document.js';
import { scriptSignatures } from '../../actors/crawl/page-source.js';
import { renderReason } from '../../actors/crawl/render-need.js';
const URL = 'https://www.acme.fr/contact.html';
/** Enough visible text and a link: a normal static page body. */
const BODY = `<h1>ACME Industries</h1><p>${'Usinage de précision, assemblage et contrôle qualité pour l’industrie. '.repeat(4)}</p><a href="/">Accueil</a>`;
function reasonFor(html) {
    return renderReason(parseHtmlDocument(html, URL), htmlToVisibleText(html));
}
describe('renderReason (does a fetched page need a browser?)', () => {
    const cases = [
        { name: 'a static page without scripts', html: BODY, expected: null },
        { name: 'a tiny page without scripts (nothing can change it)', html: '<p>Hi</p>', expected: null },
        {
            name: 'a static page with harmless scripts',
            html: `${BODY}<script src="/js/jquery.min.js"></script><script>$('h1').addClass('ready');</script>`,
            expected: null,
        },
        {
            name: 'telemetry config with an @ but no DOM write',
            html: `${BODY}<script>window.cfg = { dsn: "https://3f2a9c@o1.ingest.sentry.io/42" };</script>`,
            expected: null,
        },
        { name: 'JSON-LD with an e-mail (data, not code)', html: `${BODY}<script type="application/ld+json">{"email":"a@acme.fr"}</script>`, expected: null },
        {
            name: 'Cloudflare e-mail protection (decoded statically)',
            html: `${BODY}<script src="/cdn-cgi/scripts/5c5dd728/cloudflare-static/email-decode.min.js"></script>`,
            expected: null,
        },
        { name: 'a meta refresh', html: `${BODY}<meta http-equiv="refresh" content="0;url=/fr/">`, expected: 'meta-refresh' },
        { name: 'a meta refresh even without scripts', html: '<meta http-equiv="refresh" content="3">', expected: 'meta-refresh' },
        { name: 'an empty React root', html: '<div id="root"></div><script src="/static/js/main.js"></script>', expected: 'app-shell' },
        { name: 'a "Loading…" app root', html: `<div id="app">Loading…</div>${BODY}<script>boot()</script>`, expected: 'app-shell' },
        {
            name: 'a noscript asking for JavaScript',
            html: `${BODY}<noscript>Please enable JavaScript.</noscript><script src="/a.js"></script>`,
            expected: 'noscript-javascript',
        },
        { name: 'Angular markers', html: `<html ng-app="x">${BODY}<script src="/a.js"></script>`, expected: 'framework' },
        { name: 'a Vue bundle', html: `${BODY}<script src="https://unpkg.com/vue@3/dist/vue.global.js"></script>`, expected: 'framework' },
        { name: 'a Next.js page', html: `${BODY}<script src="/_next/static/chunks/main-abc.js"></script>`, expected: 'framework' },
        { name: 'hydration state inline', html: `${BODY}<script>window.__NUXT__={}</script>`, expected: 'framework' },
        { name: 'client-side templates', html: `${BODY}<script type="text/x-template"><p>{{ x }}</p></script><script src="/a.js"></script>`, expected: 'template' },
        { name: 'uncompiled template expressions', html: `${BODY}<p>Contact: {{ company.email }}</p><script src="/a.js"></script>`, expected: 'template' },
        { name: 'scripts and hardly any text', html: '<p>Bienvenue</p><a href="/x">x</a><script src="/a.js"></script>', expected: 'little-text' },
        { name: 'scripts and no link at all', html: `<h1>ACME</h1><p>${'Texte. '.repeat(40)}</p><script src="/nav.js"></script>`, expected: 'no-links' },
        {
            name: 'a script assembling an address',
            html: `${BODY}<script>document.getElementById('m').innerHTML = 'info' + '@' + 'acme.fr';</script>`,
            expected: 'script-writes-content',
        },
        {
            name: 'a script writing data it fetches (the acme DPO address)',
            html: `${BODY}<script>fetch('/d.json').then(r => r.json()).then(p => { el.textContent = p.user + String.fromCharCode(64) + p.domain; });</script>`,
            expected: 'script-writes-content',
        },
        { name: 'document.write', html: `${BODY}<script>document.write('<p>x</p>')</script>`, expected: 'script-writes-content' },
        { name: 'a jQuery mailto link', html: `${BODY}<script>$('#c').html('<a href="mailto:' + u + '">')</script>`, expected: 'script-writes-content' },
        { name: 'a cookie banner writing plain text', html: `${BODY}<script>banner.textContent = 'We use cookies';</script>`, expected: null },
        { name: 'a script redirect', html: `${BODY}<script>if (lang === 'fr') window.location.href = '/fr/';</script>`, expected: 'script-redirect' },
        { name: 'location.replace', html: `${BODY}<script>location.replace('/new')</script>`, expected: 'script-redirect' },
        { name: 'a comparison with location is not a redirect', html: `${BODY}<script>if (location.href == x) y();</script>`, expected: null },
        { name: 'an e-mail decoder script', html: `${BODY}<script src="/js/email-obfuscator.js"></script>`, expected: 'contact-script' },
        { name: 'an empty e-mail holder', html: `${BODY}<span class="email"></span><script src="/a.js"></script>`, expected: 'email-placeholder' },
        {
            name: 'an onload handler writing an address',
            html: BODY.replace('<h1>', '<body onload="m.innerHTML=u+\'@\'+d"><h1>'),
            expected: 'script-writes-content',
        },
    ];
    for (const { name, html, expected } of cases) {
        it(`${expected ?? 'no browser'} for ${name}`, () => expect(reasonFor(html)).to.equal(expected));
    }
});
describe('scriptSignatures (does a page run scripts a rendered page did not?)', () => {
    const signaturesOf = (html) => scriptSignatures(parseHtmlDocument(html, URL));
    it('identifies external scripts by URL without their query', () => {
        expect(signaturesOf('<script src="/js/site.js?v=3"></script>')).to.deep.equal(signaturesOf('<script src="/js/site.js?v=4"></script>'));
        expect(signaturesOf('<script src="/js/site.js"></script>')).to.not.deep.equal(signaturesOf('<script src="/js/other.js"></script>'));
    });
    it('treats inline snippets differing only by literals or numbers as the same script', () => {
        expect(signaturesOf("<script>track('page-12', 1699999999);</script>")).to.deep.equal(signaturesOf("<script>track('page-7', 1700000000);</script>"));
        expect(signaturesOf('<script>track(1)</script>')).to.not.deep.equal(signaturesOf('<script>init(1)</script>'));
    });
    it('gives nothing for a page without scripts, and ignores data blocks', () => {
        expect(signaturesOf('<p>static</p><script type="application/ld+json">{"a":1}</script>')).to.deep.equal([]);
    });
    it('stays linear on unbalanced quotes', () => {
        const code = `'${"a'".repeat(50_000)}`;
        expect(signaturesOf(`<script>${code}</script>`)).to.have.length(1);
    });
});
//# sourceMappingURL=crawl-render-need.test.js.map