/**
 * Static cost of a GraphQL operation, computed from its document before anything runs:
 * - depth: the deepest nesting of fields (`{ job { companies { emails { address } } } }` is 4);
 *   fragments add no depth of their own;
 * - complexity: every field costs 1, and a list field's selection counts once per expected item:
 *   its `first` argument when it has one, else {@link DEFAULT_LIST_SIZE}. A field with a `first`
 *   argument that is not a list itself (a connection such as `jobs`) lends that size to the
 *   lists directly inside it (`edges`, `nodes`).
 *
 * - listItems: the items of the lists whose real size is known (a {@link ListSizeEstimator}
 *   answers for them, e.g. a job's companies by its company count), times the lists around
 *   them, summed over every alias: the rows an operation makes the gateway load and send.
 *
 * Introspection fields (`__schema`, `__type`) are left out: graphql-js bounds their nesting
 * itself (MaxIntrospectionDepthRule), and production turns introspection off.
 * Fragments are measured once per use context, so a document whose fragments fan out is
 * measured in time linear in its size.
 */
import { getNamedType, getNullableType, isCompositeType, isInterfaceType, isListType, isObjectType, Kind, } from 'graphql';
/** Items assumed for a list field without a `first` argument. */
export const DEFAULT_LIST_SIZE = 10;
const ZERO = Object.freeze({ depth: 0, complexity: 0, listItems: 0 });
const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);
function fragmentsOf(document) {
    const fragments = new Map();
    for (const definition of document.definitions) {
        if (definition.kind === Kind.FRAGMENT_DEFINITION)
            fragments.set(definition.name.value, definition);
    }
    return fragments;
}
/** Cost of one operation of `document` against `schema`. Never throws on unknown names (they cost 1). */
export function measureOperation(schema, document, operation, options = {}) {
    const variables = options.variables ?? {};
    const defaultListSize = options.defaultListSize ?? DEFAULT_LIST_SIZE;
    const fragments = fragmentsOf(document);
    const memo = new Map();
    const inProgress = new Set();
    const compositeType = (name) => {
        const type = schema.getType(name);
        return type && isCompositeType(type) ? type : null;
    };
    const listSize = options.listSize ?? (() => null);
    const idArgument = (field) => {
        const argument = field.arguments?.find((a) => a.name.value === 'id');
        if (!argument)
            return null;
        if (argument.value.kind === Kind.STRING)
            return argument.value.value;
        if (argument.value.kind === Kind.VARIABLE) {
            const value = variables[argument.value.name.value];
            return typeof value === 'string' ? value : null;
        }
        return null;
    };
    const firstArgument = (field) => {
        const argument = field.arguments?.find((a) => a.name.value === 'first');
        if (!argument)
            return null;
        let value = null;
        if (argument.value.kind === Kind.INT)
            value = Number(argument.value.value);
        else if (argument.value.kind === Kind.VARIABLE)
            value = variables[argument.value.name.value];
        return typeof value === 'number' && Number.isFinite(value) ? Math.max(0, Math.floor(value)) : null;
    };
    const fieldCost = (field, parentType, lentListSize, scopeId) => {
        const name = field.name.value;
        if (INTROSPECTION_ROOTS.has(name))
            return ZERO;
        if (!field.selectionSet)
            return { depth: 1, complexity: 1, listItems: 0 };
        const definition = parentType && (isObjectType(parentType) || isInterfaceType(parentType)) ? parentType.getFields()[name] : undefined;
        const childType = definition ? getNamedType(definition.type) : null;
        const first = firstArgument(field);
        const isList = definition ? isListType(getNullableType(definition.type)) : false;
        const multiplier = isList ? (first ?? lentListSize ?? defaultListSize) : 1;
        const lend = isList ? null : first;
        const childScope = idArgument(field) ?? scopeId;
        const child = selectionSetCost(field.selectionSet, childType && isCompositeType(childType) ? childType : null, lend, childScope);
        const knownSize = isList && parentType ? listSize(parentType.name, name, scopeId) : null;
        const items = knownSize !== null ? knownSize * (1 + child.listItems) : multiplier * child.listItems;
        return { depth: 1 + child.depth, complexity: 1 + multiplier * child.complexity, listItems: items };
    };
    const fragmentCost = (name, lentListSize, scopeId) => {
        const key = `${name}\u0000${lentListSize ?? ''}\u0000${scopeId ?? ''}`;
        const known = memo.get(key);
        if (known)
            return known;
        const fragment = fragments.get(name);
        if (!fragment || inProgress.has(name))
            return ZERO; // unknown or cyclic: validation refuses both
        inProgress.add(name);
        try {
            const cost = selectionSetCost(fragment.selectionSet, compositeType(fragment.typeCondition.name.value), lentListSize, scopeId);
            memo.set(key, cost);
            return cost;
        }
        finally {
            inProgress.delete(name);
        }
    };
    const selectionSetCost = (set, parentType, lentListSize, scopeId) => {
        let depth = 0;
        let complexity = 0;
        let listItems = 0;
        for (const selection of set.selections) {
            let cost;
            if (selection.kind === Kind.FIELD) {
                cost = fieldCost(selection, parentType, lentListSize, scopeId);
            }
            else if (selection.kind === Kind.INLINE_FRAGMENT) {
                const type = selection.typeCondition ? compositeType(selection.typeCondition.name.value) : parentType;
                cost = selectionSetCost(selection.selectionSet, type, lentListSize, scopeId);
            }
            else {
                cost = fragmentCost(selection.name.value, lentListSize, scopeId);
            }
            depth = Math.max(depth, cost.depth);
            complexity += cost.complexity;
            listItems += cost.listItems;
        }
        return { depth, complexity, listItems };
    };
    const rootType = schema.getRootType(operation.operation) ?? null;
    return selectionSetCost(operation.selectionSet, rootType, null, null);
}
/**
 * How many root fields an operation selects (through fragments too), `__typename` excepted:
 * for a mutation, how many mutations it makes.
 */
export function countRootFields(document, operation) {
    const fragments = fragmentsOf(document);
    const seen = new Set();
    const count = (set) => {
        let total = 0;
        for (const selection of set.selections) {
            if (selection.kind === Kind.FIELD) {
                if (!selection.name.value.startsWith('__'))
                    total += 1;
            }
            else if (selection.kind === Kind.INLINE_FRAGMENT) {
                total += count(selection.selectionSet);
            }
            else {
                const fragment = fragments.get(selection.name.value);
                if (!fragment || seen.has(selection.name.value))
                    continue;
                seen.add(selection.name.value);
                total += count(fragment.selectionSet);
            }
        }
        return total;
    };
    return count(operation.selectionSet);
}
//# sourceMappingURL=query-cost.js.map