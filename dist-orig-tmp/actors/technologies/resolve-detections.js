/** Versions longer than this are noise (hashes, dates), as in Wappalyzer. */
const MAX_VERSION_CHARS = 15;
/** A version whose leading number is this big is a timestamp or an id, not a version. */
const MIN_IMPLAUSIBLE_MAJOR_VERSION = 10_000;
const MAX_EVIDENCE = 3;
/** Resolves detections into technologies, sorted by confidence (highest first), then name. */
export function resolveDetections(set, detections) {
    const detected = aggregate(detections);
    const active = applyRequirements(set, detected);
    const kept = applyExcludes(active);
    addImplied(set, kept);
    return [...kept.values()]
        .filter(({ confidence }) => confidence > 0)
        .map(({ technology, confidence, version, evidence }) => ({
        name: technology.name,
        categories: technology.categories,
        version: version === '' ? null : version,
        confidence,
        evidence: evidence ?? [],
    }))
        .sort((a, b) => b.confidence - a.confidence || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
/** One candidate per technology with some confidence; a pattern matching on several pages counts once. */
function aggregate(detections) {
    const candidates = new Map();
    const countedPatterns = new Set();
    for (const { technology, pattern, version, evidence } of detections) {
        let candidate = candidates.get(technology.name);
        if (candidate === undefined) {
            candidate = { technology, confidence: 0, version: '', evidence: [] };
            candidates.set(technology.name, candidate);
        }
        if (evidence !== undefined && pattern.confidence > 0 && candidate.evidence.length < MAX_EVIDENCE && !candidate.evidence.includes(evidence)) {
            candidate.evidence.push(evidence);
        }
        if (!countedPatterns.has(pattern.id)) {
            countedPatterns.add(pattern.id);
            candidate.confidence = Math.min(100, candidate.confidence + pattern.confidence);
        }
        candidate.version = betterVersion(candidate.version, version);
    }
    // Zero-confidence patterns only carry versions: alone they neither detect nor exclude anything.
    for (const [name, candidate] of candidates)
        if (candidate.confidence === 0)
            candidates.delete(name);
    return candidates;
}
/** Keeps technologies without requirements, then, until nothing changes, those whose requirement is met. */
function applyRequirements(set, detected) {
    const active = new Map();
    const pending = [];
    for (const [name, candidate] of detected) {
        const { requires, requiresCategoryIds } = candidate.technology;
        if (requires.length === 0 && requiresCategoryIds.length === 0)
            active.set(name, candidate);
        else
            pending.push(candidate);
    }
    let changed = true;
    while (changed && pending.length > 0) {
        changed = false;
        const present = impliedClosure(set, active.keys());
        const presentCategories = new Set([...present].flatMap((name) => set.technologies.get(name)?.categoryIds ?? []));
        for (let i = pending.length - 1; i >= 0; i--) {
            const { technology } = pending[i];
            if (technology.requires.some((name) => present.has(name)) || technology.requiresCategoryIds.some((id) => presentCategories.has(id))) {
                active.set(technology.name, pending[i]);
                pending.splice(i, 1);
                changed = true;
            }
        }
    }
    return active;
}
/** Names of the given technologies and of everything they imply, transitively. */
function impliedClosure(set, names) {
    const closure = new Set(names);
    const queue = [...closure];
    while (queue.length > 0) {
        for (const { name } of set.technologies.get(queue.pop())?.implies ?? []) {
            if (!closure.has(name)) {
                closure.add(name);
                queue.push(name);
            }
        }
    }
    return closure;
}
/**
 * Drops every technology another detected technology excludes (`Shopline` excludes `Shopify`:
 * Shopify's patterns then matched a Shopline shop). When two exclude each other (Angular and
 * AngularJS) only the less confident one goes (ties: the later name).
 */
function applyExcludes(active) {
    const outranks = (a, b) => a.confidence !== b.confidence ? a.confidence > b.confidence : a.technology.name < b.technology.name;
    const kept = new Map();
    for (const [name, candidate] of active) {
        const dropped = [...active.values()].some((other) => other !== candidate &&
            other.technology.excludes.includes(name) &&
            !(candidate.technology.excludes.includes(other.technology.name) && outranks(candidate, other)));
        if (!dropped)
            kept.set(name, candidate);
    }
    return kept;
}
/** Adds implied technologies transitively; an implied technology never lowers what was detected. */
function addImplied(set, kept) {
    const excluded = new Set([...kept.values()].flatMap(({ technology }) => technology.excludes));
    const queue = [...kept.values()];
    while (queue.length > 0) {
        const implier = queue.shift();
        for (const implication of implier.technology.implies) {
            if (excluded.has(implication.name))
                continue;
            const technology = set.technologies.get(implication.name);
            if (technology === undefined)
                continue;
            const confidence = Math.min(implier.confidence, implication.confidence);
            const existing = kept.get(implication.name);
            if (existing === undefined) {
                const candidate = { technology, confidence, version: betterVersion('', implication.version), evidence: [`implied by ${implier.technology.name}`] };
                kept.set(implication.name, candidate);
                queue.push(candidate);
            }
            else if (confidence > existing.confidence || betterVersion(existing.version, implication.version) !== existing.version) {
                existing.confidence = Math.max(existing.confidence, confidence);
                existing.version = betterVersion(existing.version, implication.version);
                queue.push(existing);
            }
        }
    }
}
/** True for strings that look like a version (not a hash, a date stamp or an id). */
function isPlausibleVersion(version) {
    return version !== '' && version.length <= MAX_VERSION_CHARS && (Number.parseInt(version, 10) || 0) < MIN_IMPLAUSIBLE_MAJOR_VERSION;
}
/**
 * The better of two versions: a plausible one over an implausible one, then the more precise
 * (more dot-separated parts: `6.4.2` over `6.4`), then the higher, then the longer.
 */
export function betterVersion(current, candidate) {
    if (!isPlausibleVersion(candidate))
        return current;
    if (!isPlausibleVersion(current))
        return candidate;
    const currentParts = current.split('.');
    const candidateParts = candidate.split('.');
    if (candidateParts.length !== currentParts.length) {
        return candidateParts.length > currentParts.length ? candidate : current;
    }
    for (let i = 0; i < currentParts.length; i++) {
        const order = compareVersionPart(candidateParts[i], currentParts[i]);
        if (order !== 0)
            return order > 0 ? candidate : current;
    }
    return candidate.length > current.length ? candidate : current;
}
function compareVersionPart(a, b) {
    const numberA = Number.parseInt(a, 10);
    const numberB = Number.parseInt(b, 10);
    if (Number.isFinite(numberA) && Number.isFinite(numberB) && numberA !== numberB)
        return numberA - numberB;
    return a < b ? -1 : a > b ? 1 : 0;
}
//# sourceMappingURL=resolve-detections.js.map