/**
 * The bus as the job service sees it in a gateway: what it publishes goes on the bus (for
 * other gateways) and, in the same step, to this gateway's own subscribers (`deliverLocally`),
 * so a local graphql-ws subscriber gets an event without waiting for the bus to echo it back.
 */
export function withLocalDelivery(bus, pubSub) {
    const publish = (subject, data) => {
        bus.publish(subject, data);
        pubSub.deliverLocally(subject, data);
    };
    return new Proxy(bus, {
        get(target, property) {
            if (property === 'publish')
                return publish;
            const value = Reflect.get(target, property, target);
            return typeof value === 'function' ? value.bind(target) : value;
        },
    });
}
//# sourceMappingURL=local-event-delivery.js.map