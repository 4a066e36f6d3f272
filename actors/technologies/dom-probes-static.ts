/**
 * Checks DOM probes on parsed HTML, for pages that were fetched but not rendered. Same result
 * shape as the in-browser `evaluateDomProbes`; DOM properties (set by scripts) cannot be seen
 * this way and are never reported.
 */
import { compile } from 'css-select';
import { DomUtils, type parseDocument } from 'htmlparser2';
import { DocumentFeatures } from './selector-prefilter.js';
import { MAX_DOM_NODES_PER_SELECTOR, MAX_DOM_TEXT_CHARS, MAX_DOM_VALUE_CHARS, type DomProbe, type DomProbeResult } from './dom-probes.js';

/** A document parsed by htmlparser2's `parseDocument`. */
export type HtmlDocument = ReturnType<typeof parseDocument>;
type AnyNode = HtmlDocument | HtmlDocument['children'][number];
type Element = Extract<AnyNode, { readonly attribs: Record<string, string> }>;
type CompiledSelector = ReturnType<typeof compile<AnyNode, Element>>;

/** Compiled selectors, shared by every page; null for selectors css-select cannot compile. */
const compiledSelectors = new Map<string, CompiledSelector | null>();

function compiledSelector(selector: string): CompiledSelector | null {
  let compiled = compiledSelectors.get(selector);
  if (compiled === undefined) {
    try {
      compiled = compile<AnyNode, Element>(selector);
    } catch {
      compiled = null;
    }
    compiledSelectors.set(selector, compiled);
  }
  return compiled;
}

/**
 * Runs the probes against a document parsed by htmlparser2 (`parseDocument`). Selectors whose
 * tags or attributes do not occur in the document, and probes that only read DOM properties, are
 * skipped without being run.
 */
export function evaluateDomProbesStatically(document: HtmlDocument, probes: readonly DomProbe[]): Record<string, DomProbeResult> {
  const features = new DocumentFeatures(DomUtils.getElementsByTagName(() => true, document, true));
  const results: Record<string, DomProbeResult> = {};
  for (const probe of probes) {
    const readsNodes = probe.exists || probe.text || probe.attributes.some((name) => features.hasAttribute(name));
    if (!readsNodes || !features.mayMatch(probe.selector)) continue;
    const query = compiledSelector(probe.selector);
    if (query === null) continue;
    let nodes: Element[];
    try {
      nodes = DomUtils.find((node) => 'attribs' in node && query(node), document.children, true, MAX_DOM_NODES_PER_SELECTOR) as Element[];
    } catch {
      continue;
    }
    if (nodes.length === 0) continue;
    const texts: string[] = [];
    const attributes: Record<string, string[]> = {};
    for (const node of nodes) {
      if (probe.text) {
        const text = DomUtils.textContent(node).trim().slice(0, MAX_DOM_TEXT_CHARS);
        if (text !== '') addDistinct(texts, text);
      }
      for (const name of probe.attributes) {
        const value = node.attribs[name];
        if (value !== undefined) addDistinct((attributes[name] ??= []), value.slice(0, MAX_DOM_VALUE_CHARS));
      }
    }
    results[probe.selector] = { texts, attributes, properties: {} };
  }
  return results;
}

function addDistinct(list: string[], value: string): void {
  if (!list.includes(value)) list.push(value);
}
