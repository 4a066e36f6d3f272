/**
 * Where a bus sends errors that have no caller to reject: exceptions of subscription
 * callbacks and work handlers, undecodable messages, failed pulls.
 */
import { defaultLogger } from '../observability/logger.js';
/** Default {@link BusErrorReporter}: an error line of the default logger. */
export function logBusError(error, context) {
    defaultLogger().error({ err: error, context }, `Bus error: ${context}`);
}
//# sourceMappingURL=error-reporter.js.map