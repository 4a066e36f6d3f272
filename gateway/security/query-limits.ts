/**
 * Depth and complexity limits of one GraphQL operation, shared by HTTP (an Apollo plugin) and
 * graphql-ws (`onSubscribe`), so both transports refuse the same documents with the same codes.
 */
import type { DocumentNode, GraphQLError, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import { measureOperation, type ListSizeEstimator } from './query-cost.js';
import { queryTooComplex, queryTooDeep, tooManyListItems } from './security-errors.js';

export interface QueryLimits {
  /** Deepest allowed nesting (see `measureOperation`). */
  readonly maxDepth: number;
  /** Highest allowed estimated cost. */
  readonly maxComplexity: number;
  /** Most items of lists of known size (a job's companies) one operation may select; unset: unlimited. */
  readonly maxListItems?: number;
  /** Real sizes of list fields (a job's companies), for `maxListItems`. */
  readonly listSize?: ListSizeEstimator;
}

/**
 * The refusal of an operation that is too deep or too complex, or null when it is within limits.
 * Depth is reported first: it is the simpler one to fix.
 */
export function queryLimitError(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>> | null | undefined,
  limits: QueryLimits,
): GraphQLError | null {
  const cost = measureOperation(schema, document, operation, { variables: variables ?? {}, ...(limits.listSize ? { listSize: limits.listSize } : {}) });
  if (cost.depth > limits.maxDepth) return queryTooDeep(cost.depth, limits.maxDepth);
  if (cost.complexity > limits.maxComplexity) return queryTooComplex(cost.complexity, limits.maxComplexity);
  if (limits.maxListItems !== undefined && cost.listItems > limits.maxListItems) return tooManyListItems(cost.listItems, limits.maxListItems);
  return null;
}
