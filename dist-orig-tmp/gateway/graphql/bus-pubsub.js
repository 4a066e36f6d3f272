/**
 * type-graphql's PubSub over the bus: topics are bus subjects.
 *
 * All the subscribers of one topic in this process share one bus subscription, fanned out in
 * memory: 100 browsers watching one job cost one NATS subscription and one decode per event,
 * not 100. The bus subscription starts with the first reader and stops when the last one
 * leaves (a client's `complete` ends its reader), so a job nobody watches costs nothing.
 */
export class BusPubSub {
    bus;
    #topics = new Map();
    constructor(bus) {
        this.bus = bus;
    }
    publish(routingKey, ...args) {
        this.bus.publish(routingKey, args[0] ?? null);
    }
    /** Bus subscriptions open now (one per topic with at least one reader). */
    get openSubscriptions() {
        return this.#topics.size;
    }
    /**
     * Hands `data` to this process's readers of `routingKey` at once, without the bus round trip:
     * for a message this process also publishes on the bus, whose copy then arrives a second
     * time (readers of job events skip it by `seq`, `jobs/job-event-stream.ts`).
     */
    deliverLocally(routingKey, data) {
        const topic = this.#topics.get(routingKey);
        if (!topic)
            return;
        for (const r of topic.readers) {
            r.queue.push(data);
            r.wake?.();
        }
    }
    subscribe(routingKey) {
        return { [Symbol.asyncIterator]: () => this.#read(routingKey) };
    }
    #read(routingKey) {
        const reader = { queue: [], wake: null, ended: false };
        const topic = this.#join(routingKey, reader);
        const leave = () => {
            if (reader.ended)
                return;
            reader.ended = true;
            reader.queue.length = 0;
            this.#leave(routingKey, topic, reader);
            reader.wake?.();
        };
        return {
            async next() {
                for (;;) {
                    if (reader.queue.length)
                        return { done: false, value: reader.queue.shift() };
                    if (reader.ended)
                        return { done: true, value: undefined };
                    await new Promise((resolve) => (reader.wake = resolve));
                    reader.wake = null;
                }
            },
            async return() {
                leave();
                return { done: true, value: undefined };
            },
        };
    }
    #join(routingKey, reader) {
        let topic = this.#topics.get(routingKey);
        if (!topic) {
            const readers = new Set();
            const subscription = this.bus.subscribe(routingKey, {
                callback: (msg) => {
                    for (const r of readers) {
                        r.queue.push(msg.data);
                        r.wake?.();
                    }
                },
            });
            topic = { subscription, readers };
            this.#topics.set(routingKey, topic);
        }
        topic.readers.add(reader);
        return topic;
    }
    #leave(routingKey, topic, reader) {
        topic.readers.delete(reader);
        if (topic.readers.size > 0)
            return;
        topic.subscription.unsubscribe();
        if (this.#topics.get(routingKey) === topic)
            this.#topics.delete(routingKey);
    }
}
//# sourceMappingURL=bus-pubsub.js.map