/**
 * Per-caller rate limit as a token bucket: each caller may spend `perMinute` tokens in a burst,
 * and tokens come back continuously at `perMinute` per minute.
 */
const ALLOWED = Object.freeze({ allowed: true });
export class RateLimiter {
    #perMinute;
    #now;
    #buckets = new Map();
    constructor(options) {
        if (!Number.isInteger(options.perMinute) || options.perMinute < 0) {
            throw new RangeError(`perMinute must be an integer of at least 0 (got ${options.perMinute})`);
        }
        this.#perMinute = options.perMinute;
        this.#now = options.now ?? Date.now;
    }
    /** Tokens per minute, also the burst size; 0 when unlimited. */
    get perMinute() {
        return this.#perMinute;
    }
    /**
     * Spends `cost` tokens of `caller` when they are available; otherwise spends nothing and
     * says how long to wait. A cost larger than the burst ({@link perMinute}) is never allowed;
     * callers should refuse it with their own message.
     */
    take(caller, cost = 1) {
        if (this.#perMinute === 0 || cost <= 0)
            return ALLOWED;
        const now = this.#now();
        const bucket = this.#refilled(caller, now);
        if (bucket.tokens >= cost) {
            bucket.tokens -= cost;
            return ALLOWED;
        }
        const perMs = this.#perMinute / 60_000;
        const missing = Math.min(cost, this.#perMinute) - bucket.tokens;
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(missing / perMs / 1000)) };
    }
    #refilled(caller, now) {
        let bucket = this.#buckets.get(caller);
        if (!bucket) {
            bucket = { tokens: this.#perMinute, updatedAtMs: now };
            this.#buckets.set(caller, bucket);
            return bucket;
        }
        const elapsedMs = Math.max(0, now - bucket.updatedAtMs);
        bucket.tokens = Math.min(this.#perMinute, bucket.tokens + (elapsedMs * this.#perMinute) / 60_000);
        bucket.updatedAtMs = now;
        if (this.#buckets.size > 10_000)
            this.#forgetFullBuckets(now);
        return bucket;
    }
    /** Full buckets carry no state: dropping them bounds memory. */
    #forgetFullBuckets(now) {
        for (const [caller, bucket] of this.#buckets) {
            const tokens = bucket.tokens + ((now - bucket.updatedAtMs) * this.#perMinute) / 60_000;
            if (tokens >= this.#perMinute)
                this.#buckets.delete(caller);
        }
    }
}
//# sourceMappingURL=rate-limiter.js.map