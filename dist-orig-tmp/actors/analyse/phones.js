/**
 * Phone numbers on a page: `tel:` links and numbers written in the visible text, normalised to
 * E.164 with libphonenumber-js (full metadata, so validity checks know each country's ranges).
 */
import { Parser } from 'htmlparser2';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { htmlToVisibleText } from '../extract/emails.js';
import { foldText } from './fold-text.js';
import { cutAtNestingDepth } from './nesting-guard.js';
import { wordSet } from '../word-set.js';
export { defaultRegionFor } from './phone-region.js';
/** Characters of visible text searched; the rest of a huge page is ignored. */
const MAX_TEXT_CHARS = 200_000;
/**
 * A run of characters a written phone number is made of: digits, spaces, brackets, dots,
 * slashes and dashes, possibly opened by `+` or `(`. The bounded repetition keeps the scan
 * linear in the text size (at most 32 characters are looked at from each start).
 */
const CANDIDATE = /(?<![\p{L}\p{N}])[+(]?[0-9(][0-9 \u00a0\u2009\u202f()./\u2010-\u2013-]{4,30}[0-9]/gu;
/** Separators a candidate run is split at when it holds several numbers or a leading code. */
const TOKEN_SEPARATOR = /[ \u00a0\u2009\u202f/]+/;
/** Tokens (digit groups) of one candidate tried together at most. */
const MAX_TOKENS = 12;
/** Digits a phone number has at least and at most (extensions excluded). */
const MIN_DIGITS = 6;
const MAX_DIGITS = 15;
/** Dates written with dots, slashes or dashes (`09.07.2027`, `12/03/24`, `2024-03-12`). */
const DATE = /^(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}[./-]\d{1,2}[./-]\d{1,2})$/;
/** Countries whose trunk `0` is dialled after the country code too (Italy, San Marino, Vatican). */
const KEEPS_LEADING_ZERO = new Set(['39', '378', '379']);
/** `tel:` links read per page. */
const MAX_TEL_LINKS = 500;
/** Longest `tel:` href considered (anything longer is not a phone number). */
const MAX_TEL_HREF_CHARS = 200;
/** Characters of the same line before a number searched for a label naming what it is. */
const LABEL_WINDOW_CHARS = 40;
/**
 * Labels of identifiers that are digit runs a phone parser can mistake for a number (company
 * registration, tax, bank, product and order references), folded (lower case, no accents).
 */
const IDENTIFIER_LABELS = [
    'siret',
    'siren',
    'rcs',
    'tva',
    'vat',
    'iban',
    'bic',
    'swift',
    'ape',
    'naf',
    'capital',
    'isbn',
    'issn',
    'ean',
    'gtin',
    'sku',
    'ref',
    'reference',
    'order',
    'commande',
    'invoice',
    'facture',
    'licence',
    'license',
    'agrement',
    'rpps',
    'adeli',
    'finess',
    'uai',
    'nda',
    'ust-idnr',
    'steuernummer',
    'handelsregister',
    'hrb',
    'kvk',
    'btw',
    'cif',
    'nif',
    'partita iva',
    'abn',
    'ein',
    'duns',
    'iva',
    'p.iva',
    'piva',
    'codice fiscale',
    'rea',
    'cin',
    'hra',
    'vr',
    'pr',
    'ust',
    'ust-id',
    'gst',
    'hst',
    'charity',
    'registered',
    'company no',
    'companies house',
    'insurance id',
    'orias',
    'declaration d activite',
    'qualiopi',
];
/** Labels that announce a phone number; one closer to the number wins over an identifier label. */
const PHONE_LABELS = 'tel tél telephone phone fax mobile portable gsm call appel appelez hotline standard whatsapp telefon telefono tlf ph mob cell telecopie telefax durchwahl mobil handy movil cellulare cel cellphone tel. switchboard zentrale centralino reservations reservas prenotazioni'
    .split(' ')
    .map(foldText);
/** Labels that make the number a fax. */
const FAX_LABELS = new Set(['fax', 'telecopie', 'telefax']);
/** Labels that make the number a mobile where the numbering plan cannot tell (North America). */
const MOBILE_LABELS = wordSet('mobile portable gsm mob cell mobil handy movil cellulare cel cellphone whatsapp');
const LABEL_PATTERN = new RegExp(`(?:^|[^a-z0-9])(${[...IDENTIFIER_LABELS, ...PHONE_LABELS].map((label) => label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?=$|[^a-z0-9])`, 'g');
const PHONE_LABEL_SET = new Set(PHONE_LABELS);
function readTelLinks(html) {
    const links = [];
    let openHref = null;
    let openText = [];
    const parser = new Parser({
        onopentag(name, attributes) {
            if (name !== 'a' || links.length >= MAX_TEL_LINKS)
                return;
            const href = (attributes.href ?? '').trim();
            if (/^tel:/i.test(href) && href.length <= MAX_TEL_HREF_CHARS) {
                openHref = href;
                openText = [];
            }
        },
        ontext(data) {
            if (openHref !== null && openText.length < 50)
                openText.push(data);
        },
        onclosetag(name) {
            if (name !== 'a' || openHref === null)
                return;
            links.push({ href: openHref, text: openText.join('').replace(/\s+/g, ' ').trim() });
            openHref = null;
        },
    }, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
    parser.end(html);
    return links;
}
/** The dialable part of a `tel:` href: percent-decoded, without parameters (`;ext=`, `?`). */
function telHrefNumber(href) {
    let value = href.replace(/^tel:(?:\/\/)?/i, '');
    try {
        value = decodeURIComponent(value);
    }
    catch {
        // Keep the undecoded value: a stray `%` does not make the digits unreadable.
    }
    return value.split(/[;?]/)[0].trim();
}
function parseNumber(raw, region) {
    try {
        return region === null ? parsePhoneNumberFromString(raw) : parsePhoneNumberFromString(raw, region);
    }
    catch {
        return undefined;
    }
}
/**
 * Whether a number found without a leading `+` was written the way people write phone numbers:
 * in national format (with the trunk prefix where the country dials one, `01 42…` in France) or
 * as country code + national number. Rejects digit runs the parser accepts only by supplying a
 * missing trunk prefix, such as a French SIREN `732 829 320` read as `07 32 82 93 20`.
 */
function writtenAsDialled(raw, phone) {
    if (raw.trimStart().startsWith('+'))
        return true;
    let digits = raw.replace(/\D/g, '');
    if (phone.ext && digits.endsWith(phone.ext))
        digits = digits.slice(0, -phone.ext.length);
    const national = parsePhoneNumberFromString(phone.number)?.formatNational().replace(/\D/g, '');
    const { countryCallingCode, nationalNumber } = phone;
    return (digits === national ||
        digits === countryCallingCode + nationalNumber ||
        digits === `00${countryCallingCode}${nationalNumber}` ||
        digits === `011${countryCallingCode}${nationalNumber}`);
}
/** The label nearest before `start` on its line (within {@link LABEL_WINDOW_CHARS}), folded, or null. */
function nearestLabel(text, start) {
    const windowStart = Math.max(0, start - LABEL_WINDOW_CHARS);
    const before = text.slice(windowStart, start);
    const line = foldText(before.slice(before.lastIndexOf('\n') + 1));
    let lastLabel = null;
    LABEL_PATTERN.lastIndex = 0;
    for (let match = LABEL_PATTERN.exec(line); match !== null; match = LABEL_PATTERN.exec(line)) {
        lastLabel = match[1];
    }
    return lastLabel;
}
/** PHONE, FAX (by its label) or MOBILE (by the numbering plan, else by its label). */
function phoneKind(phone, label) {
    if (label !== null && FAX_LABELS.has(label))
        return 'FAX';
    const type = phone.getType();
    if (type === 'MOBILE')
        return 'MOBILE';
    if (type === 'FIXED_LINE_OR_MOBILE' && label !== null && MOBILE_LABELS.has(label))
        return 'MOBILE';
    return 'PHONE';
}
/** Writings of one candidate to try: as is, `(+33) 05…` → `+33 5…`, `+33 05…` → `+33 5…`. */
function variants(raw) {
    const out = [raw];
    const bracketedCode = raw.replace(/^\(\+(\d{1,3})\)/, '+$1');
    if (bracketedCode !== raw)
        out.push(bracketedCode);
    const last = out[out.length - 1];
    const trunk = /^\+(\d{1,3})[\s.\-\u00a0]*(?:\(0\)|0)(?=[\s.\-\u00a0]*\d)/.exec(last);
    if (trunk && !KEEPS_LEADING_ZERO.has(trunk[1]))
        out.push(`+${trunk[1]} ${last.slice(trunk[0].length)}`);
    return out;
}
function countDigits(text) {
    let n = 0;
    for (let i = 0; i < text.length; i += 1) {
        const c = text.charCodeAt(i);
        if (c >= 48 && c <= 57)
            n += 1;
    }
    return n;
}
/**
 * The number a piece of text is, if it is one written the way people write phone numbers:
 * valid for its country, international (`+`, `00`) or in the national format of one of
 * `regions`, never a date.
 */
function readNumber(raw, regions, stats) {
    const trimmed = raw.replace(/^[\s.\-/)]+|[\s.\-/(]+$/g, '');
    const digits = countDigits(trimmed);
    if (digits < MIN_DIGITS || digits > MAX_DIGITS + 2 || DATE.test(trimmed))
        return undefined;
    if (/^\d{1,2}[.:]\d{2}\s*[-–]\s*\d{1,2}[.:]\d{2}$/.test(trimmed))
        return undefined;
    const international = trimmed.startsWith('+') || trimmed.startsWith('(+') || /^00\s?[1-9]/.test(trimmed);
    for (const variant of variants(trimmed)) {
        const tries = international ? [regions[0] ?? null] : [...regions];
        for (const region of tries) {
            if (stats)
                stats.parses += 1;
            const phone = parseNumber(variant, region);
            if (phone?.isValid() && (international || writtenAsDialled(variant, phone)))
                return phone;
        }
    }
    return undefined;
}
/**
 * The phone numbers on a page, in E.164, one hit per number (first occurrence wins):
 * - every `tel:` link whose number is possible (region-less links need a `+`), `raw` being the
 *   link text when it shows the same number, else the href's number;
 * - numbers in the visible text that are valid for their country: international ones (`+33`,
 *   `(+33) 05…`, `+49 (0)89…`, `0033…`) always, national ones in the national format of
 *   `defaultRegion` (or of `fallbackRegions` when it is null). A number glued after other digit
 *   groups (`BP 123 CS 30012 01 42 68 53 00`) is found; dates, years, prices, postcodes, version
 *   numbers, SVG and CSS numbers and labelled identifiers (SIRET/SIREN, VAT, IBAN, register
 *   numbers, order references) are not numbers. Letters end a number (vanity numbers such as
 *   `1-800-FLOWERS` are ignored).
 * - `kind` is FAX when labelled so (`Fax`, `Télécopie`), MOBILE when the numbering plan (or, in
 *   North America, the label) says so, else PHONE.
 *
 * Linear in the page size: each candidate run is at most 32 characters and is split into at
 * most {@link MAX_TOKENS} digit groups.
 *
 * @param defaultRegion country whose numbering plan applies to numbers without `+`
 *   (see {@link defaultRegionFor}); null to accept international numbers only (or the fallbacks).
 */
export function extractPhones(page, defaultRegion, options = {}) {
    const regions = defaultRegion !== null ? [defaultRegion] : [...(options.fallbackRegions ?? [])];
    const hits = new Map();
    const add = (phone, raw, label) => {
        if (!hits.has(phone.number))
            hits.set(phone.number, { number: phone.number, raw, pageUrl: page.url, kind: phoneKind(phone, label) });
    };
    const html = cutAtNestingDepth(page.html);
    for (const link of readTelLinks(html)) {
        const hrefNumber = telHrefNumber(link.href);
        let phone = parseNumber(hrefNumber, regions[0] ?? null);
        if (!phone?.isPossible()) {
            phone = regions.length > 1 ? readNumber(hrefNumber, regions.slice(1), options.stats) : undefined;
            if (phone === undefined)
                continue;
        }
        const shown = link.text.length > 0 && link.text.length <= 40 ? parseNumber(link.text, regions[0] ?? null) : undefined;
        add(phone, shown?.number === phone.number ? link.text : hrefNumber, null);
    }
    const fullText = page.text.trim().length > 0 ? page.text : htmlToVisibleText(html);
    const text = fullText.length > MAX_TEXT_CHARS ? fullText.slice(0, MAX_TEXT_CHARS) : fullText;
    CANDIDATE.lastIndex = 0;
    for (let match = CANDIDATE.exec(text); match !== null; match = CANDIDATE.exec(text)) {
        readCandidate(text, match.index, match[0], regions, options.stats, add);
    }
    return [...hits.values()];
}
/** Positions (in digits from the start) where digit groups end, the last one excluded. */
function groupEnds(text) {
    const ends = [];
    let digits = 0;
    for (const group of text.split(/\D+/).filter(Boolean)) {
        digits += group.length;
        ends.push(digits);
    }
    ends.pop();
    return ends;
}
/**
 * Whether the digit groups of `raw` end where the country's own formats end theirs (`01 42 68
 * 53 00`, `(415) 555-2671`), not at random (`2024 415 555` is no US number).
 */
function groupedAsWritten(raw, phone) {
    const trimmed = raw.trim();
    const international = trimmed.startsWith('+') || trimmed.startsWith('(+') || trimmed.startsWith('00');
    const formatted = international ? phone.formatInternational() : phone.formatNational();
    const offset = trimmed.startsWith('00') ? 2 : 0;
    const allowed = new Set(groupEnds(formatted).map((end) => end + offset));
    if (offset > 0)
        allowed.add(offset);
    return groupEnds(trimmed).every((end) => allowed.has(end));
}
/**
 * Reads the numbers of one candidate run: the whole run, else its longest leading or trailing
 * digit groups that are numbers, left to right (`30012 01 42 68 53 00` → `01 42 68 53 00`; two
 * numbers glued together → both).
 */
function readCandidate(text, offset, run, regions, stats, add) {
    const tokens = [];
    const separator = new RegExp(TOKEN_SEPARATOR.source, 'g');
    let position = 0;
    for (let m = separator.exec(run); m !== null && tokens.length < MAX_TOKENS; m = separator.exec(run)) {
        if (m.index > position)
            tokens.push({ start: position, end: m.index });
        position = m.index + m[0].length;
    }
    if (position < run.length && tokens.length < MAX_TOKENS)
        tokens.push({ start: position, end: run.length });
    let i = 0;
    while (i < tokens.length) {
        let found = false;
        for (let j = tokens.length; j > i; j -= 1) {
            // A number is the whole run, or starts or ends it: never digit groups in its middle.
            if (i > 0 && j < tokens.length)
                continue;
            const raw = run.slice(tokens[i].start, tokens[j - 1].end);
            const digits = countDigits(raw);
            if (digits < MIN_DIGITS)
                break;
            if (digits > MAX_DIGITS + 2)
                continue;
            const phone = readNumber(raw, regions, stats);
            if (phone === undefined)
                continue;
            // Cut out of a longer run, the number must be grouped as its country writes it.
            if ((i > 0 || j < tokens.length) && !groupedAsWritten(raw, phone))
                continue;
            const start = offset + tokens[i].start;
            const label = nearestLabel(text, start);
            if (label === null || PHONE_LABEL_SET.has(label))
                add(phone, raw.trim(), label);
            i = j;
            found = true;
            break;
        }
        if (!found)
            i += 1;
    }
}
//# sourceMappingURL=phones.js.map