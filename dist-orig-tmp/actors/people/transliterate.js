/**
 * Names spelled the way mail systems spell them in addresses: German umlauts expanded
 * (`Müller` → `mueller`), other accents dropped (`Hélène` → `helene`), ligatures spelled out,
 * apostrophes and spaces removed, hyphens of compound names kept (`Jean-Paul` → `jean-paul`).
 */
const UMLAUTS = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'ae', Ö: 'oe', Ü: 'ue' };
const SPELLED = { ß: 'ss', œ: 'oe', Œ: 'oe', æ: 'ae', Æ: 'ae', ø: 'o', Ø: 'o', ł: 'l', Ł: 'l', đ: 'd', Đ: 'd', ı: 'i' };
/** The address spelling of a name part: lower case ASCII letters and hyphens only. */
export function mailSpelling(name) {
    return name
        .replace(/[äöüÄÖÜ]/g, (c) => UMLAUTS[c] ?? c)
        .replace(/[ßœŒæÆøØłŁđĐı]/g, (c) => SPELLED[c] ?? c)
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[\s'’.]+/g, '')
        .replace(/[^a-z-]/g, '')
        .replace(/-+/g, '-')
        .replace(/^-|-$/g, '');
}
/**
 * Spellings an address may use for a name part: the mail spelling, the one with plain accent
 * stripping (`Müller` → `muller`) and both without hyphens.
 */
export function mailSpellingVariants(name) {
    const plain = name
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[ßœŒæÆøØłŁđĐı]/g, (c) => SPELLED[c] ?? c)
        .toLowerCase()
        .replace(/[\s'’.]+/g, '')
        .replace(/[^a-z-]/g, '');
    const main = mailSpelling(name);
    return [...new Set([main, plain, main.replace(/-/g, ''), plain.replace(/-/g, '')].filter((v) => v.length > 0))];
}
/**
 * Spellings of a last name of several words: whole (`martinezruiz`), and each word alone, since
 * Spanish double surnames and particles (`de la Fontaine`) are often cut in addresses.
 */
export function lastNameSpellingVariants(lastName) {
    const words = lastName.split(/\s+/).filter((w) => w.length > 2 || !/^[a-z]/.test(w));
    const variants = mailSpellingVariants(lastName);
    if (words.length > 1)
        for (const word of [words[0], words.at(-1)])
            for (const v of mailSpellingVariants(word))
                if (!variants.includes(v))
                    variants.push(v);
    return variants;
}
//# sourceMappingURL=transliterate.js.map