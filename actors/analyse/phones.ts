/**
 * Phone numbers on a page: `tel:` links and numbers written in the visible text, normalised to
 * E.164 with libphonenumber-js (full metadata, so validity checks know each country's ranges).
 */
import { Parser } from 'htmlparser2';
import {
  parsePhoneNumberFromString,
  searchPhoneNumbersInText,
  type CountryCode,
  type PhoneNumber,
} from 'libphonenumber-js/max';
import type { PhoneHitPayload } from '../../schema/company.js';
import { htmlToVisibleText } from '../extract/emails.js';
import { foldText } from './fold-text.js';
import { cutAtNestingDepth } from './nesting-guard.js';

export { defaultRegionFor } from './phone-region.js';

/** A page to search for phone numbers. */
export interface PhonePage {
  readonly url: string;
  readonly html: string;
  /** Visible text; derived from `html` when empty. */
  readonly text: string;
}

/** Characters of visible text searched; the rest of a huge page is ignored. */
const MAX_TEXT_CHARS = 200_000;
/**
 * Size of the pieces the text is searched in. The phone matcher slows down on long runs of
 * digits and brackets; searching bounded pieces keeps the total cost linear in the text size.
 */
const SEARCH_CHUNK_CHARS = 10_000;
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
  'siret', 'siren', 'rcs', 'tva', 'vat', 'iban', 'bic', 'swift', 'ape', 'naf', 'capital', 'isbn',
  'issn', 'ean', 'gtin', 'sku', 'ref', 'reference', 'order', 'commande', 'invoice', 'facture',
  'licence', 'license', 'agrement', 'rpps', 'adeli', 'finess', 'uai', 'nda', 'ust-idnr', 'steuernummer',
  'handelsregister', 'hrb', 'kvk', 'btw', 'cif', 'nif', 'partita iva', 'abn', 'ein', 'duns',
];
/** Labels that announce a phone number; one closer to the number wins over an identifier label. */
const PHONE_LABELS = [
  'tel', 'tél', 'telephone', 'phone', 'fax', 'mobile', 'portable', 'gsm', 'call', 'appel', 'appelez',
  'hotline', 'standard', 'whatsapp', 'telefon', 'telefono', 'tlf', 'ph', 'mob', 'cell',
].map(foldText);

const LABEL_PATTERN = new RegExp(
  `(?:^|[^a-z0-9])(${[...IDENTIFIER_LABELS, ...PHONE_LABELS]
    .map((label) => label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|')})(?=$|[^a-z0-9])`,
  'g',
);
const PHONE_LABEL_SET: ReadonlySet<string> = new Set(PHONE_LABELS);

/** A `tel:` link: its href and the text it shows. */
interface TelLink {
  readonly href: string;
  readonly text: string;
}

function readTelLinks(html: string): TelLink[] {
  const links: TelLink[] = [];
  let openHref: string | null = null;
  let openText: string[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name !== 'a' || links.length >= MAX_TEL_LINKS) return;
        const href = (attributes.href ?? '').trim();
        if (/^tel:/i.test(href) && href.length <= MAX_TEL_HREF_CHARS) {
          openHref = href;
          openText = [];
        }
      },
      ontext(data) {
        if (openHref !== null && openText.length < 50) openText.push(data);
      },
      onclosetag(name) {
        if (name !== 'a' || openHref === null) return;
        links.push({ href: openHref, text: openText.join('').replace(/\s+/g, ' ').trim() });
        openHref = null;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return links;
}

/** The dialable part of a `tel:` href: percent-decoded, without parameters (`;ext=`, `?`). */
function telHrefNumber(href: string): string {
  let value = href.replace(/^tel:(?:\/\/)?/i, '');
  try {
    value = decodeURIComponent(value);
  } catch {
    // Keep the undecoded value: a stray `%` does not make the digits unreadable.
  }
  return value.split(/[;?]/)[0]!.trim();
}

function parseNumber(raw: string, region: CountryCode | null): PhoneNumber | undefined {
  try {
    return region === null ? parsePhoneNumberFromString(raw) : parsePhoneNumberFromString(raw, region);
  } catch {
    return undefined;
  }
}

/**
 * Whether a number found without a leading `+` was written the way people write phone numbers:
 * in national format (with the trunk prefix where the country dials one, `01 42…` in France) or
 * as country code + national number. Rejects digit runs the parser accepts only by supplying a
 * missing trunk prefix, such as a French SIREN `732 829 320` read as `07 32 82 93 20`.
 */
