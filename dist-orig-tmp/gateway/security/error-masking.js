/**
 * What clients see of errors: in production, an unexpected (internal) error becomes
 * "Internal server error" with no message, stack trace or path of ours; client errors keep
 * their message and code. graphql-ws errors get the same codes Apollo Server gives on HTTP.
 */
import { Kind } from 'graphql';
import { formatGraphqlError } from '../graphql/format-error.js';
export const INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR';
/** graphql-js's hints naming fields, types, arguments or enum values (`Did you mean "jobs"?`). */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;
/** The message without its "Did you mean …?" hints, which would reveal schema names. */
export function stripSuggestions(message) {
    return message.replace(SUGGESTION, '').trimEnd();
}
/**
 * In production: replaces an internal error by a generic one, drops stack traces, and removes
 * "Did you mean …?" suggestions (with introspection off, they would leak field and enum names).
 */
export function maskInternalError(formatted, production) {
    if (!production)
        return formatted;
    const code = formatted.extensions?.code;
    if (code === undefined || code === INTERNAL_SERVER_ERROR) {
        return { message: 'Internal server error', extensions: { code: INTERNAL_SERVER_ERROR }, ...(formatted.path ? { path: formatted.path } : {}) };
    }
    const masked = { ...formatted, message: stripSuggestions(formatted.message) };
    if (masked.extensions && ('stacktrace' in masked.extensions || 'exception' in masked.extensions)) {
        const { stacktrace: _stacktrace, exception: _exception, ...extensions } = masked.extensions;
        return { ...masked, extensions };
    }
    return masked;
}
/**
 * The code Apollo Server would give an execution error that has none: variable coercion
 * problems are the client's (BAD_USER_INPUT), anything else is internal.
 */
function codeOf(error) {
    const code = error.extensions?.code;
    if (typeof code === 'string')
        return code;
    const node = error.nodes?.[0];
    if (error.nodes?.length === 1 && node?.kind === Kind.VARIABLE_DEFINITION && error.originalError === undefined)
        return 'BAD_USER_INPUT';
    return INTERNAL_SERVER_ERROR;
}
/** Formats errors sent over graphql-ws like Apollo Server formats them over HTTP. */
export function formatSocketErrors(errors, production) {
    return errors.map((error) => {
        const json = error.toJSON();
        const formatted = formatGraphqlError({ ...json, extensions: { ...json.extensions, code: codeOf(error) } });
        return maskInternalError(formatted, production);
    });
}
//# sourceMappingURL=error-masking.js.map