/**
 * Samples the memory of the processes under benchmark while a measurement runs: the resident
 * set of each Node process, and the footprint (PSS) of the Chromium process trees that are
 * children of the actor processes. Peaks are kept, and the actor services' first and last
 * samples, to see whether their memory grows over a run.
 */
import { descendantPids, processMemory, processTreeMemory } from '../actors/crawl/process-memory.js';
export { processTreeMemory };
async function rss(pid) {
    return (await processMemory(pid))?.rssBytes ?? 0;
}
/** The Chromium footprint under one actor process: its descendants' PSS sum. */
async function childrenFootprint(pid) {
    let bytes = 0;
    for (const child of await descendantPids(pid)) {
        const own = await processMemory(child);
        if (own)
            bytes += own.pssBytes ?? own.rssBytes;
    }
    return bytes;
}
/** Starts sampling every `intervalMs`. */
export function sampleMemory(gatewayPid, actorPids, intervalMs = 250) {
    let gatewayPeakBytes = 0;
    let actorPeakBytes = 0;
    let chromiumPeakBytes = 0;
    const actorSeries = [];
    const startedAt = performance.now();
    let samples = 0;
    let running = Promise.resolve();
    const sample = async () => {
        if (gatewayPid !== undefined)
            gatewayPeakBytes = Math.max(gatewayPeakBytes, await rss(gatewayPid));
        let largestActor = 0;
        let chromium = 0;
        for (const pid of actorPids) {
            largestActor = Math.max(largestActor, await rss(pid));
            chromium += await childrenFootprint(pid);
        }
        actorPeakBytes = Math.max(actorPeakBytes, largestActor);
        chromiumPeakBytes = Math.max(chromiumPeakBytes, chromium);
        if (largestActor > 0)
            actorSeries.push({ at: performance.now() - startedAt, bytes: largestActor });
        samples += 1;
    };
    const timer = setInterval(() => {
        running = running.then(sample, sample);
    }, intervalMs);
    running = sample();
    return {
        async stop() {
            clearInterval(timer);
            await running.catch(() => undefined);
            await sample().catch(() => undefined);
            const span = actorSeries.at(-1)?.at ?? 0;
            const actorBytesByQuarter = [0.25, 0.5, 0.75, 1].map((fraction) => actorSeries.find((sample) => sample.at >= fraction * span)?.bytes ?? 0);
            return { gatewayPeakBytes, actorPeakBytes, chromiumPeakBytes, actorBytesByQuarter, samples };
        },
    };
}
/** Samples the footprint of one process tree (e.g. a bare Chromium) every `intervalMs`; stop gives its peak. */
export function sampleTreePeak(pid, intervalMs = 250) {
    let peak = 0;
    let running = Promise.resolve();
    const sample = async () => {
        peak = Math.max(peak, (await processTreeMemory(pid))?.bytes ?? 0);
    };
    const timer = setInterval(() => {
        running = running.then(sample, sample);
    }, intervalMs);
    return {
        async stop() {
            clearInterval(timer);
            await running.catch(() => undefined);
            return peak;
        },
    };
}
//# sourceMappingURL=memory-sampler.js.map