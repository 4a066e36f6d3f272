/**
 * The message bus shared by the gateway and the actor services.
 *
 * Two implementations exist with the same behaviour: {@link NatsBus} (distributed mode,
 * core NATS for events, JetStream for durable work) and {@link EmbeddedBus} (one process,
 * in memory). Payloads are JSON values; validation of their shape is the caller's job
 * (see `schema/`).
 *
 * Subject semantics are those of NATS: tokens separated by `.`, `*` matches one token,
 * `>` matches one or more trailing tokens.
 */
/** A request found no responder or got no reply in time: retrying later may work. */
export class BusTimeoutError extends Error {
    name = 'BusTimeoutError';
}
/** The bus is closed or cannot reach its server: retryable once it reconnects. */
export class BusUnavailableError extends Error {
    name = 'BusUnavailableError';
}
/** A subject, queue group, stream or consumer name is malformed: fix the caller, retrying will not help. */
export class InvalidSubjectError extends TypeError {
    name = 'InvalidSubjectError';
}
/**
 * A payload cannot travel on the bus: it is not JSON-serialisable (undefined, a function,
 * a BigInt, a cycle) or is larger than the server's maximum payload. Retrying will not help.
 */
export class InvalidPayloadError extends TypeError {
    name = 'InvalidPayloadError';
}
/**
 * A stream or consumer definition conflicts with what the bus already holds (overlapping
 * stream subjects, two consumers with overlapping filters on one work-queue stream, a filter
 * outside the stream's subjects). Fix the configuration: retrying will not help.
 */
export class StreamConfigError extends Error {
    name = 'StreamConfigError';
}
/**
 * Whether a bus error is permanent: sending the same message again can never succeed (a
 * payload over the maximum, a malformed subject, a stream configuration conflict).
 */
export function isPermanentBusError(error) {
    // RangeError: a send option the bus refuses (an empty message id), as permanent as a bad subject.
    return error instanceof InvalidPayloadError || error instanceof InvalidSubjectError || error instanceof StreamConfigError || error instanceof RangeError;
}
//# sourceMappingURL=bus.js.map