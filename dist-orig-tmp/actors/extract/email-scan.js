import { cleanEmailCandidate } from './email-address.js';
const MAX_LOCAL_PART_LENGTH = 64;
const MAX_DOMAIN_LENGTH = 253;
/**
 * Bracketed stand-ins for "@" and ".": `[at]`, `(at)`, `{at}`, `<at>`, `[@]`, French `(arobase)`,
 * Spanish `(arroba)`, German `(ät)`, Italian `(chiocciola)`; `[dot]`, `(point)`, `(punkt)`,
 * `(punto)`, `[.]`. Whitespace in the input is already collapsed to single spaces, so the optional
 * spaces are bounded and the pattern cannot backtrack over long runs.
 */
const OPEN = '[\\[({<]';
const CLOSE = '[\\])}>]';
const BRACKETED_AT = ` ?${OPEN} ?(?:at|@|arobase|arobas|arroba|chez|ät|aet|chiocciola|klammeraffe) ?${CLOSE} ?`;
const BRACKETED_DOT = ` ?${OPEN} ?(?:dot|point|punkt|punto|punt|period|\\.) ?${CLOSE} ?`;
/** `info(a)firma.de`: only between two word characters, so list markers like "(a) " stay. */
const PARENTHESISED_A = '(?<=[A-Za-z0-9])\\(a\\)(?=[A-Za-z0-9])';
const SPACED_AT_SIGN = ' @ ';
const OBFUSCATION_TOKEN = new RegExp(`(${BRACKETED_AT})|(${BRACKETED_DOT})|(${PARENTHESISED_A})|(${SPACED_AT_SIGN})`, 'gi');
/**
 * Addresses spelled out with bare words: `john at acme dot com`, `jane dot doe AT acme DOT co DOT uk`,
 * or mixed with symbols (`john@acme dot com`). Each piece has a bounded length and the match
 * cannot start inside a word, so matching stays linear in the text length.
 */
const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?';
const WORD_DOT = ' (?:dot|DOT|Dot) ';
const ANY_DOT = `(?:${WORD_DOT}|\\.)`;
const ANY_AT = ' (?:at|AT|At) |@';
const LOCAL_PIECE = "[A-Za-z0-9_%+'\\-]{1,64}";
const SPELLED_OUT_ADDRESS = new RegExp(`(?<![\\p{L}\\p{N}._%+'@\\-])(${LOCAL_PIECE}(?:${ANY_DOT}${LOCAL_PIECE}){0,3})(${ANY_AT})(${LABEL}(?:${ANY_DOT}${LABEL}){1,4})(?![A-Za-z0-9\\-]|\\.[A-Za-z0-9])`, 'gu');
const WORD_DOT_GLOBAL = new RegExp(WORD_DOT, 'g');
/**
 * Words that precede " at " or follow it in ordinary prose ("look at the dot com bubble",
 * "we are at home dot com"), never as a local part or first domain label of a spelled-out address.
 */
const PROSE_WORDS_BEFORE_AT = new Set([
    'me',
    'us',
    'him',
    'her',
    'them',
    'you',
    'it',
    'we',
    'they',
    'i',
    'is',
    'are',
    'was',
    'were',
    'be',
    'been',
    'being',
    'am',
    'look',
    'looks',
    'looking',
    'looked',
    'arrive',
    'arrived',
    'meet',
    'met',
    'stay',
    'stayed',
    'live',
    'lives',
    'living',
    'work',
    'works',
    'worked',
    'working',
    'located',
    'based',
    'available',
    'open',
    'here',
    'there',
    'this',
    'that',
    'and',
    'or',
    'but',
    'not',
    'only',
    'just',
    'even',
    'still',
    'all',
    'up',
    'out',
    'in',
    'on',
    'off',
    'back',
    'home',
    'visit',
    'find',
    'found',
    'reach',
    'call',
    'started',
    'start',
    'began',
    'born',
    'aimed',
    'targeted',
    'priced',
    'sold',
    'bought',
    'good',
    'great',
    'best',
    'better',
    'bad',
    'well',
]);
const PROSE_WORDS_AFTER_AT = new Set([
    'the',
    'a',
    'an',
    'this',
    'that',
    'these',
    'those',
    'our',
    'my',
    'your',
    'his',
    'her',
    'its',
    'their',
    'home',
    'work',
    'least',
    'most',
    'all',
    'any',
    'some',
    'no',
    'first',
    'last',
    'once',
    'times',
    'le',
    'la',
    'les',
    'un',
    'une',
    'des',
    'du',
    'notre',
    'votre',
    'der',
    'die',
    'das',
    'el',
    'los',
    'il',
    'lo',
]);
/** Characters of an unquoted local part as written in running text. */
function isLocalPartCharacter(code) {
    return ((code >= 0x61 && code <= 0x7a) ||
        (code >= 0x41 && code <= 0x5a) ||
        (code >= 0x30 && code <= 0x39) ||
        code === 0x2e ||
        code === 0x5f ||
        code === 0x25 ||
        code === 0x2b ||
        code === 0x2d ||
        code === 0x27);
}
function isDomainCharacter(code) {
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x2e || code === 0x2d;
}
/**
 * True when `character` would continue the surrounding word, so the address is only part of it
 * ("andré.dupont@…" must not yield "dupont@…"). Letters of other scripts start a new word: in
 * Chinese or Japanese text an address often follows the label with no space ("邮箱info@…").
 */
