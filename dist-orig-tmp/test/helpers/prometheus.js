/** Reads values out of a Prometheus text exposition (what `/metrics` answers). */
/** The value of the sample `name` whose labels include `labels`; undefined when absent. */
export function sampleValue(text, name, labels = {}) {
    for (const line of text.split('\n')) {
        if (line.startsWith('#'))
            continue;
        const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)$/.exec(line);
        if (match?.[1] !== name)
            continue;
        const found = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]));
        if (Object.entries(labels).every(([key, value]) => found[key] === value))
            return Number(match[3]);
    }
    return undefined;
}
/** Like {@link sampleValue}, failing when the sample is missing. */
export function requireSample(text, name, labels = {}) {
    const value = sampleValue(text, name, labels);
    if (value === undefined)
        throw new Error(`No sample ${name}${JSON.stringify(labels)} in:\n${text.slice(0, 2000)}`);
    return value;
}
//# sourceMappingURL=prometheus.js.map