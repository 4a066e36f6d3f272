/**
 * Where a bus sends errors that have no caller to reject: exceptions of subscription
 * callbacks and work handlers, undecodable messages, failed pulls.
 */

/** Receives an error and a short description of where it happened. */
export type BusErrorReporter = (error: unknown, context: string) => void;

/** Default {@link BusErrorReporter}: writes to `console.error`. */
export function logBusError(error: unknown, context: string): void {
  console.error(`[bus] ${context}:`, error);
}
