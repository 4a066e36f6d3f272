/**
 * Whether a short text is a person's name, and its parts: honorifics and academic titles
 * removed (`Dipl.-Ing. Stefan Müller` → `Stefan Müller`), all-caps surnames written as people
 * write them (`DUPONT Jean` → `Jean Dupont`), placeholders (`Max Mustermann`) refused.
 */
import { foldText } from '../analyse/fold-text.js';
import { isCommonGivenName } from './given-names.js';
import { containsRoleWord } from './roles.js';
/** Honorifics and titles before a name, folded, without their final dot. */
const HONORIFICS = new Set([
    'm',
    'mr',
    'mrs',
    'ms',
    'miss',
    'mme',
    'mmes',
    'mlle',
    'mr.',
    'monsieur',
    'madame',
    'mademoiselle',
    'me',
    'maitre',
    'dr',
    'drs',
    'docteur',
    'doctor',
    'doktor',
    'prof',
    'pr',
    'professeur',
    'professor',
    'herr',
    'herrn',
    'frau',
    'dipl',
    'dipl.-ing',
    'dipl.-kfm',
    'dipl.-kffr',
    'dipl.-betriebsw',
    'dipl.-inf',
    'dipl.-oec',
    'dipl.-psych',
    'dipl.-wirt.-ing',
    'ing',
    'mag',
    'magister',
    'dr.-ing',
    'dr.med',
    'med',
    'rer',
    'nat',
    'pol',
    'phil',
    'jur',
    'h.c',
    'sr',
    'sra',
    'srta',
    'senor',
    'senora',
    'senorita',
    'don',
    'dona',
    'dott',
    'dott.ssa',
    'dottssa',
    'dottoressa',
    'dottore',
    'sig',
    'sig.ra',
    'sigra',
    'signor',
    'signora',
    'signore',
    'avv',
    'arch',
    'geom',
    'rag',
    'sir',
    'dame',
    'd',
    'dna',
    'dn',
    'lic',
    'licenciado',
    'licenciada',
    'ing.',
    'mba',
    'ddr',
    'univ',
    'prof.dr',
    'prof.-dr',
]);
/** Degrees written after a name. */
const POST_NOMINALS = /(?:,?\s+(?:MBA|PhD|Ph\.D\.|M\.Sc\.|MSc|B\.Sc\.|BSc|M\.A\.|B\.A\.|LL\.M\.|LLM|CPA|Esq\.?|Jr\.?|Sr\.?|MdB))+\s*$/;
/** Lower-case words inside names: particles of nobility and of origin. */
const PARTICLES = new Set([
    'de',
    'du',
    'des',
    "d'",
    'd’',
    'del',
    'della',
    'dei',
    'di',
    'da',
    'dos',
    'das',
    'do',
    'van',
    'von',
    'der',
    'den',
    'zu',
    'zum',
    'le',
    'la',
    'y',
    'i',
    'ter',
    'ten',
    'af',
    'al',
    'el',
    'mac',
    'vom',
]);
/**
 * Placeholder people of forms and examples, per language (folded). Real people with these
 * names exist but a site showing one is far more likely a template.
 */
const PLACEHOLDERS = new Set([
    'max mustermann',
    'erika mustermann',
    'maxi mustermann',
    'otto normalverbraucher',
    'hans muster',
    'john doe',
    'jane doe',
    'john smith',
    'jane smith',
    'joe bloggs',
    'joe public',
    'jean dupont',
    'jeanne dupont',
    'marie dupont',
    'jean dupond',
    'pierre dupont',
    'jean martin',
    'mario rossi',
    'maria rossi',
    'juan perez',
    'maria perez',
    'fulano de tal',
    'juan nadie',
    'lorem ipsum',
    'dolor sit',
    'your name',
    'votre nom',
    'ihr name',
    'tu nombre',
    'il tuo nome',
    'nom prenom',
    'prenom nom',
    'vorname nachname',
    'first last',
    'firstname lastname',
    'nombre apellido',
    'nome cognome',
    'test test',
    'test user',
]);
/**
 * Capitalised words that are never a name: words of headings, menus, company names,
 * addresses and calendars in the five languages (folded).
 */
