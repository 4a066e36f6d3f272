/**
 * Translates `nats` client errors into the bus error classes, keeping the original as
 * `cause`.
 */
import { ErrorCode, NatsError } from 'nats';
import { BusTimeoutError, BusUnavailableError, InvalidPayloadError, InvalidSubjectError, StreamConfigError } from './bus.js';
/** JetStream API error code of an error, if it is one. */
export function jetStreamErrorCode(error) {
    return error instanceof NatsError ? error.api_error?.err_code : undefined;
}
/**
 * Wraps a client error in the bus error class telling the caller what to do next.
 * @param action what was attempted, e.g. `Request to pl.rpc.job-state`
 */
export function toBusError(error, action) {
    if (!(error instanceof NatsError)) {
        return error instanceof Error ? error : new BusUnavailableError(`${action} failed: ${String(error)}`, { cause: error });
    }
    if (error.api_error) {
        const { code, description } = error.api_error;
        if (code === 400)
            return new StreamConfigError(`${action} rejected: ${description}`, { cause: error });
        if (code === 503)
            return new BusUnavailableError(`${action} failed: ${description}`, { cause: error });
    }
    switch (error.code) {
        case ErrorCode.NoResponders:
            return new BusTimeoutError(`${action} failed: no responders`, { cause: error });
        case ErrorCode.Timeout:
        case ErrorCode.JetStream408RequestTimeout:
            return new BusTimeoutError(`${action} timed out`, { cause: error });
        case ErrorCode.MaxPayloadExceeded:
            return new InvalidPayloadError(`${action} failed: payload exceeds the server's max_payload`, { cause: error });
        case ErrorCode.BadSubject:
            return new InvalidSubjectError(`${action} failed: bad subject`, { cause: error });
        default:
            return new BusUnavailableError(`${action} failed: ${error.message}`, { cause: error });
    }
}
//# sourceMappingURL=nats-errors.js.map