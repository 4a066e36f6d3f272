/**
 * Decides whether rendering a fetched page could show a technology that its HTML, headers and
 * Set-Cookie headers cannot. Only a technology with evidence a browser sees and the served
 * document does not (JS globals, DOM properties, script-set cookies, script-inserted nodes) can
 * need a render, and only when the page hints at it: a script URL or inline script contains a
 * literal of its `scriptSrc`/`scripts` patterns, or the page names one of its JS globals. A
 * hinted technology the static evidence already detects (with a version, when its JS rules could
 * give one) needs no render either.
 */
import { loadFingerprints } from './fingerprints.js';
import { MATCH_LIMITS, matchPage } from './match-page.js';
import { pageScripts, technologyInputFromPage } from './technology-input.js';
/** Identifiers shorter than this (`$`, `ga`, `ui`) are too common in code to hint at anything. */
const MIN_HINT_CHARS = 4;
/** A pattern literal hints at a technology when it holds an uncommon word this long… */
const MIN_LITERAL_ALNUM = 5;
/** …and at most this many technologies' patterns share it (`jquery`, `wp-content` name no one). */
const MAX_LITERAL_SHARERS = 2;
/** Words of JS global paths and script URLs that name no technology. */
const GENERIC_STEPS = new Set([
    'fn',
    'prototype',
    'version',
    'ver',
    'v',
    'name',
    'default',
    'config',
    'init',
    'options',
    'settings',
    'core',
    'lib',
    'app',
    'api',
    'data',
    'window',
    'document',
    'constructor',
    'build',
    'info',
    'main',
    'site',
    'page',
    'head',
    'util',
    'utils',
    'plugin',
    'plugins',
    'com',
    'org',
    'net',
    'push',
    'event',
    'events',
    'track',
    'target',
    'form',
    'analytics',
    'loaded',
    'ready',
    'instance',
    'instances',
    'widget',
    'load',
    'start',
    'run',
    'q',
    'queue',
    'cmd',
    'next',
    'static',
    'global',
    'context',
    'embed',
    'assets',
    'scripts',
    'script',
    'dist',
    'build',
    'bundle',
    'vendor',
    'public',
    'resources',
    'files',
    'media',
    'images',
    'common',
    'cdn',
    'cdnjs',
    'jsdelivr',
    'cloudflare',
    'ajax',
    'libs',
    'www',
    'http',
    'https',
    'wp-content',
    'wp-includes',
    'themes',
    'content',
    'includes',
    'html',
    'json',
]);
const indexes = new WeakMap();
/**
 * Names of the technologies a render of the page could reveal (or give a version of) that the
 * page as served does not, sorted; empty when rendering it for technologies is pointless.
 * `page` is the page as fetched: its URL, HTML and response headers.
 */
