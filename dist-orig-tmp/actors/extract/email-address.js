import { domainToASCII } from 'node:url';
import { parse as parseDomain } from 'tldts';
import { ASSET_EXTENSIONS, GENERIC_PLACEHOLDER_DOMAINS, GENERIC_PLACEHOLDER_LOCAL_PARTS, PLACEHOLDER_DOMAIN_LABELS, PLACEHOLDER_LOCAL_PARTS, POSSESSIVE_PLACEHOLDER_DOMAIN, TELEMETRY_DOMAINS, } from './email-noise.js';
/** RFC 5321 limits. */
const MAX_LOCAL_PART_LENGTH = 64;
const MAX_DOMAIN_LENGTH = 253;
const MAX_ADDRESS_LENGTH = 254;
/** RFC 5322 dot-atom (unquoted local parts; quoted ones never appear on business sites). */
const DOT_ATOM = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const ASCII_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
/** Long hexadecimal local parts are hashes and keys (Sentry DSNs, tracking ids), not mailboxes. */
const HASH_LOCAL_PART = /^[0-9a-f]{24,}$/;
/** First domain label of retina asset names: `logo@2x.png`, `icon@3x.webp`. */
const RETINA_SUFFIX_LABEL = /^\d+(?:[.,_]\d+)?x$/;
/** Escapes left in text copied from JSON: `\u003cinfo@acme.fr` reads as `u003cinfo`. */
const JSON_ESCAPE_PREFIX = /^(?:u00(?:3c|3e|22|27|26|2f|20))+/;
const ONLY_X = /^x{3,}$/;
const WRAPPING_PUNCTUATION_START = /^[\s<("'[{«“‘:;,]+/;
const WRAPPING_PUNCTUATION_END = /[\s>)"'\]}»”’.,;:!?]+$/;
/**
 * Validates and cleans one candidate e-mail address.
 *
 * Accepts surrounding punctuation, a `mailto:` prefix and mixed case; rejects anything that is
 * not a deliverable-looking address on a real, ICANN-delegated domain, and anything that is noise
 * on web pages: asset names (`logo@2x.png`), package specifiers (`jquery@3.7.1`), sample addresses
 * (`you@example.com`, `vous@exemple.fr`, `name@domain.com`) and telemetry keys
 * (`<32 hex>@o1.ingest.sentry.io`).
 *
 * @returns the address in lower case, or `null` when it is not a usable address
 */
export function cleanEmailCandidate(raw) {
    let candidate = raw.trim().replace(/^mailto:/i, '');
    candidate = candidate.replace(WRAPPING_PUNCTUATION_START, '').replace(WRAPPING_PUNCTUATION_END, '');
    if (candidate.length === 0 || candidate.length > MAX_ADDRESS_LENGTH + 1)
        return null;
    const at = candidate.indexOf('@');
    if (at <= 0 || candidate.includes('@', at + 1))
        return null;
    const localPart = candidate.slice(0, at).toLowerCase().replace(JSON_ESCAPE_PREFIX, '');
    const domain = candidate
        .slice(at + 1)
        .toLowerCase()
        .replace(/\.$/, '');
    if (!isValidLocalPart(localPart))
        return null;
    const asciiDomain = toAsciiDomain(domain);
    if (asciiDomain === null || !isValidDomainSyntax(asciiDomain))
        return null;
    const parsed = parseDomain(asciiDomain);
    if (parsed.isIp || parsed.isIcann !== true || parsed.domain === null || parsed.domainWithoutSuffix === null) {
        return null;
    }
    const labels = asciiDomain.split('.');
    const topLevel = labels[labels.length - 1];
    if (ASSET_EXTENSIONS.has(topLevel) || RETINA_SUFFIX_LABEL.test(labels[0]))
        return null;
    if (isTelemetryAddress(localPart, parsed.domain))
        return null;
    if (isPlaceholder(localPart, parsed.domain, parsed.domainWithoutSuffix))
        return null;
    const address = `${localPart}@${domain}`;
    return address.length <= MAX_ADDRESS_LENGTH ? address : null;
}
function isValidLocalPart(localPart) {
    return localPart.length > 0 && localPart.length <= MAX_LOCAL_PART_LENGTH && DOT_ATOM.test(localPart);
}
/** Punycode for internationalised domains; `null` when the name cannot be encoded. */
function toAsciiDomain(domain) {
    if (!/[\u0080-\uffff]/.test(domain))
        return domain;
    const ascii = domainToASCII(domain);
    return ascii === '' ? null : ascii;
}
function isValidDomainSyntax(domain) {
    if (domain.length === 0 || domain.length > MAX_DOMAIN_LENGTH)
        return false;
    const labels = domain.split('.');
    if (labels.length < 2 || !labels.every((label) => ASCII_LABEL.test(label)))
        return false;
    const topLevel = labels[labels.length - 1];
    return /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/.test(topLevel);
}
function isTelemetryAddress(localPart, registrableDomain) {
    return TELEMETRY_DOMAINS.has(registrableDomain) || (HASH_LOCAL_PART.test(localPart) && /\d/.test(localPart));
}
function isPlaceholder(localPart, registrableDomain, domainLabel) {
    if (PLACEHOLDER_DOMAIN_LABELS.has(domainLabel) || POSSESSIVE_PLACEHOLDER_DOMAIN.test(domainLabel))
        return true;
    if (ONLY_X.test(domainLabel) || ONLY_X.test(localPart))
        return true;
    if (PLACEHOLDER_LOCAL_PARTS.has(localPart))
        return true;
    return GENERIC_PLACEHOLDER_DOMAINS.has(registrableDomain) && GENERIC_PLACEHOLDER_LOCAL_PARTS.has(localPart);
}
//# sourceMappingURL=email-address.js.map