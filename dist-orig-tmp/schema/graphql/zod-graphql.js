/**
 * Builds type-graphql object and interface types from zod field sets, so a message's GraphQL
 * type is derived from its one definition (schema/*.ts) instead of being written again.
 *
 * Mapping: an integer number → `Int`, another number → `Float`, a string → `String` (or the
 * scalar named by its `graphqlScalar` metadata: `ID`, `DateTime`), a boolean → `Boolean`, an
 * array → a list, a `z.enum()` of an enum made by {@link graphqlEnum} → that enum, a nested zod
 * object → the class given in `nested`; nullable, optional or defaulted → a nullable field.
 * Descriptions come from `.describe()`.
 */
import { Field, Float, ID, Int, InterfaceType, ObjectType, registerEnumType } from 'type-graphql';
import { z } from 'zod';
import { DateTime } from './scalars.js';
const SCALARS = { ID, DateTime };
/** GraphQL types of the zod fields made by {@link ofClass}. */
const CLASSES = new WeakMap();
/** A zod field whose GraphQL type is `cls`, an object type made elsewhere. */
export function ofClass(cls) {
    const schema = z.custom();
    CLASSES.set(schema, cls);
    return schema;
}
/** Enum objects registered with type-graphql by {@link graphqlEnum}. */
const ENUMS = new WeakSet();
/**
 * A GraphQL enum named `name` whose values are their own names, as an object usable like a TS
 * enum (`JobKind.ANALYSIS`) and in `z.enum()`. `values`: the names, or each name with its
 * description.
 */
export function graphqlEnum(name, description, values) {
    const described = Array.isArray(values) ? null : values;
    const names = described ? Object.keys(described) : values;
    const object = Object.fromEntries(names.map((v) => [v, v]));
    registerEnumType(object, {
        name,
        ...(description === undefined ? {} : { description }),
        ...(described ? { valuesConfig: Object.fromEntries(Object.entries(described).map(([v, d]) => [v, { description: d }])) } : {}),
    });
    ENUMS.add(object);
    return object;
}
function metaOf(schema) {
    return z.globalRegistry.get(schema);
}
function graphqlType(name, schema, nested) {
    const scalar = metaOf(schema)?.graphqlScalar;
    if (typeof scalar === 'string' && Object.hasOwn(SCALARS, scalar))
        return SCALARS[scalar];
    const known = nested.get(schema) ?? CLASSES.get(schema);
    if (known)
        return known;
    if (schema instanceof z.ZodNumber)
        return schema.format?.includes('int') ? Int : Float; // int, safeint, int32, uint32…
    if (schema instanceof z.ZodString)
        return String;
    if (schema instanceof z.ZodBoolean)
        return Boolean;
    if (schema instanceof z.ZodEnum && ENUMS.has(schema.def.entries))
        return schema.def.entries;
    if (schema instanceof z.ZodArray)
        return [graphqlType(name, schema.element, nested)];
    throw new TypeError(`${name}: no GraphQL type for a zod ${schema.def.type} (give nested objects in options.nested)`);
}
function graphqlField(name, schema, nested) {
    let inner = schema;
    let nullable = false;
    let description = metaOf(schema)?.description;
    while (inner instanceof z.ZodNullable || inner instanceof z.ZodOptional || inner instanceof z.ZodDefault) {
        nullable = true;
        inner = inner.unwrap();
        description ??= metaOf(inner)?.description;
    }
    return { type: graphqlType(name, inner, nested), nullable, description };
}
/** A class named `name` extending `base` with one GraphQL field per zod field. */
function classWithFields(name, fields, options) {
    const Base = (options.base ?? Object);
    const named = { [name]: class extends Base {
        } }[name];
    for (const [key, schema] of Object.entries(fields)) {
        const field = graphqlField(`${name}.${key}`, schema, options.nested ?? new Map());
        Field(() => field.type, {
            nullable: field.nullable,
            ...(field.description === undefined ? {} : { description: field.description }),
        })(named.prototype, key);
    }
    return named;
}
function typeOptions(options) {
    return {
        ...(options.description === undefined ? {} : { description: options.description }),
        ...(options.implements === undefined ? {} : { implements: options.implements }),
    };
}
/** A type-graphql object type with the given zod fields. */
export function zodObjectType(name, fields, options = {}) {
    const cls = classWithFields(name, fields, options);
    ObjectType(name, typeOptions(options))(cls);
    return cls;
}
/** A type-graphql interface type with the given zod fields. */
export function zodInterfaceType(name, fields, options = {}) {
    const cls = classWithFields(name, fields, options);
    InterfaceType(name, {
        ...typeOptions(options),
        ...(options.resolveType === undefined ? {} : { resolveType: options.resolveType }),
    })(cls);
    return cls;
}
//# sourceMappingURL=zod-graphql.js.map