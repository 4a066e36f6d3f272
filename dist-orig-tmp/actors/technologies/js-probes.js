/**
 * JavaScript globals that reveal technologies (`jQuery.fn.jquery`, `React.version`…): the list
 * to read, and the function that reads them inside a rendered page.
 */
import { loadFingerprints } from './fingerprints.js';
/** Values read from page globals are cut to this many characters. */
export const MAX_JS_VALUE_CHARS = 200;
/** The JS global paths to evaluate in a rendered page (e.g. `jQuery.fn.jquery`, `React.version`), sorted. */
export function jsProbeNames() {
    return loadFingerprints().jsProbeNames;
}
/**
 * Reads global paths in the page it runs in; pass it to Puppeteer as
 * `page.evaluate(evaluateJsProbes, jsProbeNames())`. Self-contained (Puppeteer serialises its
 * source), so it uses no outer binding.
 *
 * Returns, for each path that exists, its value as Wappalyzer compares it: strings cut to
 * {@link MAX_JS_VALUE_CHARS} characters, numbers in decimal, anything else as `'true'` or
 * `'false'` (its truthiness: a function's source is never read). A path exists when every step is
 * an own property (`jQuery.fn.jquery`, `a[b].c` alike). Top-level `let`/`const` bindings are
 * found too. Each path is read under its own try/catch, so a throwing getter only hides that path.
 */
export const evaluateJsProbes = function evaluateJsProbes(names) {
    const maxValueChars = 200;
    const missing = {};
    const global = globalThis;
    const identifier = /^[A-Za-z_$][\w$]*$/;
    const results = {};
    const stepsOf = (name) => name
        .replace(/\[\s*(['"]?)([^\]]*?)\1\s*\]/g, '.$2')
        .split('.')
        .map((step) => step.trim())
        .filter((step) => step !== '');
    // Top-level `let`/`const`/`class` bindings are not properties of globalThis: read them all in
    // one evaluated function (one CSP check at most), each guarded on its own.
    const lexical = new Map();
    const lexicalRoots = new Set();
    for (const name of names) {
        const root = stepsOf(name)[0];
        try {
            if (root !== undefined && identifier.test(root) && !(root in global))
                lexicalRoots.add(root);
        }
        catch {
            // An exotic global object whose `in` check runs a throwing getter: not a lexical binding.
        }
    }
    if (lexicalRoots.size > 0) {
        const roots = [...lexicalRoots];
        const body = roots.map((root) => `(function(){try{return typeof ${root}==='undefined'?m:${root}}catch(e){return m}})()`).join(',');
        try {
            // eslint-disable-next-line @typescript-eslint/no-implied-eval, @typescript-eslint/no-unsafe-call -- runs in the page: let/const/class globals are not properties of window, only code can read them
            const values = new Function('m', `return [${body}];`)(missing);
            roots.forEach((root, index) => {
                if (values[index] !== missing)
                    lexical.set(root, values[index]);
            });
        }
        catch {
            // Eval forbidden by the page's CSP, or a name that is a reserved word: globals only.
        }
    }
    for (const name of names) {
        try {
            const steps = stepsOf(name);
            const root = steps.shift();
            if (root === undefined)
                continue;
            let value;
            if (lexical.has(root))
                value = lexical.get(root);
            else if (root in global)
                value = global[root];
            else
                continue;
            let found = true;
            for (const step of steps) {
                if (value !== null && (typeof value === 'object' || typeof value === 'function') && step in value) {
                    value = value[step];
                }
                else {
                    found = false;
                    break;
                }
            }
            if (!found)
                continue;
            results[name] = typeof value === 'string' ? value.slice(0, maxValueChars) : typeof value === 'number' ? String(value) : String(Boolean(value));
        }
        catch {
            // A getter threw: treat the path as absent.
        }
    }
    return results;
};
//# sourceMappingURL=js-probes.js.map