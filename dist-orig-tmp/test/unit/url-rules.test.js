import { expect } from 'chai';
import { isLikelyHtmlUrl, linkPriority, looksLikeTrap } from '../../actors/crawl/crawl-heuristics.js';
import { InvalidUrlError, isSameSite, normalizeUrl, parseStartUrl, registrableDomain, siteKey } from '../../schema/url-rules.js';
describe('parseStartUrl', () => {
    const accepted = [
        ['https://www.dupont-plomberie.fr', 'https://www.dupont-plomberie.fr/'],
        ['  https://www.dupont-plomberie.fr/contact  ', 'https://www.dupont-plomberie.fr/contact'],
        ['acme.example/contact', 'https://acme.example/contact'],
        ['dupont-plomberie.fr', 'https://dupont-plomberie.fr/'],
        ['www.dupont-plomberie.fr:8443/a?b=1', 'https://www.dupont-plomberie.fr:8443/a?b=1'],
        ['//dupont-plomberie.fr/x', 'https://dupont-plomberie.fr/x'],
        ['HTTP://WWW.Dupont-Plomberie.FR:80/a//b/../c/?utm_source=x&b=2&a=1#top', 'http://www.dupont-plomberie.fr/a/c/?a=1&b=2'],
        ['localhost:3000', 'http://localhost:3000/'],
        ['127.0.0.1:8080/site', 'http://127.0.0.1:8080/site'],
        ['[::1]:3000', 'http://[::1]:3000/'],
        ['http://0x7f.1/', 'http://127.0.0.1/'],
        ['https://dupont-plomberie.fr./', 'https://dupont-plomberie.fr/'],
        ['https://münchen-bäcker.de/straße', 'https://xn--mnchen-bcker-ncb24a.de/stra%C3%9Fe'],
        ['http://intranet/', 'http://intranet/'],
        ['http:dupont-plomberie.fr', 'http://dupont-plomberie.fr/'],
    ];
    for (const [input, expected] of accepted) {
        it(`accepts ${JSON.stringify(input)} as ${expected}`, () => {
            expect(parseStartUrl(input)).to.equal(expected);
        });
    }
    const rejected = [
        ['', /the URL is empty/],
        ['   ', /the URL is empty/],
        ['foo', /^Not a valid URL: "foo"$/],
        ['not a url', /^Not a valid URL: "not a url"$/],
        ['jean@dupont-plomberie.fr', /looks like an e-mail address/],
        ['ftp://files.dupont-plomberie.fr/', /^Unsupported URL scheme "ftp:"; use http or https$/],
        ['file:///etc/passwd', /Unsupported URL scheme "file:"/],
        ['javascript:alert(1)', /Unsupported URL scheme "javascript:"/],
        ['mailto:jean@dupont-plomberie.fr', /Unsupported URL scheme "mailto:"/],
        ['data:text/html,<p>hi</p>', /Unsupported URL scheme "data:"/],
        ['https://user:secret@dupont-plomberie.fr/', /user name or password/],
        ['https://user@dupont-plomberie.fr/', /user name or password/],
        ['https://dupont plomberie.fr/', /^Not a valid URL/],
        ['https://-dupont-.fr/', /invalid host name/],
        ['https://', /^Not a valid URL/],
        ['http://[::1/', /^Not a valid URL/],
        ['http://999.1.1.1/', /^Not a valid URL/],
        [`https://dupont-plomberie.fr/${'a'.repeat(2100)}`, /at most 2000/],
    ];
    for (const [input, message] of rejected) {
        it(`rejects ${JSON.stringify(input.slice(0, 50))} with a clear message`, () => {
            expect(() => parseStartUrl(input)).to.throw(InvalidUrlError, message);
        });
    }
    it('never echoes credentials in its message', () => {
        expect(() => parseStartUrl('https://user:hunter2@dupont-plomberie.fr/'))
            .to.throw(InvalidUrlError)
            .that.satisfies((error) => !error.message.includes('hunter2'));
    });
    it('keeps the parse error as cause', () => {
        try {
            parseStartUrl('http://[::1/');
            expect.fail('should have thrown');
        }
        catch (error) {
            expect(error).to.be.instanceOf(InvalidUrlError);
            expect(error.cause).to.be.instanceOf(TypeError);
        }
    });
    it('rejects values that are not strings', () => {
        expect(() => parseStartUrl(42)).to.throw(InvalidUrlError, /expected text/);
    });
});
describe('normalizeUrl', () => {
    const base = 'https://www.dupont-plomberie.fr/services/chauffage/';
    const rows = [
        ['https://www.dupont-plomberie.fr', undefined, 'https://www.dupont-plomberie.fr/'],
        ['HTTPS://WWW.DUPONT-PLOMBERIE.FR/Contact', undefined, 'https://www.dupont-plomberie.fr/Contact'],
        ['https://www.dupont-plomberie.fr:443/', undefined, 'https://www.dupont-plomberie.fr/'],
        ['http://www.dupont-plomberie.fr:80/', undefined, 'http://www.dupont-plomberie.fr/'],
        ['http://www.dupont-plomberie.fr:8080/', undefined, 'http://www.dupont-plomberie.fr:8080/'],
        ['https://www.dupont-plomberie.fr/a#section', undefined, 'https://www.dupont-plomberie.fr/a'],
        ['https://www.dupont-plomberie.fr/a/', undefined, 'https://www.dupont-plomberie.fr/a/'],
        ['https://www.dupont-plomberie.fr/a', undefined, 'https://www.dupont-plomberie.fr/a'],
        ['https://www.dupont-plomberie.fr//a///b', undefined, 'https://www.dupont-plomberie.fr/a/b'],
        ['https://www.dupont-plomberie.fr/a/./b/../c', undefined, 'https://www.dupont-plomberie.fr/a/c'],
        ['https://www.dupont-plomberie.fr/?utm_source=news&utm_medium=mail&id=3', undefined, 'https://www.dupont-plomberie.fr/?id=3'],
        ['https://www.dupont-plomberie.fr/?gclid=1&fbclid=2&msclkid=3&mc_cid=4&mc_eid=5&_ga=6&p=1', undefined, 'https://www.dupont-plomberie.fr/?p=1'],
        ['https://www.dupont-plomberie.fr/?UTM_Campaign=x', undefined, 'https://www.dupont-plomberie.fr/'],
        ['https://www.dupont-plomberie.fr/?b=2&a=1&c=3', undefined, 'https://www.dupont-plomberie.fr/?a=1&b=2&c=3'],
        ['https://www.dupont-plomberie.fr/?tag=b&tag=a', undefined, 'https://www.dupont-plomberie.fr/?tag=b&tag=a'],
        ['https://www.dupont-plomberie.fr/?a=1&&b=2&', undefined, 'https://www.dupont-plomberie.fr/?a=1&b=2'],
        ['https://www.dupont-plomberie.fr/?', undefined, 'https://www.dupont-plomberie.fr/'],
        ['https://www.dupont-plomberie.fr/search?q=a%20b&path=/x', undefined, 'https://www.dupont-plomberie.fr/search?path=/x&q=a%20b'],
        ['https://www.dupont-plomberie.fr/%7euser/%2fraw/%c3%a9', undefined, 'https://www.dupont-plomberie.fr/~user/%2Fraw/%C3%A9'],
        ['https://www.dupont-plomberie.fr/page;jsessionid=ABC123?x=1', undefined, 'https://www.dupont-plomberie.fr/page?x=1'],
        ['https://www.dupont-plomberie.fr/?PHPSESSID=abc&x=1', undefined, 'https://www.dupont-plomberie.fr/?x=1'],
        ['https://user:pw@www.dupont-plomberie.fr/', undefined, 'https://www.dupont-plomberie.fr/'],
        ['https://www.dupont-plomberie.fr./a', undefined, 'https://www.dupont-plomberie.fr/a'],
        ['contact', base, 'https://www.dupont-plomberie.fr/services/chauffage/contact'],
        ['../contact/', base, 'https://www.dupont-plomberie.fr/services/contact/'],
        ['/contact?b=1&a=2#form', base, 'https://www.dupont-plomberie.fr/contact?a=2&b=1'],
        ['//cdn.dupont-plomberie.fr/x', base, 'https://cdn.dupont-plomberie.fr/x'],
        ['?page=2', base, 'https://www.dupont-plomberie.fr/services/chauffage/?page=2'],
        ['#top', base, 'https://www.dupont-plomberie.fr/services/chauffage/'],
        ['', base, 'https://www.dupont-plomberie.fr/services/chauffage/'],
        ['  /contact\n', base, 'https://www.dupont-plomberie.fr/contact'],
        ['mailto:jean@dupont-plomberie.fr', base, null],
        ['tel:+33123456789', base, null],
        ['javascript:void(0)', base, null],
        ['data:text/html,hi', base, null],
        ['ftp://files.dupont-plomberie.fr/', base, null],
        ['whatsapp://send?text=hi', base, null],
        ['http://[::1', base, null],
        ['contact', undefined, null],
        ['contact', 'not a base', null],
    ];
    for (const [raw, rowBase, expected] of rows) {
        it(`${JSON.stringify(raw)}${rowBase === undefined ? '' : ' (relative to base)'} -> ${expected}`, () => {
            expect(normalizeUrl(raw, rowBase)).to.equal(expected);
        });
    }
    it('is idempotent', () => {
        for (const [raw, rowBase] of rows) {
            const once = normalizeUrl(raw, rowBase);
            if (once !== null)
                expect(normalizeUrl(once)).to.equal(once);
        }
    });
});
describe('registrableDomain', () => {
    const rows = [
        ['www.dupont-plomberie.fr', 'dupont-plomberie.fr'],
        ['dupont-plomberie.fr', 'dupont-plomberie.fr'],
        ['www.acme.co.uk', 'acme.co.uk'],
        ['a.b.c.acme.com.au', 'acme.com.au'],
        ['WWW.ACME.CO.UK.', 'acme.co.uk'],
        ['shop.github.io', 'shop.github.io'],
        ['blog.shop.github.io', 'shop.github.io'],
        ['xn--mnchen-3ya.de', 'xn--mnchen-3ya.de'],
        ['127.0.0.1', '127.0.0.1'],
        ['[::1]', '::1'],
        ['localhost', 'localhost'],
        ['localhost:3000', 'localhost'],
        ['app.localhost', 'app.localhost'],
        ['intranet', 'intranet'],
    ];
    for (const [hostname, expected] of rows) {
        it(`${hostname} -> ${expected}`, () => {
            expect(registrableDomain(hostname)).to.equal(expected);
        });
    }
});
describe('isSameSite', () => {
    const rows = [
        ['https://www.dupont-plomberie.fr/', 'https://dupont-plomberie.fr/contact', true],
        ['https://dupont-plomberie.fr/', 'http://blog.dupont-plomberie.fr/', true],
        ['https://www.acme.co.uk/', 'https://shop.acme.co.uk/', true],
        ['https://www.acme.co.uk/', 'https://www.other.co.uk/', false],
        ['https://dupont-plomberie.fr/', 'https://dupont-plomberie.com/', false],
        ['https://shop.github.io/', 'https://blog.github.io/', false],
        ['http://127.0.0.1:3000/a', 'http://127.0.0.1:3000/b', true],
        ['http://127.0.0.1:3000/', 'http://127.0.0.1:3001/', false],
        ['http://127.0.0.1/', 'https://127.0.0.1/', false],
        ['http://127.0.0.1/', 'http://127.0.0.1:80/', true],
        ['http://localhost:3000/', 'http://localhost:3000/x', true],
        ['http://localhost:3000/', 'http://localhost:4000/', false],
        ['http://localhost:3000/', 'http://127.0.0.1:3000/', false],
        ['http://[::1]:3000/', 'http://[::1]:3000/x', true],
        ['http://intranet/', 'http://intranet/x', true],
        ['http://intranet:8080/', 'http://intranet/', false],
        ['not a url', 'https://dupont-plomberie.fr/', false],
        ['https://dupont-plomberie.fr/', 'not a url', false],
    ];
    for (const [a, b, expected] of rows) {
        it(`${a} and ${b}: ${expected ? 'same site' : 'different sites'}`, () => {
            expect(isSameSite(a, b)).to.equal(expected);
            expect(isSameSite(b, a)).to.equal(expected);
        });
    }
    it('gives hosts without a registrable domain a key with their port', () => {
        expect(siteKey('http://127.0.0.1/')).to.equal('127.0.0.1:80');
        expect(siteKey('https://www.dupont-plomberie.fr/')).to.equal('dupont-plomberie.fr');
        expect(siteKey('nope')).to.equal(null);
    });
});
describe('isLikelyHtmlUrl', () => {
    const rows = [
        ['https://dupont-plomberie.fr/', true],
        ['https://dupont-plomberie.fr/contact', true],
        ['https://dupont-plomberie.fr/contact/', true],
        ['https://dupont-plomberie.fr/index.html', true],
        ['https://dupont-plomberie.fr/page.php?id=3', true],
        ['https://dupont-plomberie.fr/Default.aspx', true],
        ['https://dupont-plomberie.fr/v1.2/notes', true],
        ['https://dupont-plomberie.fr/.well-known/x', true],
        ['https://dupont-plomberie.fr/files/tarifs.pdf', false],
        ['https://dupont-plomberie.fr/files/TARIFS.PDF', false],
        ['https://dupont-plomberie.fr/img/logo.png?v=3', false],
        ['https://dupont-plomberie.fr/img/photo.jpg', false],
        ['https://dupont-plomberie.fr/img/photo.jpeg', false],
        ['https://dupont-plomberie.fr/img/anim.gif', false],
        ['https://dupont-plomberie.fr/img/icon.svg', false],
        ['https://dupont-plomberie.fr/img/hero.webp', false],
        ['https://dupont-plomberie.fr/favicon.ico', false],
        ['https://dupont-plomberie.fr/docs.zip', false],
        ['https://dupont-plomberie.fr/video.mp4', false],
        ['https://dupont-plomberie.fr/podcast.mp3', false],
        ['https://dupont-plomberie.fr/style.css', false],
        ['https://dupont-plomberie.fr/app.js', false],
        ['https://dupont-plomberie.fr/sitemap.xml', false],
        ['https://dupont-plomberie.fr/api/data.json', false],
        ['https://dupont-plomberie.fr/fonts/a.woff2', false],
        ['https://dupont-plomberie.fr/fonts/a.woff', false],
        ['https://dupont-plomberie.fr/contact.vcf', false],
        ['https://dupont-plomberie.fr/devis.docx', false],
        ['https://dupont-plomberie.fr/tarifs.xlsx', false],
        ['not a url', false],
    ];
    for (const [url, expected] of rows) {
        it(`${url}: ${expected}`, () => {
            expect(isLikelyHtmlUrl(url)).to.equal(expected);
        });
    }
});
describe('linkPriority', () => {
    const rows = [
        ['https://dupont-plomberie.fr/contact', undefined, 0],
        ['https://dupont-plomberie.fr/contact-us/', undefined, 0],
        ['https://dupont-plomberie.fr/nous-contacter', undefined, 0],
        ['https://dupont-plomberie.fr/contactez-nous.html', undefined, 0],
        ['https://dupont-plomberie.fr/about', undefined, 0],
        ['https://dupont-plomberie.fr/about-us', undefined, 0],
        ['https://dupont-plomberie.fr/a-propos', undefined, 0],
        ['https://dupont-plomberie.fr/qui-sommes-nous', undefined, 0],
        ['https://dupont-plomberie.fr/mentions-legales', undefined, 0],
        ['https://dupont-plomberie.fr/mentions-l%C3%A9gales', undefined, 0],
        ['https://kanzlei-weber.de/impressum', undefined, 0],
        ['https://kanzlei-weber.de/kontakt', undefined, 0],
        ['https://kanzlei-weber.de/ueber-uns', undefined, 0],
        ['https://kanzlei-weber.de/imprint', undefined, 0],
        ['https://acme.co.uk/legal', undefined, 0],
        ['https://acme.co.uk/legal-notice', undefined, 0],
        ['https://dupont-plomberie.fr/equipe', undefined, 0],
        ['https://dupont-plomberie.fr/%C3%A9quipe', undefined, 0],
        ['https://acme.co.uk/our-team', undefined, 0],
        ['https://acme.co.uk/staff', undefined, 0],
        ['https://ferreteria-lopez.es/contacto', undefined, 0],
        ['https://ferreteria-lopez.es/quienes-somos', undefined, 0],
        ['https://ferreteria-lopez.es/aviso-legal', undefined, 0],
        ['https://studio-rossi.it/contatti', undefined, 0],
        ['https://studio-rossi.it/chi-siamo', undefined, 0],
        ['https://bakkerij.nl/over-ons', undefined, 0],
        ['https://dupont-plomberie.fr/p/12', 'Contactez-nous', 0],
        ['https://dupont-plomberie.fr/p/13', 'Qui sommes-nous ?', 0],
        ['https://dupont-plomberie.fr/p/14', 'Mentions légales', 0],
        ['https://dupont-plomberie.fr/p/15', 'Notre équipe', 0],
        ['https://kanzlei-weber.de/p/16', 'Über uns', 0],
        ['https://acme.co.uk/p/17', 'Get in touch', 0],
        ['https://dupont-plomberie.fr/', undefined, 1],
        ['https://dupont-plomberie.fr/services/chauffage', undefined, 1],
        ['https://dupont-plomberie.fr/blog/2024/01/salle-de-bain', 'Lire la suite', 1],
        ['https://dupont-plomberie.fr/produits?cat=contact', undefined, 1],
        ['https://contact.dupont-plomberie.fr/', undefined, 1],
        ['not a url', undefined, 1],
        ['not a url', 'Contact', 0],
    ];
    for (const [url, anchorText, expected] of rows) {
        it(`${url}${anchorText === undefined ? '' : ` "${anchorText}"`} -> ${expected}`, () => {
            expect(linkPriority(url, anchorText)).to.equal(expected);
        });
    }
});
describe('looksLikeTrap', () => {
    const nextYear = new Date().getUTCFullYear() + 1;
    const farYear = new Date().getUTCFullYear() + 10;
    const rows = [
        ['a normal page', 'https://dupont-plomberie.fr/services/chauffage', false],
        ['a page with a few parameters', 'https://dupont-plomberie.fr/produits?cat=2&page=3&sort=prix', false],
        ['a blog archive', 'https://dupont-plomberie.fr/blog/2009/05/renovation', false],
        ['next year in a calendar', `https://dupont-plomberie.fr/agenda/${nextYear}/03`, false],
        ['an old event', 'https://dupont-plomberie.fr/events/1998-salon', false],
        ['a product number with a calendar word', 'https://dupont-plomberie.fr/date-de-livraison/ref-1234', false],
        ['a URL longer than 2000 characters', `https://dupont-plomberie.fr/?q=${'a'.repeat(2000)}`, true],
        ['a path deeper than 15 segments', `https://dupont-plomberie.fr/${Array.from({ length: 16 }, (_, index) => `s${index}`).join('/')}`, true],
        ['a path exactly 15 segments deep', `https://dupont-plomberie.fr/${Array.from({ length: 15 }, (_, index) => `s${index}`).join('/')}`, false],
        ['a segment repeated three times', 'https://dupont-plomberie.fr/a/b/a/b/a/b', true],
        ['a relative-link loop', 'https://dupont-plomberie.fr/services/contact/contact/contact/', true],
        ['a segment repeated twice', 'https://dupont-plomberie.fr/fr/services/fr/', false],
        ['more than 10 query parameters', `https://dupont-plomberie.fr/s?${Array.from({ length: 11 }, (_, index) => `f${index}=1`).join('&')}`, true],
        ['exactly 10 query parameters', `https://dupont-plomberie.fr/s?${Array.from({ length: 10 }, (_, index) => `f${index}=1`).join('&')}`, false],
        ['a calendar far in the future (path)', `https://dupont-plomberie.fr/calendar/${farYear}/01/`, true],
        ['a calendar far in the future (query)', `https://dupont-plomberie.fr/agenda?month=1&year=${farYear}`, true],
        ['a date far in the future without calendar words', `https://dupont-plomberie.fr/x/${farYear}-04/`, true],
        ['a calendar in the 19th century', 'https://dupont-plomberie.fr/events?date=1850-01-01', true],
        ['an ASP.NET cookieless session in the path', 'https://dupont-plomberie.fr/(S(lit3py55t21z5v55vlm25s55))/default.aspx', true],
        ['an unparsable URL', 'not a url', true],
    ];
    for (const [name, url, expected] of rows) {
        it(`${name}: ${expected}`, () => {
            expect(looksLikeTrap(url)).to.equal(expected);
        });
    }
});
//# sourceMappingURL=url-rules.test.js.map