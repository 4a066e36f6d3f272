/**
 * What an address says before anyone writes to it: whether it is a mailbox for anyone
 * (GENERIC), a named function (ROLE) or a person's (PERSONAL); whether it is on a free
 * webmail or a disposable-address provider; and which domain the company uses for mail.
 *
 * Lists: free webmail providers from the `email-providers` npm package (all.json, maintained
 * from the Mailcheck and HubSpot lists), disposable providers from `disposable-email-domains-js`
 * (a copy of github.com/disposable-email-domains/disposable-email-domains, updated daily).
 */
import { createRequire } from 'node:module';
import { registrableDomain } from '../crawl/url-rules.js';
import { isRoleMailbox } from './email-classify.js';
import { foldText } from './fold-text.js';
const require = createRequire(import.meta.url);
const FREE_WEBMAIL = new Set(require('email-providers/all.json'));
const DISPOSABLE = new Set(require('disposable-email-domains-js/dist/dict/disposable_email_blocklist.json'));
/**
 * Local parts (or first words) of mailboxes that name a function or a department, in the five
 * languages (folded). Other role mailboxes (`contact`, `info`, `recrutement`, `dpo`, `support`,
 * `noreply`…) are GENERIC.
 */
const FUNCTION_MAILBOXES = new Set(`
presse press media medias pr communication communications com marketing relationspresse pressestelle stampa prensa comunicacion comunicazione
compta comptabilite accounting accounts finance finances billing invoice invoices facture factures facturation paiement payments payroll
paie tresorerie rechnung rechnungen buchhaltung fatture fatturazione amministrazione contabilidad contabilita facturacion
direction directeur direccion direzione management gerance gerant ceo president board executive geschaeftsfuehrung geschaftsfuhrung
geschaeftsleitung gl vorstand
commercial commerciale sales vertrieb ventas vendite export verkauf achat achats purchasing procurement einkauf compras acquisti
rh hr drh rrhh personal personalabteilung risorseumane ressourceshumaines humanresources
juridique legal recht legale juridico
technique technical tech it informatique edv logistique logistics logistik qualite quality qualitaet produktion production
secretariat sekretariat secretaria segreteria
`
    .split(/\s+/)
    .filter(Boolean));
/** Mailboxes for anyone that the shared role list does not know, in the five languages (folded). */
const MORE_GENERIC_MAILBOXES = new Set(`
privacidad privacy riservatezza protecciondedatos protecciondatos lopd datenschutzbeauftragter dsb rgpd dpd kundenservice kundendienst
atencionalcliente servicioalcliente assistenzaclienti servizioclienti info-service segreteria-info
kanzlei praxis buero zentrale empfang post poststelle office-de studio-info despacho oficina ufficio
`
    .split(/\s+/)
    .filter(Boolean));
/** GENERIC, ROLE or PERSONAL for an address's local part (see {@link FUNCTION_MAILBOXES}). */
export function emailKindOf(localPart) {
    const folded = foldText(localPart).split('+')[0].replace(/\d+$/, '');
    const joined = folded.replace(/[._-]/g, '');
    const firstWord = folded.split(/[._-]/)[0];
    if (MORE_GENERIC_MAILBOXES.has(joined) || MORE_GENERIC_MAILBOXES.has(firstWord))
        return 'GENERIC';
    if (FUNCTION_MAILBOXES.has(joined) || FUNCTION_MAILBOXES.has(firstWord) || /^(?:factur|compta|commerc)/.test(folded))
        return 'ROLE';
    return isRoleMailbox(localPart) ? 'GENERIC' : 'PERSONAL';
}
function domainOf(address) {
    return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}
/** On a free webmail provider (the domain or the registrable domain is listed). */
export function isFreeWebmail(address) {
    const domain = domainOf(address);
    return FREE_WEBMAIL.has(domain) || FREE_WEBMAIL.has(registrableDomain(domain));
}
/** On a disposable-address provider. */
export function isDisposableAddress(address) {
    const domain = domainOf(address);
    return DISPOSABLE.has(domain) || DISPOSABLE.has(registrableDomain(domain));
}
/**
 * The company's mail domain, from the addresses its site presents: the site's own registrable
 * domain when some address is on it; otherwise the domain most of the other addresses use
 * (a brand site, a hosted shop or a site reached by IP writes from another domain), free
 * webmail and disposable providers aside; null when nothing qualifies.
 */
export function inferMailDomain(addresses, siteUrl) {
    let siteDomain = null;
    try {
        siteDomain = siteUrl ? registrableDomain(new URL(siteUrl).hostname) : null;
    }
    catch {
        siteDomain = null;
    }
    const counts = new Map();
    for (const address of addresses) {
        if (!address.includes('@') || isFreeWebmail(address) || isDisposableAddress(address))
            continue;
        const domain = domainOf(address);
        if (siteDomain && registrableDomain(domain) === siteDomain)
            return domain;
        counts.set(domain, (counts.get(domain) ?? 0) + 1);
    }
    let best = null;
    for (const [domain, count] of counts)
        if (best === null || count > counts.get(best))
            best = domain;
    return best;
}
//# sourceMappingURL=email-intel.js.map