const NOT_NAME_WORDS = new Set(`
notre nos votre vos mon ma mes le la les un une des et ou pour avec sans sur sous chez par au aux du en qui que quoi nous vous
our your my the a an and or for with without on in at of to by from about us we who what why how home welcome contact contacts
unser unsere unserem unseren ihr ihre der die das den dem ein eine und oder fur mit uber bei von zum zur wir sie ueber
nuestro nuestra nuestros nuestras el los las y o para con sin sobre en de del quienes somos inicio contacto equipo
il lo gli i le un una e o per con senza su di da chi siamo noi contatti contattaci azienda squadra
accueil equipe societe entreprise cabinet agence groupe bureau bureaux services service produits offres actualites actualite
presse press news blog mentions legales legal notice impressum datenschutz privacy politique confidentialite cookies cookie
conditions cgv cgu terms rgpd gdpr plan site sitemap menu recherche search suivez follow partager share lire suite voir plus
more read mehr weiterlesen leggi ver leer tout all alle todos tutti retour back zuruck volver indietro page seite pagina
team teams staff people about histoire history geschichte historia storia valeurs values werte valores valori mission vision
karriere careers carrieres jobs emploi recrutement empleo lavoro lavora formation training seminaire events evenements
email e-mail mail courriel telephone tel tel. phone fax mobile portable handy telefono cellulare adresse address anschrift
direccion indirizzo horaires hours offnungszeiten horario orari siege siege social head office sitz sede registered
rue avenue boulevard bd place quai chemin allee impasse route cours square parvis rond-point faubourg
strasse str platz weg gasse allee ring damm ufer chaussee markt via viale piazza piazzale corso vicolo largo contrada
calle avenida plaza paseo camino ronda carrera street st road rd lane ln drive dr court ct close way park parc parkway
sarl sas sasu eurl sa sci snc scp selarl selas gmbh ag kg ohg ug gbr ev e.v ltd limited plc llp llc inc corp co sl slu srl spa snc sas
holding international france deutschland germany espana spain italia italy europe paris lyon marseille berlin munchen hamburg
london madrid barcelona roma milano torino
lundi mardi mercredi jeudi vendredi samedi dimanche montag dienstag mittwoch donnerstag freitag samstag sonntag
monday tuesday wednesday thursday friday saturday sunday lunes martes miercoles jueves viernes sabado domingo
lunedi martedi mercoledi giovedi venerdi sabato domenica
janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre january february march april may june july
august september october november december januar februar marz juni juli oktober dezember enero febrero marzo abril mayo junio
julio agosto septiembre octubre noviembre diciembre gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre
merci thanks danke gracias grazie bonjour hello hallo hola ciao bienvenue willkommen bienvenidos benvenuti
nouveau nouvelle neu new nuevo nuovo offre angebot oferta offerta prix price preis precio prezzo gratuit free kostenlos gratis
client clients kunden customer customers cliente clienti clientes temoignages testimonials avis reviews referenzen referencias
note legali nota aviso avisos legal legales privacidad politica informativa
allgemeine allgemein anfragen anfrage fragen general generales generale informations information informationen questions demandes requests inquiries enquiries solicitudes richieste
demande devis quote angebot presupuesto preventivo rendez-vous appointment termin cita appuntamento
`
    .split(/\s+/)
    .filter(Boolean));