function continuesWord(character) {
    if (character === undefined)
        return false;
    if (character === '_' || character === '@')
        return true;
    return character.charCodeAt(0) > 0x7f && /[\p{Script=Latin}\p{M}]/u.test(character);
}
/**
 * Cuts a domain taken greedily from running text back to the part that belongs to the address:
 * drops trailing dots and hyphens (end of sentence) and words glued to it by markup without
 * spaces (`acme.frTel`, `acme.com.Next`).
 * @returns the domain as written, or `null` when the address is glued to a longer word
 */
function trimGreedyDomain(raw, following) {
    let domain = raw.replace(/[.-]+$/, '');
    let endsAtBoundary = domain.length < raw.length || !continuesWord(following);
    const lastDot = domain.lastIndexOf('.');
    if (lastDot === -1)
        return null;
    const lastLabel = domain.slice(lastDot + 1);
    const camelJoin = /[a-z][A-Z]/.exec(lastLabel);
    const head = domain.slice(0, lastDot);
    if (camelJoin !== null) {
        domain = domain.slice(0, lastDot + 1 + camelJoin.index + 1);
        endsAtBoundary = true;
    }
    else if (/^[A-Z][a-z]+$/.test(lastLabel) && head.includes('.') && /^[a-z0-9.-]+$/.test(head)) {
        domain = head;
        endsAtBoundary = true;
    }
    return endsAtBoundary ? domain : null;
}
/** Whether the `:` at `colon` follows `scheme://user` (bounded look-back). */
function isUrlUserinfo(text, colon) {
    const from = Math.max(0, colon - 120);
    const before = text.slice(from, colon);
    const lastSpace = before.lastIndexOf(' ');
    return /[a-z][a-z0-9+.-]*:\/\/[^\s/@]*$/i.test(before.slice(lastSpace + 1));
}
/**
 * Sites whose name follows " @ " in prose ("Follow us @ twitter.com", "Retrouvez-nous @
 * facebook.com/acme"): a spaced "@" before them is not an obfuscated address.
 */
