/**
 * The people one page presents: names next to a job title in cards, lists, tables and
 * definition lists; names after a legal-notice label (`Gérant :`, `Geschäftsführer:`) or a
 * press-contact label; h-card/vCard and schema.org microdata; JSON-LD `Person`, `founder`,
 * `employee`; `mailto:` links whose text or card names someone. Each person comes with the
 * e-mail, phone and LinkedIn profile of their card. Names inside testimonials, quotations,
 * menus and web-agency credits are ignored, and a name alone (a heading, a street) is never
 * a person without something that says so.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { parseJsonLd } from '../analyse/json-ld-organization.js';
import { isInside, readPageSegments } from './page-segments.js';
import { parsePersonName } from './person-name.js';
import { isPressContactLabel, roleSeniority } from './roles.js';
import { lastNameSpellingVariants, mailSpellingVariants } from './transliterate.js';
/** Most people read from one page (a page of 10,000 names yields this many). */
export const MAX_PEOPLE_PER_PAGE = 200;
/** Segments a name may have around it and still form one card with them. */
const MAX_CARD_SEGMENTS = 12;
/** Segments after a name searched for its role when the card is larger. */
const WINDOW_SEGMENTS = 4;
/** Labels of legal notices naming who runs or represents the company (folded words appear in roles.ts). */
const LEGAL_LABEL = /^(?:directeur|directrice|responsable|g[ée]rant|g[ée]rante|co-?g[ée]rant|pr[ée]sident|pdg|gesch[äa]ftsf[üu]hr|vertretungsberecht|vertreten durch|inhaber|vorstand|managing director|director|owner|amministratore|legale rappresentante|rappresentante legale|titolare|administrador|director|gerente|propietari)/i;
/** Credits of the site's makers and hosts: names near these words belong to an agency. */
const CREDIT_WORDS = /r[ée]alis[ée]|r[ée]alisation|conception|cr[ée]ation du site|webdesign|web design|design by|designed by|developed by|site by|made by|powered by|h[ée]berg|hosting|hosted by|umsetzung|gestaltung|realisierung|programmierung|bildnachweis|fotos?:|photos?:|cr[ée]dits|dise[ñn]o web|desarrollo web|realizzazione|sviluppo web|progettazione sito|fotografie|photograph/i;
const QUOTE_TEXT = /^[«“"„‚‘].{20,}/;
/** A quotation: opens or closes with quotation marks. */
const QUOTED = /^\s*[«“"„‚‘]|[»”"“‘’]\s*$/;
/** Elements too broad to be one person's card. */
const PAGE_LEVEL = new Set(['#root', 'html', 'body', 'main']);
const EMAIL_TEXT = /^[a-z0-9._%+-]{1,64}@[a-z0-9.-]{1,253}\.[a-z]{2,24}$/i;
const PHONE_TEXT = /^(?:t[ée]l[ée]?(?:phone|fon|fono)?\.?|tel\.?|phone|mobile?|mobil|portable|handy|cell(?:ulare)?\.?|m[óo]vil|tlf\.?|tfno\.?|fon|direct|durchwahl|m\.|t\.)?\s*:?\s*(\+?[\d(][\d\s()./-]{6,22}\d)$/i;
const PART_SEPARATORS = /\s*[,|•·]\s*|\s+[–—-]\s+|\s*[:：]\s*|\s*\(\s*|\s*\)\s*/;
function splitParts(text) {
    return text
        .split(PART_SEPARATORS)
        .map((p) => p.trim())
        .filter(Boolean);
}
function mailtoAddress(href) {
    if (!/^mailto:/i.test(href))
        return null;
    let address = href.slice(7).split('?')[0].trim();
    try {
        address = decodeURIComponent(address);
    }
    catch {
        /* keep as written */
    }
    address = address.split(',')[0].trim().toLowerCase();
    return EMAIL_TEXT.test(address) ? address : null;
}
function phoneOf(text, region) {
    const parsed = parsePhoneNumberFromString(text, region ?? undefined);
    return parsed?.isValid() ? parsed.number : null;
}
function telLink(href, region) {
    return /^tel:/i.test(href) ? phoneOf(decodeURIComponent(href.slice(4)).replace(/[^\d+]/g, ''), region) : null;
}
function linkedinProfile(href) {
    try {
        const url = new URL(href);
        if (!/(?:^|\.)linkedin\.com$/i.test(url.hostname) || !/^\/in\/[^/]+/i.test(url.pathname))
            return null;
        return `https://www.linkedin.com${url.pathname.replace(/\/+$/, '')}`;
    }
    catch {
        return null;
    }
}
/** Whether an address's local part spells the person's name (any common pattern). */
export function addressMatchesName(address, name) {
    const local = address.split('@')[0].toLowerCase();
    const firsts = mailSpellingVariants(name.firstName);
    const lasts = lastNameSpellingVariants(name.lastName);
    for (const first of firsts) {
        for (const last of lasts) {
            const f = first[0];
            if ([
                `${first}.${last}`,
                `${first}${last}`,
                `${first}_${last}`,
                `${first}-${last}`,
                `${f}.${last}`,
                `${f}${last}`,
                `${f}-${last}`,
                `${f}_${last}`,
                `${last}.${first}`,
                `${last}${first}`,
                `${last}${f}`,
                `${last}.${f}`,
                `${first}.${last[0]}`,
                `${first}${last[0]}`,
                first,
                last,
            ].includes(local)) {
                return true;
            }
        }
    }
    return false;
}
function factsOf(ctx, name, links, items) {
    let email = null;
    let phone = null;
    let linkedinUrl = null;
    const addresses = [];
    for (const link of links) {
        const address = mailtoAddress(link.href);
        if (address)
            addresses.push(address);
        phone ??= telLink(link.href, ctx.region);
        linkedinUrl ??= linkedinProfile(link.href);
    }
    for (const item of items) {
        if (EMAIL_TEXT.test(item.text))
            addresses.push(item.text.toLowerCase());
        const phoneMatch = PHONE_TEXT.exec(item.text);
        if (phoneMatch)
            phone ??= phoneOf(phoneMatch[1], ctx.region);
    }
    // The card's address that spells the name, else its only address.
    email = addresses.find((a) => addressMatchesName(a, name)) ?? (new Set(addresses).size === 1 ? addresses[0] : null);
    return { email, phone, linkedinUrl };
}
/** Whether a segment is inside a marked person card (h-card…): that card speaks for itself. */
function insideOtherPersonCard(ctx, segment) {
    return ctx.page.cards.some((c) => isInside(segment.block, c));
}
function linksIn(ctx, from, to, card) {
    return ctx.page.links.filter((l) => (card ? isInside(l.block, card) : true) && l.position >= from && l.position < to && !ctx.page.cards.some((c) => isInside(l.block, c)));
}
function excludedSegment(segment) {
    return segment.block.excluded || QUOTE_TEXT.test(segment.text) || CREDIT_WORDS.test(segment.text);
}
/** The smallest element around a segment that holds another segment too. */
function cardOf(segment) {
    let element = segment.block;
    while (element.parent && element.segEnd - element.segStart < 2)
        element = element.parent;
    return element;
}
function cardMentionsCredits(ctx, card) {
    if (card.segEnd - card.segStart > MAX_CARD_SEGMENTS)
        return false;
    for (let s = card.segStart; s < card.segEnd; s++) {
        const segment = ctx.page.segments[s];
        if (CREDIT_WORDS.test(segment.text))
            return true;
    }
    return false;
}
function roleItem(text) {
    if (/[@\d]/.test(text))
        return null;
    const seniority = roleSeniority(text);
    return seniority ? { role: text.replace(/\s*[:：]\s*$/, ''), seniority } : null;
}
const SENIORITY_ORDER = ['UNKNOWN', 'STAFF', 'MANAGER', 'OWNER_EXECUTIVE'];
const higher = (a, b) => (SENIORITY_ORDER.indexOf(a) >= SENIORITY_ORDER.indexOf(b) ? a : b);
function fromStructure(ctx, found) {
    const names = [];
    for (let i = 0; i < ctx.items.length; i++) {
        const item = ctx.items[i];
        if (excludedSegment(ctx.page.segments[item.segment]))
            continue;
        const name = parsePersonName(item.text);
        if (name)
            names.push({ index: i, name });
    }
    const claimedRoles = new Set();
    for (let k = 0; k < names.length && found.length < MAX_PEOPLE_PER_PAGE; k++) {
        const { index, name } = names[k];
        const item = ctx.items[index];
        const segment = ctx.page.segments[item.segment];
        const card = cardOf(segment);
        if (cardMentionsCredits(ctx, card))
            continue;
        // A name right after a quotation signs it: a testimonial or a quoted author.
        const previous = ctx.page.segments[item.segment - 1];
        if (previous && previous.block !== segment.block && QUOTED.test(previous.text))
            continue;
        if (insideOtherPersonCard(ctx, segment))
            continue;
        const small = card.segEnd - card.segStart <= MAX_CARD_SEGMENTS && !PAGE_LEVEL.has(card.tag);
        const next = names[k + 1];
        const nextInCard = next && ctx.items[next.index].segment < card.segEnd ? next.index : null;
        const prev = names[k - 1];
        const firstNameOfCard = !prev || ctx.items[prev.index].segment < card.segStart;
        const cardFirstItem = ctx.firstItem[card.segStart] ?? index;
        const cardEndItem = card.segEnd < ctx.firstItem.length ? ctx.firstItem[card.segEnd] : ctx.items.length;
        const from = small && firstNameOfCard ? cardFirstItem : index;
        let to = nextInCard ?? cardEndItem;
        const windowEndSegment = item.segment + WINDOW_SEGMENTS + 1;
        if (!small)
            to = Math.min(to, windowEndSegment < ctx.firstItem.length ? ctx.firstItem[windowEndSegment] : ctx.items.length, cardEndItem);
        if (to <= index)
            to = index + 1;
        // The role: the nearest role after the name in its range, else a label right before it.
        let role = null;
        let roleBefore = false;
        let press = false;
        for (let i = index + 1; i < to && !role; i++) {
            if (parsePersonName(ctx.items[i].text))
                break;
            if (ctx.page.segments[ctx.items[i].segment].block.excluded)
                continue;
            role = roleItem(ctx.items[i].text);
            if (!role)
                continue;
            claimedRoles.add(i);
            // `Expert-comptable associée, fondatrice`: one role written in several parts of one line.
            for (let j = i + 1; j < to && ctx.items[j].segment === ctx.items[i].segment; j++) {
                const text = ctx.items[j].text;
                // A lower-case continuation (`direzione lavori`) belongs to the role; `Lyon` does not.
                const isLinkText = ctx.page.links.some((l) => l.position === ctx.items[j].segment && l.text === text);
                const more = roleItem(text) ?? (/^\p{Ll}[\p{L} '’-]{2,40}$/u.test(text) && !isLinkText ? { role: text, seniority: 'UNKNOWN' } : null);
                if (!more)
                    break;
                claimedRoles.add(j);
                role = { role: `${role.role}, ${more.role}`, seniority: higher(role.seniority, more.seniority) };
            }
        }
        // `Partner: Thomas Hoffmann, Selin Yılmaz`: names listed after one label share it.
        let labelEnd = index - 1;
        while (labelEnd >= cardFirstItem && ctx.items[labelEnd].segment === item.segment && parsePersonName(ctx.items[labelEnd].text))
            labelEnd--;
        for (let i = labelEnd; i >= Math.max(cardFirstItem, labelEnd - 1, 0); i--) {
            const beforeItem = ctx.items[i];
            const beforeSegment = ctx.page.segments[beforeItem.segment];
            if (beforeSegment.block.excluded)
                break;
            // `Registered in England No. 123. Managing Director: Helen Carter`: the label is the last sentence.
            const before = beforeItem.text.split(/[.;]\s+/).at(-1);
            if (parsePersonName(before))
                break;
            if (isPressContactLabel(before))
                press = true;
            // A role before the name labels it only on the same line, as `Label:` or in a small card.
            const labels = beforeItem.segment === item.segment || /[:：]\s*$/.test(beforeSegment.text) || small || LEGAL_LABEL.test(before);
            if (!role && (!claimedRoles.has(i) || labelEnd < index - 1) && labels) {
                const candidate = roleItem(before);
                if (candidate && (i === labelEnd || LEGAL_LABEL.test(before))) {
                    role = candidate;
                    roleBefore = true;
                    claimedRoles.add(i);
                }
            }
        }
        if (role && isPressContactLabel(role.role))
            press = true;
        const segFrom = ctx.items[from].segment;
        const segTo = Math.max(to < ctx.items.length ? ctx.items[to].segment : ctx.page.segments.length, item.segment + 1);
        const links = linksIn(ctx, segFrom, segTo, small ? card : null);
        const facts = factsOf(ctx, name, links, ctx.items.slice(from, to));
        const nameMail = facts.email !== null && addressMatchesName(facts.email, name);
        if (!role && !nameMail && !facts.linkedinUrl && !press)
            continue;
        const legal = role !== null && roleBefore && LEGAL_LABEL.test(role.role);
        found.push({
            ...name,
            role: role?.role ?? null,
            seniority: role?.seniority ?? 'UNKNOWN',
            ...facts,
            evidence: press ? 'PRESS_CONTACT' : legal ? 'LEGAL_NOTICE' : 'CARD',
            pageUrl: ctx.pageUrl,
        });
    }
}
const FIRST_NAME_HEADER = /^(?:pr[ée]nom|vorname|first ?name|given name|nombre|nome)$/i;
const LAST_NAME_HEADER = /^(?:nom|nom de famille|nachname|familienname|last ?name|surname|family name|apellidos?|cognome)$/i;
const ROLE_HEADER = /^(?:fonction|poste|r[ôo]le|titre|funktion|position|stelle|aufgabe|role|title|job title|cargo|puesto|ruolo|mansione|qualifica)$/i;
/** The cell segments of each table row, by column. */
function tableRows(ctx) {
    const rows = new Map();
    ctx.page.segments.forEach((segment, index) => {
        let cell = segment.block;
        while (cell && cell.tag !== 'td' && cell.tag !== 'th')
            cell = cell.parent;
        if (cell?.parent?.tag !== 'tr')
            return;
        const columns = rows.get(cell.parent) ?? new Map();
        rows.set(cell.parent, columns);
        columns.set(cell.position, [...(columns.get(cell.position) ?? []), index]);
    });
    return rows;
}
/** Staff tables that give first and last names in columns of their own (`Prénom | Nom | Fonction`). */
function fromNameColumns(ctx, found) {
    let header = null;
    for (const [row, columns] of tableRows(ctx)) {
        if (found.length >= MAX_PEOPLE_PER_PAGE)
            return;
        const table = row.parent?.tag === 'table' ? row.parent : (row.parent?.parent ?? null);
        const text = (column) => column === null
            ? ''
            : (columns.get(column) ?? [])
                .map((i) => ctx.page.segments[i].text)
                .join(' ')
                .trim();
        const cells = [...columns.keys()];
        const first = cells.find((c) => FIRST_NAME_HEADER.test(text(c)));
        const last = cells.find((c) => LAST_NAME_HEADER.test(text(c)));
        if (first !== undefined && last !== undefined) {
            header = { table, first, last, role: cells.find((c) => ROLE_HEADER.test(text(c))) ?? null };
            continue;
        }
        if (header?.table !== table || row.excluded)
            continue;
        const name = parsePersonName(`${text(header.first)} ${text(header.last)}`);
        if (!name)
            continue;
        const roleText = text(header.role) || null;
        const items = [...columns.values()].flat().flatMap((i) => splitParts(ctx.page.segments[i].text).map((t) => ({ text: t, segment: i })));
        const facts = factsOf(ctx, name, ctx.page.links.filter((l) => isInside(l.block, row)), items);
        found.push({
            ...name,
            role: roleText,
            seniority: roleText ? (roleSeniority(roleText) ?? 'UNKNOWN') : 'UNKNOWN',
            ...facts,
            evidence: 'CARD',
            pageUrl: ctx.pageUrl,
        });
    }
}
/** `<a href="mailto:sophie.martin@…">Sophie Martin</a>` and `Écrire à Sophie Martin`. */
function fromMailtoLinks(ctx, found) {
    for (const link of ctx.page.links) {
        if (found.length >= MAX_PEOPLE_PER_PAGE)
            return;
        const address = mailtoAddress(link.href);
        if (!address || link.block.excluded)
            continue;
        const text = link.text.replace(/^(?:[ée]crire [àa]|contacter|write to|email|e-mail|mail an|schreiben sie|escribir a|scrivi a)\s+/i, '');
        const name = parsePersonName(text);
        if (!name)
            continue;
        if (CREDIT_WORDS.test(ctx.page.segments[Math.floor(link.position)]?.text ?? ''))
            continue;
        found.push({ ...name, role: null, seniority: 'UNKNOWN', email: address, phone: null, linkedinUrl: null, evidence: 'MAILTO', pageUrl: ctx.pageUrl });
    }
}
/** h-card / vCard microformats and schema.org/Person microdata. */
function fromMarkedCards(ctx, found) {
    for (const card of ctx.page.cards) {
        if (found.length >= MAX_PEOPLE_PER_PAGE)
            return;
        if (card.excluded || !card.fields)
            continue;
        const field = (...keys) => {
            const hit = card.fields.find((f) => keys.includes(f.key) && (f.text.trim() !== '' || f.value));
            return hit ? hit.text.replace(/\s+/g, ' ').trim() || hit.value : null;
        };
        const given = field('p-given-name', 'given-name', 'givenName');
        const family = field('p-family-name', 'family-name', 'familyName');
        const name = parsePersonName(given && family ? `${given} ${family}` : (field('p-name', 'fn', 'name') ?? ''));
        if (!name)
            continue;
        const roleText = field('p-job-title', 'title', 'role', 'p-role', 'jobTitle');
        const links = ctx.page.links.filter((l) => isInside(l.block, card));
        const items = ctx.page.segments
            .slice(card.segStart, card.segEnd)
            .flatMap((s, i) => splitParts(s.text).map((text) => ({ text, segment: card.segStart + i })));
        const facts = factsOf(ctx, name, links, items);
        for (const f of card.fields) {
            if (['u-email', 'email'].includes(f.key) && f.value)
                facts.email = mailtoAddress(f.value) ?? facts.email;
            if (['u-url', 'url', 'sameAs'].includes(f.key) && f.value)
                facts.linkedinUrl = linkedinProfile(f.value) ?? facts.linkedinUrl;
        }
        const seniority = roleText ? roleSeniority(roleText) : null;
        found.push({ ...name, role: roleText, seniority: seniority ?? 'UNKNOWN', ...facts, evidence: 'MICROFORMAT', pageUrl: ctx.pageUrl });
    }
}
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const typesOf = (node) => [node['@type']]
    .flat()
    .filter((t) => typeof t === 'string')
    .map((t) => t.replace(/^.*[/:]/, '').toLowerCase());
/** Keys under which a Person is not the company's: authors, reviewers, customers. */
const FOREIGN_KEYS = new Set([
    'author',
    'creator',
    'review',
    'reviews',
    'reviewedby',
    'editor',
    'publisher',
    'customer',
    'attendee',
    'performer',
    'actor',
    'director',
    'character',
    'mentions',
    'about',
    'contributor',
    'copyrightholder',
    'sponsor',
    'funder',
]);
const FOUNDER_LABEL = { fr: 'Fondateur', de: 'Gründer', es: 'Fundador', it: 'Fondatore', en: 'Founder' };
function jsonText(v) {
    if (typeof v === 'string')
        return v.trim() || null;
    if (Array.isArray(v))
        return jsonText(v[0]);
    if (isObject(v))
        return jsonText(v.name ?? v['@value']);
    return null;
}
function fromJsonLd(ctx, language, found) {
    let visited = 0;
    const visit = (value, key, depth) => {
        if (depth > 12 || visited++ > 5000 || found.length >= MAX_PEOPLE_PER_PAGE)
            return;
        if (Array.isArray(value)) {
            for (const v of value.slice(0, 500))
                visit(v, key, depth + 1);
            return;
        }
        if (!isObject(value))
            return;
        if (FOREIGN_KEYS.has(key))
            return;
        if (typesOf(value).includes('person') ||
            (['founder', 'founders', 'employee', 'employees', 'member', 'members'].includes(key) && (value.name || value.givenName))) {
            const given = jsonText(value.givenName);
            const family = jsonText(value.familyName);
            const name = parsePersonName(given && family ? `${given} ${family}` : (jsonText(value.name) ?? ''));
            if (name) {
                const role = jsonText(value.jobTitle) ?? (key.startsWith('founder') ? (FOUNDER_LABEL[(language ?? 'en').slice(0, 2)] ?? 'Founder') : null);
                const emailRaw = jsonText(value.email)
                    ?.replace(/^mailto:/i, '')
                    .toLowerCase() ?? null;
                const phoneRaw = jsonText(value.telephone);
                const sameAs = [value.sameAs, value.url].flat().filter((u) => typeof u === 'string');
                found.push({
                    ...name,
                    role,
                    seniority: role ? (roleSeniority(role) ?? 'UNKNOWN') : 'UNKNOWN',
                    email: emailRaw && EMAIL_TEXT.test(emailRaw) ? emailRaw : null,
                    phone: phoneRaw ? phoneOf(phoneRaw, ctx.region) : null,
                    linkedinUrl: sameAs.map(linkedinProfile).find((u) => u !== null) ?? null,
                    evidence: 'JSON_LD',
                    pageUrl: ctx.pageUrl,
                });
            }
        }
        for (const [k, v] of Object.entries(value))
            if (typeof v === 'object')
                visit(v, k.toLowerCase(), depth + 1);
    };
    for (const block of ctx.page.jsonLd)
        visit(parseJsonLd(block), '', 0);
}
/** The people a page presents, in page order, at most {@link MAX_PEOPLE_PER_PAGE}. */
export function extractPagePeople(page) {
    const segments = readPageSegments(page.html);
    const items = [];
    const firstItem = [];
    segments.segments.forEach((segment, index) => {
        firstItem.push(items.length);
        const parts = splitParts(segment.text);
        for (const text of parts.length > 0 ? parts : [segment.text])
            items.push({ text, segment: index });
    });
    const ctx = { page: segments, pageUrl: page.url, region: page.region, items, firstItem };
    const found = [];
    fromJsonLd(ctx, page.language, found);
    fromMarkedCards(ctx, found);
    fromStructure(ctx, found);
    fromNameColumns(ctx, found);
    fromMailtoLinks(ctx, found);
    return found.slice(0, MAX_PEOPLE_PER_PAGE);
}
//# sourceMappingURL=page-people.js.map