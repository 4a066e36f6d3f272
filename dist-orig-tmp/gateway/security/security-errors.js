/**
 * The GraphQL errors of security refusals, each with its fixed `extensions.code` (listed in
 * `gateway/graphql/errors.ts`) and the numbers a client needs to adapt.
 */
import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../graphql/errors.js';
export const UNAUTHENTICATED_MESSAGE = 'Missing or invalid API key: send "Authorization: Bearer <key>"';
export function unauthenticated() {
    return new GraphQLError(UNAUTHENTICATED_MESSAGE, { extensions: { code: ErrorCode.UNAUTHENTICATED } });
}
export function queryTooDeep(depth, maxDepth) {
    return new GraphQLError(`The operation nests ${depth} levels deep; at most ${maxDepth} are allowed`, {
        extensions: { code: ErrorCode.QUERY_TOO_DEEP, depth, maxDepth },
    });
}
/** The operation selects more rows of known size (a job's companies, times its aliases) than allowed. */
export function tooManyListItems(listItems, maxListItems) {
    const shown = Number.isFinite(listItems) && listItems < Number.MAX_SAFE_INTEGER ? listItems : Number.MAX_SAFE_INTEGER;
    return new GraphQLError(`The operation selects ${shown} list items (each job's companies counted by their real number, once per alias); at most ${maxListItems} are allowed (fetch one job's companies per operation)`, { extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, listItems: shown, maxListItems } });
}
export function queryTooComplex(complexity, maxComplexity) {
    const shown = Number.isFinite(complexity) && complexity < Number.MAX_SAFE_INTEGER ? complexity : Number.MAX_SAFE_INTEGER;
    return new GraphQLError(`The operation's estimated cost is ${shown}; at most ${maxComplexity} is allowed (select fewer fields, fewer aliases or smaller pages)`, { extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, complexity: shown, maxComplexity } });
}
export function tooManySubscriptions(maxSubscriptions) {
    return new GraphQLError(`This connection already runs ${maxSubscriptions} operations, the most allowed; complete one first or open another connection`, {
        extensions: { code: ErrorCode.TOO_MANY_SUBSCRIPTIONS, maxSubscriptions },
    });
}
/**
 * A copy of `error` that Apollo Server answers with this HTTP status (and headers); the `http`
 * extension is removed from what the client sees.
 */
export function withHttpStatus(error, status, headers = {}) {
    return new GraphQLError(error.message, {
        extensions: { ...error.extensions, http: { status, headers: new HeaderMap(Object.entries(headers)) } },
    });
}
//# sourceMappingURL=security-errors.js.map