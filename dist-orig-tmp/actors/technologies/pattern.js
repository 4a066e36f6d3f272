/**
 * Wappalyzer pattern syntax: `regex\;version:\1\;confidence:50`. A pattern is a regular
 * expression (matched case-insensitively) followed by optional `\;key:value` tags; `version` is a
 * template with back references (`\1`) and ternaries (`\1?yes:no`).
 */
import { requiredLiteral } from './required-literal.js';
/** Upper bound given to `+`, `*` and `{n,}`, as Wappalyzer does, so one match scans a bounded window. */
export const MAX_QUANTIFIER_REPEAT = 250;
/** Captures longer than this are not used in version templates (Wappalyzer's rule). */
const MAX_CAPTURE_CHARS_IN_VERSION = 10;
/** Hands out pattern ids and records the patterns JavaScript cannot compile. */
export class PatternCompiler {
    nextId = 0;
    rejectedPatterns = [];
    /** Patterns skipped so far, with the engine's error message. */
    get rejected() {
        return this.rejectedPatterns;
    }
    /** Number of patterns compiled so far. */
    get compiledCount() {
        return this.nextId;
    }
    /**
     * Compiles one Wappalyzer pattern; returns null (and records why) when its regex is not valid
     * JavaScript, e.g. PCRE-only syntax such as `(?i)`.
     */
    compile(pattern) {
        const source = String(pattern);
        const [regexSource = '', ...tags] = source.split('\\;');
        let regex;
        try {
            regex = new RegExp(boundQuantifiers(regexSource), 'i');
        }
        catch (error) {
            this.rejectedPatterns.push({ source, reason: error instanceof Error ? error.message : String(error) });
            return null;
        }
        const attributes = parseTags(tags);
        return {
            id: this.nextId++,
            regex,
            confidence: parseConfidence(attributes.get('confidence')),
            versionTemplate: (attributes.get('version') ?? '').trim(),
            literal: requiredLiteral(regexSource),
        };
    }
}
function parseTags(tags) {
    const attributes = new Map();
    for (const tag of tags) {
        const colon = tag.indexOf(':');
        if (colon > 0)
            attributes.set(tag.slice(0, colon), tag.slice(colon + 1));
    }
    return attributes;
}
function parseConfidence(raw) {
    if (raw === undefined)
        return 100;
    const value = Number.parseInt(raw, 10);
    return Number.isFinite(value) ? Math.min(100, Math.max(0, value)) : 100;
}
/**
 * Rewrites unbounded quantifiers (`+`, `*`, `{n,}`) outside character classes into bounded ones,
 * which keeps each match attempt within a window of {@link MAX_QUANTIFIER_REPEAT} characters per
 * quantifier, like Wappalyzer's own engine. Escapes and classes are copied unchanged.
 */
export function boundQuantifiers(source) {
    let out = '';
    let inClass = false;
    for (let i = 0; i < source.length; i++) {
        const char = source[i];
        if (char === '\\') {
            out += source.slice(i, i + 2);
            i++;
            continue;
        }
        if (inClass) {
            if (char === ']')
                inClass = false;
            out += char;
            continue;
        }
        if (char === '[') {
            inClass = true;
            out += char;
            continue;
        }
        if (char === '+') {
            out += `{1,${MAX_QUANTIFIER_REPEAT}}`;
            continue;
        }
        if (char === '*') {
            out += `{0,${MAX_QUANTIFIER_REPEAT}}`;
            continue;
        }
        if (char === '{') {
            const open = /^\{(\d+),\}/.exec(source.slice(i));
            if (open) {
                const min = Number(open[1]);
                out += `{${min},${Math.max(min, MAX_QUANTIFIER_REPEAT)}}`;
                i += open[0].length - 1;
                continue;
            }
        }
        out += char;
    }
    return out;
}
/**
 * Builds a version from a pattern's template and the match that triggered it (Wappalyzer's
 * rules): `\N` is replaced by capture N, `\N?a:b` gives `a` when capture N matched and `b`
 * otherwise, captures longer than 10 characters are ignored, unmatched references vanish.
 */
export function resolveVersion(template, match) {
    if (template === '')
        return '';
    let resolved = template;
    match.forEach((capture, index) => {
        if (capture !== undefined && capture.length > MAX_CAPTURE_CHARS_IN_VERSION)
            return;
        const ternary = new RegExp(`\\\\${index}\\?([^:]+):(.*)$`).exec(template);
        if (ternary)
            resolved = template.replace(ternary[0], capture ? ternary[1] : ternary[2]);
        resolved = resolved
            .trim()
            .split(`\\${index}`)
            .join(capture ?? '');
    });
    return resolved.replace(/\\\d/g, '').trim();
}
//# sourceMappingURL=pattern.js.map