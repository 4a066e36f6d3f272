import { expect } from 'chai';
import { guessSector } from '../../actors/analyse/sector.js';
import { SECTOR_KEYWORDS } from '../../actors/analyse/sector-keywords.js';
describe('guessSector', () => {
    const byCategory = [
        { category: 'Plombier', sector: 'Construction & trades' },
        { category: 'Électricien', sector: 'Construction & trades' },
        { category: 'Roofing contractor', sector: 'Construction & trades' },
        { category: 'Restaurant italien', sector: 'Restaurant & food' },
        { category: 'Boulangerie-pâtisserie', sector: 'Restaurant & food' },
        { category: 'Hôtel', sector: 'Hotel & tourism' },
        { category: "Chambre d'hôtes", sector: 'Hotel & tourism' },
        { category: 'Magasin de vêtements', sector: 'Retail & e-commerce' },
        { category: 'Agence immobilière', sector: 'Real estate' },
        { category: 'Real estate agency', sector: 'Real estate' },
        { category: 'Dentist', sector: 'Health & medical' },
        { category: 'Kinésithérapeute', sector: 'Health & medical' },
        { category: 'Salon de coiffure', sector: 'Beauty & wellness' },
        { category: 'Institut de beauté', sector: 'Beauty & wellness' },
        { category: 'Avocat', sector: 'Legal' },
        { category: 'Notaire', sector: 'Legal' },
        { category: 'Expert-comptable', sector: 'Accounting & finance' },
        { category: "Agence d'assurance", sector: 'Insurance' },
        { category: 'Éditeur de logiciels', sector: 'IT & software' },
        { category: 'Agence de communication', sector: 'Marketing & communication' },
        { category: 'Usinage', sector: 'Industry & manufacturing' },
        { category: 'Entreprise de déménagement', sector: 'Transport & logistics' },
        { category: 'Garage automobile', sector: 'Automotive' },
        { category: 'Concessionnaire automobile', sector: 'Automotive' },
        { category: 'Auto-école', sector: 'Education & training' },
        { category: 'Organisme de formation', sector: 'Education & training' },
        { category: 'Exploitation agricole', sector: 'Agriculture' },
        { category: 'Vigneron', sector: 'Agriculture' },
        { category: 'Installateur de panneaux solaires', sector: 'Energy & environment' },
        { category: 'Association', sector: 'Non-profit & public' },
        { category: 'Mairie', sector: 'Non-profit & public' },
        { category: 'Cabinet de recrutement', sector: 'Consulting & business services' },
        { category: 'Management consulting', sector: 'Consulting & business services' },
    ];
    for (const { category, sector } of byCategory) {
        it(`category "${category}" → ${sector}`, () => {
            expect(guessSector({ category })?.sector).to.equal(sector);
        });
    }
    const fromPages = [
        {
            name: 'a plumber site from title and text',
            input: { title: 'Acme — Plomberie et chauffage à Lyon', text: 'Dépannage plomberie, installation chauffage, devis gratuit.' },
            sector: 'Construction & trades',
        },
        {
            name: 'a law firm from title and description',
            input: { title: 'Cabinet Dupont, avocats au barreau de Paris', description: 'Droit des affaires et droit du travail' },
            sector: 'Legal',
        },
        {
            name: 'an English software company',
            input: { title: 'Acme Software', description: 'SaaS platform for developers', text: 'Our API and cloud software help developers ship.' },
            sector: 'IT & software',
        },
        {
            name: 'a restaurant from body text only (fermé is not ferme)',
            input: { text: 'Fermé le lundi. Réservez votre table. Notre chef vous propose une cuisine de saison. Restaurant ouvert midi et soir.' },
            sector: 'Restaurant & food',
        },
        {
            name: 'the category outweighs the page text',
            input: { category: 'Plombier', text: 'restaurant restaurant restaurant cuisine chef brasserie' },
            sector: 'Construction & trades',
        },
        {
            name: 'the title outweighs scattered body words',
            input: { title: 'Hôtel du Lac', text: 'Le restaurant de l’hôtel vous accueille. Voyage, séjour, vacances au bord du lac.' },
            sector: 'Hotel & tourism',
        },
        { name: 'shop technologies', input: { technologies: ['WooCommerce', 'WordPress'] }, sector: 'Retail & e-commerce' },
        { name: 'shop technology and title', input: { technologies: ['Shopify'], title: 'Boutique en ligne de vêtements' }, sector: 'Retail & e-commerce' },
        { name: 'accents and case ignored', input: { title: 'ÉLECTRICIEN À NANTES' }, sector: 'Construction & trades' },
        { name: 'stems match inflected words', input: { title: 'Plombiers chauffagistes' }, sector: 'Construction & trades' },
        { name: 'multi-word stems match plurals', input: { title: 'Agence de voyages Dupont' }, sector: 'Hotel & tourism' },
        { name: 'hyphenated words match phrases', input: { title: 'Solutions e-commerce' }, sector: 'Retail & e-commerce' },
        { name: 'ligatures folded', input: { title: 'Gros œuvre et maçonnerie' }, sector: 'Construction & trades' },
    ];
    for (const { name, input, sector } of fromPages) {
        it(`recognises ${name}`, () => {
            expect(guessSector(input)?.sector).to.equal(sector);
        });
    }
    const nothing = [
        { name: 'no input', input: {} },
        { name: 'nulls', input: { category: null, title: null, description: null, text: null } },
        { name: 'empty strings', input: { category: '', title: '', description: '', text: '' } },
        { name: 'no keyword', input: { title: 'Acme', text: 'Bonjour et bienvenue. Contactez-nous.' } },
        { name: 'a single weak body mention', input: { text: 'Nous utilisons des cookies marketing. Patientez...' } },
        { name: 'keywords inside other words only', input: { title: 'Rapidement', text: 'Compagnie spacieuse, supermarchandise' } },
        { name: 'unknown technologies', input: { technologies: ['jQuery', 'Bootstrap', 'Google Analytics'] } },
        { name: 'non-string technologies', input: { technologies: [null, 42] } },
        { name: 'a keyword beyond the text limit', input: { text: `${'lorem '.repeat(50_000)} plombier plomberie` } },
    ];
    for (const { name, input } of nothing) {
        it(`returns null for ${name}`, () => {
            expect(guessSector(input)).to.equal(null);
        });
    }
    describe('confidence', () => {
        it('is high for a clear category', () => {
            const guess = guessSector({ category: 'Agence immobilière' });
            expect(guess).to.deep.equal({ sector: 'Real estate', confidence: 100 });
        });
        it('is lower when the evidence is thin', () => {
            const thin = guessSector({ text: 'restaurant cuisine' });
            const strong = guessSector({ category: 'Restaurant', title: 'Restaurant Chez Paul', text: 'restaurant cuisine' });
            expect(thin.sector).to.equal('Restaurant & food');
            expect(thin.confidence).to.be.lessThan(strong.confidence);
        });
        it('is lower when sectors compete', () => {
            const alone = guessSector({ title: 'Plomberie' });
            const contested = guessSector({ title: 'Plomberie', description: 'Immobilier' });
            expect(contested.confidence).to.be.lessThan(alone.confidence);
        });
        it('stays between 1 and 100', () => {
            const inputs = [
                { text: 'plombier plombier' },
                { category: 'Plombier', title: 'Plombier', description: 'Plombier', text: 'plombier '.repeat(1000) },
            ];
            for (const input of inputs) {
                const { confidence } = guessSector(input);
                expect(confidence).to.be.within(1, 100);
                expect(Number.isInteger(confidence)).to.equal(true);
            }
        });
    });
    it('scores a huge text in bounded time and still finds early keywords', () => {
        const text = `Plombier chauffagiste. ${'lorem ipsum dolor '.repeat(200_000)}`;
        expect(guessSector({ text })?.sector).to.equal('Construction & trades');
    });
    it('keeps its table of about twenty sectors with folded keywords', () => {
        const sectors = Object.keys(SECTOR_KEYWORDS);
        expect(sectors).to.have.length(20);
        for (const keywords of Object.values(SECTOR_KEYWORDS)) {
            for (const keyword of keywords)
                expect(keyword, keyword).to.match(/^[a-z0-9]+(?: [a-z0-9]+)*\*?$/);
        }
    });
});
//# sourceMappingURL=analyse-sector.test.js.map