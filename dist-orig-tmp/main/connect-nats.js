/**
 * Connects a process to NATS, saying so when it has to wait: a server that does not answer yet
 * (refused, unknown host, unreachable) is retried until it does, after one log line naming the
 * address; any other failure (bad credentials, no JetStream) is fatal at once.
 */
import { describeNatsServers, NatsBus } from '../bus/nats-bus.js';
/** Connection failures that mean "not there yet", worth waiting for. */
const WAITABLE_CODES = new Set([
    'CONNECTION_REFUSED',
    'ECONNREFUSED',
    'ENOTFOUND',
    'EAI_AGAIN',
    'ECONNRESET',
    'EHOSTUNREACH',
    'ENETUNREACH',
    'ETIMEDOUT',
    'TIMEOUT',
]);
function waitableCode(error) {
    for (let e = error; e instanceof Error; e = e.cause) {
        const code = e.code;
        if (typeof code === 'string' && WAITABLE_CODES.has(code))
            return code;
    }
    return null;
}
/**
 * @param log one line per state change (waiting, connected after waiting)
 * @throws what {@link NatsBus.connect} throws, except the failures worth waiting for
 */
export async function connectNatsWaiting(options, log) {
    try {
        return await NatsBus.connect({ ...options, waitOnFirstConnect: false });
    }
    catch (error) {
        const code = waitableCode(error);
        if (code === null)
            throw error;
        const address = describeNatsServers(options.servers);
        log(`waiting for NATS at ${address} (${code}); retrying every ${options.reconnectTimeWaitMs ?? 500} ms until it answers`);
        const bus = await NatsBus.connect({ ...options, waitOnFirstConnect: true });
        log(`connected to NATS at ${address}`);
        return bus;
    }
}
//# sourceMappingURL=connect-nats.js.map