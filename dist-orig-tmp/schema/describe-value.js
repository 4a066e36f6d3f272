/** A value as a message shows it: primitives as `String` writes them, objects as JSON. */
export function describeValue(value) {
    switch (typeof value) {
        case 'string':
            return value;
        case 'number':
        case 'boolean':
        case 'bigint':
        case 'undefined':
            return String(value);
        case 'symbol':
            return value.toString();
        case 'function':
            return 'a function';
        default:
            try {
                return JSON.stringify(value);
            }
            catch {
                return 'an object';
            }
    }
}
//# sourceMappingURL=describe-value.js.map