/**
 * Job titles in French, German, English, Spanish and Italian: whether a text is a role, and
 * the seniority it states. Phrases are folded (lower case, no accents, ß → ss); a phrase
 * matches whole words, and a word of the text matches a phrase word that it starts with only
 * where the phrase says so (`leiter*` matches `Leiterin`, `Vertriebsleiter` does not need it:
 * German compounds are matched by their ending, see {@link GERMAN_COMPOUND_ENDINGS}).
 */
import { foldText } from '../analyse/fold-text.js';
const OWNER_EXECUTIVE = `
ceo; cto; cfo; coo; cmo; cio; cso; chief*; founder*; co-founder*; cofounder*; owner; co-owner; president*; chairman; chairwoman;
managing director; managing partner; executive director; general manager; director general; vice president; vp;
fondateur; fondatrice; co-fondateur; co-fondatrice; cofondateur; cofondatrice; pdg; p.d.g.; dg; gerant*; cogerant*; co-gerant*;
directeur general; directrice generale; directeur generale; president directeur general; presidente directrice generale;
directeur de la publication; directrice de la publication; responsable de la publication; directeur delegue; directrice deleguee;
associe fondateur; associee fondatrice; associe gerant; associee gerante; dirigeant*; proprietaire; chef d'entreprise;
geschaftsfuhrer*; geschaftsfuhrung; inhaber*; grunder*; mitgrunder*; vorstand*; vorstandsvorsitzende*; vertretungsberechtigt*;
vertreten durch; prokurist*; gesellschafter*; grundungspartner*; seniorpartner*; namenspartner*; kanzleiinhaber*; praxisinhaber*;
fundador*; cofundador*; propietario*; consejero delegado; consejera delegada; director general; directora general; gerente general;
administrador*; presidenta; socio director; socia directora; socio fundador; socia fundadora; socio gerente; socia gerente;
fondatore; fondatrice; cofondatore; titolare; amministratore*; amministratrice*; presidente; direttore generale; direttrice generale;
socio fondatore; legale rappresentante; rappresentante legale
`;
const MANAGER = `
manager*; head; head of; director*; lead; team lead; supervisor*; coordinator*; partner*; principal;
directeur*; directrice*; responsable*; chef*; cheffe*; manageur; adjoint de direction; associe; associee; encadrant*; superviseur*;
coordinateur*; coordinatrice*; leiter*; leitung; teamleiter*; abteilungsleiter*; bereichsleiter*; niederlassungsleiter*;
betriebsleiter*; projektleiter*; vertriebsleiter*; verkaufsleiter*; prokura;
jefe*; jefa*; gerente*; coordinador*; coordinadora*; socio; socia;
responsabile*; direttore*; direttrice*; capo*; coordinatore*; coordinatrice*; socio
`;
const STAFF = `
assistant*; assistante*; accountant*; engineer*; developer*; designer*; consultant*; advisor*; adviser*; officer*; specialist*;
analyst*; technician*; sales; representative*; associate*; administrator*; clerk*; receptionist*; secretary; lawyer*; attorney*;
architect*; nurse*; doctor*; trainee*; intern*; apprentice*; agent*; executive; account executive; recruiter*; editor*; writer*;
comptable*; commercial*; commerciale*; technicien*; technicienne*; ingenieur*; ingenieure*; consultante*; conseiller*; conseillere*;
charge*; chargee*; attache*; attachee*; secretaire*; avocat*; avocate*; juriste*; collaborateur*; collaboratrice*; employe*;
employee*; stagiaire*; alternant*; alternante*; developpeur*; developpeuse*; graphiste*; redacteur*; redactrice*; agent*;
gestionnaire*; administratif*; administrative*; infirmier*; infirmiere*; notaire*; expert-comptable*; architecte*; vendeur*; vendeuse*;
mitarbeiter*; sachbearbeiter*; referent*; assistent*; assistentin*; berater*; beraterin*; techniker*; technikerin*; ingenieurin*;
entwickler*; kaufmann; kauffrau; buchhalter*; steuerberater*; rechtsanwalt*; rechtsanwaltin*; anwalt*; anwaltin*; verkaufer*;
sekretar*; empfang; azubi*; auszubildende*; praktikant*; pressesprecher*; ansprechpartner*; ansprechpartnerin*; fachberater*;
kundenberater*; kundenbetreuer*; vertrieb; einkauf; buchhaltung;
asistente*; tecnico*; tecnica*; contable*; consultor*; consultora*; asesor*; asesora*; abogado*; abogada*; ingeniero*; ingeniera*;
comercial*; vendedor*; vendedora*; secretaria*; recepcionista*; empleado*; empleada*; desarrollador*; disenador*; becario*; administrativo*;
impiegato*; impiegata*; tecnici; contabile*; consulente*; avvocato*; avvocata*; ingegnere*; commerciale*; venditore*; venditrice*;
segretaria*; segretario*; collaboratore*; collaboratrice*; addetto*; addetta*; sviluppatore*; progettista*; geometra*; stagista*;
impiegata amministrativa; ufficio stampa; addetta stampa; addetto stampa
`;
/** Labels of press contacts; the person after them is a press contact. */
const PRESS_CONTACT = `
contact presse; contacts presse; relations presse; relation presse; service de presse; attache de presse; attachee de presse;
press contact; press contacts; press enquiries; press inquiries; media enquiries; media inquiries; media contact; media contacts; media relations; press office; press officer;
pressekontakt; pressekontakte; presseanfragen; pressestelle; medienkontakt; pressesprecher; pressesprecherin;
contacto de prensa; contacto prensa; contactos de prensa; gabinete de prensa; jefe de prensa; jefa de prensa;
contatto stampa; contatti stampa; ufficio stampa; addetto stampa; addetta stampa; responsabile stampa
`;
/**
 * Words that end German job titles written as one compound (`Vertriebsleiter`,
 * `Projektmanagerin`, `Marketingreferentin`): a word ending so is the role its ending names.
 */
