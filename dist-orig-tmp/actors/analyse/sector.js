/**
 * Sector guess for a company: keyword scoring (English and French) over its category, page
 * title, description and text, plus sector-specific technologies (a shop engine, a table
 * booking widget).
 */
import { foldText } from './fold-text.js';
import { SECTOR_KEYWORDS, SECTOR_TECHNOLOGIES } from './sector-keywords.js';
/** Points per distinct keyword found in each field. */
const FIELD_WEIGHTS = { category: 10, title: 4, description: 3, text: 1 };
/** Points per sector-specific technology. */
const TECHNOLOGY_WEIGHT = 3;
/** Occurrences of one keyword counted in the text (a word repeated in every footer counts once or twice). */
const MAX_TEXT_OCCURRENCES = 2;
/** Characters of text and of each other field searched. */
const MAX_TEXT_CHARS = 200_000;
const MAX_FIELD_CHARS = 2000;
/** A guess needs at least this many points: one title keyword, or two in the text. */
const MIN_SCORE = 2;
/** Top score at which the magnitude part of the confidence is full. */
const FULL_CONFIDENCE_SCORE = 12;
function buildIndex(table) {
    const phrases = new Map();
    const stems = new Map();
    for (const [sector, keywords] of Object.entries(table)) {
        for (const keyword of keywords) {
            const isStem = keyword.endsWith('*');
            const tokens = tokenize(keyword.replace(/\*$/, ''));
            if (tokens.length === 0)
                continue;
            const entry = { tokens, lastIsStem: isStem, sector, keyword };
            const target = isStem && tokens.length === 1 ? stems : phrases;
            const key = tokens[0];
            const list = target.get(key) ?? [];
            list.push(entry);
            target.set(key, list);
        }
    }
    const stemLengths = [...new Set([...stems.keys()].map((stem) => stem.length))].sort((a, b) => a - b);
    return { phrases, stems, stemLengths };
}
/** Folded words of a text: lower case, no accents, split on anything but letters and digits. */
function tokenize(text) {
    return foldText(text)
        .split(/[^a-z0-9]+/)
        .filter((token) => token.length > 0);
}
const INDEX = buildIndex(SECTOR_KEYWORDS);
const SECTOR_ORDER = Object.keys(SECTOR_KEYWORDS);
function phraseMatchesAt(entry, tokens, index) {
    const last = entry.tokens.length - 1;
    return entry.tokens.every((part, offset) => {
        const token = tokens[index + offset];
        if (token === undefined)
            return false;
        return offset === last && entry.lastIsStem ? token.startsWith(part) : token === part;
    });
}
/** Occurrences of each keyword in a text, keyed by `sector\u0000keyword`. */
function countKeywords(text) {
    const tokens = tokenize(text);
    const counts = new Map();
    const hit = (entry) => {
        const key = `${entry.sector}\u0000${entry.keyword}`;
        const current = counts.get(key);
        if (current)
            current.count += 1;
        else
            counts.set(key, { sector: entry.sector, count: 1 });
    };
    for (let index = 0; index < tokens.length; index += 1) {
        const token = tokens[index];
        for (const entry of INDEX.phrases.get(token) ?? []) {
            if (phraseMatchesAt(entry, tokens, index))
                hit(entry);
        }
        for (const length of INDEX.stemLengths) {
            if (length > token.length)
                break;
            for (const entry of INDEX.stems.get(token.slice(0, length)) ?? [])
                hit(entry);
        }
    }
    return counts;
}
function addField(scores, text, weight, maxOccurrences, maxChars) {
    if (typeof text !== 'string' || text.length === 0)
        return;
    for (const { sector, count } of countKeywords(text.slice(0, maxChars)).values()) {
        scores.set(sector, (scores.get(sector) ?? 0) + weight * Math.min(count, maxOccurrences));
    }
}
/**
 * Guesses a company's sector among about twenty (see {@link SECTOR_KEYWORDS}) by weighted
 * keyword matches, whole words only, ignoring case and accents: the category counts most, then
 * the title, the description and the text; sector-specific technologies add a little.
 *
 * @returns the best-scoring sector and a confidence (share of all points, scaled down when the
 *   evidence is thin), or null when no sector reaches the minimum score
 */
export function guessSector(input) {
    const scores = new Map();
    addField(scores, input.category, FIELD_WEIGHTS.category, 1, MAX_FIELD_CHARS);
    addField(scores, input.title, FIELD_WEIGHTS.title, 1, MAX_FIELD_CHARS);
    addField(scores, input.description, FIELD_WEIGHTS.description, 1, MAX_FIELD_CHARS);
    addField(scores, input.text, FIELD_WEIGHTS.text, MAX_TEXT_OCCURRENCES, MAX_TEXT_CHARS);
    for (const technology of input.technologies ?? []) {
        if (typeof technology !== 'string')
            continue;
        const sector = SECTOR_TECHNOLOGIES[tokenize(technology).join(' ')];
        if (sector !== undefined)
            scores.set(sector, (scores.get(sector) ?? 0) + TECHNOLOGY_WEIGHT);
    }
    let best = null;
    let bestScore = 0;
    let total = 0;
    for (const sector of SECTOR_ORDER) {
        const score = scores.get(sector) ?? 0;
        total += score;
        if (score > bestScore) {
            best = sector;
            bestScore = score;
        }
    }
    if (best === null || bestScore < MIN_SCORE)
        return null;
    const share = bestScore / total;
    const magnitude = Math.min(1, bestScore / FULL_CONFIDENCE_SCORE);
    return { sector: best, confidence: Math.max(1, Math.round(100 * share * magnitude)) };
}
//# sourceMappingURL=sector.js.map