/**
 * Text written backwards and turned around by CSS (`unicode-bidi: bidi-override; direction:
 * rtl`), an anti-spam trick for e-mail addresses: the markup holds `rf.emca@tcatnoc`, visitors
 * see `contact@acme.fr`. Inline styles and classes styled so in the page's `<style>` blocks.
 */
import { Parser } from 'htmlparser2';
const MAX_ELEMENTS = 200;
const MAX_TEXT_CHARS = 320;
const MAX_STYLE_CHARS = 200_000;
function isReversingStyle(css) {
    return /direction\s*:\s*rtl/i.test(css) && /unicode-bidi\s*:\s*(?:bidi-override|isolate-override)/i.test(css);
}
/** Class names whose CSS rule reverses the text (`.rev { unicode-bidi: bidi-override; direction: rtl }`). */
function reversingClasses(styles) {
    const classes = new Set();
    for (const rule of styles.slice(0, MAX_STYLE_CHARS).split('}')) {
        const brace = rule.indexOf('{');
        if (brace === -1 || !isReversingStyle(rule.slice(brace + 1)))
            continue;
        for (const match of rule.slice(0, brace).matchAll(/\.([A-Za-z_][\w-]{0,60})/g))
            classes.add(match[1]);
    }
    return classes;
}
/** The visible (turned around) text of every element whose text CSS reverses. */
export function reversedTexts(html) {
    // No right-to-left direction anywhere: nothing is reversed, no need to parse.
    if (!/direction\s*:\s*rtl/i.test(html))
        return [];
    const candidates = [];
    const open = [];
    let styles = '';
    let inStyle = false;
    const parser = new Parser({
        onopentag(name, attributes) {
            if (name === 'style')
                inStyle = true;
            const inlineStyle = isReversingStyle(attributes.style ?? '');
            const classes = (attributes.class ?? '').split(/\s+/).filter(Boolean);
            if ((inlineStyle || classes.length > 0) && candidates.length < MAX_ELEMENTS * 10) {
                const candidate = { inlineStyle, classes, text: '' };
                candidates.push(candidate);
                open.push(candidate);
            }
            else
                open.push({ inlineStyle: false, classes: [], text: '' });
        },
        ontext(data) {
            if (inStyle) {
                if (styles.length < MAX_STYLE_CHARS)
                    styles += data;
                return;
            }
            const current = open[open.length - 1];
            if (current && current.text.length < MAX_TEXT_CHARS)
                current.text += data;
        },
        onclosetag(name) {
            if (name === 'style')
                inStyle = false;
            open.pop();
        },
    }, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
    parser.end(html);
    const classes = reversingClasses(styles);
    return candidates
        .filter((c) => c.text.trim().length > 0 && (c.inlineStyle || c.classes.some((name) => classes.has(name))))
        .slice(0, MAX_ELEMENTS)
        .map((c) => Array.from(c.text.trim()).reverse().join(''));
}
//# sourceMappingURL=reversed-text.js.map