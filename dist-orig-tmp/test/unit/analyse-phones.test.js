import { expect } from 'chai';
import { regionFromShownNumbers } from '../../actors/analyse/phone-region.js';
import { defaultRegionFor, extractPhones } from '../../actors/analyse/phones.js';
const PAGE_URL = 'https://acme.example/contact';
function textPage(text) {
    return { url: PAGE_URL, html: `<html><body><p>${text}</p></body></html>`, text };
}
describe('extractPhones', () => {
    describe('numbers in visible text', () => {
        const found = [
            { name: 'French landline with spaces', text: 'Tél : 01 42 68 53 00', region: 'FR', expected: [{ number: '+33142685300', raw: '01 42 68 53 00' }] },
            { name: 'French landline with dots', text: 'Fax 01.42.68.53.01', region: 'FR', expected: [{ number: '+33142685301', raw: '01.42.68.53.01' }] },
            { name: 'French mobile without separators', text: 'Portable 0612345678', region: 'FR', expected: [{ number: '+33612345678', raw: '0612345678' }] },
            {
                name: 'international with (0) trunk prefix',
                text: 'Call +33 (0)1 42 68 53 00',
                region: null,
                expected: [{ number: '+33142685300', raw: '+33 (0)1 42 68 53 00' }],
            },
            {
                name: 'French number written with 00 prefix',
                text: 'Tel 00 33 1 42 68 53 00',
                region: 'FR',
                expected: [{ number: '+33142685300', raw: '00 33 1 42 68 53 00' }],
            },
            {
                name: 'UK number with + needs no region',
                text: 'London office: +44 20 7946 0958',
                region: null,
                expected: [{ number: '+442079460958', raw: '+44 20 7946 0958' }],
            },
            { name: 'UK number in national format', text: 'Phone 020 7946 0958', region: 'GB', expected: [{ number: '+442079460958', raw: '020 7946 0958' }] },
            { name: 'US number in national format', text: 'Call (415) 555-2671 today', region: 'US', expected: [{ number: '+14155552671', raw: '(415) 555-2671' }] },
            { name: 'US number with leading 1', text: 'Toll: 1-415-555-2671', region: 'US', expected: [{ number: '+14155552671', raw: '1-415-555-2671' }] },
            { name: 'German number', text: 'Telefon: 030 901820', region: 'DE', expected: [{ number: '+4930901820', raw: '030 901820' }] },
            {
                name: 'international number while a region is set',
                text: 'Berlin: +49 30 901820',
                region: 'FR',
                expected: [{ number: '+4930901820', raw: '+49 30 901820' }],
            },
            {
                name: 'two numbers, deduplicated by E.164',
                text: 'Tél 01 42 68 53 00 — standard +33 1 42 68 53 00 — mobile 06 12 34 56 78',
                region: 'FR',
                expected: [
                    { number: '+33142685300', raw: '01 42 68 53 00' },
                    { number: '+33612345678', raw: '06 12 34 56 78' },
                ],
            },
            {
                name: 'phone label after an identifier on the same line',
                text: 'SIRET 732 829 320 00074 – Tél. 01 42 68 53 00',
                region: 'FR',
                expected: [{ number: '+33142685300', raw: '01 42 68 53 00' }],
            },
            {
                name: 'identifier after the phone number',
                text: 'Tél. : 04 91 00 00 00 – TVA FR12732829320',
                region: 'FR',
                expected: [{ number: '+33491000000', raw: '04 91 00 00 00' }],
            },
        ];
        for (const { name, text, region, expected } of found) {
            it(`finds ${name}`, () => {
                expect(extractPhones(textPage(text), region).map(({ number, raw, pageUrl }) => ({ number, raw, pageUrl }))).to.deep.equal(expected.map((hit) => ({ ...hit, pageUrl: PAGE_URL })));
            });
        }
        const ignored = [
            { name: 'a date with slashes', text: 'Publié le 12/03/2019', region: 'FR' },
            { name: 'a date with dots', text: 'Du 01.02.2020 au 03.04.2021', region: 'FR' },
            { name: 'an ISO timestamp', text: 'Mis à jour 2019-03-12 08:00:00', region: 'FR' },
            { name: 'years', text: 'Depuis 1998, en 2019 et 2020', region: 'FR' },
            { name: 'a price with a space', text: 'Prix : 1 299,00 €', region: 'FR' },
            { name: 'a capital amount', text: 'SAS au capital de 10 000 000 €', region: 'FR' },
            { name: 'a SIRET', text: 'SIRET 732 829 320 00074', region: 'FR' },
            { name: 'a SIREN read as a mobile without trunk prefix', text: 'SIREN 732 829 320', region: 'FR' },
            { name: 'an RCS number', text: 'RCS Paris B 732 829 320', region: 'FR' },
            { name: 'a VAT number', text: 'TVA intracommunautaire FR12732829320', region: 'FR' },
            { name: 'an IBAN', text: 'IBAN FR76 3000 6000 0112 3456 7890 189', region: 'FR' },
            { name: 'an order reference that is a valid-looking number', text: 'Commande n° 0142685300', region: 'FR' },
            { name: 'a postcode', text: '75008 Paris', region: 'FR' },
            { name: 'a version number', text: 'jQuery v3.7.1 and version 10.15.7', region: 'FR' },
            { name: 'an IP address', text: 'Server 192.168.100.200', region: 'FR' },
            { name: 'GPS coordinates', text: 'Lat 48.856614, 2.3522219', region: 'FR' },
            { name: 'opening hours', text: 'Ouvert 09:00-18:00, lundi au vendredi', region: 'FR' },
            { name: 'a long reference', text: 'Réf 0142685300123', region: 'FR' },
            { name: 'a national number without region', text: 'Tél : 01 42 68 53 00', region: null },
            { name: 'a French number under a US region', text: 'Tél : 01 42 68 53 00', region: 'US' },
            { name: 'an ISBN', text: 'ISBN 978-2-07-036822-8', region: 'FR' },
            { name: 'a possible but invalid number (unassigned range)', text: 'Tél : 07 00 00 00 00', region: 'FR' },
        ];
        for (const { name, text, region } of ignored) {
            it(`ignores ${name}`, () => {
                expect(extractPhones(textPage(text), region)).to.deep.equal([]);
            });
        }
    });
    describe('tel: links', () => {
        const rows = [
            {
                name: 'international href, raw from the link text',
                html: '<a href="tel:+33142685300">01 42 68 53 00</a>',
                region: 'FR',
                expected: [{ number: '+33142685300', raw: '01 42 68 53 00' }],
            },
            {
                name: 'national href with a region, text that is not a number',
                html: '<a href="tel:0612345678">Appelez-nous</a>',
                region: 'FR',
                expected: [{ number: '+33612345678', raw: '0612345678' }],
            },
            {
                name: 'percent-encoded href',
                html: '<a href="tel:%2B44%2020%207946%200958">London</a>',
                region: null,
                expected: [{ number: '+442079460958', raw: '+44 20 7946 0958' }],
            },
            {
                name: 'href with tel:// and an extension parameter',
                html: '<a href="TEL://+1-415-555-2671;ext=12">Call</a>',
                region: null,
                expected: [{ number: '+14155552671', raw: '+1-415-555-2671' }],
            },
            {
                name: 'possible but not valid number (links are trusted more than text)',
                html: '<a href="tel:+33700000000">Standard</a>',
                region: null,
                expected: [{ number: '+33700000000', raw: '+33700000000' }],
            },
            {
                name: 'duplicate links',
                html: '<a href="tel:+33142685300">A</a><a href="tel:01 42 68 53 00">B</a>',
                region: 'FR',
                expected: [{ number: '+33142685300', raw: '+33142685300' }],
            },
            { name: 'national href without region', html: '<a href="tel:0142685300">Call</a>', region: null, expected: [] },
            { name: 'impossible number', html: '<a href="tel:123">Call</a>', region: 'FR', expected: [] },
            { name: 'empty href', html: '<a href="tel:">Call</a>', region: 'FR', expected: [] },
            { name: 'broken percent-encoding', html: '<a href="tel:%E0%A4%A">Call</a>', region: 'FR', expected: [] },
            { name: 'letters only', html: '<a href="tel:call-us">Call</a>', region: 'FR', expected: [] },
            { name: 'not a tel link', html: '<a href="https://acme.example/0142685300">x</a>', region: 'FR', expected: [] },
        ];
        for (const { name, html, region, expected } of rows) {
            it(`handles ${name}`, () => {
                const hits = extractPhones({ url: PAGE_URL, html, text: 'nothing here' }, region).map(({ number, raw, pageUrl }) => ({ number, raw, pageUrl }));
                expect(hits).to.deep.equal(expected.map((hit) => ({ ...hit, pageUrl: PAGE_URL })));
            });
        }
        it('lists tel: links before numbers from the text', () => {
            const hits = extractPhones({ url: PAGE_URL, html: '<p>06 12 34 56 78</p><a href="tel:+33142685300">Call</a>', text: '06 12 34 56 78 Call' }, 'FR');
            expect(hits.map((hit) => hit.number)).to.deep.equal(['+33142685300', '+33612345678']);
        });
    });
    describe('bad and extreme pages', () => {
        it('returns nothing for an empty page', () => {
            expect(extractPhones({ url: PAGE_URL, html: '', text: '' }, 'FR')).to.deep.equal([]);
        });
        it('derives the text from the HTML when no text is given', () => {
            const hits = extractPhones({ url: PAGE_URL, html: '<p>Tél&nbsp;: 01&nbsp;42&nbsp;68&nbsp;53&nbsp;00</p>', text: '' }, 'FR');
            expect(hits.map((hit) => hit.number)).to.deep.equal(['+33142685300']);
        });
        it('ignores numbers in scripts and comments when deriving text', () => {
            const html = '<script>var t = "01 42 68 53 00";</script><!-- 06 12 34 56 78 --><p>Nothing</p>';
            expect(extractPhones({ url: PAGE_URL, html, text: '' }, 'FR')).to.deep.equal([]);
        });
        it('reads tel: links of an absurdly deep page up to where it gets absurd', () => {
            const html = `<a href="tel:+33142685300">x</a>${'<div>'.repeat(200_000)}<a href="tel:+33612345678">y</a>`;
            expect(extractPhones({ url: PAGE_URL, html, text: 'x y' }, 'FR').map((hit) => hit.number)).to.deep.equal(['+33142685300']);
        });
        it('handles broken HTML', () => {
            const hits = extractPhones({ url: PAGE_URL, html: '<a href="tel:+33142685300"<p><<<a', text: '' }, 'FR');
            expect(hits).to.be.an('array');
        });
        const huge = [
            { name: 'a long run of digits', text: '7'.repeat(1_000_000) },
            { name: 'digits separated by spaces', text: '12 '.repeat(300_000) },
            { name: 'bracketed digits', text: '(1) '.repeat(100_000) },
            { name: 'plus signs', text: '+'.repeat(500_000) },
            { name: 'base64-like noise', text: 'QUJDRA0123456789abcd+/'.repeat(30_000) },
        ];
        for (const { name, text } of huge) {
            it(`finds no number in ${name}`, () => {
                expect(extractPhones({ url: PAGE_URL, html: '', text }, 'FR')).to.deep.equal([]);
            });
        }
        it('still finds a number near the start of a huge page', () => {
            const text = `Tél : 01 42 68 53 00\n${'lorem ipsum '.repeat(100_000)}`;
            expect(extractPhones({ url: PAGE_URL, html: '', text }, 'FR').map((hit) => hit.number)).to.deep.equal(['+33142685300']);
        });
        it('finds a number on a line right after a chunk boundary', () => {
            const text = `${'x '.repeat(4_999)}\nTél : 01 42 68 53 00\n${'y '.repeat(10_000)}`;
            expect(extractPhones({ url: PAGE_URL, html: '', text }, 'FR').map((hit) => hit.number)).to.deep.equal(['+33142685300']);
        });
    });
});
describe('defaultRegionFor', () => {
    const rows = [
        { input: { country: 'FR' }, expected: 'FR' },
        { input: { country: 'fr' }, expected: 'FR' },
        { input: { country: ' France ' }, expected: 'FR' },
        { input: { country: 'FRA' }, expected: 'FR' },
        { input: { country: 'Allemagne' }, expected: 'DE' },
        { input: { country: 'Deutschland' }, expected: 'DE' },
        { input: { country: 'Germany' }, expected: 'DE' },
        { input: { country: 'Royaume-Uni' }, expected: 'GB' },
        { input: { country: 'United Kingdom' }, expected: 'GB' },
        { input: { country: 'UK' }, expected: 'GB' },
        { input: { country: 'États-Unis' }, expected: 'US' },
        { input: { country: 'U.S.A.' }, expected: 'US' },
        { input: { country: 'Belgique' }, expected: 'BE' },
        { input: { country: 'Suisse' }, expected: 'CH' },
        { input: { country: "Côte d'Ivoire" }, expected: 'CI' },
        { input: { country: 'Espagne' }, expected: 'ES' },
        { input: { country: 'Pays-Bas' }, expected: 'NL' },
        { input: { country: 'La Réunion' }, expected: 'RE' },
        { input: { country: 'Québec' }, expected: 'CA' },
        { input: { country: 'CA' }, expected: 'CA' },
        { input: { country: 'Atlantis', url: 'https://acme.de' }, expected: 'DE' },
        { input: { country: 'ZZ', url: 'https://acme.fr' }, expected: 'FR' },
        { input: { country: '', url: 'https://www.acme.fr/contact' }, expected: 'FR' },
        { input: { country: null, url: 'https://shop.acme.co.uk' }, expected: 'GB' },
        { input: { url: 'acme.de' }, expected: 'DE' },
        { input: { url: 'https://acme.be/' }, expected: 'BE' },
        { input: { url: 'https://acme.ch' }, expected: 'CH' },
        { input: { url: 'https://acme.com', language: 'fr-FR' }, expected: 'FR' },
        { input: { url: 'https://acme.io', language: 'de' }, expected: 'DE' },
        { input: { url: 'https://acme.co', language: 'en' }, expected: null },
        { input: { url: 'https://acme.eu', language: 'fr' }, expected: 'FR' },
        { input: { url: 'not a url', language: 'fr-CA' }, expected: 'CA' },
        { input: { url: 'http://localhost:8080' }, expected: null },
        { input: { url: 'http://127.0.0.1/' }, expected: null },
        { input: { language: 'fr-CA' }, expected: 'CA' },
        { input: { language: 'fr_BE' }, expected: 'BE' },
        { input: { language: 'fr' }, expected: 'FR' },
        { input: { language: 'de' }, expected: 'DE' },
        { input: { language: 'en-GB' }, expected: 'GB' },
        { input: { language: 'en-US' }, expected: 'US' },
        { input: { language: 'en-uk' }, expected: 'GB' },
        { input: { language: 'en' }, expected: null },
        { input: { language: 'zh-Hant-TW' }, expected: 'TW' },
        { input: { language: 'es-419' }, expected: null },
        { input: { language: 'pt-BR' }, expected: 'BR' },
        { input: { language: 'ar' }, expected: null },
        { input: { language: 'xx-YY-not a tag' }, expected: null },
        { input: { language: '' }, expected: null },
        { input: {}, expected: null },
        { input: { country: null, url: null, language: null }, expected: null },
        { input: { country: 'x'.repeat(10_000) }, expected: null },
    ];
    for (const { input, expected } of rows) {
        it(`${JSON.stringify(input).slice(0, 80)} → ${expected}`, () => {
            expect(defaultRegionFor(input)).to.equal(expected);
        });
    }
});
describe('extractPhones: issue 10 conventions (the false positive next to the true one)', () => {
    const rows = [
        { name: 'international prefix plus trunk zero', text: 'Tél. (+33) 05 34 32 22 25', region: 'FR', expected: [{ number: '+33534322225', kind: 'PHONE' }] },
        { name: '+33 0… written with the trunk zero', text: 'Tel +33 05 34 32 22 25', region: null, expected: [{ number: '+33534322225', kind: 'PHONE' }] },
        { name: 'Italian numbers keep their zero after +39', text: 'Tel. +39 02 8901 2345', region: null, expected: [{ number: '+390289012345', kind: 'PHONE' }] },
        { name: 'a number after other digit groups', text: 'BP 123 CS 30012 01 42 68 53 00', region: 'FR', expected: [{ number: '+33142685300', kind: 'PHONE' }] },
        { name: 'a German date is not a phone', text: 'Stand: 09.07.2027', region: 'DE', expected: [] },
        {
            name: 'a German number with (0) and a direct-dial suffix',
            text: 'Telefon: +49 (0)89 123456-10',
            region: 'DE',
            expected: [{ number: '+498912345610', kind: 'PHONE' }],
        },
        { name: 'a fax told apart', text: 'Fax: +49 (0)89 123456-99', region: 'DE', expected: [{ number: '+498912345699', kind: 'FAX' }] },
        { name: 'a French fax (télécopie)', text: 'Télécopie : 01 42 68 53 01', region: 'FR', expected: [{ number: '+33142685301', kind: 'FAX' }] },
        { name: 'a French mobile', text: 'Portable : 06 12 34 56 78', region: 'FR', expected: [{ number: '+33612345678', kind: 'MOBILE' }] },
        {
            name: 'a UK extension is not part of the number',
            text: 'Switchboard: 0113 496 0100 ext. 204',
            region: 'GB',
            expected: [{ number: '+441134960100', kind: 'PHONE' }],
        },
        {
            name: 'US national number on an English page (fallback regions)',
            text: 'Call (718) 736-5000',
            region: null,
            fallback: ['US', 'GB'],
            expected: [{ number: '+17187365000', kind: 'PHONE' }],
        },
        {
            name: 'UK national number on an English page (fallback regions)',
            text: 'Tel 0117 930 0400',
            region: null,
            fallback: ['US', 'GB'],
            expected: [{ number: '+441179300400', kind: 'PHONE' }],
        },
        { name: 'a US cell phone by its label', text: 'Cell: 415-555-2671', region: 'US', expected: [{ number: '+14155552671', kind: 'MOBILE' }] },
        { name: 'no number from digit groups in the middle of a longer run', text: 'Lot 2024 415 555 2671 12', region: 'US', expected: [] },
        {
            name: 'two numbers glued together',
            text: '01 42 68 53 00 01 42 68 53 01',
            region: 'FR',
            expected: [
                { number: '+33142685300', kind: 'PHONE' },
                { number: '+33142685301', kind: 'PHONE' },
            ],
        },
        { name: 'vanity letters end the number', text: 'Call 1-800-FLOWERS', region: 'US', expected: [] },
        { name: 'an Italian VAT number (P.IVA) is not a phone', text: 'P.IVA 01234567890', region: 'IT', expected: [] },
        { name: 'a Canadian GST number is not a phone', text: 'GST/HST 123456789 RT0001', region: 'CA', expected: [] },
        { name: 'an ISBN is not a phone', text: 'ISBN 978-0-306-40615-7', region: 'US', expected: [] },
        { name: 'a price is not a phone', text: 'From $1,299.00', region: 'US', expected: [] },
    ];
    for (const { name, text, region, fallback, expected } of rows) {
        it(name, () => {
            const found = extractPhones({ url: PAGE_URL, html: '', text }, region, { fallbackRegions: fallback ?? [] });
            expect(found.map(({ number, kind }) => ({ number, kind }))).to.deep.equal(expected);
        });
    }
    it('stays linear on 200 KB of "+1 (": the number parses are bounded by the page size', () => {
        const text = '+1 ('.repeat(50_000);
        const stats = { parses: 0 };
        expect(extractPhones({ url: PAGE_URL, html: '', text }, 'US', { stats })).to.deep.equal([]);
        expect(stats.parses).to.be.at.most(text.length / 4);
    });
    it('stays linear on 200 KB of digit groups', () => {
        const text = '12 34 '.repeat(35_000);
        const stats = { parses: 0 };
        extractPhones({ url: PAGE_URL, html: '', text }, 'FR', { stats });
        expect(stats.parses).to.be.at.most(2 * text.length);
    });
    it('reads no number from SVG path data or CSS', () => {
        const html = '<svg viewBox="0 0 24 24"><path d="M0 0h24v24H0 0 0123456789 0612345678"/></svg><style>.x{z-index:0612345678}</style><p>Bonjour</p>';
        expect(extractPhones({ url: PAGE_URL, html, text: '' }, 'FR')).to.deep.equal([]);
    });
});
describe('regionFromShownNumbers', () => {
    const rows = [
        { language: 'de', countries: ['CH', 'CH', 'DE'], expected: 'CH' },
        { language: 'fr', countries: ['BE'], expected: 'BE' },
        { language: 'en', countries: ['GB', undefined], expected: 'GB' },
        { language: 'fr', countries: ['US'], expected: null },
        { language: 'fr', countries: [], expected: null },
        { language: null, countries: ['FR'], expected: null },
    ];
    for (const { language, countries, expected } of rows) {
        it(`${language ?? 'no language'} + ${countries.join(',') || 'none'} → ${expected ?? 'null'}`, () => {
            expect(regionFromShownNumbers(language, countries)).to.equal(expected);
        });
    }
});
//# sourceMappingURL=analyse-phones.test.js.map