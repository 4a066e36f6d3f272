/**
 * `GET /schema.graphql`: the schema in SDL, as committed in `schema/schema.graphql` (printed
 * from the served schema the same way `npm run build` writes that file). Like `/graphiql` it is
 * public (it holds no data and the repository publishes it), and like introspection it is off
 * when introspection is (`NODE_ENV=production` unless `PROSPECTLAB_INTROSPECTION=1`).
 */
import type { ServerResponse } from 'node:http';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { sendJson } from './http-util.js';

export const SCHEMA_SDL_PATH = '/schema.graphql';

/** The SDL text of `schema`, byte for byte what `scripts/emit-schema.ts` commits. */
export function schemaSdl(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

/** Answers a GET or HEAD of {@link SCHEMA_SDL_PATH}. */
export function createSchemaSdlRoute(schema: GraphQLSchema, enabled: boolean) {
  const body = Buffer.from(schemaSdl(schema), 'utf8');
  return (res: ServerResponse, method: string): void => {
    if (!enabled) {
      return sendJson(res, 404, { error: 'The schema is not published while introspection is off (set PROSPECTLAB_INTROSPECTION=1 to publish it)' });
    }
    res.writeHead(200, {
      'content-type': 'text/plain; charset=utf-8',
      'content-length': body.length,
      'content-disposition': 'inline; filename="schema.graphql"',
      'cache-control': 'no-cache',
    });
    res.end(method === 'HEAD' ? undefined : body);
  };
}
