/**
 * TypeScript types of the web client's GraphQL results, generated from schema/schema.graphql and
 * the documents the client sends (schema/web-client-operations.ts), with graphql-js: each
 * operation's result is typed by what it selects, as graphql-codegen's typescript-operations
 * plugin does, without its dependencies. An abstract type (an event interface) becomes a union
 * discriminated by `__typename`.
 */
import { buildSchema, getNamedType, isAbstractType, isEnumType, isListType, isNonNullType, isObjectType, isScalarType, Kind, parse, validate, } from 'graphql';
/** TypeScript type of each scalar of the contract (DateTime is an RFC 3339 string on the wire). */
const SCALARS = { ID: 'string', String: 'string', DateTime: 'string', Int: 'number', Float: 'number', Boolean: 'boolean' };
/** The document does not fit the schema: the client asks for something the gateway does not serve. */
export class ClientOperationError extends Error {
    name = 'ClientOperationError';
}
function fieldsFor(schema, type, selectionSet) {
    const fields = [];
    for (const selection of selectionSet.selections) {
        if (selection.kind === Kind.FIELD)
            fields.push(selection);
        else if (selection.kind === Kind.INLINE_FRAGMENT) {
            const condition = selection.typeCondition?.name.value;
            const applies = !condition ||
                condition === type.name ||
                (() => {
                    const conditionType = schema.getType(condition);
                    return conditionType !== undefined && isAbstractType(conditionType) && schema.isSubType(conditionType, type);
                })();
            if (applies)
                fields.push(...fieldsFor(schema, type, selection.selectionSet));
        }
        else
            throw new ClientOperationError('fragment spreads are not supported by the generator');
    }
    return fields;
}
/** Named one-line types of the object selections, each distinct selection once. */
class SelectionTypes {
    schema;
    #names = new Map();
    #perType = new Map();
    lines = [];
    constructor(schema) {
        this.schema = schema;
    }
    /** The name of the type of `selectionSet` on `type`, declared on first use (its body when not `named`). */
    object(type, selectionSet, named = true) {
        const fields = fieldsFor(this.schema, type, selectionSet).map((field) => {
            const key = field.alias?.value ?? field.name.value;
            if (field.name.value === '__typename')
                return `readonly ${key}: '${type.name}'`;
            const definition = type.getFields()[field.name.value];
            if (!definition)
                throw new ClientOperationError(`${type.name} has no field ${field.name.value}`);
            return `readonly ${key}: ${this.output(definition.type, field.selectionSet)}`;
        });
        const body = `{ ${fields.join('; ')} }`;
        if (!named)
            return body;
        let name = this.#names.get(body);
        if (!name) {
            const n = (this.#perType.get(type.name) ?? 0) + 1;
            this.#perType.set(type.name, n);
            name = `${type.name}Selection${n === 1 ? '' : n}`;
            this.#names.set(body, name);
            this.lines.push(`export interface ${name} ${body}`);
        }
        return name;
    }
    #composite(type, selectionSet) {
        if (!selectionSet)
            throw new ClientOperationError(`${type.name} needs a selection`);
        if (isObjectType(type))
            return this.object(type, selectionSet);
        const concrete = [...this.schema.getPossibleTypes(type)].sort((a, b) => a.name.localeCompare(b.name));
        return concrete.map((t) => this.object(t, selectionSet)).join(' | ');
    }
    output(type, selectionSet, nullable = true) {
        if (isNonNullType(type))
            return this.output(type.ofType, selectionSet, false);
        const orNull = nullable ? ' | null' : '';
        if (isListType(type))
            return `readonly (${this.output(type.ofType, selectionSet)})[]${orNull}`;
        if (isScalarType(type)) {
            const ts = SCALARS[type.name];
            if (!ts)
                throw new ClientOperationError(`no TypeScript type for the scalar ${type.name}`);
            return `${ts}${orNull}`;
        }
        if (isEnumType(type))
            return `${type
                .getValues()
                .map((v) => `'${v.value}'`)
                .join(' | ')}${orNull}`;
        const named = this.#composite(getNamedType(type), selectionSet);
        return nullable ? `${named} | null` : named;
    }
}
/**
 * The result types of `documents` (each one named operation) against the SDL `sdl`; throws
 * {@link ClientOperationError} when a document is not valid against the schema.
 */
export function printClientOperationTypes(sdl, documents) {
    const schema = buildSchema(sdl);
    const types = new SelectionTypes(schema);
    const results = [];
    for (const source of documents) {
        const document = parse(source);
        const errors = validate(schema, document);
        if (errors.length)
            throw new ClientOperationError(errors.map((e) => e.message).join('; '));
        for (const definition of document.definitions) {
            if (definition.kind !== Kind.OPERATION_DEFINITION || !definition.name)
                throw new ClientOperationError('every client document is one named operation');
            const root = schema.getRootType(definition.operation);
            results.push(`export interface ${definition.name.value}Result ${types.object(root, definition.selectionSet, false)}`);
        }
    }
    const out = [
        '// Generated by scripts/client-operation-types.ts from schema/schema.graphql and',
        '// schema/web-client-operations.ts (`npm run build`); do not edit.',
        '',
        ...types.lines,
        '',
        ...results,
    ];
    return `${out.join('\n')}\n`;
}
//# sourceMappingURL=client-operation-types.js.map