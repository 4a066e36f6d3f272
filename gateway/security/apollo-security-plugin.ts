/**
 * Apollo Server plugin applying the operation limits on HTTP once the operation is known
 * (after parsing, which the token limit bounds, and validation): depth and complexity (400),
 * then the per-key mutation rate (429 with Retry-After).
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from '../graphql/context.js';
import type { MutationGuard } from './mutation-guard.js';
import { limitErrorWithJobSizes } from './job-list-sizes.js';
import { queryLimitError, type QueryLimits } from './query-limits.js';
import type { ListLimits } from './socket-security.js';
import { withHttpStatus } from './security-errors.js';

export interface SecurityPluginOptions {
  readonly limits: QueryLimits;
  readonly mutationGuard: MutationGuard;
  /** Real list sizes as the caller sees them, and the most items one operation may select. */
  readonly listLimits?: ListLimits;
}

export function createSecurityPlugin(options: SecurityPluginOptions): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          if (!operation) return;
          const listLimits = options.listLimits;
          const limitError = await limitErrorWithJobSizes(
            (listSize) =>
              queryLimitError(schema, document, operation, request.variables ?? null, {
                ...options.limits,
                ...(listLimits && listSize ? { maxListItems: listLimits.maxListItems, listSize } : {}),
              }),
            listLimits?.listSizeFor(contextValue.owner),
          );
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
