/**
 * Small runtime validators for messages that cross the wire (bus payloads). They return the
 * value typed, or throw {@link InvalidMessageError} naming the first bad field.
 */

/** A bus payload does not have the expected shape: dropping it is the only sensible action. */
export class InvalidMessageError extends Error {
  override readonly name = 'InvalidMessageError';
}

export type Obj = Readonly<Record<string, unknown>>;

export function asObject(value: unknown, what: string): Obj {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InvalidMessageError(`${what} must be an object`);
  }
  return value as Obj;
}

export function str(o: Obj, key: string): string {
  const v = o[key];
  if (typeof v !== 'string') throw new InvalidMessageError(`${key} must be a string`);
  return v;
}

export function optStr(o: Obj, key: string): string | null {
  const v = o[key];
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') throw new InvalidMessageError(`${key} must be a string or null`);
  return v;
}

export function int(o: Obj, key: string): number {
  const v = o[key];
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) {
    throw new InvalidMessageError(`${key} must be a non-negative integer`);
  }
  return v;
}

export function num(o: Obj, key: string): number {
  const v = o[key];
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new InvalidMessageError(`${key} must be a number`);
  return v;
}

export function oneOf<T extends string>(o: Obj, key: string, allowed: readonly T[]): T {
  const v = o[key];
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) {
    throw new InvalidMessageError(`${key} must be one of ${allowed.join(', ')}`);
  }
  return v as T;
}
