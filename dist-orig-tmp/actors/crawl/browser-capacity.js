/**
 * How much rendering one actor service takes on, from the machine it runs on: concurrent pages
 * bounded by CPU and free memory, and the Chromium footprint beyond which the browser is
 * relaunched.
 */
import os from 'node:os';
const MIB = 1024 * 1024;
/**
 * Pages rendered at once per CPU: a render spends most of its time waiting (network, the quiet
 * period that lets scripts finish), so a CPU keeps several busy.
 */
export const PAGES_PER_CPU = 4;
/** Memory a rendering page may take (renderer process, DOM, scripts). */
export const MEMORY_PER_PAGE_BYTES = 256 * MIB;
/** Memory left to the rest of the machine before pages are counted. */
export const RESERVED_MEMORY_BYTES = 512 * MIB;
/** Concurrent pages never exceed this by default, however large the machine. */
export const MAX_DEFAULT_PAGES = 16;
/** Chromium's footprint without pages (browser, GPU, network and storage services). */
export const BROWSER_BASE_BYTES = 512 * MIB;
/** The resources of this machine now. */
export function currentHostResources() {
    return { cpus: os.availableParallelism(), freeMemoryBytes: os.freemem() };
}
/**
 * Default number of pages one actor service renders at once: {@link PAGES_PER_CPU} per CPU,
 * no more than free memory holds at {@link MEMORY_PER_PAGE_BYTES} each, between 1 and
 * {@link MAX_DEFAULT_PAGES}.
 */
export function defaultMaxConcurrentPages(resources = currentHostResources()) {
    const byCpu = Math.max(1, Math.floor(resources.cpus)) * PAGES_PER_CPU;
    const byMemory = Math.floor((resources.freeMemoryBytes - RESERVED_MEMORY_BYTES) / MEMORY_PER_PAGE_BYTES);
    return Math.max(1, Math.min(byCpu, byMemory, MAX_DEFAULT_PAGES));
}
/**
 * Default Chromium footprint (whole process tree) above which the browser is relaunched: the
 * base footprint plus what `maxConcurrentPages` pages may take. Beyond it, memory has grown
 * from leaks or heavy pages rather than from the pages in flight.
 */
export function defaultRecycleAboveBytes(maxConcurrentPages) {
    return BROWSER_BASE_BYTES + maxConcurrentPages * MEMORY_PER_PAGE_BYTES;
}
//# sourceMappingURL=browser-capacity.js.map