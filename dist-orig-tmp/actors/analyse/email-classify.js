import { registrableDomain } from '../crawl/url-rules.js';
import { foldText } from './fold-text.js';
/**
 * Local parts (or their first word) of role mailboxes, in English, French, German, Spanish and
 * Italian, folded (lower case, no accents).
 */
const ROLE_MAILBOXES = new Set([
    // Contact and reception
    'contact',
    'contacts',
    'contactus',
    'contactez',
    'info',
    'infos',
    'information',
    'informations',
    'hello',
    'hi',
    'hey',
    'bonjour',
    'salut',
    'accueil',
    'reception',
    'welcome',
    'enquiries',
    'enquiry',
    'inquiries',
    'inquiry',
    'question',
    'questions',
    'ask',
    'mail',
    'email',
    'mailbox',
    'general',
    'team',
    'equipe',
    'office',
    'bureau',
    'agence',
    'cabinet',
    'studio',
    'atelier',
    'boutique',
    'shop',
    'store',
    'magasin',
    'restaurant',
    'hotel',
    'reservation',
    'reservations',
    'booking',
    'bookings',
    'resa',
    'kontakt',
    'anfrage',
    'contacto',
    'contatto',
    'contatti',
    'informazioni',
    'ciao',
    'hola',
    'hallo',
    // Sales and customers
    'sales',
    'sale',
    'ventes',
    'vente',
    'commercial',
    'commerciale',
    'commande',
    'commandes',
    'order',
    'orders',
    'devis',
    'quote',
    'quotes',
    'business',
    'partenariat',
    'partenariats',
    'partners',
    'partner',
    'partnership',
    'partnerships',
    'export',
    'vertrieb',
    'ventas',
    'shopping',
    'client',
    'clients',
    'customer',
    'customers',
    'customerservice',
    'customercare',
    'serviceclient',
    'service',
    'services',
    'support',
    'help',
    'helpdesk',
    'aide',
    'assistance',
    'sav',
    'hotline',
    'care',
    'feedback',
    'abonnement',
    'abonnements',
    'subscriptions',
    // Administration and management
    'admin',
    'administration',
    'administratif',
    'administrator',
    'secretariat',
    'secretary',
    'direction',
    'directeur',
    'direccion',
    'management',
    'gerance',
    'gerant',
    'ceo',
    'president',
    'board',
    'executive',
    'legal',
    'juridique',
    'compliance',
    'dpo',
    'rgpd',
    'gdpr',
    'privacy',
    'datenschutz',
    'dataprotection',
    'abuse',
    'security',
    'securite',
    'postmaster',
    'hostmaster',
    'webmaster',
    'web',
    'website',
    'site',
    'it',
    'informatique',
    'tech',
    'technique',
    'technical',
    'dev',
    'noreply',
    'donotreply',
    'nepasrepondre',
    'mailer',
    'daemon',
    'bounce',
    'bounces',
    'notifications',
    'notification',
    'alerts',
    'news',
    'newsletter',
    'newsletters',
    'actualites',
    'lettre',
    // HR
    'rh',
    'hr',
    'drh',
    'jobs',
    'job',
    'careers',
    'career',
    'carriere',
    'carrieres',
    'emploi',
    'emplois',
    'recrutement',
    'recruitment',
    'recruiting',
    'recrute',
    'candidature',
    'candidatures',
    'stage',
    'stages',
    'talent',
    'talents',
    'people',
    'personnel',
    'karriere',
    'bewerbung',
    'empleo',
    'lavoro',
    // Press and marketing
    'presse',
    'press',
    'media',
    'medias',
    'pr',
    'communication',
    'communications',
    'com',
    'marketing',
    'events',
    'event',
    'evenements',
    'evenementiel',
    'social',
    'community',
    'sponsoring',
    'mecenat',
    // Finance
    'compta',
    'comptabilite',
    'accounting',
    'accounts',
    'finance',
    'finances',
    'billing',
    'invoice',
    'invoices',
    'facture',
    'factures',
    'facturation',
    'paiement',
    'payments',
    'payment',
    'payroll',
    'paie',
    'tresorerie',
    'rechnung',
    'buchhaltung',
    'fatture',
    'amministrazione',
    'achat',
    'achats',
    'purchasing',
    'procurement',
    'fournisseurs',
    'suppliers',
    'logistique',
    'logistics',
    'expedition',
    'shipping',
    'livraison',
    'transport',
    'qualite',
    'quality',
    'production',
    'planning',
    'exploitation',
    'formation',
    'training',
    'ecole',
]);
/** Role prefixes that come with varying endings (`facturation`, `factures-fr`, `comptabilite2`). */
const ROLE_PREFIXES = [
    'factur',
    'compta',
    'recrut',
    'commerc',
    'secretar',
    'administr',
    'noreply',
    'no-reply',
    'no_reply',
    'donotreply',
    'do-not-reply',
    'nepasrepondre',
    'ne-pas-repondre',
    'ne_pas_repondre',
];
/** Whether a local part names a role mailbox rather than a person. */
export function isRoleMailbox(localPart) {
    const folded = foldText(localPart).split('+')[0].replace(/\d+$/, '');
    if (folded.length === 0)
        return false;
    if (ROLE_MAILBOXES.has(folded.replace(/[._-]/g, '')))
        return true;
    const firstWord = folded.split(/[._-]/)[0].replace(/\d+$/, '');
    if (ROLE_MAILBOXES.has(firstWord))
        return true;
    return ROLE_PREFIXES.some((prefix) => folded.startsWith(prefix));
}
/**
 * Site key of a host or URL, as the crawler defines a site: the registrable domain, or the host
 * itself for IP addresses and local names; null when there is no host.
 */
function registrableDomainOf(hostOrUrl) {
    const trimmed = hostOrUrl.trim();
    if (trimmed.length === 0)
        return null;
    let hostname = trimmed;
    if (trimmed.includes('/') || trimmed.includes(':')) {
        try {
            hostname = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`).hostname;
        }
        catch {
            return null;
        }
    }
    const domain = registrableDomain(hostname);
    return domain.length === 0 ? null : domain;
}
/**
 * Classifies and orders a company's addresses: GENERIC for role mailboxes (contact, info, sales,
 * support, rh, compta, factur…, noreply…), PERSONAL otherwise; `ownDomain` when the address is
 * on the site's registrable domain (`www.` and subdomains included). Addresses are lower-cased
 * and deduplicated (the first occurrence is kept); those without a usable `@` are dropped.
 *
 * @param siteUrl the company's website (with or without scheme)
 * @returns own-domain addresses first, then the others, each group in order of first appearance
 */
export function classifyEmails(emails, siteUrl) {
    const siteDomain = typeof siteUrl === 'string' ? registrableDomainOf(siteUrl) : null;
    const seen = new Set();
    const own = [];
    const others = [];
    for (const email of emails) {
        if (typeof email?.address !== 'string')
            continue;
        const address = email.address.trim().toLowerCase();
        const at = address.lastIndexOf('@');
        if (at <= 0 || at === address.length - 1 || seen.has(address))
            continue;
        seen.add(address);
        const domain = registrableDomainOf(address.slice(at + 1));
        const ownDomain = siteDomain !== null && domain === siteDomain;
        const classified = {
            address,
            pageUrl: email.pageUrl,
            context: email.context,
            kind: isRoleMailbox(address.slice(0, at)) ? 'GENERIC' : 'PERSONAL',
            ownDomain,
        };
        (ownDomain ? own : others).push(classified);
    }
    return [...own, ...others];
}
//# sourceMappingURL=email-classify.js.map