import { expect } from 'chai';
import { CompanyIdentity } from '../../actors/analyse/company-identity.js';
import { contactOwner, mergeOwners } from '../../actors/analyse/contact-owner.js';
import { readPageBlocks } from '../../actors/analyse/page-sections.js';
/** The owner of `needle` as the report builder decides it: from the first block that shows it. */
function ownerOf(html, needle, onCompanyDomain = false, companyName = 'Acme Paris') {
    const block = readPageBlocks(html).find((b) => b.text.includes(needle));
    if (!block)
        throw new Error(`${needle} not in any block`);
    return contactOwner({ blockText: block.text, position: block.text.indexOf(needle), heading: block.heading, onCompanyDomain, companyName });
}
describe('contactOwner (whose contact is it)', () => {
    const rows = [
        {
            name: "the company's number in its footer",
            html: '<footer><h4>Contact</h4><p>Tél. 01 42 68 53 00</p></footer>',
            needle: '01 42 68 53 00',
            owner: 'COMPANY',
        },
        {
            name: "the host's number in the legal notice",
            html: '<h1>Mentions légales</h1><h2>Hébergement</h2><p>OVH SAS, Roubaix. Tél. : 09 72 10 10 07</p>',
            needle: '09 72 10 10 07',
            owner: 'THIRD_PARTY',
        },
        {
            name: "the publisher's number in the same legal notice",
            html: '<h1>Mentions légales</h1><h2>Éditeur</h2><p>Acme SARL – Tél. 01 42 68 53 00</p><h2>Hébergement</h2><p>OVH</p>',
            needle: '01 42 68 53 00',
            owner: 'COMPANY',
        },
        {
            name: "the web agency's address in its credit",
            html: "<p>Site réalisé par l'agence Pixel Sud – contact@pixelsud.fr</p>",
            needle: 'contact@pixelsud.fr',
            owner: 'THIRD_PARTY',
        },
        {
            name: 'an address on the company domain next to the same credit',
            html: "<p>Site réalisé par l'agence Pixel Sud pour contact@acme.fr</p>",
            needle: 'contact@acme.fr',
            onCompanyDomain: true,
            owner: 'COMPANY',
        },
        {
            name: "a German chamber's number (Zuständige Kammer)",
            html: '<h1>Impressum</h1><h2>Zuständige Kammer</h2><p>Handwerkskammer München, Tel. +49 89 5119-0</p>',
            needle: '+49 89 5119-0',
            owner: 'THIRD_PARTY',
        },
        {
            name: "a regulator's number (ICAEW)",
            html: '<p>We are registered by the Institute of Chartered Accountants in England and Wales, tel +44 (0)20 7920 8100.</p>',
            needle: '+44 (0)20 7920 8100',
            owner: 'THIRD_PARTY',
        },
        {
            name: "a speaker's address under a speaker card",
            html: '<main><h1>Speakers</h1><div><h3>Jane Doe</h3><p>jane@kaleido.io</p></div></main>',
            needle: 'jane@kaleido.io',
            owner: 'THIRD_PARTY',
        },
        {
            name: "the organiser's address on the sponsors page",
            html: '<main><h1>Devenir sponsor</h1><p>Écrivez à sponsors@devsummit.fr</p></main>',
            needle: 'sponsors@devsummit.fr',
            owner: 'COMPANY',
        },
        {
            name: 'a heading of another section does not leak into the footer',
            html: '<main><h2>Hébergement</h2><p>OVH</p></main><footer><p>Tél. 01 42 68 53 00</p></footer>',
            needle: '01 42 68 53 00',
            owner: 'COMPANY',
        },
        {
            name: "a hotel's own accommodation section (hébergement) is not a host credit",
            html: '<main><h1>Nos chambres</h1><h2>Hébergement</h2><p>Réservations au 04 50 12 34 56</p></main>',
            needle: '04 50 12 34 56',
            owner: 'COMPANY',
        },
        {
            name: 'a venue hosting events is not a host credit',
            html: '<main><h2>Hosting your event</h2><p>Call our events team on 020 7946 0958</p></main>',
            needle: '020 7946 0958',
            owner: 'COMPANY',
        },
        {
            name: 'a host credit under a legal notice heading',
            html: '<h1>Legal notice</h1><h2>Hosting</h2><p>Amazon Web Services EMEA, tel +352 2789 0057</p>',
            needle: '+352 2789 0057',
            owner: 'THIRD_PARTY',
        },
        {
            name: 'a company named like a cue is not a cue',
            html: '<footer><h4>Hosting Solutions Ltd</h4><p>Tel 020 7946 0958</p></footer>',
            needle: '020 7946 0958',
            owner: 'COMPANY',
        },
    ];
    for (const row of rows) {
        it(row.name, () => {
            const companyName = row.name.includes('named like a cue') ? 'Hosting Solutions Ltd' : 'Acme Paris';
            expect(ownerOf(row.html, row.needle, row.onCompanyDomain, companyName)).to.equal(row.owner);
        });
    }
    it('sets PERSON when people extraction names the person, and never for a third party', () => {
        expect(contactOwner({ blockText: 'Julie Bernard – 06 12 34 56 78', heading: null, personName: 'Julie Bernard' })).to.equal('PERSON');
        expect(contactOwner({ blockText: 'Hébergeur OVH 09 72 10 10 07', heading: null, personName: null })).to.equal('THIRD_PARTY');
    });
    it("merges occurrences: one as the company's wins over third-party ones", () => {
        expect(mergeOwners('THIRD_PARTY', 'COMPANY')).to.equal('COMPANY');
        expect(mergeOwners('COMPANY', 'THIRD_PARTY')).to.equal('COMPANY');
        expect(mergeOwners(undefined, 'THIRD_PARTY')).to.equal('THIRD_PARTY');
        expect(mergeOwners('COMPANY', 'PERSON')).to.equal('PERSON');
    });
});
describe('CompanyIdentity.emailDomains', () => {
    const rows = [
        { name: 'the site domain', names: ['Acme'], host: 'www.acme.fr', addresses: ['a@acme.fr', 'b@agency.fr'], own: ['acme.fr'] },
        {
            name: 'a domain spelling the company name on a site served from an IP',
            names: ['Boulangerie Lemoine'],
            host: '127.0.0.1',
            addresses: ['bonjour@boulangerie-lemoine.fr', 'contact@pixelsud.fr'],
            own: ['boulangerie-lemoine.fr'],
        },
        {
            name: 'a domain whose words are all in the names (umlauts spelled out)',
            names: ['TSV Grünwald 1921 e.V.'],
            host: '127.0.0.1',
            addresses: ['jugend@tsv-gruenwald.de', 'info@hwk.de'],
            own: ['tsv-gruenwald.de'],
        },
        {
            name: 'the domain of most addresses',
            names: ['Clínica Dental Sonrisa'],
            host: '127.0.0.1',
            addresses: ['citas@clinicasonrisa.es', 'admin@clinicasonrisa.es', 'hola@rayodigital.es'],
            own: ['clinicasonrisa.es'],
        },
        { name: 'no domain when nothing points to one', names: ['Plomberie Durand'], host: '127.0.0.1', addresses: ['plomberie.durand69@gmail.com'], own: [] },
    ];
    for (const row of rows) {
        it(row.name, () => {
            expect([...new CompanyIdentity(row.names, row.host).emailDomains(row.addresses)].sort()).to.deep.equal(row.own);
        });
    }
});
describe('readPageBlocks on hostile pages', () => {
    it('keeps at most 1 M characters of text and bounded links on a 6 MB page', () => {
        const html = `<footer><p>Tél. 01 42 68 53 00</p></footer>${'<p>lorem ipsum <a href="https://x.com/a">a</a></p>'.repeat(120_000)}`;
        const blocks = readPageBlocks(html);
        expect(blocks[0].chrome).to.equal(true);
        expect(blocks.reduce((n, b) => n + b.text.length, 0)).to.be.at.most(1_000_000);
        expect(blocks.length).to.be.at.most(5000);
    });
    it('survives broken and absurdly nested markup', () => {
        expect(readPageBlocks('<div'.repeat(10_000))).to.be.an('array');
        expect(readPageBlocks(`${'<section>'.repeat(100_000)}<p>deep 01 42 68 53 00</p>`)).to.be.an('array');
    });
});
//# sourceMappingURL=analyse-contact-owner.test.js.map