/**
 * The set of the space-separated words of `words`: long word tables stay one line under Prettier
 * instead of one line a word.
 */
export function wordSet(words: string): ReadonlySet<string> {
  return new Set(words.split(' '));
}
