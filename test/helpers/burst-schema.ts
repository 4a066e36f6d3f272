/** A subscription schema for tests of shared results in bursts. */
import { GraphQLObjectType, GraphQLSchema, GraphQLString, type GraphQLFieldConfigMap } from 'graphql';

/**
 * `subscription { ticks { … } }` over `ticks`, with `fields` as the fields of a tick: every
 * subscriber gets the same tick objects, all held at once (a burst, handed over by `takeReady`
 * as a job's event stream does), so their results are shared and batched.
 */
export function burstSchema<T extends object>(ticks: readonly T[], fields: GraphQLFieldConfigMap<T, unknown>): GraphQLSchema {
  return new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLString } } }),
    subscription: new GraphQLObjectType({
      name: 'Subscription',
      fields: {
        ticks: {
          type: new GraphQLObjectType<T>({ name: 'Tick', fields }),
          subscribe: () => {
            const queue = [...ticks];
            return {
              [Symbol.asyncIterator]() {
                return this;
              },
              next: async () => (queue.length ? { done: false, value: queue.shift() } : { done: true, value: undefined }),
              return: async () => ({ done: true, value: undefined }),
              takeReady: (max: number) => queue.splice(0, max),
            };
          },
          resolve: (tick: T) => tick,
        },
      },
    }),
  });
}
