/**
 * NATS subject rules, shared by both bus implementations so they accept and route exactly
 * the same subjects.
 *
 * A subject is a non-empty list of tokens separated by `.`. Tokens are non-empty and contain
 * no whitespace. In a filter (subscription, consumer filter, stream subjects) a token that
 * is exactly `*` matches any one token and a last token that is exactly `>` matches one or
 * more tokens. This module is stricter than the NATS server in one respect: a token that
 * merely contains `*` or `>` (such as `a*`) is rejected instead of being taken literally,
 * because such subjects are almost always mistakes.
 */
import { InvalidSubjectError } from './bus.js';
const WHITESPACE = /\s/;
/** Splits a filter or subject into tokens, throwing {@link InvalidSubjectError} when malformed. */
function tokenize(value, what, allowWildcards) {
    if (typeof value !== 'string' || value.length === 0) {
        throw new InvalidSubjectError(`${what} must be a non-empty string, got ${JSON.stringify(value)}`);
    }
    if (WHITESPACE.test(value)) {
        throw new InvalidSubjectError(`${what} must not contain whitespace: ${JSON.stringify(value)}`);
    }
    const tokens = value.split('.');
    tokens.forEach((token, index) => {
        if (token.length === 0) {
            throw new InvalidSubjectError(`${what} has an empty token: ${JSON.stringify(value)}`);
        }
        const isWildcard = token === '*' || token === '>';
        if (!isWildcard && (token.includes('*') || token.includes('>'))) {
            throw new InvalidSubjectError(`${what} has a wildcard inside a token (wildcards must be whole tokens): ${JSON.stringify(value)}`);
        }
        if (isWildcard && !allowWildcards) {
            throw new InvalidSubjectError(`${what} must not contain wildcards: ${JSON.stringify(value)}`);
        }
        if (token === '>' && index !== tokens.length - 1) {
            throw new InvalidSubjectError(`'>' must be the last token: ${JSON.stringify(value)}`);
        }
    });
    return tokens;
}
/**
 * Checks a concrete subject (publish, send, request): no wildcards.
 * @returns its tokens
 * @throws InvalidSubjectError
 */
export function parseSubject(subject) {
    return tokenize(subject, 'Subject', false);
}
/**
 * Checks a subject filter (subscribe, stream subjects, consumer filter): wildcards allowed.
 * @returns its tokens
 * @throws InvalidSubjectError
 */
export function parseFilter(filter) {
    return tokenize(filter, 'Subject filter', true);
}
/** True when the tokens of a concrete subject match the tokens of a filter. */
export function tokensMatch(filterTokens, subjectTokens) {
    for (let i = 0; i < filterTokens.length; i++) {
        const f = filterTokens[i];
        if (f === '>')
            return subjectTokens.length > i;
        if (i >= subjectTokens.length)
            return false;
        if (f !== '*' && f !== subjectTokens[i])
            return false;
    }
    return filterTokens.length === subjectTokens.length;
}
/**
 * True when the concrete `subject` matches `filter`.
 * @throws InvalidSubjectError when either is malformed
 */
export function subjectMatches(filter, subject) {
    return tokensMatch(parseFilter(filter), parseSubject(subject));
}
/**
 * True when some concrete subject matches both filters.
 * @throws InvalidSubjectError when either is malformed
 */
export function filtersOverlap(a, b) {
    const at = parseFilter(a);
    const bt = parseFilter(b);
    const common = Math.min(at.length, bt.length);
    for (let i = 0; i < common; i++) {
        if (at[i] === '>' || bt[i] === '>')
            return true;
        if (at[i] !== '*' && bt[i] !== '*' && at[i] !== bt[i])
            return false;
    }
    return at.length === bt.length;
}
/**
 * True when every subject matching `filter` also matches `of`.
 * @throws InvalidSubjectError when either is malformed
 */
export function filterIsSubsetOf(filter, of) {
    const ft = parseFilter(filter);
    const ot = parseFilter(of);
    for (let i = 0; i < ft.length; i++) {
        const o = ot[i];
        if (o === '>')
            return true;
        if (o === undefined)
            return false;
        const f = ft[i];
        if (f === '>')
            return false;
        if (o !== '*' && f !== o)
            return false;
    }
    return ft.length === ot.length;
}
/**
 * Checks a stream or durable consumer name: non-empty, no whitespace, no `.`,
 * `*`, `>` or path separators (JetStream uses these names in subjects and file names).
 * @throws InvalidSubjectError
 */
export function checkName(name, what) {
    if (typeof name !== 'string' || name.length === 0) {
        throw new InvalidSubjectError(`${what} must be a non-empty string, got ${JSON.stringify(name)}`);
    }
    if (/[\s.*>/\\]/.test(name)) {
        throw new InvalidSubjectError(`${what} must not contain whitespace, '.', '*', '>', '/' or '\\': ${JSON.stringify(name)}`);
    }
    return name;
}
/**
 * Checks a queue group name: non-empty, no whitespace.
 * @throws InvalidSubjectError
 */
export function checkQueueName(queue) {
    if (typeof queue !== 'string' || queue.length === 0 || WHITESPACE.test(queue)) {
        throw new InvalidSubjectError(`Queue group must be a non-empty string without whitespace, got ${JSON.stringify(queue)}`);
    }
    return queue;
}
//# sourceMappingURL=subject-match.js.map