/**
 * Runs the fingerprint patterns against one page. Every input is cut to a bounded length first
 * ({@link MATCH_LIMITS}), patterns are bounded-quantifier regexes (each match attempt scans a
 * bounded window), and a pattern runs only when the input contains its required literal: matching
 * time stays bounded whatever the page holds.
 */
import { parseDocument } from 'htmlparser2';
import { evaluateDomProbesStatically } from './dom-probes-static.js';
import { resolveVersion } from './pattern.js';
/** Caps on what is matched, in characters (or counts). */
export const MATCH_LIMITS = Object.freeze({
    urlChars: 2048,
    /** HTML is matched on its first `htmlHeadChars` and last `htmlTailChars` characters. */
    htmlHeadChars: 200_000,
    htmlTailChars: 50_000,
    /** Parsing for the static DOM check reads at most this much HTML. */
    domHtmlChars: 2_000_000,
    textChars: 100_000,
    scriptChars: 50_000,
    scriptsTotalChars: 300_000,
    scriptSrcChars: 2048,
    scriptSrcCount: 300,
    metaValueChars: 2048,
    metaValuesPerName: 20,
    headerValueChars: 4096,
    cookieValueChars: 2048,
    cookieCount: 300,
    jsValueChars: 200,
    domValueChars: 2000,
});
const EVIDENCE_CHARS = 120;
/** Matches every fingerprint of the set against one page. */
export function matchPage(set, input) {
    const detections = [];
    /** `lowerValue` is `value.toLowerCase()`, computed once per value for the literal pre-check. */
    /** `where` names the input; the evidence is `where: <matched text>` (or `where` alone when nothing is shown). */
    const run = (technology, patterns, value, lowerValue, where = '') => {
        for (const pattern of patterns) {
            if (pattern.literal !== null && !lowerValue.includes(pattern.literal))
                continue;
            const match = pattern.regex.exec(value);
            if (!match)
                continue;
            const shown = (where.startsWith('scriptSrc') ? value : match[0]).replace(/\s+/g, ' ').trim().slice(0, EVIDENCE_CHARS);
            const evidence = where === '' ? undefined : shown === '' ? where : `${where}: ${shown}`;
            detections.push({ technology, pattern, version: resolveVersion(pattern.versionTemplate, match), ...(evidence ? { evidence } : {}) });
        }
    };
    const runKeyed = (entries, value, where = '') => {
        if (entries === undefined)
            return;
        const lowerValue = value.toLowerCase();
        for (const { technology, patterns } of entries)
            run(technology, patterns, value, lowerValue, where);
    };
    const runEach = (technologies, field, value) => {
        const lowerValue = value.toLowerCase();
        for (const technology of technologies)
            run(technology, technology[field], value, lowerValue, field);
    };
    runEach(set.withUrl, 'url', input.url.slice(0, MATCH_LIMITS.urlChars));
    runEach(set.withHtml, 'html', headAndTail(input.html, MATCH_LIMITS.htmlHeadChars, MATCH_LIMITS.htmlTailChars));
    if (input.text !== undefined)
        runEach(set.withText, 'text', input.text.slice(0, MATCH_LIMITS.textChars));
    const scripts = joinCapped(input.scripts ?? [], MATCH_LIMITS.scriptChars, MATCH_LIMITS.scriptsTotalChars);
    if (scripts !== '')
        runEach(set.withScripts, 'scripts', scripts);
    const scriptSrc = new Set(input.scriptSrc.slice(0, MATCH_LIMITS.scriptSrcCount));
    for (const src of scriptSrc)
        runEach(set.withScriptSrc, 'scriptSrc', src.slice(0, MATCH_LIMITS.scriptSrcChars));
    for (const [name, value] of Object.entries(input.headers)) {
        runKeyed(set.byHeader.get(name.toLowerCase()), value.slice(0, MATCH_LIMITS.headerValueChars), `header ${name}`);
    }
    const cookies = Object.entries(input.cookies).slice(0, MATCH_LIMITS.cookieCount);
    for (const [name, rawValue] of cookies) {
        const value = rawValue.slice(0, MATCH_LIMITS.cookieValueChars);
        runKeyed(set.byCookie.get(name.toLowerCase()), value, `cookie ${name}`);
        for (const technology of set.withCookieNamePatterns) {
            for (const cookieName of technology.cookieNamePatterns) {
                if (cookieName.name.test(name))
                    run(technology, cookieName.patterns, value, value.toLowerCase(), `cookie ${name}`);
            }
        }
    }
    for (const [name, content] of Object.entries(input.meta)) {
        const values = (typeof content === 'string' ? [content] : content).slice(0, MATCH_LIMITS.metaValuesPerName);
        const entries = set.byMeta.get(name.toLowerCase());
        for (const value of values)
            runKeyed(entries, value.slice(0, MATCH_LIMITS.metaValueChars), `meta ${name}`);
    }
    for (const [path, value] of Object.entries(input.js ?? {})) {
        runKeyed(set.byJs.get(path), value.slice(0, MATCH_LIMITS.jsValueChars), `js ${path}`);
    }
    const runCapped = (technology, patterns, value, where) => {
        const capped = value.slice(0, MATCH_LIMITS.domValueChars);
        run(technology, patterns, capped, capped.toLowerCase(), where);
    };
    // DOM rules run on the HTML as fetched (or rendered) and, for a rendered page, on the live DOM too.
    const doms = input.dom ? [input.dom, staticDom(set, input.html)] : [staticDom(set, input.html)];
    for (const technology of set.withDom) {
        for (const rule of technology.dom)
            for (const dom of doms) {
                const found = dom[rule.selector];
                if (found === undefined)
                    continue;
                const where = `dom ${rule.selector}`;
                run(technology, rule.exists, '', '', where);
                for (const text of found.texts)
                    runCapped(technology, rule.text, text, where);
                for (const [name, patterns] of rule.attributes) {
                    for (const value of found.attributes[name] ?? [])
                        runCapped(technology, patterns, value, `${where} [${name}]`);
                }
                for (const [name, patterns] of rule.properties) {
                    for (const value of found.properties[name] ?? [])
                        runCapped(technology, patterns, value, `${where} .${name}`);
                }
            }
    }
    return detections;
}
function staticDom(set, html) {
    return evaluateDomProbesStatically(parseDocument(html.slice(0, MATCH_LIMITS.domHtmlChars)), set.domProbes);
}
function headAndTail(text, headChars, tailChars) {
    if (text.length <= headChars + tailChars)
        return text;
    return `${text.slice(0, headChars)}\n${text.slice(text.length - tailChars)}`;
}
function joinCapped(parts, partChars, totalChars) {
    let joined = '';
    for (const part of parts) {
        if (joined.length >= totalChars)
            break;
        joined += (joined === '' ? '' : '\n') + part.slice(0, partChars);
    }
    return joined.slice(0, totalChars);
}
//# sourceMappingURL=match-page.js.map