import { cleanEmailCandidate } from './email-address.js';
/** Header fields of a mailto URL (RFC 6068) that carry more recipients. */
const RECIPIENT_FIELDS = new Set(['to', 'cc', 'bcc']);
/** Percent-decodes, keeping malformed sequences as they are instead of failing. */
function decodePercentLenient(value) {
    try {
        return decodeURIComponent(value);
    }
    catch {
        return value.replace(/(?:%[0-9a-f]{2})+/gi, (sequence) => {
            try {
                return decodeURIComponent(sequence);
            }
            catch {
                return sequence;
            }
        });
    }
}
/** Pulls the address out of `Name <address>` or returns the text as is. */
function addressSpec(recipient) {
    const angle = /<([^<>]*)>/.exec(recipient);
    return (angle ? angle[1] : recipient).trim().replace(/^\/\//, '');
}
function addressesIn(recipientList) {
    return recipientList
        .split(/[,;]/)
        .map((recipient) => cleanEmailCandidate(addressSpec(recipient)))
        .filter((address) => address !== null);
}
/**
 * Every usable address in a `mailto:` URL: the comma-separated recipients before `?` and the
 * `to`, `cc` and `bcc` header fields after it, percent-decoded and cleaned with
 * {@link cleanEmailCandidate}. The href's HTML entities must already be decoded.
 * @returns the addresses in order of appearance, empty when the href is not a mailto URL
 */
export function addressesFromMailto(href) {
    const trimmed = href.trim();
    if (!/^mailto:/i.test(trimmed))
        return [];
    const rest = trimmed.slice('mailto:'.length);
    const queryStart = rest.indexOf('?');
    const recipients = queryStart === -1 ? rest : rest.slice(0, queryStart);
    const addresses = addressesIn(decodePercentLenient(recipients));
    if (queryStart !== -1) {
        for (const field of rest.slice(queryStart + 1).split('&')) {
            const equals = field.indexOf('=');
            if (equals === -1)
                continue;
            const name = decodePercentLenient(field.slice(0, equals)).trim().toLowerCase();
            if (RECIPIENT_FIELDS.has(name))
                addresses.push(...addressesIn(decodePercentLenient(field.slice(equals + 1))));
        }
    }
    return addresses;
}
//# sourceMappingURL=mailto.js.map