/**
 * `PROSPECTLAB_DNS_SERVERS`: the resolvers used for e-mail domain checks, comma-separated IP
 * addresses with an optional port (`192.0.2.53`, `127.0.0.1:5353`, `2001:db8::53`,
 * `[2001:db8::53]:5353`). Unset or empty: the system's resolvers.
 */
import { isIP } from 'node:net';
/** A resolver address is malformed: the operator must fix the variable. */
export class InvalidDnsServerError extends Error {
    name = 'InvalidDnsServerError';
}
/**
 * The servers in the form `Resolver.setServers` takes; throws InvalidDnsServerError naming
 * the entry at fault.
 */
export function parseDnsServers(value) {
    const entries = (value ?? '')
        .split(',')
        .map((e) => e.trim())
        .filter(Boolean);
    return entries.map((entry) => {
        let host = entry;
        let port = null;
        const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry);
        if (bracketed) {
            host = bracketed[1];
            port = bracketed[2] ?? null;
        }
        else if (isIP(entry) === 0 && /^[^:]+:\d+$/.test(entry)) {
            [host, port] = entry.split(':');
        }
        if (isIP(host) === 0)
            throw new InvalidDnsServerError(`PROSPECTLAB_DNS_SERVERS: ${JSON.stringify(entry)} is not an IP address (optionally with :port)`);
        if (port !== null && (Number(port) < 1 || Number(port) > 65535)) {
            throw new InvalidDnsServerError(`PROSPECTLAB_DNS_SERVERS: port of ${JSON.stringify(entry)} must be 1 to 65535`);
        }
        if (port === null)
            return host;
        return isIP(host) === 6 ? `[${host}]:${port}` : `${host}:${port}`;
    });
}
//# sourceMappingURL=dns-servers.js.map