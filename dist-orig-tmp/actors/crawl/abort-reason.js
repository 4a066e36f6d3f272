/**
 * The reason an aborted signal carries, as an Error: an Error reason is returned as it is (so
 * callers comparing it with `signal.reason` still match); any other reason, such as the string
 * a cancelled job's controller gives, becomes the cause of an Error.
 */
export function abortReason(signal) {
    const reason = signal.reason;
    if (reason instanceof Error)
        return reason;
    return new Error(typeof reason === 'string' ? `aborted: ${reason}` : 'aborted', { cause: reason });
}
//# sourceMappingURL=abort-reason.js.map