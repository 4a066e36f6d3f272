import { describeValue } from './describe-value.js';

/**
 * An option that must be a positive integer, checked where it enters: `fallback` when it is
 * undefined.
 * @throws RangeError `<name> must be a positive integer, got <value>`
 */
export function positiveIntegerOption(name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    throw new RangeError(`${name} must be a positive integer, got ${describeValue(value)}`);
  }
  return value;
}
