/**
 * Small runtime validators for messages that cross the wire (bus payloads). They return the
 * value typed, or throw {@link InvalidMessageError} naming the first bad field.
 */
/** A bus payload does not have the expected shape: dropping it is the only sensible action. */
export class InvalidMessageError extends Error {
    name = 'InvalidMessageError';
}
export function asObject(value, what) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new InvalidMessageError(`${what} must be an object`);
    }
    return value;
}
export function str(o, key) {
    const v = o[key];
    if (typeof v !== 'string')
        throw new InvalidMessageError(`${key} must be a string`);
    return v;
}
export function optStr(o, key) {
    const v = o[key];
    if (v === undefined || v === null)
        return null;
    if (typeof v !== 'string')
        throw new InvalidMessageError(`${key} must be a string or null`);
    return v;
}
export function int(o, key) {
    const v = o[key];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) {
        throw new InvalidMessageError(`${key} must be a non-negative integer`);
    }
    return v;
}
export function num(o, key) {
    const v = o[key];
    if (typeof v !== 'number' || !Number.isFinite(v))
        throw new InvalidMessageError(`${key} must be a number`);
    return v;
}
export function oneOf(o, key, allowed) {
    const v = o[key];
    if (typeof v !== 'string' || !allowed.includes(v)) {
        throw new InvalidMessageError(`${key} must be one of ${allowed.join(', ')}`);
    }
    return v;
}
//# sourceMappingURL=wire.js.map