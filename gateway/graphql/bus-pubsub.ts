import type { PubSub } from 'type-graphql';
import type { Bus, BusSubscription } from '../../bus/bus.js';

/** Called with each message of a topic, in the step that delivers it. */
export type TopicListener = (data: unknown) => void;

/** One bus subscription shared by every local listener of the same topic. */
interface Topic {
  readonly subscription: BusSubscription;
  readonly listeners: Set<TopicListener>;
}

/** A PubSub whose topics can also be listened to with a callback (no async iteration). */
export interface ListenablePubSub extends PubSub {
  /** Calls `listener` with every message of `routingKey` until the returned function is called. */
  listen(routingKey: string, listener: TopicListener): () => void;
}

export function isListenable(pubSub: PubSub): pubSub is ListenablePubSub {
  return typeof (pubSub as Partial<ListenablePubSub>).listen === 'function';
}

/**
 * type-graphql's PubSub over the bus: topics are bus subjects.
 *
 * All the subscribers of one topic in this process share one bus subscription, fanned out in
 * memory: 100 browsers watching one job cost one NATS subscription and one decode per event,
 * not 100. The bus subscription starts with the first reader and stops when the last one
 * leaves (a client's `complete` ends its reader), so a job nobody watches costs nothing.
 *
 * Readers either iterate (`subscribe`, type-graphql's interface) or register a callback
 * (`listen`): a callback costs no promise per message, which matters when one event goes to
 * hundreds of readers (`jobs/job-event-stream.ts` listens).
 */
export class BusPubSub implements ListenablePubSub {
  readonly #topics = new Map<string, Topic>();

  constructor(private readonly bus: Bus) {}

  publish(routingKey: string, ...args: unknown[]): void {
    this.bus.publish(routingKey, args[0] ?? null);
  }

  /** Bus subscriptions open now (one per topic with at least one reader). */
  get openSubscriptions(): number {
    return this.#topics.size;
  }

  /**
   * Hands `data` to this process's readers of `routingKey` at once, without the bus round trip:
   * for a message this process also publishes on the bus, whose copy then arrives a second
   * time (readers of job events skip it by `seq`, `jobs/job-event-stream.ts`).
   */
  deliverLocally(routingKey: string, data: unknown): void {
    const topic = this.#topics.get(routingKey);
    if (topic) fanOut(topic.listeners, data);
  }

  listen(routingKey: string, listener: TopicListener): () => void {
    // A listener of its own per call, so the same function listening twice is two readers.
    const own: TopicListener = (data) => listener(data);
    const topic = this.#join(routingKey, own);
    let left = false;
    return () => {
      if (left) return;
      left = true;
      this.#leave(routingKey, topic, own);
    };
  }

  subscribe(routingKey: string): AsyncIterable<unknown> {
    return { [Symbol.asyncIterator]: () => this.#read(routingKey) };
  }

  #read(routingKey: string): AsyncIterator<unknown> {
    const queue: unknown[] = [];
    let wake: (() => void) | null = null;
    let ended = false;
    const stop = this.listen(routingKey, (data) => {
      queue.push(data);
      wake?.();
    });
    const leave = (): void => {
      if (ended) return;
      ended = true;
      queue.length = 0;
      stop();
      wake?.();
    };
    return {
      async next(): Promise<IteratorResult<unknown>> {
        for (;;) {
          if (queue.length) return { done: false, value: queue.shift() };
          if (ended) return { done: true, value: undefined };
          await new Promise<void>((resolve) => (wake = resolve));
          wake = null;
        }
      },
      async return(): Promise<IteratorResult<unknown>> {
        leave();
        return { done: true, value: undefined };
      },
    };
  }

  #join(routingKey: string, listener: TopicListener): Topic {
    let topic = this.#topics.get(routingKey);
    if (!topic) {
      const listeners = new Set<TopicListener>();
      const subscription = this.bus.subscribe(routingKey, { callback: (msg) => fanOut(listeners, msg.data) });
      topic = { subscription, listeners };
      this.#topics.set(routingKey, topic);
    }
    topic.listeners.add(listener);
    return topic;
  }

  #leave(routingKey: string, topic: Topic, listener: TopicListener): void {
    topic.listeners.delete(listener);
    if (topic.listeners.size > 0) return;
    topic.subscription.unsubscribe();
    if (this.#topics.get(routingKey) === topic) this.#topics.delete(routingKey);
  }
}

/** Every listener gets `data`; one that throws does not keep it from the others. */
function fanOut(listeners: ReadonlySet<TopicListener>, data: unknown): void {
  for (const listener of listeners) {
    try {
      listener(data);
    } catch (error) {
      console.error('A listener of a bus topic failed.', error);
    }
  }
}
