/**
 * API keys: parsing them from configuration, recognising a presented key in constant time, and
 * the owner id jobs are stored under (a hash of the key, so the store never holds a key).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
/** Shortest accepted key: shorter keys are guessable. */
export const MIN_API_KEY_LENGTH = 16;
/** Longest accepted key. */
export const MAX_API_KEY_LENGTH = 512;
/** Printable ASCII without space or comma (the list separator). */
const KEY_PATTERN = /^[\x21-\x2b\x2d-\x7e]+$/;
/** A configured API key is unusable: the operator must fix it; nothing will start. */
export class InvalidApiKeyError extends Error {
    name = 'InvalidApiKeyError';
}
function digest(key) {
    return createHash('sha256').update(key, 'utf8').digest();
}
/**
 * The owner id of a key's jobs: `key:` and the first 32 hex digits of its SHA-256. Stable
 * across restarts, never the key itself.
 */
export function ownerIdOfKey(key) {
    return `key:${digest(key).toString('hex').slice(0, 32)}`;
}
/**
 * Checks one configured key.
 * @param where names the key's origin in the error (e.g. `PROSPECTLAB_API_KEYS item 2`)
 * @throws InvalidApiKeyError
 */
export function checkApiKey(key, where) {
    if (key.length < MIN_API_KEY_LENGTH || key.length > MAX_API_KEY_LENGTH) {
        throw new InvalidApiKeyError(`${where}: an API key must have ${MIN_API_KEY_LENGTH} to ${MAX_API_KEY_LENGTH} characters (got ${key.length})`);
    }
    if (!KEY_PATTERN.test(key)) {
        throw new InvalidApiKeyError(`${where}: an API key may only contain printable ASCII characters other than space and comma`);
    }
    return key;
}
/**
 * Keys of a comma-separated list (`PROSPECTLAB_API_KEYS`); blanks around items are ignored.
 * @throws InvalidApiKeyError naming the bad item
 */
export function parseApiKeyList(list, source = 'PROSPECTLAB_API_KEYS') {
    return list
        .split(',')
        .map((item) => item.trim())
        .map((item, index) => ({ item, index }))
        .filter(({ item }) => item !== '')
        .map(({ item, index }) => checkApiKey(item, `${source} item ${index + 1}`));
}
/**
 * Keys of a keys file (`PROSPECTLAB_API_KEYS_FILE`): one key per line; blank lines and lines
 * starting with `#` are ignored.
 * @throws InvalidApiKeyError when the file cannot be read or a line is not a valid key
 */
export function readApiKeysFile(path) {
    let text;
    try {
        text = readFileSync(path, 'utf8');
    }
    catch (cause) {
        throw new InvalidApiKeyError(`PROSPECTLAB_API_KEYS_FILE ${path} cannot be read`, { cause });
    }
    const keys = [];
    text.split(/\r?\n/).forEach((line, index) => {
        const item = line.trim();
        if (item === '' || item.startsWith('#'))
            return;
        keys.push(checkApiKey(item, `${path} line ${index + 1}`));
    });
    return keys;
}
/**
 * The configured keys. {@link ApiKeyRing.ownerOf} compares a presented key against every
 * configured one in constant time (fixed-length digests, no early exit), so response timing
 * says nothing about how much of a key was right.
 */
export class ApiKeyRing {
    #digests;
    #owners;
    constructor(keys) {
        const unique = [...new Set(keys)];
        this.#digests = unique.map(digest);
        this.#owners = unique.map(ownerIdOfKey);
    }
    /** True when at least one key is configured (otherwise the gateway is open). */
    get enabled() {
        return this.#digests.length > 0;
    }
    /** The owner id of `presented`, or null when it is missing or not a configured key. */
    ownerOf(presented) {
        if (typeof presented !== 'string' || presented.length === 0 || presented.length > MAX_API_KEY_LENGTH)
            return null;
        const candidate = digest(presented);
        let match = -1;
        this.#digests.forEach((known, index) => {
            if (timingSafeEqual(known, candidate) && match === -1)
                match = index;
        });
        return match === -1 ? null : this.#owners[match];
    }
}
/** The token of an `Authorization: Bearer <token>` header value, or null. */
export function bearerToken(header) {
    if (typeof header !== 'string')
        return null;
    const match = /^\s*Bearer\s+(\S+)\s*$/i.exec(header);
    return match ? match[1] : null;
}
//# sourceMappingURL=api-keys.js.map