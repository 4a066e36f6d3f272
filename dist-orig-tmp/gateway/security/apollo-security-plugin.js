import { limitErrorWithJobSizes } from './job-list-sizes.js';
import { queryLimitError } from './query-limits.js';
import { withHttpStatus } from './security-errors.js';
export function createSecurityPlugin(options) {
    return {
        async requestDidStart() {
            return {
                async didResolveOperation({ schema, document, operation, request, contextValue }) {
                    if (!operation)
                        return;
                    const listLimits = options.listLimits;
                    const limitError = await limitErrorWithJobSizes((listSize) => queryLimitError(schema, document, operation, request.variables ?? null, {
                        ...options.limits,
                        ...(listLimits && listSize ? { maxListItems: listLimits.maxListItems, listSize } : {}),
                    }), listLimits?.listSizeFor(contextValue.owner));
                    if (limitError)
                        throw withHttpStatus(limitError, 400);
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
//# sourceMappingURL=apollo-security-plugin.js.map