/** The durable consumer shared by every dead-letter watcher (each advisory goes to one of them). */
export const DEAD_LETTER_WATCHERS = 'dead-letter-watchers';
/** The subject of JetStream's advisory for messages of `stream` that `durable` gave up on. */
export function maxDeliveriesAdvisorySubject(stream, durable) {
    return `$JS.EVENT.ADVISORY.CONSUMER.MAX_DELIVERIES.${stream}.${durable}`;
}
/** The stream that keeps those advisories: `<stream>_DEAD_<durable>` (e.g. `PL_WORK_DEAD_actors`). */
export function deadLetterStream(stream, durable) {
    return { name: `${stream}_DEAD_${durable}`, subjects: [maxDeliveriesAdvisorySubject(stream, durable)] };
}
/** True for JetStream's "no message found" answer (the message was deleted already). */
export function isNoMessageFound(error) {
    const apiError = error?.api_error;
    if (apiError?.err_code === 10037)
        return true;
    return error instanceof Error && /no message found/i.test(error.message);
}
//# sourceMappingURL=nats-dead-letters.js.map