import { lexicographicSortSchema, printSchema } from 'graphql';
import { sendJson } from './http-util.js';
export const SCHEMA_SDL_PATH = '/schema.graphql';
/** The SDL text of `schema`, byte for byte what `scripts/emit-schema.ts` commits. */
export function schemaSdl(schema) {
    return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
/** Answers a GET or HEAD of {@link SCHEMA_SDL_PATH}. */
export function createSchemaSdlRoute(schema, enabled) {
    const body = Buffer.from(schemaSdl(schema), 'utf8');
    return (res, method) => {
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
//# sourceMappingURL=schema-sdl.route.js.map