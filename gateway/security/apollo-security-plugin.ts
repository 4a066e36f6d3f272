/**
 * Apollo Server plugin applying the operation limits on HTTP once the operation is known
 * (after parsing, which the token limit bounds, and validation): depth and complexity (400),
 * then the per-key mutation rate (429 with Retry-After).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from '../graphql/context.js';
import type { MutationGuard } from './mutation-guard.js';
import { queryLimitError, type QueryLimits } from './query-limits.js';
import { withHttpStatus } from './security-errors.js';

export interface SecurityPluginOptions {
  readonly limits: QueryLimits;
  readonly mutationGuard: MutationGuard;
}

export function createSecurityPlugin(options: SecurityPluginOptions): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          if (!operation) return;
          const limitError = queryLimitError(schema, document, operation, request.variables ?? null, options.limits);
          if (limitError) throw withHttpStatus(limitError, 400);
          const rateError = await options.mutationGuard.admitOperation(contextValue.owner, document, operation);
          if (rateError) {
            const retryAfter = rateError.extensions.retryAfterSeconds;
            throw withHttpStatus(rateError, 429, typeof retryAfter === 'number' ? { 'retry-after': String(retryAfter) } : {});
          }
        },
      };
    },
  };
}
