/**
 * Sector guess for a company: keyword scoring (English and French) over its category, page
 * title, description and text, plus sector-specific technologies (a shop engine, a table
 * booking widget).
 */
import { foldText } from './fold-text.js';
import { SECTOR_KEYWORDS, SECTOR_TECHNOLOGIES } from './sector-keywords.js';

/** What {@link guessSector} reads; every field is optional. */
export interface SectorInput {
  /** Category as uploaded (a Google Maps category such as `Plombier`): the strongest hint. */
  category?: string | null;
  title?: string | null;
  description?: string | null;
  /** Visible text of the site's pages. */
  text?: string | null;
  /** Names of the technologies detected on the site. */
  technologies?: readonly string[];
}

/** A sector and how sure the guess is. */
export interface SectorGuess {
  /** One of the keys of {@link SECTOR_KEYWORDS}, e.g. `Construction & trades`. */
  sector: string;
  /** 1 to 100. */
  confidence: number;
}

/** Points per distinct keyword found in each field. */
const FIELD_WEIGHTS = { category: 10, title: 4, description: 3, text: 1 } as const;
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

/** A keyword of several words, or one word, matched against a run of tokens. */
interface PhraseKeyword {
  readonly tokens: readonly string[];
  /** The last token is a stem (`agence de voyage*` matches `agence de voyages`). */
  readonly lastIsStem: boolean;
  readonly sector: string;
  readonly keyword: string;
}

/** Keyword tables indexed for one pass over the tokens of a text. */
interface KeywordIndex {
  /** Exact keywords (one or more words), by first token. */
  readonly phrases: ReadonlyMap<string, readonly PhraseKeyword[]>;
  /** Stem keywords (`plombier*`), by stem. */
  readonly stems: ReadonlyMap<string, readonly PhraseKeyword[]>;
  /** Distinct stem lengths, so a token is checked with one lookup per length. */
  readonly stemLengths: readonly number[];
}

function buildIndex(table: Readonly<Record<string, readonly string[]>>): KeywordIndex {
  const phrases = new Map<string, PhraseKeyword[]>();
  const stems = new Map<string, PhraseKeyword[]>();
  for (const [sector, keywords] of Object.entries(table)) {
    for (const keyword of keywords) {
      const isStem = keyword.endsWith('*');
      const tokens = tokenize(keyword.replace(/\*$/, ''));
      if (tokens.length === 0) continue;
      const entry: PhraseKeyword = { tokens, lastIsStem: isStem, sector, keyword };
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
function tokenize(text: string): string[] {
  return foldText(text)
    .split(/[^a-z0-9]+/)
    .filter((token) => token.length > 0);
}

const INDEX = buildIndex(SECTOR_KEYWORDS);
const SECTOR_ORDER = Object.keys(SECTOR_KEYWORDS);

function phraseMatchesAt(entry: PhraseKeyword, tokens: readonly string[], index: number): boolean {
  const last = entry.tokens.length - 1;
  return entry.tokens.every((part, offset) => {
    const token = tokens[index + offset];
    if (token === undefined) return false;
    return offset === last && entry.lastIsStem ? token.startsWith(part) : token === part;
  });
}

/** Occurrences of each keyword in a text, keyed by `sector\u0000keyword`. */
function countKeywords(text: string): Map<string, { sector: string; count: number }> {
  const tokens = tokenize(text);
  const counts = new Map<string, { sector: string; count: number }>();
  const hit = (entry: PhraseKeyword): void => {
    const key = `${entry.sector}\u0000${entry.keyword}`;
    const current = counts.get(key);
    if (current) current.count += 1;
    else counts.set(key, { sector: entry.sector, count: 1 });
  };
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    for (const entry of INDEX.phrases.get(token) ?? []) {
      if (phraseMatchesAt(entry, tokens, index)) hit(entry);
    }
    for (const length of INDEX.stemLengths) {
      if (length > token.length) break;
      for (const entry of INDEX.stems.get(token.slice(0, length)) ?? []) hit(entry);
    }
  }
  return counts;
}

function addField(scores: Map<string, number>, text: string | null | undefined, weight: number, maxOccurrences: number, maxChars: number): void {
  if (typeof text !== 'string' || text.length === 0) return;
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
export function guessSector(input: SectorInput): SectorGuess | null {
  const scores = new Map<string, number>();
  addField(scores, input.category, FIELD_WEIGHTS.category, 1, MAX_FIELD_CHARS);
  addField(scores, input.title, FIELD_WEIGHTS.title, 1, MAX_FIELD_CHARS);
  addField(scores, input.description, FIELD_WEIGHTS.description, 1, MAX_FIELD_CHARS);
  addField(scores, input.text, FIELD_WEIGHTS.text, MAX_TEXT_OCCURRENCES, MAX_TEXT_CHARS);
  for (const technology of input.technologies ?? []) {
    if (typeof technology !== 'string') continue;
    const sector = SECTOR_TECHNOLOGIES[tokenize(technology).join(' ')];
    if (sector !== undefined) scores.set(sector, (scores.get(sector) ?? 0) + TECHNOLOGY_WEIGHT);
  }

  let best: string | null = null;
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
  if (best === null || bestScore < MIN_SCORE) return null;
  const share = bestScore / total;
  const magnitude = Math.min(1, bestScore / FULL_CONFIDENCE_SCORE);
  return { sector: best, confidence: Math.max(1, Math.round(100 * share * magnitude)) };
}
