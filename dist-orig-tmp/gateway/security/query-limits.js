import { measureOperation } from './query-cost.js';
import { queryTooComplex, queryTooDeep, tooManyListItems } from './security-errors.js';
/**
 * The refusal of an operation that is too deep or too complex, or null when it is within limits.
 * Depth is reported first: it is the simpler one to fix.
 */
export function queryLimitError(schema, document, operation, variables, limits) {
    const cost = measureOperation(schema, document, operation, { variables: variables ?? {}, ...(limits.listSize ? { listSize: limits.listSize } : {}) });
    if (cost.depth > limits.maxDepth)
        return queryTooDeep(cost.depth, limits.maxDepth);
    if (cost.complexity > limits.maxComplexity)
        return queryTooComplex(cost.complexity, limits.maxComplexity);
    if (limits.maxListItems !== undefined && cost.listItems > limits.maxListItems)
        return tooManyListItems(cost.listItems, limits.maxListItems);
    return null;
}
//# sourceMappingURL=query-limits.js.map