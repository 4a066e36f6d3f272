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
import { Field, Float, ID, Int, InterfaceType, ObjectType, registerEnumType, type ClassType } from 'type-graphql';
import { z } from 'zod';
import type { Fields, GraphqlScalarName } from '../message-fields.js';
import { DateTime } from './scalars.js';

type TypeValue = Parameters<typeof Field>[0] extends ((...args: never[]) => infer R) | undefined ? R : never;
type AnyClass = abstract new () => object;

const SCALARS: Readonly<Record<GraphqlScalarName, TypeValue>> = { ID, DateTime };

/** GraphQL types of the zod fields made by {@link ofClass}. */
const CLASSES = new WeakMap<z.ZodType, TypeValue>();

/** A zod field whose GraphQL type is `cls`, an object type made elsewhere. */
export function ofClass<T extends object>(cls: ClassType<T>): z.ZodCustom<T> {
  const schema = z.custom<T>();
  CLASSES.set(schema, cls);
  return schema;
}

/** Enum objects registered with type-graphql by {@link graphqlEnum}. */
const ENUMS = new WeakSet<object>();

/** The values of an enum made by {@link graphqlEnum}, as a TypeScript type. */
export type EnumValue<E extends Readonly<Record<string, string>>> = E[keyof E];

/**
 * A GraphQL enum named `name` whose values are their own names, as an object usable like a TS
 * enum (`JobKind.ANALYSIS`) and in `z.enum()`. `values`: the names, or each name with its
 * description.
 */
export function graphqlEnum<const V extends string>(
  name: string,
  description: string | undefined,
  values: readonly [V, ...V[]] | Readonly<Record<V, string>>,
): { readonly [K in V]: K } {
  const described: Readonly<Record<string, string>> | null = Array.isArray(values) ? null : (values as Readonly<Record<string, string>>);
  const names = described ? Object.keys(described) : (values as readonly string[]);
  const object = Object.fromEntries(names.map((v) => [v, v])) as { readonly [K in V]: K };
  registerEnumType(object as Readonly<Record<string, string>>, {
    name,
    ...(description === undefined ? {} : { description }),
    ...(described ? { valuesConfig: Object.fromEntries(Object.entries(described).map(([v, d]) => [v, { description: d }])) } : {}),
  });
  ENUMS.add(object);
  return object;
}

export interface ZodGraphqlOptions {
  readonly description?: string;
  /** The class whose fields the new one inherits (an interface type's, typically). */
  readonly base?: AnyClass;
  readonly implements?: AnyClass | readonly AnyClass[];
  /** GraphQL types of nested zod objects defined elsewhere (see also {@link ofClass}). */
  readonly nested?: ReadonlyMap<z.ZodType, TypeValue>;
}

export interface ZodInterfaceOptions extends ZodGraphqlOptions {
  readonly resolveType?: (value: unknown) => string | undefined;
}

interface GraphqlField {
  readonly type: TypeValue | TypeValue[];
  readonly nullable: boolean;
  readonly description: string | undefined;
}

function metaOf(schema: z.ZodType): { readonly description?: string; readonly graphqlScalar?: unknown } | undefined {
  return z.globalRegistry.get(schema);
}

function graphqlType(name: string, schema: z.ZodType, nested: ReadonlyMap<z.ZodType, TypeValue>): TypeValue | TypeValue[] {
  const scalar = metaOf(schema)?.graphqlScalar;
  if (typeof scalar === 'string' && Object.hasOwn(SCALARS, scalar)) return SCALARS[scalar as GraphqlScalarName];
  const known = nested.get(schema) ?? CLASSES.get(schema);
  if (known) return known;
  if (schema instanceof z.ZodNumber) return schema.format?.includes('int') ? Int : Float; // int, safeint, int32, uint32…
  if (schema instanceof z.ZodString) return String;
  if (schema instanceof z.ZodBoolean) return Boolean;
  if (schema instanceof z.ZodEnum && ENUMS.has(schema.def.entries)) return schema.def.entries;
  if (schema instanceof z.ZodArray) return [graphqlType(name, schema.element as z.ZodType, nested) as TypeValue];
  throw new TypeError(`${name}: no GraphQL type for a zod ${schema.def.type} (give nested objects in options.nested)`);
}

function graphqlField(name: string, schema: z.ZodType, nested: ReadonlyMap<z.ZodType, TypeValue>): GraphqlField {
  let inner = schema;
  let nullable = false;
  let description = metaOf(schema)?.description;
  while (inner instanceof z.ZodNullable || inner instanceof z.ZodOptional || inner instanceof z.ZodDefault) {
    nullable = true;
    inner = inner.unwrap() as z.ZodType;
    description ??= metaOf(inner)?.description;
  }
  return { type: graphqlType(name, inner, nested), nullable, description };
}

/** A generated class: its instances have the zod fields' output types. */
export type ZodClass<F extends Fields> = ClassType<z.output<z.ZodObject<F>>>;

/** A class named `name` extending `base` with one GraphQL field per zod field. */
function classWithFields<F extends Fields>(name: string, fields: F, options: ZodGraphqlOptions): ZodClass<F> {
  const Base = (options.base ?? Object) as new () => object;
  const named = { [name]: class extends Base {} }[name];
  for (const [key, schema] of Object.entries(fields)) {
    const field = graphqlField(`${name}.${key}`, schema as z.ZodType, options.nested ?? new Map());
    Field(() => field.type, {
      nullable: field.nullable,
      ...(field.description === undefined ? {} : { description: field.description }),
    })(named.prototype, key);
  }
  return named as ZodClass<F>;
}

function typeOptions(options: ZodGraphqlOptions): { description?: string; implements?: AnyClass | AnyClass[] } {
  return {
    ...(options.description === undefined ? {} : { description: options.description }),
    ...(options.implements === undefined ? {} : { implements: options.implements as AnyClass | AnyClass[] }),
  };
}

/** A type-graphql object type with the given zod fields. */
export function zodObjectType<F extends Fields>(name: string, fields: F, options: ZodGraphqlOptions = {}): ZodClass<F> {
  const cls = classWithFields(name, fields, options);
  ObjectType(name, typeOptions(options))(cls);
  return cls;
}

/** A type-graphql interface type with the given zod fields. */
export function zodInterfaceType<F extends Fields>(name: string, fields: F, options: ZodInterfaceOptions = {}): ZodClass<F> {
  const cls = classWithFields(name, fields, options);
  InterfaceType(name, {
    ...typeOptions(options),
    ...(options.resolveType === undefined ? {} : { resolveType: options.resolveType }),
  })(cls);
  return cls;
}
