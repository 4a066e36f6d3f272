/**
 * The per-API-key rate limit on everything that creates or changes state: each root mutation
 * field costs one token, and so does each upload. Callers without a key (open mode) are not
 * limited.
 */
import type { DocumentNode, GraphQLError, OperationDefinitionNode } from 'graphql';
import { countRootFields } from './query-cost.js';
import { RateLimiter, type RateDecision } from './rate-limiter.js';
import { mutationBatchTooLarge, rateLimited } from './security-errors.js';

export interface MutationGuardOptions {
  /** Mutations per minute per key, also the burst size; 0 turns the limit off. */
  readonly perMinute: number;
  /** Clock in milliseconds (tests inject one). @default Date.now */
  readonly now?: () => number;
}

const ALLOWED: RateDecision = Object.freeze({ allowed: true });

export class MutationGuard {
  readonly #limiter: RateLimiter;

  constructor(options: MutationGuardOptions) {
    this.#limiter = new RateLimiter({ perMinute: options.perMinute, ...(options.now ? { now: options.now } : {}) });
  }

  /** Mutations per minute per key (0: unlimited). */
  get perMinute(): number {
    return this.#limiter.perMinute;
  }

  /** Spends the tokens of a mutation operation, or returns its RATE_LIMITED refusal. Other operations pass. */
  admitOperation(owner: string | null, document: DocumentNode, operation: OperationDefinitionNode): GraphQLError | null {
    if (owner === null || operation.operation !== 'mutation') return null;
    const mutations = countRootFields(document, operation);
    const perMinute = this.#limiter.perMinute;
    if (perMinute > 0 && mutations > perMinute) return mutationBatchTooLarge(mutations, perMinute);
    const decision = this.#limiter.take(owner, mutations);
    return decision.allowed ? null : rateLimited(decision.retryAfterSeconds, perMinute);
  }

  /** Spends one token for an upload. */
  admitUpload(owner: string | null): RateDecision {
    return owner === null ? ALLOWED : this.#limiter.take(owner, 1);
  }
}
