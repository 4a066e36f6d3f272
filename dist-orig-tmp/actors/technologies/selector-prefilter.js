/**
 * A cheap, conservative test of whether a CSS selector can match anything in a document, used to
 * skip most of the ~1,800 fingerprint selectors on a static page without running them: every tag
 * and attribute condition of a selector must be met by some element of the document. Never says
 * "no" for a selector that matches; may say "maybe" for one that does not.
 */
import { AttributeAction, parse, SelectorType } from 'css-what';
const requirementsCache = new Map();
/** Tags, attribute names and attribute values present in a document. */
export class DocumentFeatures {
    tags = new Set();
    /** Attribute name -> its lower-cased values, each wrapped in line feeds (`\nvalue\n`), concatenated. */
    attributeValues = new Map();
    /** @param elements every element of the document */
    constructor(elements) {
        const values = new Map();
        for (const element of elements) {
            this.tags.add(element.name.toLowerCase());
            for (const name in element.attribs) {
                let distinct = values.get(name);
                if (distinct === undefined)
                    values.set(name, (distinct = new Set()));
                distinct.add(element.attribs[name]);
            }
        }
        for (const [name, distinct] of values) {
            const joined = [...distinct].map((value) => value.replace(/\n/g, ' ')).join('\n\n');
            this.attributeValues.set(name, `\n${joined.toLowerCase()}\n`);
        }
    }
    /** True when some element carries the attribute (lower-case name). */
    hasAttribute(name) {
        return this.attributeValues.has(name);
    }
    /** False only when the selector certainly matches nothing in the document. */
    mayMatch(selector) {
        const alternatives = selectorRequirements(selector);
        if (alternatives === null)
            return true;
        return alternatives.some((requirements) => requirements.every((requirement) => this.meets(requirement)));
    }
    meets(requirement) {
        if (requirement.kind === 'tag')
            return this.tags.has(requirement.name);
        const values = this.attributeValues.get(requirement.name);
        if (values === undefined)
            return false;
        const value = requirement.value.toLowerCase();
        switch (requirement.action) {
            case 'equals':
                return values.includes(`\n${value}\n`);
            case 'start':
            case 'hyphen':
                return values.includes(`\n${value}`);
            case 'end':
                return values.includes(`${value}\n`);
            case 'any':
            case 'element':
                return values.includes(value);
            default:
                return true;
        }
    }
}
function selectorRequirements(selector) {
    let requirements = requirementsCache.get(selector);
    if (requirements === undefined) {
        try {
            requirements = parse(selector).map(requirementsOf);
        }
        catch {
            requirements = null;
        }
        requirementsCache.set(selector, requirements);
    }
    return requirements;
}
/** Tag and attribute conditions of one alternative; pseudo-classes (`:not`, `:has`…) add none. */
function requirementsOf(tokens) {
    const requirements = [];
    for (const token of tokens) {
        if (token.type === SelectorType.Tag) {
            requirements.push({ kind: 'tag', name: token.name.toLowerCase() });
        }
        else if (token.type === SelectorType.Attribute &&
            token.action !== AttributeAction.Not &&
            !(token.action !== AttributeAction.Exists && token.value === '')) {
            requirements.push({ kind: 'attribute', name: token.name.toLowerCase(), action: token.action, value: token.value });
        }
    }
    return requirements;
}
//# sourceMappingURL=selector-prefilter.js.map