function writtenAsDialled(raw: string, phone: PhoneNumber): boolean {
  if (raw.trimStart().startsWith('+')) return true;
  let digits = raw.replace(/\D/g, '');
  if (phone.ext && digits.endsWith(phone.ext)) digits = digits.slice(0, -phone.ext.length);
  const national = parsePhoneNumberFromString(phone.number)?.formatNational().replace(/\D/g, '');
  const { countryCallingCode, nationalNumber } = phone;
  return (
    digits === national ||
    digits === countryCallingCode + nationalNumber ||
    digits === `00${countryCallingCode}${nationalNumber}` ||
    digits === `011${countryCallingCode}${nationalNumber}`
  );
}

/** Whether the label nearest before a match on its line names an identifier, not a phone. */
function labelledAsIdentifier(text: string, start: number): boolean {
  const windowStart = Math.max(0, start - LABEL_WINDOW_CHARS);
  const before = text.slice(windowStart, start);
  const line = foldText(before.slice(before.lastIndexOf('\n') + 1));
  let lastLabel: string | null = null;
  LABEL_PATTERN.lastIndex = 0;
  for (let match = LABEL_PATTERN.exec(line); match !== null; match = LABEL_PATTERN.exec(line)) {
    lastLabel = match[1]!;
  }
  return lastLabel !== null && !PHONE_LABEL_SET.has(lastLabel);
}

/**
 * The phone numbers on a page, in E.164, one hit per number (first occurrence wins):
 * - every `tel:` link whose number is possible (region-less links need a `+`), `raw` being the
 *   link text when it shows the same number, else the href's number;
 * - numbers in the visible text that are valid for their country: international `+` numbers
 *   always, national ones only with a `defaultRegion` and only when written in national format.
 *   Dates, years, prices, postcodes, version numbers and identifiers (SIRET/SIREN, VAT, IBAN,
 *   order references) are not numbers.
 *
 * @param defaultRegion country whose numbering plan applies to numbers without `+`
 *   (see {@link defaultRegionFor}); null to accept international numbers only.
 */
export function extractPhones(page: PhonePage, defaultRegion: CountryCode | null): PhoneHitPayload[] {
  const hits = new Map<string, PhoneHitPayload>();
  const add = (number: string, raw: string): void => {
    if (!hits.has(number)) hits.set(number, { number, raw, pageUrl: page.url });
  };

  const html = cutAtNestingDepth(page.html);
  for (const link of readTelLinks(html)) {
    const hrefNumber = telHrefNumber(link.href);
    const phone = parseNumber(hrefNumber, defaultRegion);
    if (phone === undefined || !phone.isPossible()) continue;
    const shown = link.text.length > 0 && link.text.length <= 40 ? parseNumber(link.text, defaultRegion) : undefined;
    add(phone.number, shown?.number === phone.number ? link.text : hrefNumber);
  }

  const fullText = page.text.trim().length > 0 ? page.text : htmlToVisibleText(html);
  const text = fullText.length > MAX_TEXT_CHARS ? fullText.slice(0, MAX_TEXT_CHARS) : fullText;
  for (const chunk of textChunks(text)) {
    const matches = defaultRegion === null
      ? searchPhoneNumbersInText(chunk.text)
      : searchPhoneNumbersInText(chunk.text, { defaultCountry: defaultRegion });
    for (const match of matches) {
      const raw = chunk.text.slice(match.startsAt, match.endsAt);
      if (!match.number.isValid() || !writtenAsDialled(raw, match.number)) continue;
      if (labelledAsIdentifier(text, chunk.offset + match.startsAt)) continue;
      add(match.number.number, raw);
    }
  }
  return [...hits.values()];
}

/**
 * Splits text into pieces of at most {@link SEARCH_CHUNK_CHARS}, cutting after a line break
 * (else after a space, else anywhere) so a number is rarely cut in two.
 */
function* textChunks(text: string): Generator<{ readonly text: string; readonly offset: number }> {
  let offset = 0;
  while (offset < text.length) {
    let end = Math.min(text.length, offset + SEARCH_CHUNK_CHARS);
    if (end < text.length) {
      const lineBreak = text.lastIndexOf('\n', end);
      const space = text.lastIndexOf(' ', end);
      if (lineBreak > offset) end = lineBreak + 1;
      else if (space > offset) end = space + 1;
    }
    yield { text: text.slice(offset, end), offset };
    offset = end;
  }
}
