/**
 * The compiled fingerprint set: every technology of the data set with its patterns compiled once,
 * plus indexes by header, cookie, meta and JS-global name so a page is matched without walking
 * all technologies. Loaded lazily, once per process ({@link loadFingerprints}).
 */
import { readFingerprintData } from './fingerprint-data.js';
import { mergeFingerprintSupplement } from './fingerprint-supplement.js';
import { PatternCompiler } from './pattern.js';
let loaded;
/** The process-wide fingerprint set, read and compiled on first use (about a second). */
export function loadFingerprints() {
    loaded ??= compileFingerprints(mergeFingerprintSupplement(readFingerprintData()));
    return loaded;
}
/** Compiles a raw data set; exported so tests can compile small hand-written sets. */
export function compileFingerprints(data) {
    const compiler = new PatternCompiler();
    const categoryNames = new Map();
    for (const [id, category] of Object.entries(data.categories))
        categoryNames.set(Number(id), category.name);
    const knownNames = new Set(Object.keys(data.technologies));
    const unknownReferences = new Set();
    const known = (name) => {
        if (knownNames.has(name))
            return true;
        unknownReferences.add(name);
        return false;
    };
    const technologies = new Map();
    for (const [name, raw] of Object.entries(data.technologies)) {
        const categoryIds = (raw.cats ?? []).filter((id) => categoryNames.has(id));
        const cookies = compileKeyed(compiler, raw.cookies, true);
        technologies.set(name, {
            name,
            categoryIds,
            categories: categoryIds.map((id) => categoryNames.get(id)),
            website: raw.website ?? null,
            url: compileList(compiler, raw.url),
            html: compileList(compiler, raw.html),
            text: compileList(compiler, raw.text),
            scripts: compileList(compiler, raw.scripts),
            scriptSrc: compileList(compiler, raw.scriptSrc),
            headers: compileKeyed(compiler, raw.headers, true),
            cookies,
            cookieNamePatterns: cookieNamePatternsOf(cookies),
            meta: compileKeyed(compiler, raw.meta, true),
            js: compileKeyed(compiler, raw.js, false),
            dom: compileDom(compiler, raw.dom),
            implies: toList(raw.implies)
                .map(parseImplied)
                .filter(({ name }) => known(name)),
            excludes: toList(raw.excludes).map(patternValue).filter(known),
            requires: toList(raw.requires).map(patternValue).filter(known),
            requiresCategoryIds: toList(raw.requiresCategory).map(Number),
        });
    }
    const all = [...technologies.values()];
    return {
        source: data.source,
        technologies,
        categoryNames,
        byHeader: indexBy(all, (t) => t.headers),
        byCookie: indexBy(all, (t) => t.cookies),
        byMeta: indexBy(all, (t) => t.meta),
        byJs: indexBy(all, (t) => t.js),
        withUrl: all.filter((t) => t.url.length > 0),
        withHtml: all.filter((t) => t.html.length > 0),
        withText: all.filter((t) => t.text.length > 0),
        withScripts: all.filter((t) => t.scripts.length > 0),
        withScriptSrc: all.filter((t) => t.scriptSrc.length > 0),
        withCookieNamePatterns: all.filter((t) => t.cookieNamePatterns.length > 0),
        withDom: all.filter((t) => t.dom.length > 0),
        jsProbeNames: [...new Set(all.flatMap((t) => [...t.js.keys()]))].sort(),
        domProbes: buildDomProbes(all),
        patternCount: compiler.compiledCount,
        rejectedPatterns: compiler.rejected,
        unknownReferences: [...unknownReferences].sort(),
    };
}
function toList(value) {
    if (value === undefined)
        return [];
    return Array.isArray(value) ? value : [value];
}
function compileList(compiler, raw) {
    const compiled = [];
    for (const pattern of toList(raw)) {
        const result = compiler.compile(pattern);
        if (result)
            compiled.push(result);
    }
    return compiled;
}
function compileKeyed(compiler, raw, lowerCaseKeys) {
    const compiled = new Map();
    for (const [rawKey, patterns] of Object.entries(raw ?? {})) {
        const key = lowerCaseKeys ? rawKey.trim().toLowerCase() : rawKey.trim();
        const list = compileList(compiler, patterns);
        if (list.length > 0)
            compiled.set(key, [...(compiled.get(key) ?? []), ...list]);
    }
    return compiled;
}
const REGEX_SYNTAX = /[[\]()*+?\\^${}|]/;
/**
 * Most cookie names in the data set are literal; some are globs (`_ga_*`) or regexes
 * (`joomla_[a-z0-9]+`). Every name stays a literal key; globs and valid regexes also become
 * anchored name patterns.
 */
