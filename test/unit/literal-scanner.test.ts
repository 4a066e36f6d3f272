import { expect } from 'chai';
import { LiteralScanner } from '../../actors/technologies/literal-scanner.js';

/** What the scanner replaces: one `includes` per literal. */
function naive(literals: readonly string[], text: string): string[] {
  return [...new Set(literals)].filter((literal) => literal !== '' && text.includes(literal)).sort();
}

describe('LiteralScanner (which literals occur in a text, in one pass)', () => {
  const cases: { what: string; literals: string[]; text: string; expected: string[] }[] = [
    { what: 'none present', literals: ['jquery', 'react'], text: 'vue.min.js', expected: [] },
    { what: 'one present', literals: ['jquery', 'react'], text: '/js/jquery.min.js', expected: ['jquery'] },
    { what: 'a literal inside another', literals: ['wp-content', 'content', 'wp-'], text: '/wp-content/x.js', expected: ['content', 'wp-', 'wp-content'] },
    { what: 'a literal that is a prefix of another, only the prefix present', literals: ['jquery', 'jquery-ui'], text: 'jquery.js', expected: ['jquery'] },
    { what: 'overlapping occurrences', literals: ['abab', 'bab', 'ba'], text: 'xababx', expected: ['abab', 'ba', 'bab'] },
    { what: 'failure links across a partial match', literals: ['abcd', 'bce'], text: 'abce', expected: ['bce'] },
    { what: 'at the very start and end', literals: ['ab', 'yz'], text: 'ab-yz', expected: ['ab', 'yz'] },
    { what: 'non-ASCII characters in text and literal', literals: ['ß', 'café'], text: 'le café ß', expected: ['café', 'ß'] },
    { what: 'empty and repeated literals are ignored', literals: ['', 'a', 'a'], text: 'a', expected: ['a'] },
    { what: 'empty text', literals: ['a'], text: '', expected: [] },
    { what: 'case as given (callers lower-case both)', literals: ['jquery'], text: 'JQuery', expected: [] },
  ];
  for (const { what, literals, text, expected } of cases) {
    it(what, () => {
      expect([...new LiteralScanner(literals).scan(text)].sort()).to.deep.equal(expected);
    });
  }

  it('agrees with one includes per literal on random texts over a small alphabet', () => {
    let seed = 7;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const word = (maxLength: number): string => Array.from({ length: 1 + Math.floor(random() * maxLength) }, () => 'abc./'[Math.floor(random() * 5)]).join('');
    for (let round = 0; round < 300; round++) {
      const literals = Array.from({ length: 1 + Math.floor(random() * 40) }, () => word(6));
      const text = word(80);
      expect([...new LiteralScanner(literals).scan(text)].sort(), `${JSON.stringify(literals)} in ${text}`).to.deep.equal(naive(literals, text));
    }
  });
});