export function technologiesToProbe(page, options = {}) {
    const set = options.set ?? loadFingerprints();
    const scripts = options.scripts ?? pageScripts(page);
    const hinted = hintedTechnologies(scripts, hintIndex(set));
    if (hinted.size === 0)
        return [];
    // matchPage checks DOM rules on the HTML itself: an empty `dom` spares doing it twice.
    const input = technologyInputFromPage({ url: page.url, html: page.html, headers: page.headers, dom: {} });
    /** Technology name -> whether some static match gave its version. */
    const detected = new Map();
    for (const { technology, version } of matchPage(subsetOf(set, hinted), input)) {
        detected.set(technology.name, detected.get(technology.name) === true || version !== '');
    }
    return [...hinted]
        .filter(({ technology, versionFromJs }) => {
        const versioned = detected.get(technology.name);
        return versioned === undefined || (!versioned && versionFromJs);
    })
        .map(({ technology }) => technology.name)
        .sort();
}
/** The set restricted to `kept` (its static rules only matter here), so matching costs what they cost. */
function subsetOf(set, kept) {
    const technologies = new Set([...kept].map(({ technology }) => technology));
    const keep = (list) => list.filter((technology) => technologies.has(technology));
    const keepKeyed = (index) => {
        const kept = new Map();
        for (const [key, entries] of index) {
            const mine = entries.filter(({ technology }) => technologies.has(technology));
            if (mine.length > 0)
                kept.set(key, mine);
        }
        return kept;
    };
    const selectors = new Set([...technologies].flatMap((technology) => technology.dom.map(({ selector }) => selector)));
    return {
        ...set,
        byHeader: keepKeyed(set.byHeader),
        byCookie: keepKeyed(set.byCookie),
        byMeta: keepKeyed(set.byMeta),
        byJs: new Map(),
        withUrl: keep(set.withUrl),
        withHtml: keep(set.withHtml),
        withText: keep(set.withText),
        withScripts: keep(set.withScripts),
        withScriptSrc: keep(set.withScriptSrc),
        withCookieNamePatterns: keep(set.withCookieNamePatterns),
        withDom: keep(set.withDom),
        jsProbeNames: [],
        domProbes: set.domProbes.filter(({ selector }) => selectors.has(selector)),
    };
}
function hintedTechnologies(page, index) {
    const hinted = new Set();
    const sources = page.scriptSrc
        .slice(0, MATCH_LIMITS.scriptSrcCount)
        .map((src) => src.slice(0, MATCH_LIMITS.scriptSrcChars))
        .join('\n')
        .toLowerCase();
    let inline = '';
    for (const script of page.scripts) {
        if (inline.length >= MATCH_LIMITS.scriptsTotalChars)
            break;
        inline += `\n${script.slice(0, MATCH_LIMITS.scriptChars)}`;
    }
    inline = inline.toLowerCase();
    if (sources === '' && inline === '')
        return hinted;
    for (const candidate of index.byLiteral) {
        if ((sources !== '' && candidate.srcLiterals.some((literal) => sources.includes(literal))) ||
            (inline !== '' && candidate.scriptLiterals.some((literal) => inline.includes(literal)))) {
            hinted.add(candidate);
        }
    }
    const tokens = new Set();
    for (const text of [sources, inline])
        for (const [token] of text.matchAll(/[a-z0-9_$]{4,}/g))
            tokens.add(token);
    for (const token of tokens)
        for (const candidate of index.byToken.get(token) ?? [])
            hinted.add(candidate);
    return hinted;
}
function hintIndex(set) {
    let index = indexes.get(set);
    if (index !== undefined)
        return index;
    const sharers = new Map();
    for (const technology of set.technologies.values()) {
        for (const literal of new Set([...technology.scriptSrc, ...technology.scripts].map(({ literal }) => literal))) {
            if (literal !== null)
                sharers.set(literal, (sharers.get(literal) ?? 0) + 1);
        }
    }
    // A literal hints when few technologies share it and it holds a word that is not a common path part.
    const distinctive = (patterns) => [
        ...new Set(patterns.flatMap(({ literal }) => literal !== null &&
            (sharers.get(literal) ?? 0) <= MAX_LITERAL_SHARERS &&
            (literal.match(/[a-z0-9_-]+/g) ?? []).some((word) => word.length >= MIN_LITERAL_ALNUM && !GENERIC_STEPS.has(word))
            ? [literal]
            : [])),
    ];
    const byLiteral = [];
    const byToken = new Map();
    const tokenSharers = new Map();
    const share = (token, name) => {
        const names = tokenSharers.get(token) ?? new Set();
        names.add(name);
        tokenSharers.set(token, names);
    };
    for (const technology of set.technologies.values()) {
        for (const path of technology.js.keys()) {
            const steps = stepsOf(path);
            if (steps.length > 0)
                share(`root:${steps[0]}`, technology.name);
            if (steps.length > 1)
                share(`step:${steps.at(-1)}`, technology.name);
        }
    }
    const telling = (token, kind) => token !== undefined &&
        token.length >= MIN_HINT_CHARS &&
        !GENERIC_STEPS.has(token) &&
        (tokenSharers.get(`${kind}:${token}`)?.size ?? 0) <= MAX_LITERAL_SHARERS;
    for (const technology of set.technologies.values()) {
        const browserOnly = technology.js.size > 0 || technology.dom.length > 0 || technology.cookies.size > 0;
        if (!browserOnly)
            continue;
        const candidate = {
            technology,
            srcLiterals: distinctive(technology.scriptSrc),
            scriptLiterals: distinctive(technology.scripts),
            versionFromJs: [...technology.js.values()].some((patterns) => patterns.some(({ versionTemplate }) => versionTemplate !== '')),
        };
        if (candidate.srcLiterals.length > 0 || candidate.scriptLiterals.length > 0)
            byLiteral.push(candidate);
        for (const path of technology.js.keys()) {
            // `viafoura.core` is hinted by `viafoura`; `jQuery.fn.dataTable` (jQuery is everywhere) by `datatable`.
            const steps = stepsOf(path);
            const root = steps[0];
            const last = steps.length > 1 ? steps.at(-1) : undefined;
            const token = telling(root, 'root') ? root : telling(last, 'step') ? last : undefined;
            if (token === undefined)
                continue;
            const list = byToken.get(token) ?? [];
            if (!list.includes(candidate))
                list.push(candidate);
            byToken.set(token, list);
        }
    }
    index = { byLiteral, byToken };
    indexes.set(set, index);
    return index;
}
/** The lower-cased steps of a JS global path (`a['b'].c` -> a, b, c), skipping generic ones after the root. */
function stepsOf(path) {
    const steps = path
        .replace(/\[\s*(['"]?)([^\]]*?)\1\s*\]/g, '.$2')
        .split('.')
        .map((step) => step.trim().toLowerCase());
    return steps.filter((step, index) => /^[a-z0-9_$-]+$/.test(step) && (index === 0 || !GENERIC_STEPS.has(step)));
}
//# sourceMappingURL=probe-need.js.map