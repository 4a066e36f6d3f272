/**
 * The queue of URLs still to crawl, ordered breadth-first: lower depth first, and within one
 * depth lower link priority first (contact/about/legal pages before the rest), then discovery
 * order.
 */
/** Breadth-first priority queue of {@link FrontierEntry}; O(1) push and amortized O(1) pop. */
export class CrawlFrontier {
    /** buckets[depth][priority] holds entries in discovery order; heads[] are read positions. */
    #buckets = [];
    #heads = [];
    #size = 0;
    #lowestDepth = 0;
    /** Number of entries waiting. */
    get size() {
        return this.#size;
    }
    /**
     * Adds an entry. `priority` is a small non-negative integer (0 = most urgent).
     */
    push(entry, priority) {
        const depthBuckets = (this.#buckets[entry.depth] ??= []);
        const depthHeads = (this.#heads[entry.depth] ??= []);
        const level = Math.max(0, Math.floor(priority));
        (depthBuckets[level] ??= []).push(entry);
        depthHeads[level] ??= 0;
        this.#size += 1;
        if (entry.depth < this.#lowestDepth)
            this.#lowestDepth = entry.depth;
    }
    /** Removes and returns the most urgent entry, or undefined when empty. */
    shift() {
        if (this.#size === 0)
            return undefined;
        for (let depth = this.#lowestDepth; depth < this.#buckets.length; depth += 1) {
            const depthBuckets = this.#buckets[depth];
            const depthHeads = this.#heads[depth];
            if (!depthBuckets || !depthHeads)
                continue;
            for (let level = 0; level < depthBuckets.length; level += 1) {
                const bucket = depthBuckets[level];
                const head = depthHeads[level] ?? 0;
                if (!bucket || head >= bucket.length)
                    continue;
                const entry = bucket[head];
                depthHeads[level] = head + 1;
                if (head + 1 === bucket.length) {
                    depthBuckets[level] = [];
                    depthHeads[level] = 0;
                }
                this.#size -= 1;
                this.#lowestDepth = depth;
                return entry;
            }
        }
        return undefined;
    }
}
//# sourceMappingURL=crawl-frontier.js.map