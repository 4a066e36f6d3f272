/**
 * A local DNS server for tests (dns2, UDP on 127.0.0.1, a free port): each domain of the zone
 * answers what the test says; the top-level domains of the zone's names exist (no records);
 * other names are NXDOMAIN; `silent` domains never get an answer (a resolver that hangs). An
 * empty zone is a resolver cut off from the public DNS: NXDOMAIN for every name.
 */
import dns2 from 'dns2';
export async function startDnsServer(zone) {
    const { Packet } = dns2;
    const queries = [];
    const topLevelDomains = new Set(Object.keys(zone).map((name) => name.slice(name.lastIndexOf('.') + 1)));
    const server = dns2.createServer({
        udp: true,
        handle: (request, send) => {
            const [question] = request.questions;
            if (!question)
                return;
            const name = question.name.toLowerCase().replace(/\.$/, '');
            const typeName = Object.entries(Packet.TYPE).find(([, v]) => v === question.type)?.[0] ?? String(question.type);
            queries.push(`${typeName} ${name}`);
            const entry = zone[name] ?? (topLevelDomains.has(name) ? {} : undefined);
            if (entry?.silent)
                return;
            const response = Packet.createResponseFromRequest(request);
            if (!entry) {
                response.header.rcode = Packet.RCODE.NXDOMAIN;
            }
            else if (question.type === Packet.TYPE.MX) {
                (entry.mx ?? []).forEach((exchange, i) => response.answers.push({ name: question.name, type: Packet.TYPE.MX, class: Packet.CLASS.IN, ttl: 60, exchange, priority: 10 * (i + 1) }));
            }
            else if (question.type === Packet.TYPE.A) {
                for (const address of entry.a ?? [])
                    response.answers.push({ name: question.name, type: Packet.TYPE.A, class: Packet.CLASS.IN, ttl: 60, address });
            }
            else if (question.type === Packet.TYPE.AAAA) {
                for (const address of entry.aaaa ?? [])
                    response.answers.push({ name: question.name, type: Packet.TYPE.AAAA, class: Packet.CLASS.IN, ttl: 60, address });
            }
            void send(response);
        },
    });
    const addresses = await server.listen({ udp: { port: 0, address: '127.0.0.1' } });
    const port = addresses.udp?.port;
    if (!port)
        throw new Error('the test DNS server did not report its port');
    return {
        address: `127.0.0.1:${port}`,
        queries,
        close: () => server.close(),
    };
}
//# sourceMappingURL=dns-server.js.map