import { expect } from 'chai';
import { extractMetadata, LEGACY_MARKUP } from '../../actors/analyse/metadata.js';
import { findCopyrightYears } from '../../actors/analyse/copyright-years.js';
import { organizationFromJsonLd, parseJsonLd } from '../../actors/analyse/json-ld-organization.js';
const PAGE_URL = 'https://www.acme.example/fr/contact';
const HTML5 = '<!DOCTYPE html>';
function metadataOf(html, extra = {}) {
    return extractMetadata({ url: extra.url ?? PAGE_URL, html, text: extra.text ?? '', headers: extra.headers });
}
function jsonLd(value) {
    return `<script type="application/ld+json">${typeof value === 'string' ? value : JSON.stringify(value)}</script>`;
}
describe('extractMetadata', () => {
    it('reads a complete modern page', () => {
        const html = `${HTML5}<html lang="fr-FR"><head>
      <meta charset="utf-8"><title>  Acme —
        Plomberie à Paris </title>
      <meta name="description" content="Plombier à Paris depuis 1998.">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta name="generator" content="WordPress 6.4.2">
      <meta property="og:title" content="Acme OG">
      <meta property="og:image" content="https://cdn.acme.example/og.jpg">
      <meta property="og:image" content="https://cdn.acme.example/second.jpg">
      <meta property="og:locale" content="fr_FR">
      <link rel="icon" href="/favicon-32.png">
      ${jsonLd({
            '@context': 'https://schema.org',
            '@type': 'Plumber',
            name: 'Acme Plomberie',
            legalName: 'Acme SAS',
            email: 'mailto:contact@acme.example',
            telephone: '+33 1 42 68 53 00',
            address: { '@type': 'PostalAddress', streetAddress: '12 rue de la Paix', postalCode: '75002', addressLocality: 'Paris', addressCountry: 'FR' },
            sameAs: ['https://www.facebook.com/acme', 'https://www.linkedin.com/company/acme', 'not a url'],
            logo: { '@type': 'ImageObject', url: '/img/logo.svg' },
        })}
      </head><body><header><img src="/img/header-logo.png" alt="Acme logo"></header>
      <footer>© 2024 Acme</footer></body></html>`;
        expect(metadataOf(html, { text: 'Plomberie\n© 2024 Acme' })).to.deep.equal({
            title: 'Acme — Plomberie à Paris',
            description: 'Plombier à Paris depuis 1998.',
            language: 'fr-FR',
            openGraph: { 'og:title': 'Acme OG', 'og:image': 'https://cdn.acme.example/og.jpg', 'og:locale': 'fr_FR' },
            organization: {
                name: 'Acme Plomberie',
                legalName: 'Acme SAS',
                email: 'contact@acme.example',
                telephone: '+33 1 42 68 53 00',
                address: '12 rue de la Paix, 75002 Paris, FR',
                sameAs: ['https://www.facebook.com/acme', 'https://www.linkedin.com/company/acme'],
                logo: 'https://www.acme.example/img/logo.svg',
            },
            faviconUrl: 'https://www.acme.example/favicon-32.png',
            logoUrl: 'https://www.acme.example/img/logo.svg',
            hasViewport: true,
            generator: 'WordPress 6.4.2',
            copyrightYears: [2024],
            legacyMarkup: [],
        });
    });
    it('returns empty metadata for an empty page', () => {
        expect(metadataOf('')).to.deep.equal({
            title: null,
            description: null,
            language: null,
            openGraph: {},
            organization: null,
            faviconUrl: 'https://www.acme.example/favicon.ico',
            logoUrl: null,
            hasViewport: false,
            generator: null,
            copyrightYears: [],
            legacyMarkup: [],
        });
    });
    describe('title and description', () => {
        const rows = [
            { name: 'title and meta description', html: '<title>A</title><meta name="description" content="D">', title: 'A', description: 'D' },
            {
                name: 'OpenGraph fallbacks',
                html: '<meta property="og:title" content="OG T"><meta property="og:description" content="OG D">',
                title: 'OG T',
                description: 'OG D',
            },
            { name: 'empty title falls back to og:title', html: '<title>   </title><meta property="og:title" content="OG">', title: 'OG', description: null },
            {
                name: 'entities decoded',
                html: '<title>Caf&eacute; &amp; Co</title><meta name="description" content="L&#39;atelier">',
                title: 'Café & Co',
                description: "L'atelier",
            },
            { name: 'upper-case meta name', html: '<META NAME="Description" CONTENT="Upper">', title: null, description: 'Upper' },
            { name: 'SVG title ignored', html: '<body><svg><title>icon</title></svg><title>Real</title></body>', title: 'Real', description: null },
            { name: 'first title wins', html: '<title>One</title><title>Two</title>', title: 'One', description: null },
            { name: 'unclosed title', html: '<title>Broken', title: 'Broken', description: null },
            { name: 'huge title truncated', html: `<title>${'x'.repeat(5000)}</title>`, title: 'x'.repeat(1000), description: null },
        ];
        for (const { name, html, title, description } of rows) {
            it(name, () => {
                const metadata = metadataOf(html);
                expect(metadata.title).to.equal(title);
                expect(metadata.description).to.equal(description);
            });
        }
    });
    describe('language', () => {
        const rows = [
            { name: 'html lang', html: '<html lang="fr">', expected: 'fr' },
            { name: 'html lang with region, normalised', html: '<html lang="en_gb">', expected: 'en-GB' },
            { name: 'script subtag', html: '<html lang="zh-hant-tw">', expected: 'zh-Hant-TW' },
            { name: 'xml:lang', html: '<html xml:lang="de">', expected: 'de' },
            { name: 'Content-Language header', html: '<html>', headers: { 'Content-Language': 'de-DE, en' }, expected: 'de-DE' },
            { name: 'meta http-equiv', html: '<meta http-equiv="content-language" content="it">', expected: 'it' },
            { name: 'og:locale', html: '<meta property="og:locale" content="fr_CA">', expected: 'fr-CA' },
            { name: 'invalid lang falls through', html: '<html lang="French language"><meta property="og:locale" content="fr_FR">', expected: 'fr-FR' },
            { name: 'empty lang falls through to header', html: '<html lang="">', headers: { 'content-language': 'nl' }, expected: 'nl' },
            { name: 'nothing', html: '<html><body>x</body></html>', expected: null },
        ];
        for (const { name, html, headers, expected } of rows) {
            it(name, () => {
                expect(metadataOf(html, { headers }).language).to.equal(expected);
            });
        }
    });
    describe('favicon', () => {
        const rows = [
            { name: 'rel icon, relative', html: '<link rel="icon" href="img/fav.png">', expected: 'https://www.acme.example/fr/img/fav.png' },
            { name: 'shortcut icon', html: '<link rel="shortcut icon" href="/favicon.ico?v=2">', expected: 'https://www.acme.example/favicon.ico?v=2' },
            { name: 'apple-touch-icon when no icon', html: '<link rel="apple-touch-icon" href="/apple.png">', expected: 'https://www.acme.example/apple.png' },
            {
                name: 'icon preferred over apple-touch-icon',
                html: '<link rel="apple-touch-icon" href="/apple.png"><link rel="icon" href="/i.png">',
                expected: 'https://www.acme.example/i.png',
            },
            { name: 'protocol-relative', html: '<link rel="icon" href="//cdn.acme.example/f.ico">', expected: 'https://cdn.acme.example/f.ico' },
            {
                name: 'base href',
                html: '<base href="https://static.acme.example/site/"><link rel="icon" href="f.ico">',
                expected: 'https://static.acme.example/site/f.ico',
            },
            { name: 'data: icon skipped', html: '<link rel="icon" href="data:image/png;base64,AAAA">', expected: 'https://www.acme.example/favicon.ico' },
            { name: 'mask-icon is not a favicon', html: '<link rel="mask-icon" href="/mask.svg">', expected: 'https://www.acme.example/favicon.ico' },
            { name: 'default /favicon.ico', html: '<html></html>', expected: 'https://www.acme.example/favicon.ico' },
            { name: 'page URL that is not a URL', html: '<link rel="icon" href="/f.ico">', url: 'not a url', expected: null },
        ];
        for (const { name, html, url, expected } of rows) {
            it(name, () => {
                expect(metadataOf(html, { url }).faviconUrl).to.equal(expected);
            });
        }
    });
    describe('logo', () => {
        const rows = [
            {
                name: 'JSON-LD logo string',
                html: jsonLd({ '@type': 'Organization', name: 'A', logo: 'https://acme.example/l.png' }),
                expected: 'https://acme.example/l.png',
            },
            {
                name: 'JSON-LD logo wins over images',
                html: `${jsonLd({ '@type': 'Organization', logo: '/ld.png' })}<header><img src="/logo.png"></header>`,
                expected: 'https://www.acme.example/ld.png',
            },
            {
                name: 'image with logo in src inside header',
                html: '<header><img src="/img/acme-logo.png"></header>',
                expected: 'https://www.acme.example/img/acme-logo.png',
            },
            {
                name: 'header logo preferred over an earlier body logo',
                html: '<div><img src="/partner-logo.png"></div><nav><img src="/brand.png" class="site-logo"></nav>',
                expected: 'https://www.acme.example/brand.png',
            },
            {
                name: 'image inside a link with class logo',
                html: '<div id="header"><a class="logo" href="/"><img src="/img/a.png"></a></div>',
                expected: 'https://www.acme.example/img/a.png',
            },
            { name: 'navbar-brand', html: '<nav><a class="navbar-brand"><img src="/brand.svg"></a></nav>', expected: 'https://www.acme.example/brand.svg' },
            { name: 'alt text mentions logo', html: '<header><img src="/a.png" alt="Logo Acme"></header>', expected: 'https://www.acme.example/a.png' },
            {
                name: 'lazy image data-src',
                html: '<header><img src="data:image/gif;base64,R0lG" data-src="/logo.webp"></header>',
                expected: 'https://www.acme.example/logo.webp',
            },
            {
                name: 'srcset',
                html: '<header><img class="logo" srcset="/logo-1x.png 1x, /logo-2x.png 2x"></header>',
                expected: 'https://www.acme.example/logo-1x.png',
            },
            {
                name: 'a logo outside the header when the header has none',
                html: '<header><img src="/banner.jpg"></header><footer><img src="/footer-logo.png"></footer>',
                expected: 'https://www.acme.example/footer-logo.png',
            },
            { name: 'no logo image', html: '<header><img src="/banner.jpg" alt="Our team"></header>', expected: null },
            { name: 'og:image is not a logo', html: '<meta property="og:image" content="/og.jpg">', expected: null },
            {
                name: 'header closed before the logo',
                html: '<header><img src="/x.png"></header><main><img src="/logo.png"></main>',
                expected: 'https://www.acme.example/logo.png',
            },
        ];
        for (const { name, html, expected } of rows) {
            it(name, () => {
                expect(metadataOf(html).logoUrl).to.equal(expected);
            });
        }
    });
    describe('viewport and generator', () => {
        it('detects a viewport', () => {
            expect(metadataOf('<meta name="viewport" content="width=device-width">').hasViewport).to.equal(true);
        });
        it('reports no viewport', () => {
            expect(metadataOf('<meta name="description" content="x">').hasViewport).to.equal(false);
        });
        it('reads the first generator', () => {
            expect(metadataOf('<meta name="generator" content="Joomla! - Open Source Content Management"><meta name="generator" content="Other">').generator).to.equal('Joomla! - Open Source Content Management');
        });
    });
    describe('OpenGraph', () => {
        it('keeps og:* only, first value, trimmed, from property or name', () => {
            const html = '<meta property="og:type" content=" website "><meta name="og:site_name" content="Acme">' +
                '<meta property="twitter:card" content="summary"><meta property="og:empty" content="  "><meta property="OG:URL" content="https://acme.example/">';
            expect(metadataOf(html).openGraph).to.deep.equal({ 'og:type': 'website', 'og:site_name': 'Acme', 'og:url': 'https://acme.example/' });
        });
    });
    describe('copyright years from the text', () => {
        it('uses the given text', () => {
            expect(metadataOf('<p>nothing</p>', { text: 'Copyright 2009-2016 Acme' }).copyrightYears).to.deep.equal([2016]);
        });
        it('derives the text from the HTML when none is given', () => {
            expect(metadataOf('<footer>&copy; 2014 Acme</footer>').copyrightYears).to.deep.equal([2014]);
        });
        it('ignores notices inside scripts and comments', () => {
            expect(metadataOf('<script>/* © 2011 lib */</script><!-- © 2012 --><p>x</p>').copyrightYears).to.deep.equal([]);
        });
    });
    describe('legacy markup', () => {
        const rows = [
            { name: 'modern page', html: `${HTML5}<html><body><table><tr><td>data</td></tr></table></body></html>`, expected: [] },
            { name: 'no doctype', html: '<html><body>x</body></html>', expected: [LEGACY_MARKUP.noDoctype] },
            {
                name: 'HTML 4.01 transitional doctype',
                html: '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd"><html></html>',
                expected: [LEGACY_MARKUP.oldDoctype],
            },
            {
                name: 'XHTML 1.0 doctype',
                html: '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd"><html></html>',
                expected: [LEGACY_MARKUP.oldDoctype],
            },
            { name: 'HTML5 legacy-compat doctype', html: '<!DOCTYPE html SYSTEM "about:legacy-compat"><html></html>', expected: [] },
            {
                name: 'frameset',
                html: `${HTML5}<frameset cols="20%,80%"><frame src="menu.html"><frame src="main.html"></frameset>`,
                expected: [LEGACY_MARKUP.frameset],
            },
            { name: 'font and center', html: `${HTML5}<center><font face="Arial" size="2">Hi</font></center>`, expected: [LEGACY_MARKUP.font, LEGACY_MARKUP.center] },
            { name: 'marquee', html: `${HTML5}<marquee>News</marquee>`, expected: [LEGACY_MARKUP.marquee] },
            { name: 'blink', html: `${HTML5}<blink>New!</blink>`, expected: [LEGACY_MARKUP.marquee] },
            {
                name: 'nested layout tables',
                html: `${HTML5}<table width="800" cellpadding="0"><tr><td><table><tr><td>x</td></tr></table></td></tr></table>`,
                expected: [LEGACY_MARKUP.tableLayout],
            },
            {
                name: 'nested tables inside a sized cell',
                html: `${HTML5}<table><tr><td width="200"><table><tr><td>x</td></tr></table></td></tr></table>`,
                expected: [LEGACY_MARKUP.tableLayout],
            },
            { name: 'a single sized table is not a layout', html: `${HTML5}<table width="100%"><tr><td>x</td></tr></table>`, expected: [] },
            {
                name: 'nested plain data tables are not a layout',
                html: `${HTML5}<table><tr><td><table><tr><td>x</td></tr></table></td></tr></table>`,
                expected: [],
            },
            { name: 'Flash embed', html: `${HTML5}<embed src="/intro.swf" width="800">`, expected: [LEGACY_MARKUP.flash] },
            { name: 'Flash object by type', html: `${HTML5}<object type="application/x-shockwave-flash" data="/movie"></object>`, expected: [LEGACY_MARKUP.flash] },
            {
                name: 'Flash object by classid and param',
                html: `${HTML5}<object classid="clsid:D27CDB6E-AE6D-11cf-96B8-444553540000"><param name="movie" value="intro.swf?x=1"></object>`,
                expected: [LEGACY_MARKUP.flash],
            },
            { name: 'Java applet', html: `${HTML5}<applet code="Clock.class"></applet>`, expected: [LEGACY_MARKUP.javaApplet] },
            {
                name: 'Silverlight',
                html: `${HTML5}<object data="data:application/x-silverlight-2," type="application/x-silverlight-2"></object>`,
                expected: [LEGACY_MARKUP.silverlight],
            },
            { name: 'a modern object is fine', html: `${HTML5}<object type="application/pdf" data="/a.pdf"></object>`, expected: [] },
            {
                name: 'IE conditional comments',
                html: `${HTML5}<!--[if lt IE 9]><script src="html5shiv.js"></script><![endif]--><p>x</p>`,
                expected: [LEGACY_MARKUP.ieConditionalComments],
            },
            { name: 'an ordinary comment', html: `${HTML5}<!-- if you read this, hi --><p>x</p>`, expected: [] },
            {
                name: 'everything at once, in label order',
                html: '<html><body><!--[if IE]><p><![endif]--><center><font>x</font></center><marquee>y</marquee><embed src="a.swf"></body></html>',
                expected: [
                    LEGACY_MARKUP.flash,
                    LEGACY_MARKUP.marquee,
                    LEGACY_MARKUP.font,
                    LEGACY_MARKUP.center,
                    LEGACY_MARKUP.noDoctype,
                    LEGACY_MARKUP.ieConditionalComments,
                ],
            },
        ];
        for (const { name, html, expected } of rows) {
            it(name, () => {
                expect(metadataOf(html).legacyMarkup).to.deep.equal(expected);
            });
        }
    });
    describe('bad and extreme input', () => {
        it('survives truncated HTML', () => {
            const metadata = metadataOf('<html lang="fr"><head><title>Acme</title><meta name="description" content="unterminated');
            expect(metadata.title).to.equal('Acme');
            expect(metadata.language).to.equal('fr');
        });
        it('reads deeply nested but plausible pages whole', () => {
            const html = `${HTML5}${'<div>'.repeat(1500)}<header><img src="/logo.png"></header>${'</div>'.repeat(1500)}`;
            expect(metadataOf(html).logoUrl).to.equal('https://www.acme.example/logo.png');
        });
        it('reads an absurdly deep page up to where it gets absurd', () => {
            const html = `${HTML5}<title>Deep</title>${'<div>'.repeat(200_000)}<header><img src="/logo.png"></header>${'</div>'.repeat(200_000)}`;
            const metadata = metadataOf(html);
            expect(metadata.title).to.equal('Deep');
            expect(metadata.logoUrl).to.equal(null);
        });
        it('survives a huge page', () => {
            const html = `${HTML5}<title>Big</title>${'<p>lorem ipsum dolor</p>'.repeat(200_000)}<footer>© 2015</footer>`;
            const metadata = metadataOf(html);
            expect(metadata.title).to.equal('Big');
            expect(metadata.copyrightYears).to.deep.equal([2015]);
        });
        it('skips a huge JSON-LD block', () => {
            const big = JSON.stringify({ '@type': 'Organization', name: 'Big', filler: 'x'.repeat(1_100_000) });
            expect(metadataOf(jsonLd(big)).organization).to.equal(null);
        });
    });
});
describe('organizationFromJsonLd', () => {
    const BASE = 'https://acme.example/about';
    const EMPTY_ORG = { name: null, legalName: null, email: null, telephone: null, address: null, sameAs: [], logo: null };
    const rows = [
        { name: 'no blocks', blocks: [], expected: null },
        { name: 'invalid JSON', blocks: ['{"@type": "Organization", "name": '], expected: null },
        { name: 'empty block', blocks: ['   '], expected: null },
        { name: 'not an organisation', blocks: [JSON.stringify({ '@type': 'WebSite', name: 'Site' })], expected: null },
        {
            name: 'a product brand is not the company',
            blocks: [JSON.stringify({ '@type': 'Product', name: 'Shoe', brand: { '@type': 'Organization', name: 'Nike' } })],
            expected: null,
        },
        { name: 'organisation', blocks: [JSON.stringify({ '@type': 'Organization', name: 'Acme' })], expected: { ...EMPTY_ORG, name: 'Acme' } },
        { name: 'prefixed type', blocks: [JSON.stringify({ '@type': 'http://schema.org/Corporation', name: 'Acme' })], expected: { ...EMPTY_ORG, name: 'Acme' } },
        { name: 'type array', blocks: [JSON.stringify({ '@type': ['Thing', 'Restaurant'], name: 'Chez Acme' })], expected: { ...EMPTY_ORG, name: 'Chez Acme' } },
        { name: 'unlisted subtype by ending', blocks: [JSON.stringify({ '@type': 'ShoeStore', name: 'Shoes' })], expected: { ...EMPTY_ORG, name: 'Shoes' } },
        {
            name: 'raw line breaks inside strings and trailing commas are repaired',
            blocks: ['<!--\n{"@type": "LocalBusiness", "name": "Acme\nParis", "telephone": "01 42 68 53 00",}\n-->'],
            expected: { ...EMPTY_ORG, name: 'Acme Paris', telephone: '01 42 68 53 00' },
        },
        {
            name: '@graph with publisher reference',
            blocks: [
                JSON.stringify({
                    '@context': 'https://schema.org',
                    '@graph': [
                        { '@type': 'WebSite', '@id': 'https://acme.example/#website', publisher: { '@id': 'https://acme.example/#org' } },
                        { '@type': 'Organization', '@id': 'https://acme.example/#org', name: 'Acme', logo: { '@type': 'ImageObject', contentUrl: 'logo.png' } },
                    ],
                }),
            ],
            expected: { ...EMPTY_ORG, name: 'Acme', logo: 'https://acme.example/logo.png' },
        },
        {
            name: 'organisation only as publisher of an article',
            blocks: [
                JSON.stringify({
                    '@type': 'Article',
                    headline: 'News',
                    publisher: { '@type': 'Organization', name: 'Acme Media', logo: 'https://acme.example/l.png' },
                }),
            ],
            expected: { ...EMPTY_ORG, name: 'Acme Media', logo: 'https://acme.example/l.png' },
        },
        {
            name: 'richest organisation wins',
            blocks: [
                JSON.stringify({ '@type': 'Organization', name: 'Thin' }),
                JSON.stringify({ '@type': 'LocalBusiness', name: 'Rich', telephone: '+33 1 42 68 53 00', email: 'info@acme.example' }),
            ],
            expected: { ...EMPTY_ORG, name: 'Rich', telephone: '+33 1 42 68 53 00', email: 'info@acme.example' },
        },
        {
            name: 'contact point fallback, address array, country object, mailto with query',
            blocks: [
                JSON.stringify({
                    '@type': 'Organization',
                    name: ['Acme', 'Acme SAS'],
                    contactPoint: [{ '@type': 'ContactPoint', telephone: '+33 1 00 00 00 00', email: 'mailto:sales@acme.example?subject=Hi' }],
                    address: [{ streetAddress: '1 Main St', addressLocality: 'Lyon', addressRegion: 'Lyon', addressCountry: { '@type': 'Country', name: 'France' } }],
                    sameAs: 'https://twitter.com/acme',
                }),
            ],
            expected: {
                ...EMPTY_ORG,
                name: 'Acme',
                email: 'sales@acme.example',
                telephone: '+33 1 00 00 00 00',
                address: '1 Main St, Lyon, France',
                sameAs: ['https://twitter.com/acme'],
            },
        },
        {
            name: 'address as text',
            blocks: [JSON.stringify({ '@type': 'Organization', address: '  5 avenue Foch,\n Paris ' })],
            expected: { ...EMPTY_ORG, address: '5 avenue Foch, Paris' },
        },
        {
            name: 'email without @ dropped',
            blocks: [JSON.stringify({ '@type': 'Organization', name: 'A', email: 'not-an-email' })],
            expected: { ...EMPTY_ORG, name: 'A' },
        },
        {
            name: 'numeric telephone',
            blocks: [JSON.stringify({ '@type': 'Organization', telephone: 33142685300 })],
            expected: { ...EMPTY_ORG, telephone: '33142685300' },
        },
        {
            name: 'javascript: logo dropped',
            blocks: [JSON.stringify({ '@type': 'Organization', name: 'A', logo: 'javascript:alert(1)' })],
            expected: { ...EMPTY_ORG, name: 'A' },
        },
        {
            name: 'top-level array',
            blocks: [JSON.stringify([{ '@type': 'WebPage' }, { '@type': 'Dentist', name: 'Dr Acme' }])],
            expected: { ...EMPTY_ORG, name: 'Dr Acme' },
        },
        { name: 'JSON null', blocks: ['null'], expected: null },
        { name: 'JSON scalar', blocks: ['42'], expected: null },
    ];
    for (const { name, blocks, expected } of rows) {
        it(name, () => {
            expect(organizationFromJsonLd(blocks, BASE)).to.deep.equal(expected);
        });
    }
    it('survives deeply nested JSON-LD', () => {
        const nested = `${'{"child":'.repeat(100_000)}{"@type":"Organization","name":"Deep"}${'}'.repeat(100_000)}`;
        expect(organizationFromJsonLd([nested], BASE)).to.equal(null);
    });
    it('parseJsonLd returns undefined for unreadable input', () => {
        expect(parseJsonLd('{{{')).to.equal(undefined);
        expect(parseJsonLd('')).to.equal(undefined);
    });
});
describe('findCopyrightYears', () => {
    const rows = [
        { text: '© 2014 Acme', expected: [2014] },
        { text: '©2014', expected: [2014] },
        { text: 'Copyright 2009-2016 Acme Corp', expected: [2016] },
        { text: 'Copyright © 2009 – 2016', expected: [2016] },
        { text: '(c) 2012 Acme', expected: [2012] },
        { text: '(C) Acme Industries, 2011. All rights reserved', expected: [2011] },
        { text: '© Acme 2003–24', expected: [2024] },
        { text: '© 2010 à 2018 Acme', expected: [2018] },
        { text: 'COPYRIGHT 2019 to 2021', expected: [2021] },
        { text: '&copy; 2013', expected: [2013] },
        { text: '© 2012 Acme\n…\n© 2020 Acme', expected: [2012, 2020] },
        { text: '© 2020 Acme, © 2020 Partner', expected: [2020] },
        { text: '© 1985 Acme', expected: [] },
        { text: '© 2999 Acme', expected: [] },
        { text: '© 2016-2999', expected: [2016] },
        { text: 'Founded in 2014', expected: [] },
        { text: '© Acme', expected: [] },
        { text: '© 20145', expected: [] },
        { text: 'Copyright\n2014', expected: [] },
        { text: `© ${'x'.repeat(200)} 2014`, expected: [] },
        { text: '', expected: [] },
        { text: '©'.repeat(200_000), expected: [] },
        { text: 'copyright '.repeat(100_000), expected: [] },
    ];
    for (const { text, expected } of rows) {
        it(`${JSON.stringify(text.slice(0, 50))} → [${expected.join(', ')}]`, () => {
            expect(findCopyrightYears(text, 2026)).to.deep.equal(expected);
        });
    }
});
//# sourceMappingURL=analyse-metadata.test.js.map