/**
 * The per-API-key rate limit on everything that creates or changes state: each root mutation
 * field costs one token, and so does each upload. Callers without a key (open mode) are not
 * limited. With a store the buckets live in its database, so every gateway on it draws from
 * the same allowance; without one they live in this process.
 */
import { OperationTypeNode } from 'graphql';
import { toGraphqlError } from '../graphql/errors.js';
import { countRootFields } from './query-cost.js';
import { RateLimiter } from './rate-limiter.js';
import { MutationBatchTooLargeError, RateLimitedError } from './admission-errors.js';
const ALLOWED = Object.freeze({ allowed: true });
export class MutationGuard {
    #limiter;
    #store;
    #now;
    constructor(options) {
        this.#limiter = new RateLimiter({ perMinute: options.perMinute, ...(options.now ? { now: options.now } : {}) });
        this.#store = options.store;
        this.#now = options.now ?? Date.now;
    }
    /** Mutations per minute per key (0: unlimited). */
    get perMinute() {
        return this.#limiter.perMinute;
    }
    /**
     * Spends the tokens of a mutation operation. Other operations pass.
     * @throws MutationBatchTooLargeError when the operation holds more mutations than the whole allowance (nothing is spent)
     * @throws RateLimitedError when the key's allowance is spent for now (nothing is spent)
     */
    async chargeOperation(owner, document, operation) {
        if (owner === null || operation.operation !== OperationTypeNode.MUTATION)
            return;
        const mutations = countRootFields(document, operation);
        const perMinute = this.#limiter.perMinute;
        if (perMinute > 0 && mutations > perMinute)
            throw new MutationBatchTooLargeError(mutations, perMinute);
        const decision = await this.#take(owner, mutations);
        if (!decision.allowed)
            throw new RateLimitedError(decision.retryAfterSeconds, perMinute);
    }
    /** {@link chargeOperation} for the transports: its refusal as the client-facing RATE_LIMITED error, or null. */
    async admitOperation(owner, document, operation) {
        try {
            await this.chargeOperation(owner, document, operation);
            return null;
        }
        catch (error) {
            if (error instanceof RateLimitedError || error instanceof MutationBatchTooLargeError)
                return toGraphqlError(error);
            throw error;
        }
    }
    /** Spends one token for an upload. */
    async admitUpload(owner) {
        return owner === null ? ALLOWED : this.#take(owner, 1);
    }
    async #take(owner, cost) {
        const perMinute = this.#limiter.perMinute;
        if (!this.#store || perMinute === 0 || cost <= 0)
            return this.#limiter.take(owner, cost);
        const waitMs = await this.#store.takeTokens(`mutations:${owner}`, cost, perMinute, this.#now());
        return waitMs === 0 ? ALLOWED : { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
    }
}
//# sourceMappingURL=mutation-guard.js.map