function cookieNamePatternsOf(cookies) {
    const namePatterns = [];
    for (const [name, patterns] of cookies) {
        if (!REGEX_SYNTAX.test(name))
            continue;
        const withoutGlob = name.slice(0, -1);
        const source = name.endsWith('*') && !REGEX_SYNTAX.test(withoutGlob) ? `${escapeRegex(withoutGlob)}.*` : name;
        try {
            namePatterns.push({ name: new RegExp(`^(?:${source})$`, 'i'), patterns });
        }
        catch {
            // Not a valid JavaScript regex (e.g. `(?i)…`): the literal lookup still applies.
        }
    }
    return namePatterns;
}
function escapeRegex(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
function compileDom(compiler, raw) {
    if (raw === undefined)
        return [];
    if (typeof raw === 'string' || Array.isArray(raw)) {
        return toList(raw).map((selector) => ({
            selector: selector.trim(),
            exists: compileList(compiler, ''),
            text: [],
            attributes: new Map(),
            properties: new Map(),
        }));
    }
    const rules = [];
    for (const [selector, spec] of Object.entries(raw)) {
        const checksSomething = spec.exists !== undefined || spec.text !== undefined || spec.attributes !== undefined || spec.properties !== undefined;
        rules.push({
            selector: selector.trim(),
            // An empty spec (`"script.aioseo-schema": {}`) can only mean "the selector matches".
            exists: compileList(compiler, checksSomething ? spec.exists : ''),
            text: compileList(compiler, spec.text),
            attributes: compileKeyed(compiler, spec.attributes, true),
            properties: compileKeyed(compiler, spec.properties, false),
        });
    }
    return rules;
}
/** The part of a `name\;key:value` entry before its tags. */
function patternValue(raw) {
    return String(raw).split('\\;')[0].trim();
}
function parseImplied(raw) {
    const [name = '', ...tags] = String(raw).split('\\;');
    let confidence = 100;
    let version = '';
    for (const tag of tags) {
        const colon = tag.indexOf(':');
        if (colon <= 0)
            continue;
        const key = tag.slice(0, colon);
        const value = tag.slice(colon + 1);
        if (key === 'confidence') {
            const parsed = Number.parseInt(value, 10);
            if (Number.isFinite(parsed))
                confidence = Math.min(100, Math.max(0, parsed));
        }
        else if (key === 'version') {
            version = value.trim();
        }
    }
    return { name: name.trim(), confidence, version };
}
function indexBy(technologies, field) {
    const index = new Map();
    for (const technology of technologies) {
        for (const [key, patterns] of field(technology)) {
            const entries = index.get(key) ?? [];
            entries.push({ technology, patterns });
            index.set(key, entries);
        }
    }
    return index;
}
function buildDomProbes(technologies) {
    const bySelector = new Map();
    for (const technology of technologies) {
        for (const rule of technology.dom) {
            const probe = bySelector.get(rule.selector) ?? {
                exists: false,
                text: false,
                attributes: new Set(),
                properties: new Set(),
            };
            probe.exists ||= rule.exists.length > 0;
            probe.text ||= rule.text.length > 0;
            for (const name of rule.attributes.keys())
                probe.attributes.add(name);
            for (const name of rule.properties.keys())
                probe.properties.add(name);
            bySelector.set(rule.selector, probe);
        }
    }
    return [...bySelector.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([selector, probe]) => ({
        selector,
        exists: probe.exists,
        text: probe.text,
        attributes: [...probe.attributes].sort(),
        properties: [...probe.properties].sort(),
    }));
}
//# sourceMappingURL=fingerprints.js.map