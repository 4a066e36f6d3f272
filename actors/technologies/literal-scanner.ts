/**
 * Finds which of a fixed set of literals occur in a text in one pass over it (Aho–Corasick).
 * The fingerprint patterns run only on inputs that contain their required literal; checking
 * thousands of literals one `includes` at a time scanned a page's HTML once per literal.
 */

/** Literal sets smaller than this are checked with `includes` (building a scanner costs more). */
export const MIN_SCANNED_LITERALS = 32;

const ROOT = 0;
/** Character codes below this take the root's transition from a table instead of a map. */
const ROOT_TABLE_SIZE = 128;

/** The literals of one set, compiled for {@link LiteralScanner.scan}. */
export class LiteralScanner {
  readonly #next: Map<number, number>[] = [new Map<number, number>()];
  readonly #fail: number[] = [ROOT];
  /** Literals ending at each state, those of its suffix states included. */
  readonly #found: (readonly string[])[] = [[]];
  readonly #rootNext = new Int32Array(ROOT_TABLE_SIZE);

  constructor(literals: Iterable<string>) {
    for (const literal of new Set(literals)) {
      if (literal === '') continue;
      let state = ROOT;
      for (let index = 0; index < literal.length; index++) {
        const code = literal.charCodeAt(index);
        let next = this.#next[state].get(code);
        if (next === undefined) {
          next = this.#next.length;
          this.#next.push(new Map<number, number>());
          this.#fail.push(ROOT);
          this.#found.push([]);
          this.#next[state].set(code, next);
        }
        state = next;
      }
      this.#found[state] = [...this.#found[state], literal];
    }
    this.#linkSuffixes();
    for (const [code, state] of this.#next[ROOT]) if (code < ROOT_TABLE_SIZE) this.#rootNext[code] = state;
  }

  /** The literals that occur in `text` (compared as they are: pass lower-cased text for lower-case literals). */
  scan(text: string): Set<string> {
    const found = new Set<string>();
    let state = ROOT;
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      for (;;) {
        const next = state === ROOT && code < ROOT_TABLE_SIZE ? this.#rootNext[code] : this.#next[state].get(code);
        if (next !== undefined && (next !== ROOT || state !== ROOT)) {
          state = next;
          break;
        }
        if (state === ROOT) break;
        state = this.#fail[state];
      }
      for (const literal of this.#found[state]) found.add(literal);
    }
    return found;
  }

  /** Breadth first: each state's longest proper suffix that is also a state, and what ends there. */
  #linkSuffixes(): void {
    const queue: number[] = [];
    for (const child of this.#next[ROOT].values()) queue.push(child);
    // The queue grows while it is walked: an array iterator reads its length at each step.
    for (const state of queue) {
      for (const [code, child] of this.#next[state]) {
        let suffix = this.#fail[state];
        while (suffix !== ROOT && !this.#next[suffix].has(code)) suffix = this.#fail[suffix];
        const target = this.#next[suffix].get(code);
        this.#fail[child] = target !== undefined && target !== child ? target : ROOT;
        const inherited = this.#found[this.#fail[child]];
        if (inherited.length > 0) this.#found[child] = [...this.#found[child], ...inherited];
        queue.push(child);
      }
    }
  }
}