const NAME_WORD = /^\p{Lu}[\p{Ll}'’]*\p{Ll}(?:-\p{Lu}[\p{Ll}'’]*\p{Ll})*$/u;
const CAPS_WORD = /^\p{Lu}{2,}(?:[-'’]\p{Lu}{2,})*$/u;
const APOSTROPHE_NAME = /^(?:O|D|L|Mc|Mac|Di|De|Dell)['’]?\p{Lu}\p{Ll}+$/u;
function titleCase(word) {
    return word.toLowerCase().replace(/(^|[-'’])(\p{Ll})/gu, (_m, sep, c) => sep + c.toUpperCase());
}
function isHonorific(token) {
    const folded = foldText(token).replace(/\.$/, '');
    return HONORIFICS.has(folded) || folded.startsWith('dipl.-') || /^dr\.?-/.test(folded);
}
const MAX_NAME_CHARS = 60;
/**
 * Reads a person's name from a short text (a card title, a table cell, the rest of a legal
 * notice line); null when the text is not exactly a name.
 */
export function parsePersonName(raw) {
    if (raw.length > 120)
        return null;
    let text = raw
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/^[\s"'«»“”„‚‘’([:,;–—-]+|[\s"'«»“”„‚‘’)\]:,;.–—-]+$/g, '');
    text = text.replace(POST_NOMINALS, '').trim();
    if (text.length < 4 || text.length > MAX_NAME_CHARS || /[\d@/\\|<>{}=_#*+&!?]/.test(text))
        return null;
    let tokens = text.split(' ');
    while (tokens.length > 0 && isHonorific(tokens[0]))
        tokens = tokens.slice(1);
    // `Dr. med. Anna Schmidt`, `Prof. Dr.-Ing. …`: titles may stack; `M. et Mme` are never one person.
    if (tokens.length < 2 || tokens.length > 5)
        return null;
    const core = tokens.filter((t) => !PARTICLES.has(t.toLowerCase()));
    if (core.length < 2 || core.length > 4)
        return null;
    if (PARTICLES.has(tokens[0].toLowerCase()) || PARTICLES.has(tokens.at(-1).toLowerCase()))
        return null;
    for (const token of tokens) {
        if (PARTICLES.has(token.toLowerCase())) {
            if (token !== token.toLowerCase() && !/^(?:De|Van|Von|Di|Da|Del|Della|Le|La|Du)$/.test(token))
                return null;
            continue;
        }
        if (!NAME_WORD.test(token) && !CAPS_WORD.test(token) && !APOSTROPHE_NAME.test(token))
            return null;
        if (token.length > 24 || NOT_NAME_WORDS.has(foldText(token)))
            return null;
    }
    const caps = core.filter((t) => CAPS_WORD.test(t));
    if (caps.length === core.length && !core.some((t) => isCommonGivenName(t)))
        return null;
    if (containsRoleWord(tokens.join(' ')))
        return null;
    let firstParts;
    let lastParts;
    if (caps.length > 0 && caps.length < core.length && CAPS_WORD.test(tokens[0])) {
        // `DUPONT Jean`: surname first in capitals.
        const split = tokens.findIndex((t) => !CAPS_WORD.test(t) && !PARTICLES.has(t.toLowerCase()));
        lastParts = tokens.slice(0, split);
        firstParts = tokens.slice(split);
    }
    else {
        firstParts = [tokens[0]];
        lastParts = tokens.slice(1);
    }
    const firstName = firstParts.map((t) => (CAPS_WORD.test(t) ? titleCase(t) : t)).join(' ');
    const lastName = lastParts.map((t) => (CAPS_WORD.test(t) ? titleCase(t) : t)).join(' ');
    const name = `${firstName} ${lastName}`;
    if (PLACEHOLDERS.has(foldText(name)))
        return null;
    return { name, firstName, lastName, knownGivenName: isCommonGivenName(firstName.split(' ')[0]) };
}
/** Whether a text is a placeholder person (`Max Mustermann`, `John Doe`…). */
export function isPlaceholderName(text) {
    return PLACEHOLDERS.has(foldText(text.replace(/\s+/g, ' ').trim()));
}
//# sourceMappingURL=person-name.js.map