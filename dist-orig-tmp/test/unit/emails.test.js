import { expect } from 'chai';
import { randomBytes } from 'node:crypto';
import { decodeCloudflareEmail } from '../../actors/extract/cloudflare-email.js';
import { cleanEmailCandidate, extractEmails, htmlToVisibleText } from '../../actors/extract/emails.js';
import { addressesFromMailto } from '../../actors/extract/mailto.js';
const PAGE_URL = 'https://www.dupont-plomberie.fr/contact';
/** Encodes an address the way Cloudflare's email obfuscation does: a key byte, then each byte XOR key. */
function cloudflareEncode(address, key) {
    const hex = (byte) => byte.toString(16).padStart(2, '0');
    return hex(key) + [...Buffer.from(address, 'utf8')].map((byte) => hex(byte ^ key)).join('');
}
function addressesIn(html, text) {
    return extractEmails({ url: PAGE_URL, html, ...(text === undefined ? {} : { text }) }).map((hit) => hit.address);
}
describe('cleanEmailCandidate', () => {
    const valid = [
        ['contact@dupont-plomberie.fr', 'contact@dupont-plomberie.fr'],
        ['Jean.Dupont@Dupont-Plomberie.FR', 'jean.dupont@dupont-plomberie.fr'],
        ['mailto:info@acme-widgets.co.uk', 'info@acme-widgets.co.uk'],
        ['<sales@acme-widgets.co.uk>', 'sales@acme-widgets.co.uk'],
        ['(sales@acme-widgets.co.uk).', 'sales@acme-widgets.co.uk'],
        ['"office@kanzlei-weber.de",', 'office@kanzlei-weber.de'],
        ['first.last+newsletter@studio-rossi.it', 'first.last+newsletter@studio-rossi.it'],
        ["o'brien@obrien-solicitors.ie", "o'brien@obrien-solicitors.ie"],
        ['hello@startup.io', 'hello@startup.io'],
        ['bonjour@boulangerie.paris', 'bonjour@boulangerie.paris'],
        ['info@café-de-flore.fr', 'info@café-de-flore.fr'],
        ['u003cinfo@dupont-plomberie.fr', 'info@dupont-plomberie.fr'],
        ['info@dupont-plomberie.fr.', 'info@dupont-plomberie.fr'],
        ['mail@kanzlei-weber.de', 'mail@kanzlei-weber.de'],
        ['email@kanzlei-weber.de', 'email@kanzlei-weber.de'],
        ['kundenservice@test.de', 'kundenservice@test.de'],
        ['info@shop.github.io', 'info@shop.github.io'],
    ];
    for (const [raw, expected] of valid) {
        it(`accepts ${JSON.stringify(raw)} as ${expected}`, () => {
            expect(cleanEmailCandidate(raw)).to.equal(expected);
        });
    }
    const noise = [
        ['logo@2x.png', 'retina asset name'],
        ['image@3x.webp', 'retina asset name'],
        ['icon@1.5x.png', 'fractional retina asset name'],
        ['hero@2x.jpg', 'retina asset name'],
        ['sprite@2x.zip', 'asset extension that is also a TLD'],
        ['clip@home.mov', 'asset extension that is also a TLD'],
        ['jquery@3.7.1', 'package specifier'],
        ['bootstrap@5.3.0', 'package specifier'],
        ['swiper@11', 'package specifier without dots'],
        ['lodash@4.17.21.min.js', 'versioned script name'],
        ['you@example.com', 'placeholder domain'],
        ['name@example.org', 'placeholder domain'],
        ['info@example.net', 'placeholder domain'],
        ['contact@example.co.uk', 'placeholder domain under a two-level suffix'],
        ['vous@exemple.fr', 'French placeholder'],
        ['prenom.nom@exemple.com', 'French placeholder'],
        ['max@beispiel.de', 'German placeholder'],
        ['mario@esempio.it', 'Italian placeholder'],
        ['juan@ejemplo.es', 'Spanish placeholder'],
        ['name@domain.com', 'placeholder domain.com'],
        ['contact@yourdomain.com', 'possessive placeholder domain'],
        ['info@your-company.com', 'possessive placeholder domain'],
        ['contact@votre-site.fr', 'French possessive placeholder domain'],
        ['info@monentreprise.fr', 'French possessive placeholder domain'],
        ['you@gmail.com', 'placeholder local part'],
        ['your.name@kanzlei-weber.de', 'placeholder local part'],
        ['firstname.lastname@dupont-plomberie.fr', 'placeholder local part'],
        ['prenom.nom@dupont-plomberie.fr', 'French placeholder local part'],
        ['max.mustermann@kanzlei-weber.de', 'German placeholder local part'],
        ['john.doe@acme-widgets.co.uk', 'placeholder person'],
        ['user@acme-widgets.co.uk', 'placeholder local part'],
        ['test@acme-widgets.co.uk', 'test account'],
        ['email@email.com', 'generic placeholder'],
        ['info@company.com', 'generic placeholder'],
        ['xxx@xxx.fr', 'filler'],
        ['contact@xxxx.com', 'filler domain'],
        ['8f14e45fceea167a5a36dedd4bea2543@o123456.ingest.sentry.io', 'Sentry DSN'],
        ['605a7baede844d278b89dc95ae0a9123@sentry-next.wixpress.com', 'Wix telemetry'],
        ['a1b2c3d4e5f60718293a4b5c6d7e8f90@tracking.dupont-plomberie.fr', 'hash local part'],
        ['info@dupont-plomberie', 'no TLD'],
        ['info@dupont-plomberie.notatld', 'unknown TLD'],
        ['info@localhost', 'single label'],
        ['root@127.0.0.1', 'IP address domain'],
        ['info@co.uk', 'public suffix only'],
        ['a@b@dupont-plomberie.fr', 'two @'],
        ['@dupont-plomberie.fr', 'empty local part'],
        ['info@', 'empty domain'],
        ['.info@dupont-plomberie.fr', 'leading dot is kept by this function and is invalid'],
        ['in..fo@dupont-plomberie.fr', 'consecutive dots'],
        ['info.@dupont-plomberie.fr', 'trailing dot in local part'],
        ['info@-dupont.fr', 'label starting with hyphen'],
        ['info@dupont_plomberie.fr', 'underscore in domain'],
        [`${'a'.repeat(65)}@dupont-plomberie.fr`, 'local part longer than 64'],
        [`info@${'a'.repeat(64)}.fr`, 'label longer than 63'],
        ['', 'empty'],
        ['   ', 'blank'],
        ['no at sign', 'no @'],
    ];
    for (const [raw, why] of noise) {
        it(`rejects ${JSON.stringify(raw.length > 60 ? `${raw.slice(0, 60)}…` : raw)} (${why})`, () => {
            expect(cleanEmailCandidate(raw)).to.equal(null);
        });
    }
});
describe('addressesFromMailto', () => {
    const rows = [
        ['mailto:contact@dupont-plomberie.fr', ['contact@dupont-plomberie.fr']],
        ['MAILTO:Contact@Dupont-Plomberie.fr', ['contact@dupont-plomberie.fr']],
        ['mailto:contact@dupont-plomberie.fr?subject=Devis&body=Bonjour', ['contact@dupont-plomberie.fr']],
        ['mailto:contact%40dupont-plomberie.fr', ['contact@dupont-plomberie.fr']],
        ['mailto:%63%6f%6e%74%61%63%74@dupont-plomberie.fr', ['contact@dupont-plomberie.fr']],
        ['mailto:a@dupont-plomberie.fr,b@dupont-plomberie.fr', ['a@dupont-plomberie.fr', 'b@dupont-plomberie.fr']],
        ['mailto:a@dupont-plomberie.fr;%20b@dupont-plomberie.fr', ['a@dupont-plomberie.fr', 'b@dupont-plomberie.fr']],
        [
            'mailto:?to=a@dupont-plomberie.fr&cc=b@dupont-plomberie.fr&bcc=c@dupont-plomberie.fr&subject=x@y.fr',
            ['a@dupont-plomberie.fr', 'b@dupont-plomberie.fr', 'c@dupont-plomberie.fr'],
        ],
        ['mailto:Jean%20Dupont%20%3Cjean@dupont-plomberie.fr%3E', ['jean@dupont-plomberie.fr']],
        ['  mailto:  contact@dupont-plomberie.fr  ', ['contact@dupont-plomberie.fr']],
        ['mailto:cc+sales@dupont-plomberie.fr', ['cc+sales@dupont-plomberie.fr']],
        ['mailto:contact@dupont-plomberie.fr%zz', []],
        ['mailto:', []],
        ['mailto:you@example.com', []],
        ['https://dupont-plomberie.fr/contact', []],
        ['tel:+33123456789', []],
    ];
    for (const [href, expected] of rows) {
        it(`${JSON.stringify(href)} -> ${JSON.stringify(expected)}`, () => {
            expect(addressesFromMailto(href)).to.deep.equal(expected);
        });
    }
});
describe('decodeCloudflareEmail', () => {
    it('decodes a value encoded with the XOR scheme', () => {
        for (const key of [0x00, 0x13, 0x7f, 0xa5, 0xff]) {
            expect(decodeCloudflareEmail(cloudflareEncode('contact@dupont-plomberie.fr', key))).to.equal('contact@dupont-plomberie.fr');
        }
    });
    it('decodes a real-world sample (luyuhuang.tech, 2022)', () => {
        expect(decodeCloudflareEmail('523e272b27123a27333c357c313d3f')).to.equal('luyu@huang.com');
    });
    it('decodes UTF-8 addresses', () => {
        expect(decodeCloudflareEmail(cloudflareEncode('info@café-de-flore.fr', 0x42))).to.equal('info@café-de-flore.fr');
    });
    for (const bad of ['', 'ab', 'abc', 'zz1122', '12 34', 'x'.repeat(4000)]) {
        it(`returns null for malformed value ${JSON.stringify(bad.slice(0, 20))}`, () => {
            expect(decodeCloudflareEmail(bad)).to.equal(null);
        });
    }
});
describe('htmlToVisibleText', () => {
    const rows = [
        ['drops scripts, styles, templates and comments', '<p>a</p><script>var x = "b@c.fr"</script><style>.d{}</style><template>e</template><!-- f -->', 'a'],
        ['keeps noscript text (visible without JavaScript)', '<noscript>Write to us</noscript>', 'Write to us'],
        ['decodes entities', '<p>a &amp; b &#64; &#x40; &commat; &eacute;</p>', 'a & b @ @ @ é'],
        ['separates blocks with line breaks', '<div>one</div><div>two</div>two<br>three', 'one\ntwo\ntwo\nthree'],
        ['joins inline elements without spaces', '<p>in<b>fo</b>@<span>dupont</span>.fr</p>', 'info@dupont.fr'],
        ['separates table cells with spaces', '<table><tr><td>a</td><td>b</td></tr></table>', 'a b'],
        ['collapses whitespace', '<p>  a \n\t b  </p>', 'a b'],
        ['removes zero-width characters', '<p>in\u200bfo@dup\u00adont.fr</p>', 'info@dupont.fr'],
        ['survives broken markup', '<div><p>a<span>b</div>c</span></p></p>', 'ab\nc'],
        ['drops iframe fallback content', '<iframe>no frames</iframe>visible', 'visible'],
    ];
    for (const [name, html, expected] of rows) {
        it(name, () => {
            expect(htmlToVisibleText(html)).to.equal(expected);
        });
    }
});
describe('extractEmails', () => {
    describe('finds addresses', () => {
        const rows = [
            ['in plain text', '<p>Écrivez-nous : contact@dupont-plomberie.fr</p>', ['contact@dupont-plomberie.fr']],
            ['in a mailto link without visible address', '<a href="mailto:devis@dupont-plomberie.fr">Demander un devis</a>', ['devis@dupont-plomberie.fr']],
            [
                'in a mailto link with entity-encoded href',
                '<a href="mailto:&#100;&#101;&#118;&#105;&#115;&#64;&#100;&#117;&#112;&#111;&#110;&#116;&#46;&#102;&#114;">x</a>',
                ['devis@dupont.fr'],
            ],
            [
                'in a mailto link with several recipients',
                '<a href="mailto:a@dupont.fr,b@dupont.fr?cc=c@dupont.fr">x</a>',
                ['a@dupont.fr', 'b@dupont.fr', 'c@dupont.fr'],
            ],
            ['written with [at] and [dot]', '<p>jean [at] dupont-plomberie [dot] fr</p>', ['jean@dupont-plomberie.fr']],
            ['written with (at) and (dot)', '<p>jean(at)dupont-plomberie(dot)fr</p>', ['jean@dupont-plomberie.fr']],
            ['written with {at} and {dot}', '<p>jean {at} dupont-plomberie {dot} fr</p>', ['jean@dupont-plomberie.fr']],
            ['written with <at> and <dot> entities', '<p>jean &lt;at&gt; dupont-plomberie &lt;dot&gt; fr</p>', ['jean@dupont-plomberie.fr']],
            ['written with [AT] in capitals', '<p>JEAN [AT] DUPONT-PLOMBERIE [DOT] FR</p>', ['jean@dupont-plomberie.fr']],
            ['written with (at) and a real dot', '<p>jean (at) dupont-plomberie.fr</p>', ['jean@dupont-plomberie.fr']],
            ['written with [@] and [.]', '<p>jean[@]dupont-plomberie[.]fr</p>', ['jean@dupont-plomberie.fr']],
            ['written with French (arobase) and (point)', '<p>jean (arobase) dupont-plomberie (point) fr</p>', ['jean@dupont-plomberie.fr']],
            ['written with Spanish (arroba) and (punto)', '<p>ventas (arroba) ferreteria-lopez (punto) es</p>', ['ventas@ferreteria-lopez.es']],
            ['written with German (at) and (punkt)', '<p>info (at) kanzlei-weber (punkt) de</p>', ['info@kanzlei-weber.de']],
            ['written with (a) between words', '<p>info(a)kanzlei-weber.de</p>', ['info@kanzlei-weber.de']],
            ['written with spaces around @', '<p>info @ kanzlei-weber.de</p>', ['info@kanzlei-weber.de']],
            ['spelled out with " at " and " dot "', '<p>Mail sales at acme-widgets dot co dot uk today</p>', ['sales@acme-widgets.co.uk']],
            ['spelled out in capitals', '<p>SALES AT ACME-WIDGETS DOT CO DOT UK</p>', ['sales@acme-widgets.co.uk']],
            ['spelled out with dots in the local part', '<p>jane dot doe-smith at acme-widgets dot com</p>', ['jane.doe-smith@acme-widgets.com']],
            ['with @ and a spelled-out dot', '<p>jean@dupont-plomberie dot fr</p>', ['jean@dupont-plomberie.fr']],
            ['encoded with &#64;', '<p>jean&#64;dupont.fr</p>', ['jean@dupont.fr']],
            ['encoded with &#x40;', '<p>jean&#x40;dupont.fr</p>', ['jean@dupont.fr']],
            ['encoded with &commat;', '<p>jean&commat;dupont.fr</p>', ['jean@dupont.fr']],
            ['entirely entity-encoded', '<p>&#106;&#101;&#97;&#110;&#64;&#100;&#117;&#112;&#111;&#110;&#116;&#46;&#102;&#114;</p>', ['jean@dupont.fr']],
            ['split by inline markup', '<p>jean<span>@</span>dupont<b>.</b>fr</p>', ['jean@dupont.fr']],
            ['split by zero-width spaces', '<p>jean\u200b@\u200bdupont.fr</p>', ['jean@dupont.fr']],
            [
                'in a data-cfemail attribute',
                `<span class="__cf_email__" data-cfemail="${cloudflareEncode('jean@dupont.fr', 0x3a)}">[email&#160;protected]</span>`,
                ['jean@dupont.fr'],
            ],
            [
                'in a Cloudflare email-protection link',
                `<a href="/cdn-cgi/l/email-protection#${cloudflareEncode('jean@dupont.fr', 0xc4)}">Écrire</a>`,
                ['jean@dupont.fr'],
            ],
            [
                'in an absolute Cloudflare link with a subject',
                `<a href="https://dupont.fr/cdn-cgi/l/email-protection#${cloudflareEncode('jean@dupont.fr?subject=Devis', 0x11)}">x</a>`,
                ['jean@dupont.fr'],
            ],
            ['in a real-world Cloudflare link', '<a href="/cdn-cgi/l/email-protection#523e272b27123a27333c357c313d3f">send me an email!</a>', ['luyu@huang.com']],
            [
                'in JSON-LD structured data',
                '<script type="application/ld+json">{"@type":"Organization","contactPoint":[{"email":"mailto:support@dupont.fr"}],"email":"info@dupont.fr"}</script>',
                ['info@dupont.fr', 'support@dupont.fr'],
            ],
            ['in noscript content', '<noscript>Sans JavaScript : jean@dupont.fr</noscript>', ['jean@dupont.fr']],
            ['glued to the next word by inline markup', '<p><b>Email:</b>bob@dupont.fr<b>Tel</b> 01 23 45 67 89</p>', ['bob@dupont.fr']],
            ['at the end of a sentence', '<p>Write to bob@dupont.fr. Thanks!</p>', ['bob@dupont.fr']],
            ['in parentheses and quotes', '<p>(bob@dupont.fr) "ann@dupont.fr" «zoe@dupont.fr»</p>', ['bob@dupont.fr', 'ann@dupont.fr', 'zoe@dupont.fr']],
            ['after CJK text without a space', '<p>邮箱info@acme-widgets.cn</p>', ['info@acme-widgets.cn']],
            // Issue 10: each true case next to the false positive below.
            ['written with French [arobase] and (point)', '<p>cabinet [arobase] roussel-avocats (point) fr</p>', ['cabinet@roussel-avocats.fr']],
            ['written with German (ät) and [punkt]', '<p>info (ät) schreinerei-huber [punkt] de</p>', ['info@schreinerei-huber.de']],
            ['written with Italian [chiocciola] and [punto]', '<p>segreteria [chiocciola] studiorossi [punto] it</p>', ['segreteria@studiorossi.it']],
            [
                'reversed by an inline CSS style',
                '<span style="unicode-bidi:bidi-override;direction:rtl">ed.gnutarebreuets-rekceb@ielznak</span>',
                ['kanzlei@becker-steuerberatung.de'],
            ],
            [
                'reversed by a CSS class',
                '<style>.rev{direction:rtl;unicode-bidi:bidi-override}</style><p>Mail: <span class="rev">rf.emca@tcatnoc</span></p>',
                ['contact@acme.fr'],
            ],
            [
                'split by inline elements and a comment',
                '<p><span>praxis</span><span>@</span><!-- x --><span>zahnarzt-wagner</span>.<span>de</span></p>',
                ['praxis@zahnarzt-wagner.de'],
            ],
            ['split by comments', '<p>sales<!-- no spam -->@<!-- -->klaro-app.fr</p>', ['sales@klaro-app.fr']],
            [
                'after a number glued before its mailto link',
                '<p>06 12 34 56 78<a href="mailto:contact@plomberie.fr">contact@plomberie.fr</a></p>',
                ['contact@plomberie.fr'],
            ],
            ['spaced @ before a real mail domain', '<p>Contact : info @ dupont-plomberie.fr</p>', ['info@dupont-plomberie.fr']],
        ];
        for (const [name, html, expected] of rows) {
            it(name, () => {
                expect(addressesIn(html)).to.have.members(expected);
                expect(addressesIn(html)).to.have.length(expected.length);
            });
        }
    });
    describe('ignores noise', () => {
        const rows = [
            ['addresses in HTML comments', '<!-- contact: old@dupont.fr --><p>Hello</p>'],
            ['addresses in scripts', '<script>var support = "help@dupont.fr";</script>'],
            ['addresses in styles', '<style>/* author@dupont.fr */</style>'],
            ['addresses in templates', '<template><p>tpl@dupont.fr</p></template>'],
            ['package specifiers in script URLs', '<script src="https://cdn.jsdelivr.net/npm/jquery@3.7.1/dist/jquery.min.js"></script>'],
            ['package specifiers shown as text', '<p>Built with https://unpkg.com/vue@3.4.21/dist/vue.global.js</p>'],
            ['asset names in attributes', '<img src="/img/logo@2x.png" srcset="/img/logo@3x.webp 3x">'],
            ['asset names shown as text', '<p>logo@2x.png icon@3x.webp</p>'],
            ['placeholders in text', '<p>you@example.com, vous@exemple.fr, name@domain.com, prenom.nom@votre-site.fr</p>'],
            ['placeholders in input attributes', '<input type="email" placeholder="jean@dupont.fr" value="ann@dupont.fr">'],
            ['addresses in other attributes', '<div title="jean@dupont.fr" data-email="ann@dupont.fr"></div>'],
            ['Sentry DSNs', '<p>https://8f14e45fceea167a5a36dedd4bea2543@o123456.ingest.sentry.io/42</p>'],
            ['URL user-info', '<p>ftp://backup@files.dupont.fr/dump</p>'],
            ['social handles', '<p>Follow @dupont on X</p>'],
            ['ordinary prose with "at" and "dot"', '<p>Look at this. dot Then look at the dot com bubble. We are at home dot com.</p>'],
            ['prose where "at" precedes a real domain', '<p>Visit our shop at dupont-plomberie.fr for more.</p>'],
            ['"at" and "dot" on their own', '<p> at at dot dot at dot </p>'],
            ['list markers like "(a) "', '<p>Options: info (a) b.com</p>'],
            ['the tail of an address with an accented local part', '<p>andré.dupont@dupont.fr</p>'],
            ['addresses glued to a following word', '<p>ann@dupont.fr_old ann@dupont.frédéric</p>'],
            ['malformed Cloudflare values', '<span data-cfemail="zz"></span><a href="/cdn-cgi/l/email-protection#">x</a>'],
            ['malformed JSON-LD', '<script type="application/ld+json">{"email": "a@dupont.fr"</script>'],
            // Issue 10: prose and URLs that look like addresses.
            ['"Follow us @ twitter.com"', '<p>Follow us @ twitter.com for news</p>'],
            ['"Retrouvez-nous @ facebook.com/acme"', '<p>Retrouvez-nous @ facebook.com/acme !</p>'],
            ['"Suivez-nous @ instagram.com"', '<p>Suivez-nous @ instagram.com/boulangerie</p>'],
            ['a password in a URL', '<pre>curl https://admin:s3cr3t@api.klaro-app.fr/v1/invoices</pre>'],
            ['user and password in a URL', '<p>https://user:password@app.brightpath.io is never valid</p>'],
            ['reversed text that is not an address', '<span style="unicode-bidi:bidi-override;direction:rtl">olleh</span>'],
        ];
        for (const [name, html] of rows) {
            it(name, () => {
                expect(addressesIn(html)).to.deep.equal([]);
            });
        }
    });
    it('deduplicates case-insensitively, keeping the first context', () => {
        const hits = extractEmails({
            url: PAGE_URL,
            html: '<p>Sales: Sales@Dupont.fr</p><p>Again sales@dupont.fr</p><a href="mailto:SALES@DUPONT.FR">x</a>',
        });
        expect(hits).to.deep.equal([{ address: 'sales@dupont.fr', pageUrl: PAGE_URL, context: 'Sales: Sales@Dupont.fr Again sales@dupont.fr x' }]);
    });
    it('gives each hit the page URL and about 60 characters of context on each side', () => {
        const before = 'Notre équipe vous répond du lundi au vendredi, de 9 h à 18 h, par téléphone ou par courriel à';
        const after = 'ou par courrier au 12 rue des Lilas, 75011 Paris, France, et sur place sur rendez-vous uniquement.';
        const [hit] = extractEmails({ url: PAGE_URL, html: `<p>${before} contact@dupont.fr ${after}</p>` });
        expect(hit.pageUrl).to.equal(PAGE_URL);
        expect(hit.context).to.contain('contact@dupont.fr');
        expect(hit.context.length).to.be.within(100, 150);
        expect(hit.context).to.match(/^\S+/);
        expect(before.endsWith(hit.context.split(' contact@')[0])).to.equal(true);
    });
    it('uses the text around the link as context for mailto-only addresses', () => {
        const [hit] = extractEmails({ url: PAGE_URL, html: '<p>Pour un devis, <a href="mailto:devis@dupont.fr">cliquez ici</a> merci</p>' });
        expect(hit.context).to.equal('Pour un devis, cliquez ici merci');
    });
    it('shows the obfuscated form as written in the context', () => {
        const [hit] = extractEmails({ url: PAGE_URL, html: '<p>Contact: jean [at] dupont [dot] fr</p>' });
        expect(hit).to.deep.equal({ address: 'jean@dupont.fr', pageUrl: PAGE_URL, context: 'Contact: jean [at] dupont [dot] fr' });
    });
    it('searches the given visible text first and also the HTML (content hidden by CSS)', () => {
        const html = '<p>Contact: jean@dupont.fr</p><div style="display:none">Comptabilité : compta@dupont.fr</div>';
        const text = 'Contact: jean@dupont.fr\nadded by a script: web@dupont.fr';
        expect(addressesIn(html, text)).to.deep.equal(['jean@dupont.fr', 'web@dupont.fr', 'compta@dupont.fr']);
    });
    it('finds addresses a script assembled in the rendered page', () => {
        const rendered = '<html><body><p id="m">Contact : <a href="mailto:jean@dupont.fr">jean@dupont.fr</a></p><script>/* assembled */</script></body></html>';
        expect(addressesIn(rendered)).to.deep.equal(['jean@dupont.fr']);
    });
    it('returns nothing for an empty page', () => {
        expect(extractEmails({ url: PAGE_URL, html: '' })).to.deep.equal([]);
        expect(extractEmails({ url: PAGE_URL, html: '', text: '' })).to.deep.equal([]);
    });
    it('stays linear on a 2 MB page of base64, dotted and @-laden tokens', function () {
        this.timeout(5000); // hang guard only: catastrophic backtracking would take minutes
        const base64 = randomBytes(600_000).toString('base64'); // 800 000 characters, no spaces
        const dotted = 'a.'.repeat(200_000);
        const atLaden = 'aaaa@aaaa'.repeat(30_000);
        const longDomain = `x@${'aaaa.'.repeat(40_000)}`;
        const longLocal = `${'b'.repeat(200_000)}@dupont.fr`;
        const spelled = ' at dot'.repeat(20_000);
        const html = `<html><body><p>${base64}</p><p>${dotted}</p><p>${atLaden}</p><p>${longDomain}</p>` +
            `<p>${longLocal}</p><p>${spelled}</p><img src="data:image/png;base64,${base64.slice(0, 100_000)}">` +
            '<p>Contact : real@dupont.fr</p></body></html>';
        expect(html.length).to.be.greaterThan(2_000_000);
        expect(addressesIn(html)).to.deep.equal(['real@dupont.fr']);
        expect(addressesIn(html, htmlToVisibleText(html))).to.deep.equal(['real@dupont.fr']);
    });
});
//# sourceMappingURL=emails.test.js.map