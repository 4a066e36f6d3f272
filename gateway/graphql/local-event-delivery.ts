import type { Bus } from '../../bus/bus.js';
import type { BusPubSub } from './bus-pubsub.js';

/**
 * The bus as the job service sees it in a gateway: what it publishes goes on the bus (for
 * other gateways) and, in the same step, to this gateway's own subscribers (`deliverLocally`),
 * so a local graphql-ws subscriber gets an event without waiting for the bus to echo it back.
 */
export function withLocalDelivery(bus: Bus, pubSub: BusPubSub): Bus {
  const publish = (subject: string, data: unknown): void => {
    bus.publish(subject, data);
    pubSub.deliverLocally(subject, data);
  };
  return new Proxy(bus, {
    get(target, property) {
      if (property === 'publish') return publish;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
