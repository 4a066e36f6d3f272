/**
 * Cloudflare "Email Address Obfuscation" stores an address as hex: the first byte is a random key
 * and every following byte is one UTF-8 byte of the address XOR the key. Pages carry it in
 * `data-cfemail="…"` attributes and in `href="/cdn-cgi/l/email-protection#…"` links.
 */
/** Longest encoded value accepted (an address is at most 254 bytes, plus key and headers). */
const MAX_ENCODED_LENGTH = 2048;
const EMAIL_PROTECTION_PATH = '/cdn-cgi/l/email-protection#';
/**
 * Decodes one Cloudflare-encoded value.
 * @returns the decoded text (usually an address, sometimes with a `?subject=` query), or `null`
 *   when the value is not well-formed hex
 */
export function decodeCloudflareEmail(encoded) {
    const hex = encoded.trim();
    if (hex.length < 4 || hex.length > MAX_ENCODED_LENGTH || hex.length % 2 !== 0 || !/^[0-9a-f]+$/i.test(hex)) {
        return null;
    }
    const key = Number.parseInt(hex.slice(0, 2), 16);
    const bytes = new Uint8Array(hex.length / 2 - 1);
    for (let index = 2; index < hex.length; index += 2) {
        bytes[index / 2 - 1] = Number.parseInt(hex.slice(index, index + 2), 16) ^ key;
    }
    return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
}
/**
 * Extracts the encoded value from an email-protection link (relative or absolute).
 * @returns the hex value, or `null` when the href is not such a link
 */
export function cloudflareValueFromHref(href) {
    const index = href.indexOf(EMAIL_PROTECTION_PATH);
    if (index === -1)
        return null;
    const value = href.slice(index + EMAIL_PROTECTION_PATH.length).trim();
    return value === '' ? null : value;
}
//# sourceMappingURL=cloudflare-email.js.map