const GERMAN_COMPOUND_ENDINGS = [
    ['geschaftsfuhrer', 'OWNER_EXECUTIVE'],
    ['geschaftsfuhrerin', 'OWNER_EXECUTIVE'],
    ['inhaber', 'OWNER_EXECUTIVE'],
    ['inhaberin', 'OWNER_EXECUTIVE'],
    ['leiter', 'MANAGER'],
    ['leiterin', 'MANAGER'],
    ['manager', 'MANAGER'],
    ['managerin', 'MANAGER'],
    ['referent', 'STAFF'],
    ['referentin', 'STAFF'],
    ['berater', 'STAFF'],
    ['beraterin', 'STAFF'],
    ['assistent', 'STAFF'],
    ['assistentin', 'STAFF'],
    ['techniker', 'STAFF'],
    ['technikerin', 'STAFF'],
    ['kaufmann', 'STAFF'],
    ['kauffrau', 'STAFF'],
    ['sachbearbeiter', 'STAFF'],
    ['sachbearbeiterin', 'STAFF'],
    ['mitarbeiter', 'STAFF'],
    ['mitarbeiterin', 'STAFF'],
    ['angestellte', 'STAFF'],
    ['angestellter', 'STAFF'],
    ['fachwirt', 'STAFF'],
    ['fachwirtin', 'STAFF'],
    ['gehilfe', 'STAFF'],
    ['gehilfin', 'STAFF'],
    ['fachkraft', 'STAFF'],
    ['meister', 'STAFF'],
    ['meisterin', 'STAFF'],
    ['partner', 'MANAGER'],
    ['partnerin', 'MANAGER'],
    ['entwickler', 'STAFF'],
    ['entwicklerin', 'STAFF'],
    ['ingenieur', 'STAFF'],
    ['ingenieurin', 'STAFF'],
    ['betreuer', 'STAFF'],
    ['betreuerin', 'STAFF'],
    ['planer', 'STAFF'],
    ['planerin', 'STAFF'],
    ['sprecher', 'STAFF'],
    ['sprecherin', 'STAFF'],
];
function phrases(list) {
    return list
        .split(';')
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p) => ({ words: p.replace(/\*$/, '').split(/\s+/), prefix: p.endsWith('*') }));
}
const LEVELS = [
    ['OWNER_EXECUTIVE', phrases(OWNER_EXECUTIVE)],
    ['MANAGER', phrases(MANAGER)],
    ['STAFF', phrases(STAFF)],
];
const PRESS_PHRASES = phrases(PRESS_CONTACT);
/** Words of a text, folded, split at anything that is not a letter, digit, `-`, `'` or `.`. */
export function roleWords(text) {
    return foldText(text)
        .split(/[^a-z0-9'.-]+/)
        .map((w) => w.replace(/^[-'.]+|[-'.]+$/g, ''))
        .filter(Boolean);
}
function matchesAt(words, at, phrase) {
    if (at + phrase.words.length > words.length)
        return false;
    for (let i = 0; i < phrase.words.length; i++) {
        const word = words[at + i];
        const want = phrase.words[i];
        const last = i === phrase.words.length - 1;
        if (word === want)
            continue;
        // Feminine and plural endings: `gerant*` matches `gerante`, `gerants`; `chef*` matches `cheffe`.
        if (last && phrase.prefix && word.startsWith(want) && word.length - want.length <= 4)
            continue;
        return false;
    }
    return true;
}
function findPhrase(words, list) {
    for (let at = 0; at < words.length; at++)
        for (const phrase of list)
            if (matchesAt(words, at, phrase))
                return true;
    return false;
}
function compoundSeniority(words) {
    for (const word of words) {
        for (const [ending, level] of GERMAN_COMPOUND_ENDINGS)
            if (word.length > ending.length + 2 && word.endsWith(ending))
                return level;
    }
    return null;
}
/** Most words a role may have (`Responsable du pôle social et paie` has six). */
const MAX_ROLE_WORDS = 12;
/**
 * The seniority a role states, or null when the text is not a role. The highest level found
 * wins (`Directeur général adjoint` is OWNER_EXECUTIVE); the level is read whatever the site's
 * language, since titles are matched in all five.
 */
export function roleSeniority(text) {
    if (text.length > 120 || text.includes('@') || /https?:|www\./i.test(text))
        return null;
    const words = roleWords(text);
    if (words.length === 0 || words.length > MAX_ROLE_WORDS)
        return null;
    // `Président-directeur général` is read with and without its hyphens.
    const unhyphenated = words.flatMap((w) => w.split('-')).filter(Boolean);
    for (const [level, list] of LEVELS)
        if (findPhrase(words, list) || findPhrase(unhyphenated, list))
            return level;
    const compound = compoundSeniority(words);
    if (compound)
        return compound;
    if (findPhrase(words, PRESS_PHRASES))
        return 'UNKNOWN';
    return null;
}
/** Whether a text reads as a job title. */
export function isRole(text) {
    return roleSeniority(text) !== null;
}
/** Whether a text labels a press contact (`Contact presse`, `Pressekontakt`, `Ufficio stampa`…). */
export function isPressContactLabel(text) {
    const words = roleWords(text);
    return words.length > 0 && words.length <= MAX_ROLE_WORDS && findPhrase(words, PRESS_PHRASES);
}
/** Whether any word of a text is a role word (used to refuse role words as names). */
export function containsRoleWord(text) {
    const words = roleWords(text);
    return words.some((w) => findPhrase([w], SINGLE_WORD_ROLES)) || compoundSeniority(words) !== null;
}
const SINGLE_WORD_ROLES = LEVELS.flatMap(([, list]) => list.filter((p) => p.words.length === 1));
//# sourceMappingURL=roles.js.map