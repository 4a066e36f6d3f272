/**
 * Where a bus sends errors that have no caller to reject: exceptions of subscription
 * callbacks and work handlers, undecodable messages, failed pulls.
 */
import { defaultLogger } from '../observability/logger.js';

/** Receives an error and a short description of where it happened. */
export type BusErrorReporter = (error: unknown, context: string) => void;

/** Default {@link BusErrorReporter}: an error line of the default logger. */
export function logBusError(error: unknown, context: string): void {
  defaultLogger().error({ err: error, context }, `Bus error: ${context}`);
}
