/** Highest cost kept apart; costs above it share the last bucket (still in discovery order). */
const MAX_COST = 64;
/** Cost of a link for {@link BestFirstFrontier}: depth plus 3 per step of contact unlikeliness (0–2). */
export function linkCost(depth, likelihoodClass) {
    return depth + 3 * likelihoodClass;
}
/** Bucket queue of {@link FrontierEntry} by integer cost; O(1) push, amortized O(1) pop. */
export class BestFirstFrontier {
    #buckets = [];
    #heads = [];
    #size = 0;
    #lowest = 0;
    get size() {
        return this.#size;
    }
    push(entry, cost) {
        const level = Math.min(MAX_COST, Math.max(0, Math.floor(cost)));
        (this.#buckets[level] ??= []).push(entry);
        this.#heads[level] ??= 0;
        this.#size += 1;
        if (level < this.#lowest)
            this.#lowest = level;
    }
    shift() {
        if (this.#size === 0)
            return undefined;
        for (let level = this.#lowest; level < this.#buckets.length; level += 1) {
            const bucket = this.#buckets[level];
            const head = this.#heads[level] ?? 0;
            if (!bucket || head >= bucket.length)
                continue;
            const entry = bucket[head];
            if (head + 1 === bucket.length) {
                this.#buckets[level] = [];
                this.#heads[level] = 0;
            }
            else {
                this.#heads[level] = head + 1;
            }
            this.#size -= 1;
            this.#lowest = level;
            return entry;
        }
        return undefined;
    }
}
//# sourceMappingURL=best-first-frontier.js.map