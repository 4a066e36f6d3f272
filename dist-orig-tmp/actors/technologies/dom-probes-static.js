/**
 * Checks DOM probes on parsed HTML, for pages that were fetched but not rendered. Same result
 * shape as the in-browser `evaluateDomProbes`; DOM properties (set by scripts) cannot be seen
 * this way and are never reported.
 */
import { compile } from 'css-select';
import { DomUtils } from 'htmlparser2';
import { DocumentFeatures } from './selector-prefilter.js';
import { MAX_DOM_NODES_PER_SELECTOR, MAX_DOM_TEXT_CHARS, MAX_DOM_VALUE_CHARS } from './dom-probes.js';
/** Compiled selectors, shared by every page; null for selectors css-select cannot compile. */
const compiledSelectors = new Map();
function compiledSelector(selector) {
    let compiled = compiledSelectors.get(selector);
    if (compiled === undefined) {
        try {
            compiled = compile(selector);
        }
        catch {
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
export function evaluateDomProbesStatically(document, probes) {
    const features = new DocumentFeatures(DomUtils.getElementsByTagName(() => true, document, true));
    const results = {};
    for (const probe of probes) {
        const readsNodes = probe.exists || probe.text || probe.attributes.some((name) => features.hasAttribute(name));
        if (!readsNodes || !features.mayMatch(probe.selector))
            continue;
        const query = compiledSelector(probe.selector);
        if (query === null)
            continue;
        let nodes;
        try {
            nodes = DomUtils.find((node) => 'attribs' in node && query(node), document.children, true, MAX_DOM_NODES_PER_SELECTOR);
        }
        catch {
            continue;
        }
        if (nodes.length === 0)
            continue;
        const texts = [];
        const attributes = {};
        for (const node of nodes) {
            if (probe.text) {
                const text = DomUtils.textContent(node).trim().slice(0, MAX_DOM_TEXT_CHARS);
                if (text !== '')
                    addDistinct(texts, text);
            }
            for (const name of probe.attributes) {
                const value = node.attribs[name];
                if (value !== undefined)
                    addDistinct((attributes[name] ??= []), value.slice(0, MAX_DOM_VALUE_CHARS));
            }
        }
        results[probe.selector] = { texts, attributes, properties: {} };
    }
    return results;
}
function addDistinct(list, value) {
    if (!list.includes(value))
        list.push(value);
}
//# sourceMappingURL=dom-probes-static.js.map