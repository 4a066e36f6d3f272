import { foldText } from './fold-text.js';
/**
 * Words and phrases (folded: lower case, no accents) that say the contact next to them is
 * someone else's. A phrase matches at a word start; a `*` suffix matches any ending.
 */
const THIRD_PARTY_CUES = [
    // Web agency, design and development credits
    'realise par',
    'realisation du site',
    'realisation site',
    'conception et realisation',
    'conception realisation',
    'conception du site',
    'conception graphique',
    'site realise',
    'concu par',
    'webdesign*',
    'web design',
    'website by',
    'site by',
    'designed by',
    'developed by',
    'development by',
    'created by',
    'site cree',
    'creation du site',
    'creation site',
    'agence web',
    'webagentur',
    'web agency',
    'digital agency',
    'realizzazione',
    'realizzato da',
    'sviluppo sito',
    'diseno web',
    'disenada por',
    'disenado por',
    'desarrollado por',
    'desarrollo web',
    'made by',
    'powered by',
    'credits',
    'erstellt von',
    'gestaltung',
    // Hosting (a bare "hébergement" or "hosting" is a hotel's or a venue's: see HOSTING below)
    'hebergeur*',
    'heberge par',
    'hebergee par',
    'heberge chez',
    'hebergement du site',
    'site est heberge',
    'hosting provider',
    'hosted by',
    'web hosting',
    'website hosting',
    'hoster',
    'alojamiento web',
    'alojado en',
    'ospitato da',
    'hosting del sito',
    // Regulators, professional bodies, mediators, courts
    'autorite*',
    'acpr',
    'cnil',
    'orias',
    'mediateur*',
    'mediation',
    'mediatore',
    'mediador',
    'ombudsman',
    'schlichtung*',
    '*kammer',
    'aufsicht*',
    'zustandige',
    'regulat*',
    'institute of',
    'commission',
    'authority',
    'supervisory',
    'ordre des',
    'ordre de',
    'conseil regional de l ordre',
    'colegio',
    'ordine de*',
    'garante',
    'dreets',
    'prefet*',
    'prefecture',
    'disciplinary',
    'supreme court',
    'tribunal',
    'vereinigung',
    'bafin',
    'consob',
    'ivass',
    'banco de espana',
    'cnmv',
    'financial conduct authority',
    // Events and partners
    'speaker*',
    'intervenant*',
    'orateur*',
    'conferencier*',
    'redner*',
    'ponente*',
    'relator*',
    'media partner*',
    'partenaires',
    'nos partenaires',
    'our partners',
    'unsere partner',
    'nuestros socios',
    'i nostri partner',
];
function cuePattern() {
    const parts = THIRD_PARTY_CUES.map((cue) => {
        const leading = cue.startsWith('*');
        const trailing = cue.endsWith('*');
        const core = cue
            .replace(/^\*|\*$/g, '')
            .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
            .replace(/ /g, '[^a-z0-9]+');
        return `${leading ? '[a-z]*' : '(?<![a-z0-9])'}${core}${trailing ? '[a-z]*' : '(?![a-z0-9])'}`;
    });
    return new RegExp(parts.join('|'));
}
const CUE = cuePattern();
/** "Hébergement", "Hosting", "Alojamiento"…: a host credit only in a legal notice. */
const HOSTING = /(?<![a-z])(?:hebergement|hosting|alojamiento|hosting|ospitalita)(?![a-z])/;
const LEGAL_CONTEXT = /(?<![a-z])(?:mentions|legal[a-z]*|impressum|imprint|aviso legal|note legali|editeur|publisher)(?![a-z])/;
/** Characters before and after a contact in its block read for cues. */
const WINDOW_BEFORE_CHARS = 200;
const WINDOW_AFTER_CHARS = 40;
/** Whether a text says that the contact next to it is someone else's. */
export function hasThirdPartyCue(text, companyName) {
    let folded = foldText(text);
    if (companyName) {
        const name = foldText(companyName).trim();
        if (name.length >= 3)
            folded = folded.split(name).join(' ');
    }
    return CUE.test(folded);
}
/**
 * The owner of one occurrence of a contact: THIRD_PARTY when its block (just around it) or its
 * section heading carries a third-party cue and, for an e-mail, the address is not on the
 * company's domain; PERSON when a person of the company is known for it; COMPANY otherwise.
 */
export function contactOwner(signals) {
    const personOrCompany = signals.personName ? 'PERSON' : 'COMPANY';
    if (signals.onCompanyDomain === true)
        return personOrCompany;
    const position = signals.position ?? -1;
    const around = position < 0 ? signals.blockText : signals.blockText.slice(Math.max(0, position - WINDOW_BEFORE_CHARS), position + WINDOW_AFTER_CHARS);
    if (hasThirdPartyCue(around, signals.companyName))
        return 'THIRD_PARTY';
    if (signals.heading !== null && hasThirdPartyCue(signals.heading, signals.companyName))
        return 'THIRD_PARTY';
    const context = foldText(`${signals.heading ?? ''} ${around}`);
    if (HOSTING.test(context) && LEGAL_CONTEXT.test(context))
        return 'THIRD_PARTY';
    return personOrCompany;
}
/** Merges the owners of several occurrences: any occurrence as the company's (or a person's) wins. */
export function mergeOwners(a, b) {
    if (a === undefined)
        return b;
    if (a === 'THIRD_PARTY')
        return b;
    if (b === 'THIRD_PARTY')
        return a;
    return a === 'PERSON' || b === 'PERSON' ? 'PERSON' : 'COMPANY';
}
//# sourceMappingURL=contact-owner.js.map