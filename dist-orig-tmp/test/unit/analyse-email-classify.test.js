import { expect } from 'chai';
import { classifyEmails, isRoleMailbox } from '../../actors/analyse/email-classify.js';
const SITE = 'https://www.acme-plomberie.fr/';
function found(address, pageUrl = `${SITE}contact`, context = `Écrivez à ${address}`) {
    return { address, pageUrl, context };
}
describe('isRoleMailbox', () => {
    const generic = [
        'contact',
        'info',
        'infos',
        'hello',
        'bonjour',
        'accueil',
        'sales',
        'ventes',
        'commercial',
        'support',
        'sav',
        'service',
        'service.client',
        'serviceclient',
        'admin',
        'office',
        'secretariat',
        'secretariat.general',
        'rh',
        'hr',
        'jobs',
        'recrutement',
        'recrutement2024',
        'presse',
        'press',
        'compta',
        'comptabilite',
        'facturation',
        'factures-fr',
        'billing',
        'noreply',
        'no-reply',
        'no_reply',
        'do-not-reply',
        'ne-pas-repondre',
        'webmaster',
        'marketing',
        'communication',
        'direction',
        'dpo',
        'rgpd',
        'privacy',
        'legal',
        'contact.paris',
        'info-fr',
        'info2',
        'Contact',
        'INFO',
        'contact+newsletter',
        'accueil.lyon',
        'kontakt',
        'reservations',
        'devis',
        'candidature',
        'secrétariat',
    ];
    for (const localPart of generic) {
        it(`${localPart} is a role mailbox`, () => {
            expect(isRoleMailbox(localPart)).to.equal(true);
        });
    }
    const personal = [
        'julie.bernard',
        'jbernard',
        'j.bernard',
        'julie',
        'marc-antoine.dupont',
        'p.martin42',
        'jean.contact',
        'anne-sophie',
        'nicolas_durand',
        'm.dupont+acme',
        'noemie',
        'infante.maria',
        'samuel',
        'hélène.faure',
        '',
    ];
    for (const localPart of personal) {
        it(`${JSON.stringify(localPart)} is not a role mailbox`, () => {
            expect(isRoleMailbox(localPart)).to.equal(false);
        });
    }
});
describe('classifyEmails', () => {
    it('flags kind and own domain, own domain first, then first appearance', () => {
        const result = classifyEmails([
            found('julie.bernard@gmail.com'),
            found('contact@acme-plomberie.fr'),
            found('info@partner.example'),
            found('marc.dupont@acme-plomberie.fr', `${SITE}equipe`, 'Marc Dupont, gérant'),
            found('devis@mail.acme-plomberie.fr'),
        ], SITE);
        expect(result).to.deep.equal([
            { address: 'contact@acme-plomberie.fr', pageUrl: `${SITE}contact`, context: 'Écrivez à contact@acme-plomberie.fr', kind: 'GENERIC', ownDomain: true },
            { address: 'marc.dupont@acme-plomberie.fr', pageUrl: `${SITE}equipe`, context: 'Marc Dupont, gérant', kind: 'PERSONAL', ownDomain: true },
            {
                address: 'devis@mail.acme-plomberie.fr',
                pageUrl: `${SITE}contact`,
                context: 'Écrivez à devis@mail.acme-plomberie.fr',
                kind: 'GENERIC',
                ownDomain: true,
            },
            { address: 'julie.bernard@gmail.com', pageUrl: `${SITE}contact`, context: 'Écrivez à julie.bernard@gmail.com', kind: 'PERSONAL', ownDomain: false },
            { address: 'info@partner.example', pageUrl: `${SITE}contact`, context: 'Écrivez à info@partner.example', kind: 'GENERIC', ownDomain: false },
        ]);
    });
    const ownDomain = [
        { name: 'apex site, www address host', address: 'a@www.acme.fr', site: 'https://acme.fr', expected: true },
        { name: 'site without scheme', address: 'contact@acme.fr', site: 'acme.fr', expected: true },
        { name: 'site with www and path', address: 'contact@acme.fr', site: 'http://www.acme.fr/fr/accueil?x=1', expected: true },
        { name: 'multi-part public suffix', address: 'sales@acme.co.uk', site: 'https://shop.acme.co.uk', expected: true },
        { name: 'different registrable domain on the same suffix', address: 'sales@other.co.uk', site: 'https://acme.co.uk', expected: false },
        { name: 'same name, other TLD', address: 'contact@acme.com', site: 'https://acme.fr', expected: false },
        { name: 'upper-case address', address: 'Contact@ACME.FR', site: 'https://acme.fr', expected: true },
        { name: 'address domain with trailing dot', address: 'contact@acme.fr.', site: 'https://acme.fr', expected: true },
        { name: 'webmail address', address: 'acme.plomberie@gmail.com', site: 'https://acme.fr', expected: false },
        { name: 'look-alike domain', address: 'contact@acme.fr.evil.example', site: 'https://acme.fr', expected: false },
        { name: 'invalid site URL', address: 'contact@acme.fr', site: 'http://', expected: false },
        { name: 'empty site URL', address: 'contact@acme.fr', site: '', expected: false },
        { name: 'IP site', address: 'contact@acme.fr', site: 'http://127.0.0.1:8080/', expected: false },
        { name: 'another site on a shared hosting domain', address: 'contact@other.github.io', site: 'https://acme.github.io', expected: false },
        { name: 'the same site on a shared hosting domain', address: 'contact@acme.github.io', site: 'https://www.acme.github.io', expected: true },
    ];
    for (const { name, address, site, expected } of ownDomain) {
        it(`ownDomain is ${expected} for ${name}`, () => {
            expect(classifyEmails([found(address)], site)[0]?.ownDomain).to.equal(expected);
        });
    }
    it('lower-cases and deduplicates addresses, keeping the first occurrence', () => {
        const result = classifyEmails([found('Contact@Acme-Plomberie.fr', `${SITE}a`, 'first'), found('contact@acme-plomberie.fr', `${SITE}b`, 'second')], SITE);
        expect(result).to.deep.equal([{ address: 'contact@acme-plomberie.fr', pageUrl: `${SITE}a`, context: 'first', kind: 'GENERIC', ownDomain: true }]);
    });
    const dropped = [
        { name: 'no addresses', emails: [] },
        { name: 'no @', emails: [found('not-an-address')] },
        { name: 'empty local part', emails: [found('@acme.fr')] },
        { name: 'empty domain', emails: [found('contact@')] },
        { name: 'blank', emails: [found('   ')] },
        { name: 'non-string address', emails: [{ address: null, pageUrl: SITE, context: '' }] },
    ];
    for (const { name, emails } of dropped) {
        it(`returns nothing for ${name}`, () => {
            expect(classifyEmails(emails, SITE)).to.deep.equal([]);
        });
    }
    it('handles many addresses', () => {
        const emails = Array.from({ length: 10_000 }, (_, index) => found(`person${index}@example.org`));
        emails.push(found('contact@acme-plomberie.fr'));
        const result = classifyEmails(emails, SITE);
        expect(result).to.have.length(10_001);
        expect(result[0]).to.include({ address: 'contact@acme-plomberie.fr', ownDomain: true, kind: 'GENERIC' });
        expect(result[1]).to.include({ address: 'person0@example.org', ownDomain: false, kind: 'PERSONAL' });
    });
});
//# sourceMappingURL=analyse-email-classify.test.js.map