import { expect } from 'chai';
import { companyIdentity, dedupeCompanies } from '../../gateway/uploads/dedupe-companies.js';
import { MAX_LISTED_DUPLICATES, previewDuplicates } from '../../gateway/uploads/duplicate-preview.js';
function company(name, website, address = null) {
    return { name, website, category: null, address, phone: null, country: null, rating: null, reviewsCount: null };
}
describe('uploads: dedupeCompanies', () => {
    const sameCompany = [
        ['www and apex', company('Acme', 'https://www.acme.fr'), company('ACME SAS', 'https://acme.fr/contact')],
        ['scheme missing on one', company('Acme', 'acme.fr'), company('Acme', 'http://www.acme.fr/')],
        ['subdomain of the same registrable domain', company('Acme', 'https://shop.acme.co.uk'), company('Acme UK', 'https://www.acme.co.uk')],
        ['case of the host', company('Acme', 'https://ACME.fr'), company('Acme', 'https://acme.FR')],
        ['same IP and port', company('Local', 'http://127.0.0.1:8081/'), company('Local 2', 'http://127.0.0.1:8081/contact')],
        [
            'same Facebook page, mobile and tracking',
            company('Café', 'https://www.facebook.com/cafe.lyon/'),
            company('Café', 'https://m.facebook.com/cafe.lyon?fbclid=abc'),
        ],
        [
            'same Facebook profile id',
            company('Café', 'https://www.facebook.com/profile.php?id=123'),
            company('Café', 'https://facebook.com/profile.php?id=123&ref=bookmarks'),
        ],
        [
            'no website: same name and address, other case and accents',
            company('Boulangerie Hélène', null, '1 rue de Lyon'),
            company('BOULANGERIE HELENE', null, '1, rue de Lyon'),
        ],
        ['no website and no address: same name', company('Garage Martin', null), company('garage martin', null)],
    ];
    for (const [label, a, b] of sameCompany) {
        it(`same company: ${label}`, () => {
            const result = dedupeCompanies([a, b]);
            expect(result.companies).to.deep.equal([a]);
            expect(result.duplicates).to.equal(1);
            expect(result.duplicateOf).to.deep.equal([{ row: 1, keptIndex: 0 }]);
        });
    }
    const differentCompanies = [
        ['different domains', company('Acme', 'https://acme.fr'), company('Acme', 'https://acme.com')],
        ['two Facebook pages', company('Café A', 'https://www.facebook.com/cafe.a'), company('Café B', 'https://www.facebook.com/cafe.b')],
        [
            'two Facebook profile ids',
            company('Café A', 'https://www.facebook.com/profile.php?id=1'),
            company('Café B', 'https://www.facebook.com/profile.php?id=2'),
        ],
        ['two Google Sites', company('A', 'https://sites.google.com/view/plombier-a'), company('B', 'https://sites.google.com/view/plombier-b')],
        ['two Wix sites of one account', company('A', 'https://jean.wixsite.com/boulangerie'), company('B', 'https://jean.wixsite.com/garage')],
        ['two Wix accounts', company('A', 'https://anne.wixsite.com/site'), company('B', 'https://paul.wixsite.com/site')],
        ['two business.site pages', company('A', 'https://plombier-a.business.site/'), company('B', 'https://plombier-b.business.site/')],
        ['two Linktree pages', company('A', 'https://linktr.ee/studio.a'), company('B', 'https://linktr.ee/studio.b')],
        ['two GitHub Pages sites', company('A', 'https://alice.github.io/'), company('B', 'https://bob.github.io/')],
        ['same IP, other ports', company('A', 'http://127.0.0.1:8081/'), company('B', 'http://127.0.0.1:8082/')],
        ['localhost, other ports', company('A', 'http://localhost:3001'), company('B', 'http://localhost:3002')],
        ['no website: same name, other address', company('Boulangerie Paul', null, '1 rue A'), company('Boulangerie Paul', null, '2 rue B')],
        ['one with a website, one without', company('Acme', 'https://acme.fr'), company('Acme', null)],
    ];
    for (const [label, a, b] of differentCompanies) {
        it(`different companies: ${label}`, () => {
            const result = dedupeCompanies([a, b]);
            expect(result.companies).to.deep.equal([a, b]);
            expect(result.duplicates).to.equal(0);
            expect(result.duplicateOf).to.deep.equal([]);
        });
    }
    it('keeps the first row and reports each dropped row with the kept index', () => {
        const rows = [
            company('Acme', 'https://acme.fr'),
            company('Globex', 'https://globex.com'),
            company('Acme again', 'https://www.acme.fr/about'),
            company('No site', null, 'Lyon'),
            company('Globex FR', 'globex.com'),
            company('no site', null, 'lyon'),
            company('Acme third', 'acme.fr'),
        ];
        const result = dedupeCompanies(rows);
        expect(result.companies.map((c) => c.name)).to.deep.equal(['Acme', 'Globex', 'No site']);
        expect(result.duplicates).to.equal(4);
        expect(result.duplicateOf).to.deep.equal([
            { row: 2, keptIndex: 0 },
            { row: 4, keptIndex: 1 },
            { row: 5, keptIndex: 2 },
            { row: 6, keptIndex: 0 },
        ]);
    });
    it('handles an empty list', () => {
        expect(dedupeCompanies([])).to.deep.equal({ companies: [], duplicates: 0, duplicateOf: [] });
    });
    it('falls back to name and address when the website cannot be parsed', () => {
        expect(companyIdentity(company('Acme', 'https://exa mple.com', 'Lyon'))).to.equal('name:acme|lyon');
    });
});
describe('uploads: previewDuplicates', () => {
    it('lists each dropped row with its file row, what matched and the kept row, counting as dedupeCompanies does', () => {
        const rows = [
            company('Acme', 'https://www.acme.fr'),
            company('Garage Martin', null, '2 rue Neuve'),
            company('ACME SAS', 'acme.fr/contact'),
            company('Café', 'https://www.facebook.com/cafe.lyon/'),
            company('garage  martin', null, '2, rue neuve'),
            company('Café bis', 'https://m.facebook.com/cafe.lyon?fbclid=x'),
            company('Other', 'https://other.fr'),
        ];
        const rowNumbers = [2, 3, 5, 6, 7, 9, 10];
        const preview = previewDuplicates(rows, rowNumbers);
        expect(preview.count).to.equal(dedupeCompanies(rows).duplicates).and.to.equal(3);
        expect(preview.rows).to.deep.equal([
            { row: 5, name: 'ACME SAS', website: 'acme.fr/contact', matchedBy: 'site', key: 'acme.fr', keptRow: 2, keptName: 'Acme' },
            { row: 7, name: 'garage  martin', website: null, matchedBy: 'name', key: 'garage martin|2 rue neuve', keptRow: 3, keptName: 'Garage Martin' },
            {
                row: 9,
                name: 'Café bis',
                website: 'https://m.facebook.com/cafe.lyon?fbclid=x',
                matchedBy: 'page',
                key: 'facebook.com/cafe.lyon',
                keptRow: 6,
                keptName: 'Café',
            },
        ]);
    });
    it('says nothing for a file without duplicates', () => {
        expect(previewDuplicates([company('A', 'a.fr'), company('B', 'b.fr')], [2, 3])).to.deep.equal({ count: 0, rows: [] });
    });
    it(`counts every duplicate but lists the first ${MAX_LISTED_DUPLICATES}`, () => {
        const rows = Array.from({ length: MAX_LISTED_DUPLICATES + 11 }, (_, i) => company(`Acme ${i}`, 'https://acme.fr'));
        const preview = previewDuplicates(rows, rows.map((_, i) => i + 2));
        expect(preview.count).to.equal(MAX_LISTED_DUPLICATES + 10);
        expect(preview.rows).to.have.length(MAX_LISTED_DUPLICATES);
        expect(preview.rows.every((row) => row.keptRow === 2)).to.equal(true);
    });
});
//# sourceMappingURL=uploads-dedupe.test.js.map