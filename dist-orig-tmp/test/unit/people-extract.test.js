/** People read from pages: each markup, the non-people, and pages built to hurt. */
import { expect } from 'chai';
import { CompanyReportBuilder } from '../../actors/analyse/company-report-builder.js';
import { emailKindOf, inferMailDomain, isDisposableAddress, isFreeWebmail } from '../../actors/analyse/email-intel.js';
import { learnEmailPattern } from '../../actors/people/email-pattern.js';
import { extractPagePeople, MAX_PEOPLE_PER_PAGE } from '../../actors/people/page-people.js';
import { MAX_PEOPLE_PER_COMPANY } from '../../actors/people/company-people.js';
const REGIONS = { fr: 'FR', de: 'DE', en: 'GB', es: 'ES', it: 'IT' };
const page = (html, language = 'fr') => extractPagePeople({ url: 'https://www.example-firm.fr/page', html, language, region: REGIONS[language] });
const names = (html, language = 'fr') => page(html, language).map((p) => p.name);
describe('people: extraction from pages', () => {
    it('reads team cards, list items, table rows and definition lists with role, e-mail, phone and LinkedIn', () => {
        const people = page(`
      <div class="card"><h3>Sophie Martin</h3><p>Gérante</p><a href="mailto:sophie.martin@example-firm.fr"></a>
        <a href="https://fr.linkedin.com/in/sophie-martin-42/">in</a></div>
      <div class="card"><h3>Paul Durand</h3><p>Comptable</p><p><a href="tel:+33472000001">04 72 00 00 01</a></p></div>
      <ul><li><strong>Marc Petit</strong> – Responsable commercial – <a href="mailto:m.petit@example-firm.fr">écrire</a></li></ul>
      <table><tr><th>Nom</th><th>Fonction</th></tr><tr><td>Lina Roux</td><td>Assistante de direction</td></tr></table>
      <dl><dt>Gérant</dt><dd>Bruno Faure</dd></dl>`);
        expect(people.map((p) => [p.name, p.role, p.seniority, p.email, p.phone, p.linkedinUrl])).to.deep.equal([
            ['Sophie Martin', 'Gérante', 'OWNER_EXECUTIVE', 'sophie.martin@example-firm.fr', null, 'https://www.linkedin.com/in/sophie-martin-42'],
            ['Paul Durand', 'Comptable', 'STAFF', null, '+33472000001', null],
            ['Marc Petit', 'Responsable commercial', 'MANAGER', 'm.petit@example-firm.fr', null, null],
            ['Lina Roux', 'Assistante de direction', 'STAFF', null, null, null],
            ['Bruno Faure', 'Gérant', 'OWNER_EXECUTIVE', null, null, null],
        ]);
    });
    it('reads legal notices in five languages', () => {
        const cases = [
            ['fr', '<p>RCS Lyon 123<br>Directeur de la publication : M. Jean-Paul Garnier</p>', 'Jean-Paul Garnier', 'Directeur de la publication'],
            [
                'de',
                '<p><strong>Vertreten durch den Geschäftsführer:</strong><br>Dr. Klaus Wagner</p><p>HRB 1234</p>',
                'Klaus Wagner',
                'Vertreten durch den Geschäftsführer',
            ],
            ['de', '<p>Vertretungsberechtigter Geschäftsführer: Tobias Hartmann</p>', 'Tobias Hartmann', 'Vertretungsberechtigter Geschäftsführer'],
            ['en', '<p>Registered in England No. 123456. Managing Director: Helen Carter</p>', 'Helen Carter', 'Managing Director'],
            ['es', '<p>Administrador único: D. Sergio Navarro Gil</p>', 'Sergio Navarro Gil', 'Administrador único'],
            ['it', '<p>P.IVA 0123<br>Amministratore delegato: Dott. Luca Ferraro</p>', 'Luca Ferraro', 'Amministratore delegato'],
        ];
        for (const [language, html, name, role] of cases) {
            const found = page(html, language);
            expect(found.map((p) => [p.name, p.role, p.evidence]), html).to.deep.equal([[name, role, 'LEGAL_NOTICE']]);
            expect(found[0].seniority).to.equal('OWNER_EXECUTIVE');
        }
    });
    it('reads staff tables with first and last names in columns of their own', () => {
        const found = page(`<table><thead><tr><th>Nom</th><th>Prénom</th><th>Fonction</th><th>Courriel</th></tr></thead><tbody>
      <tr><td>BLANC</td><td>Émilie</td><td>Cheffe de chantier</td><td><a href="mailto:e.blanc@example-firm.fr">e.blanc@example-firm.fr</a></td></tr>
      <tr><td>Nguyen</td><td>Paul</td><td></td><td></td></tr>
      <tr><td>Total</td><td></td><td>2 personnes</td><td></td></tr></tbody></table>`);
        expect(found.map((p) => [p.name, p.role, p.seniority, p.email])).to.deep.equal([
            ['Émilie Blanc', 'Cheffe de chantier', 'MANAGER', 'e.blanc@example-firm.fr'],
            ['Paul Nguyen', null, 'UNKNOWN', null],
        ]);
    });
    it('gives a label to every name listed after it', () => {
        const found = page('<p>PR 1234<br>Vertretungsberechtigte Partner: Dipl.-Kfm. Thomas Hoffmann, Dr. Selin Yılmaz</p>', 'de');
        expect(found.map((p) => [p.name, p.role, p.evidence])).to.deep.equal([
            ['Thomas Hoffmann', 'Vertretungsberechtigte Partner', 'LEGAL_NOTICE'],
            ['Selin Yılmaz', 'Vertretungsberechtigte Partner', 'LEGAL_NOTICE'],
        ]);
    });
    it('reads press contacts, JSON-LD Person/founder/employee, h-card and mailto links naming someone', () => {
        expect(page('<p>Pressekontakt: Laura Schmitt, Tel. 0711 1234567</p>', 'de').map((p) => [p.name, p.evidence, p.phone])).to.deep.equal([
            ['Laura Schmitt', 'PRESS_CONTACT', '+497111234567'],
        ]);
        const ld = page(`<script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization",
      "founder":{"@type":"Person","name":"Anne Morel"},"employee":[{"@type":"Person","givenName":"Hugo","familyName":"Lambert","jobTitle":"Directeur technique",
      "email":"hugo.lambert@example-firm.fr","sameAs":"https://www.linkedin.com/in/hugolambert"}],
      "review":{"@type":"Review","author":{"@type":"Person","name":"Client Mécontent"}}}</script>`);
        expect(ld.map((p) => [p.name, p.role, p.email, p.linkedinUrl])).to.deep.equal([
            ['Anne Morel', 'Fondateur', null, null],
            ['Hugo Lambert', 'Directeur technique', 'hugo.lambert@example-firm.fr', 'https://www.linkedin.com/in/hugolambert'],
        ]);
        const card = page('<div class="vcard"><span class="fn">Nadia Benali</span> <span class="title">Office manager</span> <a class="email" href="mailto:nadia@example-firm.fr">mail</a></div>', 'en');
        expect(card.map((p) => [p.name, p.role, p.email, p.evidence])).to.deep.equal([['Nadia Benali', 'Office manager', 'nadia@example-firm.fr', 'MICROFORMAT']]);
        const micro = page('<div itemscope itemtype="https://schema.org/Person"><span itemprop="name">Irene Vidal</span>, <span itemprop="jobTitle">Jefa de ventas</span></div>', 'es');
        expect(micro.map((p) => [p.name, p.role, p.seniority])).to.deep.equal([['Irene Vidal', 'Jefa de ventas', 'MANAGER']]);
        expect(names('<p>Écrivez à <a href="mailto:remi.carpentier@example-firm.fr">Rémi Carpentier</a></p>')).to.deep.equal(['Rémi Carpentier']);
    });
    it('never reports testimonials, quoted authors, streets, web agencies, placeholders, headings or menus', () => {
        const html = `
      <nav><ul><li><a href="/equipe">Sophie Martin</a></li><li>Gérante</li></ul></nav>
      <h1>Victor Hugo</h1><p>Bienvenue.</p>
      <div class="testimonials"><p>Great work!</p><p>Rachel Green, Owner</p></div>
      <div><p>« Un service impeccable, je recommande vivement ce cabinet. »</p><p>Marc Delorme, gérant</p></div>
      <blockquote><p>La simplicité est la sophistication suprême.</p><cite>Léonard Vinci</cite></blockquote>
      <p>12 place Charles de Gaulle, 69002 Lyon</p><p>Rue Jean Jaurès</p>
      <p>Site réalisé par l'agence Pixel – Lucas Bernard, chef de projet</p>
      <p>Webdesign: Max Weber, Projektleiter</p>
      <form><p>Exemple : Jean Dupont, gérant</p></form>
      <p>Contact : Jean Dupont, gérant</p><p>Ansprechpartner: Max Mustermann</p><p>Geschäftsführer: Erika Mustermann</p>
      <h2>Notre Équipe</h2><p>Responsable Qualité</p>`;
        expect(names(html)).to.deep.equal([]);
    });
    it('a page of 10,000 names and a 2 MB table of names give bounded output, and the builder keeps the other pages', function () {
        this.timeout(120_000);
        const first = ['Anna', 'Paul', 'Marie', 'Lukas', 'Sofia', 'Marco', 'Claire', 'Jonas'];
        const last = ['Martin', 'Weber', 'Rossi', 'Garcia', 'Dubois', 'Schmidt', 'Conti', 'Lopez'];
        const cards = Array.from({ length: 10_000 }, (_, i) => `<div class="card"><h3>${first[i % 8]} ${last[(i >> 3) % 8]}x${'abcdefghij'[i % 10]}${'klmnopqrst'[(i >> 4) % 10]}</h3><p>Comptable</p></div>`).join('');
        const tenThousand = `<html><body>${cards}</body></html>`;
        const found = page(tenThousand);
        expect(found.length).to.equal(MAX_PEOPLE_PER_PAGE);
        let table = '<table>';
        for (let i = 0; table.length < 2_000_000; i++)
            table += `<tr><td>${first[i % 8]} ${last[i % 7]}${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + ((i >> 5) % 26))}</td><td>Assistant commercial</td></tr>`;
        table += '</table>';
        expect(page(table).length).to.be.at.most(MAX_PEOPLE_PER_PAGE);
        const builder = new CompanyReportBuilder({
            name: 'Firm',
            website: 'https://www.example-firm.fr/',
            category: null,
            address: null,
            phone: null,
            country: 'FR',
            rating: null,
            reviewsCount: null,
        });
        const base = { status: 200, headers: {}, text: '', title: '', links: [], responseTimeMs: 10 };
        builder.addPage({ ...base, finalUrl: 'https://www.example-firm.fr/', html: '<p>Gérant : Bruno Faure</p>', emails: [] });
        for (const [i, html] of [tenThousand, table, tenThousand.replace(/Comptable/g, 'Gérant')].entries()) {
            builder.addPage({ ...base, finalUrl: `https://www.example-firm.fr/big-${i}`, html, emails: [] });
        }
        const report = builder.build();
        expect(report.people.length).to.be.at.most(MAX_PEOPLE_PER_COMPANY);
        expect(report.people[0].name).to.equal('Bruno Faure');
        expect(JSON.stringify(report).length).to.be.below(1_000_000);
    });
    it('hostile markup and strings are read without harm', () => {
        const hostile = [
            '<div>'.repeat(50_000) + 'Sophie Martin<br>Gérante' + '</div>'.repeat(50_000),
            `<p>${'<a href="mailto:x@y.fr">'.repeat(20_000)}</p>`,
            `<script type="application/ld+json">${'['.repeat(100_000)}</script>`,
            `<script type="application/ld+json">{"@type":"Person","name":"${'A'.repeat(500_000)}"}</script>`,
            `<p>${'Jean Martin, '.repeat(100_000)}</p>`,
            '<p>Gérant : <img src=x onerror=alert(1)>Sophie Martin</p>',
            "<p>Gérant : Robert'); DROP TABLE people;--</p>",
            `<p>${'\u0000\uFFFF\uD800'.repeat(10_000)}</p>`,
        ];
        for (const html of hostile) {
            const found = page(html);
            expect(found.length).to.be.at.most(MAX_PEOPLE_PER_PAGE);
            for (const person of found)
                expect(person.name.length).to.be.at.most(60);
        }
        expect(names(hostile[5])).to.deep.equal(['Sophie Martin']);
        expect(names(hostile[6])).to.deep.equal([]);
    });
});
describe('e-mail intelligence', () => {
    it('tells GENERIC, ROLE and PERSONAL addresses apart in five languages', () => {
        const cases = [
            ['contact', 'GENERIC'],
            ['info', 'GENERIC'],
            ['recrutement', 'GENERIC'],
            ['dpo', 'GENERIC'],
            ['kontakt', 'GENERIC'],
            ['datenschutz', 'GENERIC'],
            ['privacidad', 'GENERIC'],
            ['hello', 'GENERIC'],
            ['jobs', 'GENERIC'],
            ['noreply', 'GENERIC'],
            ['presse', 'ROLE'],
            ['compta', 'ROLE'],
            ['direction', 'ROLE'],
            ['vertrieb', 'ROLE'],
            ['buchhaltung', 'ROLE'],
            ['stampa', 'ROLE'],
            ['amministrazione', 'ROLE'],
            ['kanzlei', 'GENERIC'],
            ['facturation', 'ROLE'],
            ['marketing', 'ROLE'],
            ['rh', 'ROLE'],
            ['sophie.martin', 'PERSONAL'],
            ['s.mueller', 'PERSONAL'],
            ['jmartinez', 'PERSONAL'],
            ['oliver', 'PERSONAL'],
        ];
        for (const [local, kind] of cases)
            expect(emailKindOf(local), local).to.equal(kind);
    });
    it('knows free webmail and disposable providers from the maintained lists', () => {
        for (const a of ['x@gmail.com', 'x@orange.fr', 'x@gmx.de', 'x@libero.it', 'x@yahoo.es'])
            expect(isFreeWebmail(a), a).to.equal(true);
        for (const a of ['x@mailinator.com', 'x@yopmail.com'])
            expect(isDisposableAddress(a), a).to.equal(true);
        for (const a of ['x@lefevre-associes.fr', 'x@mueller-praezision.de']) {
            expect(isFreeWebmail(a), a).to.equal(false);
            expect(isDisposableAddress(a), a).to.equal(false);
        }
    });
    it("infers the company's mail domain from the addresses the site presents", () => {
        expect(inferMailDomain(['a@gmail.com', 'b@brand.fr', 'c@brand.fr', 'd@agency.fr'], 'http://127.0.0.1:8080/')).to.equal('brand.fr');
        expect(inferMailDomain(['a@other.fr', 'b@other.fr', 'contact@www-site.fr'], 'https://www.www-site.fr/')).to.equal('www-site.fr');
        expect(inferMailDomain(['a@gmail.com', 'x@yopmail.com'], 'https://site.fr/')).to.equal(null);
    });
    it('learns the pattern from the addresses, with transliteration, and is not fooled by one odd address', () => {
        const learnt = learnEmailPattern([
            { firstName: 'Stefan', lastName: 'Müller', address: 's.mueller@m.de' },
            { firstName: 'Jürgen', lastName: 'Weiß', address: 'j.weiss@m.de' },
            { firstName: 'Anna', lastName: 'Schäfer', address: 'anna@m.de' },
            { firstName: 'Hélène', lastName: 'Lefèvre', address: 'h.lefevre@other.fr' },
        ], 'm.de');
        expect(learnt).to.deep.equal({ pattern: '{f}.{last}', domain: 'm.de', confidence: 0.44, examples: 2 });
        expect(learnEmailPattern([{ firstName: 'Jean-Paul', lastName: 'Roche', address: 'jean-paul.roche@r.fr' }], 'r.fr')?.pattern).to.equal('{first}.{last}');
        expect(learnEmailPattern([{ firstName: 'Ana', lastName: 'Ruiz', address: 'ventas@r.es' }], 'r.es')).to.equal(null);
    });
});
//# sourceMappingURL=people-extract.test.js.map