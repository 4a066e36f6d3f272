/**
 * DOM selectors that reveal technologies (`[ng-version]`, `link[href*='/wp-content/']`…): the list
 * to check, the result shape, and the function that checks them inside a rendered page.
 */
import { loadFingerprints, type DomProbe } from './fingerprints.js';

export type { DomProbe } from './fingerprints.js';

/** At most this many matching nodes are read per selector. */
export const MAX_DOM_NODES_PER_SELECTOR = 25;
/** Node texts are cut to this many characters. */
export const MAX_DOM_TEXT_CHARS = 1000;
/** Attribute and property values are cut to this many characters. */
export const MAX_DOM_VALUE_CHARS = 2000;

/**
 * What a selector found in a page. A selector that matches no node has no entry at all in the
 * results record; one that matches has an entry, possibly with empty lists.
 */
export interface DomProbeResult {
  /** Trimmed text content of the matching nodes, when the probe asks for text. */
  readonly texts: readonly string[];
  /** Attribute name -> distinct values on the matching nodes that carry it. */
  readonly attributes: Readonly<Record<string, readonly string[]>>;
  /** DOM property name -> distinct values (as Wappalyzer compares them) on the matching nodes. */
  readonly properties: Readonly<Record<string, readonly string[]>>;
}

/** The selectors to check in a page, each with the attributes/properties/text to read. */
export function domProbes(): readonly DomProbe[] {
  return loadFingerprints().domProbes;
}

let propertyProbes: readonly DomProbe[] | undefined;

/**
 * The probes worth evaluating in a rendered page: those reading DOM properties, which scripts
 * set and HTML does not show. Everything else is checked on the rendered page's HTML
 * (`evaluateDomProbesStatically`), sparing the page some 1800 selector queries.
 */
export function browserDomProbes(): readonly DomProbe[] {
  propertyProbes ??= domProbes().filter((probe) => probe.properties.length > 0);
  return propertyProbes;
}

/**
 * Checks the probes in the page it runs in; pass it to Puppeteer as
 * `page.evaluate(evaluateDomProbes, domProbes())`. Self-contained (Puppeteer serialises its
 * source). Invalid selectors are skipped; values are stringified like `evaluateJsProbes` does:
 * strings and numbers as they are, anything else as `'true'`/`'false'`.
 */
export const evaluateDomProbes = function evaluateDomProbes(probes: readonly DomProbe[]): Record<string, DomProbeResult> {
  const maxNodes = 25;
  const maxTextChars = 1000;
  const maxValueChars = 2000;
  interface ProbedNode {
    readonly textContent: string | null;
    hasAttribute(name: string): boolean;
    getAttribute(name: string): string | null;
  }
  const document = (globalThis as unknown as { document: { querySelectorAll(selector: string): ArrayLike<ProbedNode> } }).document;
  const scalar = (value: unknown): string =>
    typeof value === 'string' ? value.slice(0, maxValueChars) : typeof value === 'number' ? String(value) : String(Boolean(value));
  const addDistinct = (list: string[], value: string): void => {
    if (!list.includes(value)) list.push(value);
  };

  const results: Record<string, DomProbeResult> = {};
  for (const probe of probes) {
    let nodes: ArrayLike<ProbedNode>;
    try {
      nodes = document.querySelectorAll(probe.selector);
    } catch {
      continue;
    }
    if (nodes.length === 0) continue;
    const texts: string[] = [];
    const attributes: Record<string, string[]> = {};
    const properties: Record<string, string[]> = {};
    for (let i = 0; i < Math.min(nodes.length, maxNodes); i++) {
      const node = nodes[i];
      if (probe.text) {
        const text = (node.textContent ?? '').trim().slice(0, maxTextChars);
        if (text !== '') addDistinct(texts, text);
      }
      for (const name of probe.attributes) {
        if (node.hasAttribute(name)) addDistinct((attributes[name] ??= []), scalar(node.getAttribute(name)));
      }
      for (const name of probe.properties) {
        try {
          if (Object.prototype.hasOwnProperty.call(node, name)) {
            const value = scalar((node as unknown as Record<string, unknown>)[name]);
            addDistinct((properties[name] ??= []), value);
          }
        } catch {
          // A throwing getter (pages define expandos): that property only is unknown.
        }
      }
    }
    results[probe.selector] = { texts, attributes, properties };
  }
  return results;
};
