/**
 * The pattern a company builds personal addresses with, learnt from the addresses of the
 * people its site lists (never assumed), and the address it gives a listed person.
 * Vocabulary: `{first}` `{last}` `{f}` `{l}` (initials) joined by the separators the addresses use.
 */
import { lastNameSpellingVariants, mailSpelling, mailSpellingVariants } from './transliterate.js';
/** Patterns tried, most specific first (a tie goes to the earlier one). */
export const EMAIL_PATTERNS = [
    '{first}.{last}',
    '{first}-{last}',
    '{first}_{last}',
    '{first}{last}',
    '{f}.{last}',
    '{f}{last}',
    '{f}-{last}',
    '{f}_{last}',
    '{last}.{first}',
    '{last}-{first}',
    '{last}_{first}',
    '{last}{first}',
    '{last}.{f}',
    '{last}{f}',
    '{first}.{l}',
    '{first}{l}',
    '{f}{l}',
    '{first}',
    '{last}',
];
/** The local part a pattern gives a name, or null when a part is missing. */
export function applyPattern(pattern, firstName, lastName, spell = mailSpelling) {
    const first = spell(firstName);
    const last = spell(lastName);
    if ((pattern.includes('{first}') || pattern.includes('{f}')) && first === '')
        return null;
    if ((pattern.includes('{last}') || pattern.includes('{l}')) && last === '')
        return null;
    return pattern
        .replaceAll('{first}', first)
        .replaceAll('{last}', last)
        .replaceAll('{f}', first[0] ?? '')
        .replaceAll('{l}', last[0] ?? '');
}
/** Every pattern an address follows for a name (accents and hyphens spelled the ways mail systems do). */
export function patternsOf(named) {
    const local = named.address.slice(0, named.address.lastIndexOf('@')).toLowerCase();
    const out = [];
    for (const pattern of EMAIL_PATTERNS) {
        for (const first of mailSpellingVariants(named.firstName)) {
            for (const last of lastNameSpellingVariants(named.lastName)) {
                if (applyPattern(pattern, first, last, (x) => x) === local && !out.includes(pattern))
                    out.push(pattern);
            }
        }
    }
    return out;
}
/**
 * The pattern most of the people's addresses on `domain` follow; null when none follows one.
 * Confidence = matches / addresses × (1 − 1/(matches + 1)), so one example gives at most 0.5,
 * two 0.67, three 0.75, and addresses that follow another pattern lower it.
 */
export function learnEmailPattern(named, domain) {
    const onDomain = named.filter((n) => n.address.toLowerCase().endsWith(`@${domain.toLowerCase()}`));
    const counts = new Map();
    for (const n of onDomain)
        for (const pattern of patternsOf(n))
            counts.set(pattern, (counts.get(pattern) ?? 0) + 1);
    let best = null;
    for (const pattern of EMAIL_PATTERNS)
        if ((counts.get(pattern) ?? 0) > (best ? counts.get(best) : 0))
            best = pattern;
    if (!best)
        return null;
    const examples = counts.get(best);
    const confidence = (examples / onDomain.length) * (1 - 1 / (examples + 1));
    return { pattern: best, domain, confidence: Math.round(confidence * 100) / 100, examples };
}
//# sourceMappingURL=email-pattern.js.map