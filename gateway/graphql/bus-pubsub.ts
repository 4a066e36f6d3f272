import type { PubSub } from 'type-graphql';
import type { Bus } from '../../bus/bus.js';

/**
 * type-graphql's PubSub over the bus: topics are bus subjects, so a subscription started in
 * the gateway is a bus subscription, and ending it (client `complete`) unsubscribes.
 */
export class BusPubSub implements PubSub {
  constructor(private readonly bus: Bus) {}

  publish(routingKey: string, ...args: unknown[]): void {
    this.bus.publish(routingKey, args[0] ?? null);
  }

  subscribe(routingKey: string): AsyncIterable<unknown> {
    const bus = this.bus;
    return {
      [Symbol.asyncIterator](): AsyncIterator<unknown> {
        const subscription = bus.subscribe(routingKey);
        const inner = subscription[Symbol.asyncIterator]();
        return {
          async next() {
            const r = await inner.next();
            return r.done ? { done: true, value: undefined } : { done: false, value: r.value.data };
          },
          async return() {
            subscription.unsubscribe();
            await inner.return?.();
            return { done: true, value: undefined };
          },
        };
      },
    };
  }
}
