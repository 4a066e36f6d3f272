/**
 * graphql-ws server options with the gateway's security rules: the API key is checked once per
 * connection in `onConnect` (missing or wrong: close 4403 Forbidden); every operation is parsed
 * within the token limit, validated (introspection refused when switched off), held to the
 * depth, complexity, per-connection and mutation-rate limits in `onSubscribe`; and errors leave
 * formatted like Apollo Server's, internal ones masked in production.
 */
import { getOperationAST, GraphQLError, NoSchemaIntrospectionCustomRule, parse, specifiedRules, validate, } from 'graphql';
import { bearerToken } from './api-keys.js';
import { formatSocketErrors } from './error-masking.js';
import { limitErrorWithJobSizes } from './job-list-sizes.js';
import { queryLimitError } from './query-limits.js';
import { tooManySubscriptions } from './security-errors.js';
/**
 * The key a client sent in `connectionParams`: `apiKey`, or `authorization: "Bearer <key>"`
 * (also spelled `Authorization`, and inside `headers`, as some clients send it).
 */
export function apiKeyFromConnectionParams(params) {
    if (!params)
        return null;
    if (typeof params.apiKey === 'string')
        return params.apiKey;
    const headers = typeof params.headers === 'object' && params.headers !== null ? params.headers : {};
    for (const value of [params.authorization, params.Authorization, headers.authorization, headers.Authorization]) {
        const token = typeof value === 'string' ? bearerToken(value) : null;
        if (token !== null)
            return token;
    }
    return null;
}
function withCode(error, code) {
    return new GraphQLError(error.message, {
        nodes: error.nodes ?? null,
        source: error.source ?? null,
        positions: error.positions ?? null,
        extensions: { ...error.extensions, code },
    });
}
export function createSocketServerOptions(options) {
    const { schema, keyRing, settings, mutationGuard } = options;
    const owners = new WeakMap();
    const rules = settings.introspection ? specifiedRules : [...specifiedRules, NoSchemaIntrospectionCustomRule];
    const limits = { maxDepth: settings.maxQueryDepth, maxComplexity: settings.maxQueryComplexity };
    const prepare = async (ctx, payload) => {
        // The operation being subscribed is already in ctx.subscriptions.
        if (Object.keys(ctx.subscriptions).length > settings.maxSubscriptionsPerConnection) {
            return [tooManySubscriptions(settings.maxSubscriptionsPerConnection)];
        }
        let document;
        try {
            document = parse(payload.query, { maxLexicalTokens: settings.maxQueryTokens });
        }
        catch (error) {
            if (error instanceof GraphQLError)
                return [withCode(error, 'GRAPHQL_PARSE_FAILED')];
            throw error;
        }
        const validationErrors = validate(schema, document, rules);
        if (validationErrors.length)
            return validationErrors.map((error) => withCode(error, 'GRAPHQL_VALIDATION_FAILED'));
        const operation = getOperationAST(document, payload.operationName);
        if (!operation) {
            return [new GraphQLError('Unable to identify the operation: name it in operationName', { extensions: { code: 'BAD_REQUEST' } })];
        }
        const variables = payload.variables ?? null;
        const owner = owners.get(ctx) ?? null;
        const listLimits = options.listLimits;
        const limitError = await limitErrorWithJobSizes((listSize) => queryLimitError(schema, document, operation, variables, {
            ...limits,
            ...(listLimits && listSize ? { maxListItems: listLimits.maxListItems, listSize } : {}),
        }), listLimits?.listSizeFor(owner));
        if (limitError)
            return [limitError];
        const rateError = await mutationGuard.admitOperation(owner, document, operation);
        if (rateError)
            return [rateError];
        return {
            schema,
            document,
            operationName: payload.operationName ?? null,
            variableValues: variables,
            contextValue: options.context(owner),
        };
    };
    return {
        schema,
        isProd: settings.production, // close reasons of internal failures say nothing in production
        onConnect(ctx) {
            if (!keyRing.enabled) {
                owners.set(ctx, null);
                return true;
            }
            const owner = keyRing.ownerOf(apiKeyFromConnectionParams(ctx.connectionParams));
            if (owner === null)
                return false; // graphql-ws closes with 4403 Forbidden
            owners.set(ctx, owner);
            return true;
        },
        async onSubscribe(ctx, _id, payload) {
            try {
                return await prepare(ctx, payload);
            }
            catch (error) {
                // A document that breaks parsing or validation (e.g. the stack) must not close the socket.
                return [new GraphQLError('The operation could not be processed', { originalError: error instanceof Error ? error : null })];
            }
        },
        onNext(_ctx, _id, _payload, _args, result) {
            if (!result.errors?.length)
                return undefined;
            return { ...result, errors: formatSocketErrors(result.errors, settings.production) };
        },
        onError(_ctx, _id, _payload, errors) {
            return formatSocketErrors(errors, settings.production);
        },
    };
}
//# sourceMappingURL=socket-security.js.map