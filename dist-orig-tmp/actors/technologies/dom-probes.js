/**
 * DOM selectors that reveal technologies (`[ng-version]`, `link[href*='/wp-content/']`…): the list
 * to check, the result shape, and the function that checks them inside a rendered page.
 */
import { loadFingerprints } from './fingerprints.js';
/** At most this many matching nodes are read per selector. */
export const MAX_DOM_NODES_PER_SELECTOR = 25;
/** Node texts are cut to this many characters. */
export const MAX_DOM_TEXT_CHARS = 1000;
/** Attribute and property values are cut to this many characters. */
export const MAX_DOM_VALUE_CHARS = 2000;
/** The selectors to check in a page, each with the attributes/properties/text to read. */
export function domProbes() {
    return loadFingerprints().domProbes;
}
/**
 * Checks the probes in the page it runs in; pass it to Puppeteer as
 * `page.evaluate(evaluateDomProbes, domProbes())`. Self-contained (Puppeteer serialises its
 * source). Invalid selectors are skipped; values are stringified like `evaluateJsProbes` does:
 * strings and numbers as they are, anything else as `'true'`/`'false'`.
 */
export const evaluateDomProbes = function evaluateDomProbes(probes) {
    const maxNodes = 25;
    const maxTextChars = 1000;
    const maxValueChars = 2000;
    const document = globalThis.document;
    const scalar = (value) => typeof value === 'string' ? value.slice(0, maxValueChars) : typeof value === 'number' ? String(value) : String(Boolean(value));
    const addDistinct = (list, value) => {
        if (!list.includes(value))
            list.push(value);
    };
    const results = {};
    for (const probe of probes) {
        let nodes;
        try {
            nodes = document.querySelectorAll(probe.selector);
        }
        catch {
            continue;
        }
        if (nodes.length === 0)
            continue;
        const texts = [];
        const attributes = {};
        const properties = {};
        for (let i = 0; i < Math.min(nodes.length, maxNodes); i++) {
            const node = nodes[i];
            if (probe.text) {
                const text = (node.textContent ?? '').trim().slice(0, maxTextChars);
                if (text !== '')
                    addDistinct(texts, text);
            }
            for (const name of probe.attributes) {
                if (node.hasAttribute(name))
                    addDistinct((attributes[name] ??= []), scalar(node.getAttribute(name)));
            }
            for (const name of probe.properties) {
                try {
                    if (Object.prototype.hasOwnProperty.call(node, name)) {
                        const value = scalar(node[name]);
                        addDistinct((properties[name] ??= []), value);
                    }
                }
                catch {
                    // A throwing getter (pages define expandos): that property only is unknown.
                }
            }
        }
        results[probe.selector] = { texts, attributes, properties };
    }
    return results;
};
//# sourceMappingURL=dom-probes.js.map