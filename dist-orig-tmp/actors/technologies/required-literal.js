/**
 * Finds text that every match of a regex must contain, so that inputs without it are ruled out
 * by a substring search instead of running the regex: on real pages most of the ~15,000
 * fingerprint patterns are skipped this way, and adversarial inputs (long runs of `<`) stay cheap.
 */
/** Literals shorter than this are not worth a substring search. */
const MIN_LITERAL_CHARS = 3;
/** Escapes whose letter stands for a class, an assertion or a code: never a literal character. */
const NON_LITERAL_ESCAPE = /[0-9A-Za-z]/;
/**
 * The longest run of literal ASCII characters that every match of `source` contains, lower-cased,
 * or null when there is none of at least 3 characters. Conservative: groups, classes, optional
 * characters and anything after a top-level `|` contribute nothing, so a string without the
 * literal can never match. Sound for the 'i' flag without 'u': non-ASCII characters never match
 * ASCII ones case-insensitively, and lower-casing never removes an ASCII character.
 */
export function requiredLiteral(source) {
    const runs = [];
    let run = '';
    const endRun = () => {
        if (run !== '')
            runs.push(run);
        run = '';
    };
    let i = 0;
    while (i < source.length) {
        const char = source[i];
        if (char === '|')
            return null;
        if (char === '(' || char === '[') {
            endRun();
            const end = skipGroupOrClass(source, i);
            if (end === -1)
                return null;
            i = skipQuantifier(source, end);
            continue;
        }
        let literal = null;
        let width = 1;
        if (char === '\\') {
            const next = source[i + 1];
            if (next === undefined)
                return null;
            width = 2;
            if (!NON_LITERAL_ESCAPE.test(next))
                literal = next;
        }
        else if (!'.^$?*+{})]'.includes(char)) {
            literal = char;
        }
        const afterAtom = i + width;
        const quantified = skipQuantifier(source, afterAtom) !== afterAtom;
        if (literal !== null && !quantified && literal.charCodeAt(0) < 128) {
            run += literal.toLowerCase();
        }
        else {
            endRun();
        }
        i = skipQuantifier(source, afterAtom);
    }
    endRun();
    const longest = runs.reduce((best, candidate) => (candidate.length > best.length ? candidate : best), '');
    return longest.length >= MIN_LITERAL_CHARS ? longest : null;
}
/** Index just past the group or class opening at `start`, or -1 when it is not closed. */
function skipGroupOrClass(source, start) {
    let depth = 0;
    let inClass = false;
    for (let i = start; i < source.length; i++) {
        const char = source[i];
        if (char === '\\') {
            i++;
        }
        else if (inClass) {
            if (char === ']') {
                inClass = false;
                if (depth === 0)
                    return i + 1;
            }
        }
        else if (char === '[') {
            inClass = true;
        }
        else if (char === '(') {
            depth++;
        }
        else if (char === ')') {
            depth--;
            if (depth === 0)
                return i + 1;
            if (depth < 0)
                return -1;
        }
    }
    return -1;
}
/** Index just past a quantifier (`?`, `*`, `+`, `{n}`, `{n,m}`, each optionally lazy) at `start`, or `start`. */
function skipQuantifier(source, start) {
    let end = start;
    const char = source[start];
    if (char === '?' || char === '*' || char === '+') {
        end = start + 1;
    }
    else if (char === '{') {
        const braces = /^\{\d+(?:,\d*)?\}/.exec(source.slice(start, start + 24));
        if (braces)
            end = start + braces[0].length;
    }
    if (end > start && source[end] === '?')
        end++;
    return end;
}
//# sourceMappingURL=required-literal.js.map