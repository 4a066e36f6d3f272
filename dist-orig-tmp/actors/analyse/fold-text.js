/**
 * Text folding shared by the analysers: comparisons that ignore case and accents
 * (`Électricien` matches `electricien`, `Cœur` matches `coeur`).
 */
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const LIGATURES = /[œæß]/g;
const LIGATURE_SPELLINGS = { œ: 'oe', æ: 'ae', ß: 'ss' };
/** Lower-cases `text`, strips accents (NFD, combining marks removed) and spells out œ, æ, ß. */
export function foldText(text) {
    return text
        .toLowerCase()
        .normalize('NFD')
        .replace(COMBINING_MARKS, '')
        .replace(LIGATURES, (ligature) => LIGATURE_SPELLINGS[ligature] ?? ligature);
}
//# sourceMappingURL=fold-text.js.map