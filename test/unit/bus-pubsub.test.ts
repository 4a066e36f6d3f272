import { expect } from 'chai';
import type { Bus, BusSubscription, SubscribeOptions } from '../../bus/bus.js';
import { EmbeddedBus } from '../../bus/embedded-bus.js';
import { BusPubSub } from '../../gateway/graphql/bus-pubsub.js';

/** The embedded bus, counting the subscriptions opened and closed on it. */
function countingBus(): { bus: Bus; open: () => number; opened: () => number } {
  const inner = new EmbeddedBus();
  let open = 0;
  let opened = 0;
  const bus = Object.create(inner) as Bus;
  bus.subscribe = (subject: string, options?: SubscribeOptions): BusSubscription => {
    const sub = inner.subscribe(subject, options);
    open++;
    opened++;
    let closed = false;
    return {
      subject: sub.subject,
      [Symbol.asyncIterator]: () => sub[Symbol.asyncIterator](),
      unsubscribe() {
        if (!closed) open--;
        closed = true;
        sub.unsubscribe();
      },
    };
  };
  bus.publish = inner.publish.bind(inner);
  bus.close = inner.close.bind(inner);
  return { bus, open: () => open, opened: () => opened };
}

async function settle(): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
}

describe('BusPubSub (one bus subscription per topic, fanned out)', () => {
  it('gives every reader of a topic every message, through one bus subscription', async () => {
    const { bus, open, opened } = countingBus();
    const pubSub = new BusPubSub(bus);
    const readers = [1, 2, 3].map(() => pubSub.subscribe('pl.job.a.events')[Symbol.asyncIterator]());
    const other = pubSub.subscribe('pl.job.b.events')[Symbol.asyncIterator]();
    expect(opened()).to.equal(2);
    expect(pubSub.openSubscriptions).to.equal(2);
    pubSub.publish('pl.job.a.events', { seq: 1 });
    pubSub.publish('pl.job.a.events', { seq: 2 });
    pubSub.publish('pl.job.b.events', { seq: 7 });
    await settle();
    for (const reader of readers) {
      expect((await reader.next()).value).to.deep.equal({ seq: 1 });
      expect((await reader.next()).value).to.deep.equal({ seq: 2 });
    }
    expect((await other.next()).value).to.deep.equal({ seq: 7 });
    await Promise.all([...readers, other].map((r) => r.return!()));
    expect(open()).to.equal(0);
    await bus.close();
  });

  it('keeps the bus subscription until the last reader leaves, then closes it', async () => {
    const { bus, open } = countingBus();
    const pubSub = new BusPubSub(bus);
    const [first, second] = [1, 2].map(() => pubSub.subscribe('pl.job.a.events')[Symbol.asyncIterator]());
    const waiting = first.next();
    await first.return!();
    expect((await waiting).done, 'a pending next() ends with return()').to.equal(true);
    expect((await first.next()).done).to.equal(true);
    expect(open()).to.equal(1);
    pubSub.publish('pl.job.a.events', { seq: 3 });
    await settle();
    expect((await second.next()).value).to.deep.equal({ seq: 3 });
    await second.return!();
    await second.return!(); // idempotent
    expect(open()).to.equal(0);
    expect(pubSub.openSubscriptions).to.equal(0);
    // A new reader after everyone left opens a new bus subscription and gets what follows.
    const again = pubSub.subscribe('pl.job.a.events')[Symbol.asyncIterator]();
    expect(open()).to.equal(1);
    pubSub.publish('pl.job.a.events', { seq: 4 });
    await settle();
    expect((await again.next()).value).to.deep.equal({ seq: 4 });
    await again.return!();
    expect(open()).to.equal(0);
    await bus.close();
  });

  it('a reader that leaves stops receiving without holding the others back', async () => {
    const { bus } = countingBus();
    const pubSub = new BusPubSub(bus);
    const slow = pubSub.subscribe('t')[Symbol.asyncIterator]();
    const fast = pubSub.subscribe('t')[Symbol.asyncIterator]();
    for (let seq = 1; seq <= 100; seq++) pubSub.publish('t', { seq });
    await settle();
    await slow.return!();
    const seen: unknown[] = [];
    for (let i = 0; i < 100; i++) seen.push((await fast.next()).value);
    expect(seen).to.have.length(100);
    expect(seen.at(-1)).to.deep.equal({ seq: 100 });
    await fast.return!();
    await bus.close();
  });

  it('listeners get each message in the step that delivers it, share the bus subscription with readers, and one that throws keeps nothing from the others', async () => {
    const { bus, open } = countingBus();
    const pubSub = new BusPubSub(bus);
    const got: [string, unknown][] = [];
    const stops = ['a', 'b'].map((name) => pubSub.listen('t', (data) => void got.push([name, data])));
    const failing = pubSub.listen('t', () => {
      throw new Error('listener bug');
    });
    const reader = pubSub.subscribe('t')[Symbol.asyncIterator]();
    expect(open(), 'one bus subscription for every listener and reader').to.equal(1);
    const logged = console.error;
    console.error = () => undefined;
    try {
      pubSub.deliverLocally('t', { seq: 1 });
    } finally {
      console.error = logged;
    }
    expect(got, 'delivered before deliverLocally returns').to.deep.equal([
      ['a', { seq: 1 }],
      ['b', { seq: 1 }],
    ]);
    expect((await reader.next()).value).to.deep.equal({ seq: 1 });
    stops[0]();
    stops[0](); // idempotent
    failing();
    pubSub.deliverLocally('t', { seq: 2 });
    expect(got.at(-1)).to.deep.equal(['b', { seq: 2 }]);
    expect(got.filter(([name]) => name === 'a')).to.have.length(1);
    stops[1]();
    expect(open()).to.equal(1);
    await reader.return!();
    expect(open(), 'the last one leaving closes the bus subscription').to.equal(0);
    await bus.close();
  });
});
