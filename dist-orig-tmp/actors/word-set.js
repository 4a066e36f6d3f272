/**
 * The set of the space-separated words of `words`: long word tables stay one line under Prettier
 * instead of one line a word.
 */
export function wordSet(words) {
    return new Set(words.split(' '));
}
//# sourceMappingURL=word-set.js.map