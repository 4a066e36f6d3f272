import { expect } from 'chai';
import { parseHtmlDocument } from '../../actors/crawl/html-document.js';
const PAGE = 'https://www.acme.fr/societe/equipe.html';
describe('parseHtmlDocument (a fetched page, read without a browser)', () => {
    describe('title', () => {
        const cases = [
            { name: 'a plain title', html: '<title>ACME — Équipe</title>', title: 'ACME — Équipe' },
            { name: 'entities decoded, whitespace collapsed', html: '<title>\n  ACME &amp;\tCo  </title>', title: 'ACME & Co' },
            { name: 'markup inside a title is text', html: '<title>a <b>b</b></title>', title: 'a <b>b</b>' },
            { name: 'the first title only', html: '<title>one</title><body><title>two</title>', title: 'one' },
            { name: 'no title', html: '<p>no title</p>', title: '' },
        ];
        for (const { name, html, title } of cases) {
            it(name, () => expect(parseHtmlDocument(html, PAGE).title).to.equal(title));
        }
    });
    describe('links', () => {
        const hrefs = (html, url = PAGE) => parseHtmlDocument(html, url).links.map((link) => link.href);
        it('resolves relative links against the page URL', () => {
            expect(hrefs('<a href="contact.html">c</a><a href="/">home</a><a href="../a-propos?x=1#top">a</a>')).to.deep.equal([
                'https://www.acme.fr/societe/contact.html',
                'https://www.acme.fr/',
                'https://www.acme.fr/a-propos?x=1#top',
            ]);
        });
        it('resolves against <base href>, wherever the base element stands', () => {
            expect(hrefs('<a href="contact.html">c</a><head><base href="https://cdn.acme.fr/v2/"></head>')).to.deep.equal(['https://cdn.acme.fr/v2/contact.html']);
            expect(hrefs('<base href="/fr/"><a href="x">x</a>')).to.deep.equal(['https://www.acme.fr/fr/x']);
            expect(hrefs('<base target="_blank"><base href="/second/"><a href="x">x</a>')).to.deep.equal(['https://www.acme.fr/second/x']);
        });
        it('keeps the page URL when <base href> does not parse', () => {
            expect(hrefs('<base href="http://[bad"><a href="x">x</a>')).to.deep.equal(['https://www.acme.fr/societe/x']);
        });
        it('lists anchors and areas, then frames, then the meta refresh target, once each', () => {
            const html = '<meta http-equiv="Refresh" content="5; url=/moved">' +
                '<iframe src="/embed" title="Carte"></iframe><a href="/a">A</a><map><area href="/b" title="Zone B"></map>' +
                '<a href="/a">again</a><frame src="/f">';
            expect(parseHtmlDocument(html, PAGE).links).to.deep.equal([
                { href: 'https://www.acme.fr/a', text: 'A' },
                { href: 'https://www.acme.fr/b', text: 'Zone B' },
                { href: 'https://www.acme.fr/embed', text: 'Carte' },
                { href: 'https://www.acme.fr/f', text: '' },
                { href: 'https://www.acme.fr/moved', text: '' },
            ]);
        });
        it('takes the anchor text, else its title, else its aria-label', () => {
            const html = '<a href="/1">  Nos\n  <b>services</b> </a><a href="/2" title="Accueil"><img alt="logo"></a>' + '<a href="/3" aria-label="LinkedIn"><svg></svg></a>';
            expect(parseHtmlDocument(html, PAGE).links.map((link) => link.text)).to.deep.equal(['Nos services', 'Accueil', 'LinkedIn']);
        });
        it('cuts link texts at 200 characters', () => {
            const links = parseHtmlDocument(`<a href="/x">${'word '.repeat(100)}</a>`, PAGE).links;
            expect(links[0].text.length).to.equal(200);
        });
        it('ignores links inside <template> and <noscript> (inert with scripting on), and anchors without href', () => {
            expect(hrefs('<template><a href="/t">t</a></template><noscript><a href="/n">n</a></noscript><a name="top">top</a><a href="/ok">ok</a>')).to.deep.equal([
                'https://www.acme.fr/ok',
            ]);
        });
        it('drops hrefs that do not parse and keeps other schemes for the caller to filter', () => {
            expect(hrefs('<a href="http://[bad">x</a><a href="mailto:a@acme.fr">m</a><a href="tel:+33478000000">t</a>')).to.deep.equal([
                'mailto:a@acme.fr',
                'tel:+33478000000',
            ]);
        });
        it('stops at maxLinks', () => {
            const html = Array.from({ length: 50 }, (_, i) => `<a href="/p${i}">p</a>`).join('');
            expect(parseHtmlDocument(html, PAGE, { maxLinks: 10 }).links).to.have.length(10);
        });
    });
    describe('scripts', () => {
        it('counts scripts that run and keeps their inline code and absolute sources', () => {
            const facts = parseHtmlDocument('<script>var a = 1;</script><script type="module" src="/app.js"></script>' +
                '<script type="text/javascript">b()</script><script type="application/ld+json">{"email":"x"}</script>' +
                '<script type="text/plain">not code</script><body onload="init()">', PAGE);
            expect(facts.executableScripts).to.equal(4);
            expect(facts.inlineScripts).to.deep.equal(['var a = 1;', 'b()', 'init()']);
            expect(facts.externalScripts).to.deep.equal(['https://www.acme.fr/app.js']);
            expect(facts.templateScripts).to.equal(0);
        });
        it('counts client-side template blocks', () => {
            const facts = parseHtmlDocument('<script type="text/x-handlebars-template"><p>{{name}}</p></script><script type="text/template"></script>', PAGE);
            expect(facts.templateScripts).to.equal(2);
            expect(facts.executableScripts).to.equal(0);
        });
        it('caps the code kept of a huge inline script', () => {
            const facts = parseHtmlDocument(`<script>${'x'.repeat(500)}</script>`, PAGE, { maxScriptChars: 100 });
            expect(facts.inlineScripts[0].length).to.be.at.most(600);
        });
        it('a page without scripts has none', () => {
            const facts = parseHtmlDocument('<p>Static page</p><a href="/x">x</a>', PAGE);
            expect(facts.executableScripts).to.equal(0);
            expect(facts.inlineScripts).to.deep.equal([]);
        });
    });
    describe('signs of a page built by scripts', () => {
        it('reads <noscript> texts', () => {
            expect(parseHtmlDocument('<noscript>You need to enable <b>JavaScript</b> to run this app.</noscript>', PAGE).noscriptTexts).to.deep.equal([
                'You need to enable JavaScript to run this app.',
            ]);
        });
        it('reads the meta refresh', () => {
            expect(parseHtmlDocument('<meta http-equiv="refresh" content="0;url=/fr/">', PAGE).metaRefresh).to.equal('0;url=/fr/');
            expect(parseHtmlDocument('<meta name="refresh" content="0;url=/fr/">', PAGE).metaRefresh).to.equal(null);
        });
        const roots = [
            { html: '<div id="root"></div>', expected: ['root'] },
            { html: '<div id="app">Loading…</div>', expected: ['app'] },
            { html: '<div id="app"><span class="spinner"></span> Chargement...</div>', expected: ['app'] },
            { html: '<app-root></app-root>', expected: ['app-root'] },
            { html: '<div id="__next"><h1>Server-rendered title</h1><p>And a real paragraph of content.</p></div>', expected: [] },
            { html: '<div id="root"><div><div></div></div></div><p>outside</p>', expected: ['root'] },
            { html: '<div id="sidebar"></div>', expected: [] },
        ];
        for (const { html, expected } of roots) {
            it(`empty app roots of ${html}`, () => expect(parseHtmlDocument(html, PAGE).emptyAppRoots).to.deep.equal(expected));
        }
        it('finds framework attributes and elements', () => {
            expect(parseHtmlDocument('<html ng-app="shop"><div data-reactroot=""></div><button hx-get="/x">', PAGE).frameworkMarkers).to.have.members([
                'ng-app',
                'data-reactroot',
                'hx-get',
            ]);
            expect(parseHtmlDocument('<div class="app" id="main">x</div>', PAGE).frameworkMarkers).to.deep.equal([]);
        });
        const holders = [
            { html: '<span id="dpo-email">chargement…</span>', expected: 1 },
            { html: '<p class="email"></p>', expected: 1 },
            { html: '<span data-user="info" data-domain="acme.fr"></span>', expected: 1 },
            { html: '<span class="email">info@acme.fr</span>', expected: 0 },
            { html: '<a class="email-link" href="mailto:x@acme.fr"></a>', expected: 0 },
            { html: '<div class="mailchimp-form"></div>', expected: 0 },
            { html: '<div class="form-group email"><label>Email</label><input></div>', expected: 0 },
        ];
        for (const { html, expected } of holders) {
            it(`e-mail placeholders of ${html}`, () => expect(parseHtmlDocument(html, PAGE).emailPlaceholders).to.equal(expected));
        }
    });
    it('survives broken markup', () => {
        const facts = parseHtmlDocument('<p>Broken<a href="/x">x<div id="app"><script>var s = "</div>"', PAGE);
        expect(facts.links.map((link) => link.href)).to.deep.equal(['https://www.acme.fr/x']);
        expect(facts.executableScripts).to.equal(1);
        // An unclosed <title> swallows the rest of the document as its text, as in a browser.
        const unclosed = parseHtmlDocument('<title>Broken<a href="/x">x</a><script>x()</script>', PAGE);
        expect(unclosed.links).to.deep.equal([]);
        expect(unclosed.executableScripts).to.equal(0);
    });
    it('stays linear on a huge document', () => {
        const html = `<p>${'a'.repeat(2_000_000)}</p>${'<a href="/x">x</a>'.repeat(20_000)}`;
        const facts = parseHtmlDocument(html, PAGE);
        expect(facts.links).to.have.length(1);
    });
});
//# sourceMappingURL=crawl-html-document.test.js.map