/**
 * The connection pool of the plain HTTP page fetcher. Host names are resolved by a guarded
 * lookup that checks every answer against the network guard at connect time, so the address a
 * socket connects to is the address that was checked (no DNS rebinding between check and use).
 */
import { lookup as dnsLookup } from 'node:dns';
import { Agent } from 'undici';
import { BlockedAddressError, classifyAddress, isAddressClassAllowed } from './network-guard.js';
const systemLookup = (hostname, callback) => dnsLookup(hostname, { all: true, order: 'verbatim' }, callback);
/**
 * A socket lookup that resolves like `dns.lookup` and fails with {@link BlockedAddressError}
 * (carrying the refused address and its class) when any answer is refused by `policy`.
 */
export function guardedLookup(policy, resolve = systemLookup) {
    return (hostname, options, callback) => {
        resolve(hostname, (error, answers) => {
            if (error) {
                callback(error, []);
                return;
            }
            const wanted = options.family === 4 || options.family === 6 ? answers.filter((a) => a.family === options.family) : answers;
            for (const { address } of wanted) {
                const addressClass = classifyAddress(address);
                if (!isAddressClassAllowed(addressClass, policy)) {
                    callback(new BlockedAddressError(`${hostname} resolves to ${address}, which is refused`, { address, addressClass }), []);
                    return;
                }
            }
            if (wanted.length === 0) {
                const notFound = new Error(`getaddrinfo ENOTFOUND ${hostname}`);
                notFound.code = 'ENOTFOUND';
                callback(notFound, []);
                return;
            }
            if (options.all)
                callback(null, wanted);
            else
                callback(null, wanted[0].address, wanted[0].family);
        });
    };
}
/** Idle keep-alive connections are closed after this long. */
const KEEP_ALIVE_TIMEOUT_MS = 4000;
/** Budget of establishing one connection (TCP and TLS). */
const CONNECT_TIMEOUT_MS = 10_000;
const agents = new Map();
/**
 * The shared keep-alive pool for one network policy (one per policy per process, so every
 * crawl of an actor service reuses connections).
 */
export function httpAgentFor(policy) {
    let agent = agents.get(policy.allowPrivateNetworks);
    if (!agent) {
        agent = new Agent({
            connect: { lookup: guardedLookup(policy), timeout: CONNECT_TIMEOUT_MS },
            keepAliveTimeout: KEEP_ALIVE_TIMEOUT_MS,
            // Timeouts are enforced by the caller's AbortSignal (page budget).
            headersTimeout: 0,
            bodyTimeout: 0,
        });
        agents.set(policy.allowPrivateNetworks, agent);
    }
    return agent;
}
//# sourceMappingURL=http-agent.js.map