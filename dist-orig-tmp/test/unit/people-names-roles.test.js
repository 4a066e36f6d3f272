/** Name and role recognition, table-driven per language, including what is never a person. */
import { expect } from 'chai';
import { parsePersonName } from '../../actors/people/person-name.js';
import { roleSeniority } from '../../actors/people/roles.js';
import { mailSpelling } from '../../actors/people/transliterate.js';
const NAMES = {
    fr: [
        ['Mme Hélène Lefèvre', 'Hélène Lefèvre', 'Hélène', 'Lefèvre'],
        ['M. Julien MOREAU', 'Julien Moreau', 'Julien', 'Moreau'],
        ['DUPUIS Anne-Sophie', 'Anne-Sophie Dupuis', 'Anne-Sophie', 'Dupuis'],
        ['Maître Jean-Baptiste de La Fontaine', 'Jean-Baptiste de La Fontaine', 'Jean-Baptiste', 'de La Fontaine'],
        ['Dr Yann Le Gall', 'Yann Le Gall', 'Yann', 'Le Gall'],
    ],
    de: [
        ['Dipl.-Ing. Stefan Müller', 'Stefan Müller', 'Stefan', 'Müller'],
        ['Frau Anna Schäfer', 'Anna Schäfer', 'Anna', 'Schäfer'],
        ['Prof. Dr. Jürgen Weiß', 'Jürgen Weiß', 'Jürgen', 'Weiß'],
        ['Herr Karl-Heinz von Bülow', 'Karl-Heinz von Bülow', 'Karl-Heinz', 'von Bülow'],
    ],
    en: [
        ['Oliver Bennett', 'Oliver Bennett', 'Oliver', 'Bennett'],
        ["James O'Connor", "James O'Connor", 'James', "O'Connor"],
        ['Dr. Emily Clarke, PhD', 'Emily Clarke', 'Emily', 'Clarke'],
        ['Mr John McAllister', 'John McAllister', 'John', 'McAllister'],
    ],
    es: [
        ['D. Javier Martínez Ruiz', 'Javier Martínez Ruiz', 'Javier', 'Martínez Ruiz'],
        ['Dña. Lucía Fernández', 'Lucía Fernández', 'Lucía', 'Fernández'],
        ['Sra. María José García López', 'María José García López', 'María', 'José García López'],
    ],
    it: [
        ['Arch. Marco Bianchi', 'Marco Bianchi', 'Marco', 'Bianchi'],
        ['Dott.ssa Giulia Conti', 'Giulia Conti', 'Giulia', 'Conti'],
        ['Geom. Francesco Greco', 'Francesco Greco', 'Francesco', 'Greco'],
        ['Avv. Paolo Di Stefano', 'Paolo Di Stefano', 'Paolo', 'Di Stefano'],
    ],
};
/** Texts that are never a person: headings, menus, company and street names, placeholders. */
const NOT_NAMES = {
    fr: [
        'Notre équipe',
        'Mentions Légales',
        'Place Victor Hugo',
        '12 rue Victor Hugo',
        'Cabinet Durand Avocats',
        'Jean Dupont',
        'Nos Valeurs',
        'Directeur Général',
        'Responsable Commercial',
        'Contact Presse',
        'Lefèvre & Associés',
        'Lundi Mardi',
        'Lire la suite',
    ],
    de: [
        'Max Mustermann',
        'Erika Mustermann',
        'Unser Team',
        'Goethestraße 12',
        'Allgemeine Anfragen',
        'Müller GmbH',
        'Kontakt Impressum',
        'Geschäftsführer Vertrieb',
        'Max-Eyth-Platz',
    ],
    en: ['John Doe', 'Jane Doe', 'About Us', 'Read More', 'George Street', 'Northwind Studio Ltd', 'Head Of Design', 'Our Team', 'Home'],
    es: ['Juan Pérez', 'Quienes Somos', 'Plaza de Cervantes', 'Calle Mayor', 'Aviso Legal', 'Socio Director'],
    it: ['Mario Rossi', 'Chi Siamo', 'Via Giuseppe Garibaldi', 'Piazza Maggiore', 'Note Legali', 'Studio Bianchi Srl'],
};
const ROLES = {
    fr: [
        ['Gérante', 'OWNER_EXECUTIVE'],
        ['Directeur de la publication', 'OWNER_EXECUTIVE'],
        ['Président-directeur général', 'OWNER_EXECUTIVE'],
        ['Expert-comptable associée, fondatrice', 'OWNER_EXECUTIVE'],
        ['Responsable du pôle social et paie', 'MANAGER'],
        ['Directrice commerciale', 'MANAGER'],
        ['Cheffe de projet', 'MANAGER'],
        ['Assistante comptable', 'STAFF'],
        ['Chargé de clientèle', 'STAFF'],
    ],
    de: [
        ['Geschäftsführer', 'OWNER_EXECUTIVE'],
        ['Geschäftsführerin', 'OWNER_EXECUTIVE'],
        ['Vertretungsberechtigter Gesellschafter', 'OWNER_EXECUTIVE'],
        ['Inhaberin', 'OWNER_EXECUTIVE'],
        ['Vertriebsleiter', 'MANAGER'],
        ['Leiterin Buchhaltung', 'MANAGER'],
        ['Projektmanagerin', 'MANAGER'],
        ['Marketingreferentin', 'STAFF'],
        ['Sachbearbeiterin Einkauf', 'STAFF'],
        ['Auszubildender Zerspanungsmechaniker', 'STAFF'],
        ['Steuerberater, Gründungspartner', 'OWNER_EXECUTIVE'],
        ['Steuerfachangestellte', 'STAFF'],
        ['Steuerfachwirt', 'STAFF'],
        ['Partnerin', 'MANAGER'],
    ],
    en: [
        ['Founder & Managing Director', 'OWNER_EXECUTIVE'],
        ['CEO', 'OWNER_EXECUTIVE'],
        ['Chief Technology Officer', 'OWNER_EXECUTIVE'],
        ['Head of Design', 'MANAGER'],
        ['Sales Manager', 'MANAGER'],
        ['Senior Developer', 'STAFF'],
        ['Account Executive', 'STAFF'],
    ],
    es: [
        ['Socio director', 'OWNER_EXECUTIVE'],
        ['Administrador único', 'OWNER_EXECUTIVE'],
        ['Directora general', 'OWNER_EXECUTIVE'],
        ['Jefa de ventas', 'MANAGER'],
        ['Abogada laboralista', 'STAFF'],
        ['Administrativo', 'STAFF'],
    ],
    it: [
        ['Titolare e fondatore', 'OWNER_EXECUTIVE'],
        ['Amministratore unico', 'OWNER_EXECUTIVE'],
        ['Responsabile progettazione', 'MANAGER'],
        ['Direttore tecnico', 'MANAGER'],
        ['Geometra', 'STAFF'],
        ['Impiegata amministrativa', 'STAFF'],
    ],
};
const NOT_ROLES = [
    'Nos valeurs',
    'Bienvenue chez nous',
    'Unsere Leistungen',
    'Read more',
    'Aviso legal',
    'Chi siamo',
    'Cliente, Bologna',
    'vertrieb@mueller-praezision.de',
    'Boulangerie Delorme',
];
describe('people: names and roles per language', () => {
    for (const [language, cases] of Object.entries(NAMES)) {
        it(`reads ${language} names without honorifics or titles`, () => {
            for (const [input, name, firstName, lastName] of cases) {
                expect(parsePersonName(input), input).to.include({ name, firstName, lastName });
            }
        });
    }
    for (const [language, texts] of Object.entries(NOT_NAMES)) {
        it(`never takes ${language} headings, menus, streets, companies, roles or placeholders for a name`, () => {
            for (const text of texts)
                expect(parsePersonName(text), text).to.equal(null);
        });
    }
    for (const [language, cases] of Object.entries(ROLES)) {
        it(`reads the seniority of ${language} roles`, () => {
            for (const [role, seniority] of cases)
                expect(roleSeniority(role), role).to.equal(seniority);
        });
    }
    it('does not take ordinary text, places or addresses for a role', () => {
        for (const text of NOT_ROLES)
            expect(roleSeniority(text), text).to.equal(null);
    });
    it('spells names the way mail systems do', () => {
        const cases = [
            ['Müller', 'mueller'],
            ['Hélène', 'helene'],
            ['Weiß', 'weiss'],
            ['Jean-Paul', 'jean-paul'],
            ["O'Connor", 'oconnor'],
            ['Núñez', 'nunez'],
            ['Łukasz', 'lukasz'],
            ['Schäfer', 'schaefer'],
            ['de La Fontaine', 'delafontaine'],
            ['Cœur', 'coeur'],
        ];
        for (const [name, spelled] of cases)
            expect(mailSpelling(name), name).to.equal(spelled);
    });
    it('refuses hostile strings quickly and returns nothing for them', () => {
        const hostile = [
            'A'.repeat(100_000),
            'Jean '.repeat(10_000),
            '<script>alert(1)</script> Jean Martin',
            'Jean\u0000Martin',
            '\u202eJean Martin',
            "Robert'); DROP TABLE people;--",
            '=HYPERLINK("http://x")',
            '-'.repeat(50_000),
            'Ünïcödé Çhäös',
        ];
        for (const text of hostile) {
            const parsed = parsePersonName(text);
            expect(parsed === null || parsed.name.length <= 60, text.slice(0, 30)).to.equal(true);
            expect(roleSeniority(text) === null || text.length <= 120).to.equal(true);
        }
    });
});
//# sourceMappingURL=people-names-roles.test.js.map