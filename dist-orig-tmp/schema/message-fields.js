/**
 * Building blocks of the runtime message schemas (zod 4) and the one way to validate a bus
 * payload against them.
 *
 * Why zod: a schema gives the inferred (readonly) TypeScript type, a validating parser and
 * discriminated unions from one definition; its `.describe()` metadata becomes the GraphQL
 * field descriptions (schema/graphql/zod-graphql.ts), `z.toJSONSchema()` exports any message
 * for other languages, and it is fast enough for the per-event hot path.
 *
 * Extra fields policy: unknown keys are dropped (zod's default `strip`), so a newer sender
 * adding a field never makes an older receiver drop the whole message.
 */
import { z } from 'zod';
import { InvalidMessageError } from './wire.js';
/** A non-negative integer (counts, indexes, sequence numbers); GraphQL `Int`. */
export const count = z.number().int().nonnegative();
/** Any finite number; GraphQL `Float`. */
export const finite = z.number();
/** An identifier; GraphQL `ID`. */
export const id = z.string().meta({ graphqlScalar: 'ID' });
/** A time as an ISO 8601 string; GraphQL `DateTime`. */
export const isoDate = z
    .string()
    .refine((s) => !Number.isNaN(Date.parse(s)), 'must be an ISO date')
    .meta({ graphqlScalar: 'DateTime' });
function describeIssue(issue) {
    const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
    return `${where}${issue.message}`;
}
/**
 * Validates `value` against `schema`; throws {@link InvalidMessageError} (its `cause` the
 * ZodError) naming the first bad field.
 */
export function parseMessage(schema, value, what) {
    const result = schema.safeParse(value);
    if (result.success)
        return result.data;
    const first = result.error.issues[0];
    throw new InvalidMessageError(`invalid ${what}: ${first ? describeIssue(first) : 'bad shape'}`, { cause: result.error });
}
/** The object schemas of a family of messages told apart by their `type` tag. */
export function taggedSchemas(base, fieldsByTag) {
    const entries = Object.entries(fieldsByTag).map(([tag, fields]) => [tag, z.object({ type: z.literal(tag), ...base, ...fields })]);
    return Object.fromEntries(entries);
}
/** A discriminated union (on `type`) of every schema of a {@link taggedSchemas} family. */
export function unionOf(schemas) {
    const [first, ...rest] = Object.values(schemas);
    if (first === undefined)
        throw new RangeError('a union needs at least one schema');
    return z.discriminatedUnion('type', [first, ...rest]);
}
//# sourceMappingURL=message-fields.js.map