const PLATFORM_DOMAINS = new Set([
    'twitter.com',
    'x.com',
    'facebook.com',
    'fb.com',
    'instagram.com',
    'linkedin.com',
    'youtube.com',
    'tiktok.com',
    'pinterest.com',
    'github.com',
    'medium.com',
    'threads.net',
    'threads.com',
    'bsky.app',
    'snapchat.com',
    'vimeo.com',
    'flickr.com',
    'xing.com',
    'whatsapp.com',
    'wa.me',
    't.me',
    'discord.gg',
    'twitch.tv',
    'google.com',
    'maps.google.com',
]);
/** Words before a spaced " @ " in prose, folded. */
const PROSE_BEFORE_SPACED_AT = /(?:^|[^\p{L}])(?:us|me|nous|moi|uns|mich|nos|nosotros|ci|follow|join|find|suivez|rejoignez|retrouvez|folgen|siguenos|seguici|seguiteci|trouvez)(?:-nous)?$/iu;
/** Whether a spaced " @ " at `index` (match `length` long) sits in prose rather than in an address. */
function isProseSpacedAt(text, index, length) {
    const after = /^([A-Za-z0-9.-]{1,80})(\/)?/.exec(text.slice(index + length, index + length + 82));
    if (after &&
        (after[2] === '/' ||
            PLATFORM_DOMAINS.has(after[1]
                .toLowerCase()
                .replace(/^www\./, '')
                .replace(/\.$/, ''))))
        return true;
    const before = text.slice(Math.max(0, index - 40), index);
    return PROSE_BEFORE_SPACED_AT.test(before);
}
/** Finds plain `local@domain` addresses by expanding around each "@" (bounded work per "@"). */
function scanAtSigns(text, found) {
    for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
        let start = at;
        while (start > 0 && at - start <= MAX_LOCAL_PART_LENGTH && isLocalPartCharacter(text.charCodeAt(start - 1)))
            start -= 1;
        if (at - start > MAX_LOCAL_PART_LENGTH)
            continue;
        let end = at + 1;
        while (end < text.length && end - at - 1 <= MAX_DOMAIN_LENGTH && isDomainCharacter(text.charCodeAt(end)))
            end += 1;
        if (end - at - 1 > MAX_DOMAIN_LENGTH)
            continue;
        const before = start > 0 ? text[start - 1] : undefined;
        // "/" before the local part: a URL path ("cdn.example/npm/pkg@1.2.3") or userinfo ("//user@host").
        if (before === '/' || continuesWord(before))
            continue;
        // "https://user:password@host": the password of a URL's userinfo, not an address.
        if (before === ':' && isUrlUserinfo(text, start - 1))
            continue;
        while (start < at && (text[start] === '.' || text[start] === "'"))
            start += 1;
        const domain = trimGreedyDomain(text.slice(at + 1, end), text[end]);
        if (domain === null)
            continue;
        const address = cleanEmailCandidate(`${text.slice(start, at)}@${domain}`);
        if (address !== null)
            found.push({ address, start, end: at + 1 + domain.length });
    }
}
/** Finds addresses written with bare words ("john at acme dot com"). */
function scanSpelledOut(text, found) {
    for (const match of text.matchAll(SPELLED_OUT_ADDRESS)) {
        const [written, localPart, atToken, domain] = match;
        // Without a bare " dot " the address is either plain (scanAtSigns finds it) or too ambiguous
        // ("visit our shop at acme.com").
        if (!/ (?:dot|DOT|Dot) /.test(written))
            continue;
        const localWords = localPart.split(WORD_DOT_GLOBAL).map((word) => word.toLowerCase());
        const domainLabels = domain.split(/ (?:dot|DOT|Dot) |\./).map((label) => label.toLowerCase());
        if (PROSE_WORDS_AFTER_AT.has(domainLabels[0]))
            continue;
        // "at at dot dot": the stand-in words themselves are never parts of an address.
        if ([...localWords, ...domainLabels].some((part) => part === 'at' || part === 'dot'))
            continue;
        if (atToken !== '@' && PROSE_WORDS_BEFORE_AT.has(localWords[localWords.length - 1]))
            continue;
        const address = cleanEmailCandidate(`${localPart.replace(WORD_DOT_GLOBAL, '.')}@${domain.replace(WORD_DOT_GLOBAL, '.')}`);
        if (address !== null)
            found.push({ address, start: match.index, end: match.index + written.length });
    }
}
/** Maps offsets in a text with replacements back to offsets in the original text. */
class ReplacementOffsets {
    replacedStarts = [0];
    originalStarts = [0];
    /** Records that original text from `originalStart` appears from `replacedStart` on. */
    mark(replacedStart, originalStart) {
        this.replacedStarts.push(replacedStart);
        this.originalStarts.push(originalStart);
    }
    toOriginal(replacedOffset) {
        let low = 0;
        let high = this.replacedStarts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if (this.replacedStarts[middle] <= replacedOffset)
                low = middle;
            else
                high = middle - 1;
        }
        return this.originalStarts[low] + (replacedOffset - this.replacedStarts[low]);
    }
}
/** Replaces bracketed "@" and "." stand-ins with the symbols, remembering where text moved. */
function replaceObfuscationTokens(text) {
    const offsets = new ReplacementOffsets();
    const parts = [];
    let copiedUpTo = 0;
    let length = 0;
    for (const match of text.matchAll(OBFUSCATION_TOKEN)) {
        if (match[4] !== undefined && isProseSpacedAt(text, match.index, match[0].length))
            continue;
        const replacement = match[2] !== undefined ? '.' : '@';
        parts.push(text.slice(copiedUpTo, match.index), replacement);
        length += match.index - copiedUpTo;
        offsets.mark(length, match.index);
        length += replacement.length;
        copiedUpTo = match.index + match[0].length;
        offsets.mark(length, copiedUpTo);
    }
    parts.push(text.slice(copiedUpTo));
    return { text: parts.join(''), offsets };
}
/**
 * Finds the e-mail addresses in a text: plain ones, bracketed obfuscations
 * (`name [at] domain [dot] com`, `name(at)domain.com`, `name (arobase) domain (point) fr`) and
 * spelled-out ones (`name at domain dot com`). Every candidate goes through
 * {@link cleanEmailCandidate}. Work is linear in the text length: no pattern can backtrack over an
 * unbounded run of characters.
 *
 * @param text text with whitespace runs already collapsed to single spaces
 * @returns matches in order of position, possibly several per address
 */
export function findEmailsInText(text) {
    const { text: plain, offsets } = replaceObfuscationTokens(text);
    const found = [];
    scanAtSigns(plain, found);
    scanSpelledOut(plain, found);
    return found
        .map((match) => ({ address: match.address, start: offsets.toOriginal(match.start), end: offsets.toOriginal(match.end) }))
        .sort((left, right) => left.start - right.start);
}
//# sourceMappingURL=email-scan.js.map