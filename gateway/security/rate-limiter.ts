/**
 * Per-caller rate limit as a token bucket: each caller may spend `perMinute` tokens in a burst,
 * and tokens come back continuously at `perMinute` per minute.
 */

/** Outcome of {@link RateLimiter.take}. */
export type RateDecision =
  | { readonly allowed: true }
  | {
      readonly allowed: false;
      /** Whole seconds until `cost` tokens are available again (at least 1). */
      readonly retryAfterSeconds: number;
    };

export interface RateLimiterOptions {
  /** Tokens per minute, also the burst size. 0 means unlimited. */
  readonly perMinute: number;
  /** Clock in milliseconds (tests inject one). @default Date.now */
  readonly now?: () => number;
}

interface Bucket {
  tokens: number;
  updatedAtMs: number;
}

const ALLOWED: RateDecision = Object.freeze({ allowed: true });

export class RateLimiter {
  readonly #perMinute: number;
  readonly #now: () => number;
  readonly #buckets = new Map<string, Bucket>();

  constructor(options: RateLimiterOptions) {
    if (!Number.isInteger(options.perMinute) || options.perMinute < 0) {
      throw new RangeError(`perMinute must be an integer of at least 0 (got ${options.perMinute})`);
    }
    this.#perMinute = options.perMinute;
    this.#now = options.now ?? Date.now;
  }

  /** Tokens per minute, also the burst size; 0 when unlimited. */
  get perMinute(): number {
    return this.#perMinute;
  }

  /**
   * Spends `cost` tokens of `caller` when they are available; otherwise spends nothing and
   * says how long to wait. A cost larger than the burst ({@link perMinute}) is never allowed;
   * callers should refuse it with their own message.
   */
  take(caller: string, cost = 1): RateDecision {
    if (this.#perMinute === 0 || cost <= 0) return ALLOWED;
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

  #refilled(caller: string, now: number): Bucket {
    let bucket = this.#buckets.get(caller);
    if (!bucket) {
      bucket = { tokens: this.#perMinute, updatedAtMs: now };
      this.#buckets.set(caller, bucket);
      return bucket;
    }
    const elapsedMs = Math.max(0, now - bucket.updatedAtMs);
    bucket.tokens = Math.min(this.#perMinute, bucket.tokens + (elapsedMs * this.#perMinute) / 60_000);
    bucket.updatedAtMs = now;
    if (this.#buckets.size > 10_000) this.#forgetFullBuckets(now);
    return bucket;
  }

  /** Full buckets carry no state: dropping them bounds memory. */
  #forgetFullBuckets(now: number): void {
    for (const [caller, bucket] of this.#buckets) {
      const tokens = bucket.tokens + ((now - bucket.updatedAtMs) * this.#perMinute) / 60_000;
      if (tokens >= this.#perMinute) this.#buckets.delete(caller);
    }
  }
}
