import { expect } from 'chai';
import { batchConsumeOptions, batchingHandler } from '../../bus/batch-consumer.js';
import type { WorkMessage } from '../../bus/bus.js';
import { ACTOR_STREAM } from '../../schema/subjects.js';

function workMessage(n: number): WorkMessage & { isSettled: boolean } {
  const m = {
    subject: `pl.actor.${n}`,
    data: n,
    deliveryCount: 1,
    isSettled: false,
    ack: async () => void (m.isSettled = true),
    nak: () => void (m.isSettled = true),
    working: () => undefined,
    term: () => void (m.isSettled = true),
  };
  return m;
}

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('batch consumption', () => {
  const splits: { delivered: number; maxBatch: number; batches: number[] }[] = [
    { delivered: 1, maxBatch: 100, batches: [1] },
    { delivered: 7, maxBatch: 3, batches: [3, 3, 1] },
    { delivered: 256, maxBatch: 256, batches: [256] },
    { delivered: 300, maxBatch: 256, batches: [256, 44] },
  ];
  for (const s of splits) {
    it(`splits ${s.delivered} delivered messages into batches of at most ${s.maxBatch}, in order`, async () => {
      const seen: number[][] = [];
      const handle = batchingHandler(s.maxBatch, async (batch) => {
        seen.push(batch.map((m) => m.data as number));
        for (const m of batch) await m.ack();
      });
      await Promise.all(Array.from({ length: s.delivered }, (_, n) => handle(workMessage(n))));
      expect(seen.map((b) => b.length)).to.deep.equal(s.batches);
      expect(seen.flat()).to.deep.equal(Array.from({ length: s.delivered }, (_, n) => n));
    });
  }

  it('never waits to fill a batch, and hands over what arrived meanwhile as the next one', async () => {
    const seen: number[][] = [];
    let release!: () => void;
    const firstRunning = new Promise<void>((resolve) => (release = resolve));
    let unblock!: () => void;
    const blocked = new Promise<void>((resolve) => (unblock = resolve));
    const handle = batchingHandler(100, async (batch) => {
      seen.push(batch.map((m) => m.data as number));
      if (seen.length === 1) {
        release();
        await blocked;
      }
    });
    const done = [handle(workMessage(0))];
    await firstRunning;
    done.push(handle(workMessage(1)), handle(workMessage(2)));
    await tick();
    expect(seen).to.deep.equal([[0]]); // one batch at a time
    unblock();
    await Promise.all(done);
    expect(seen).to.deep.equal([[0], [1, 2]]);
  });

  it('a failing batch rejects its unsettled messages only, and the next batch still runs', async () => {
    const handle = batchingHandler(10, async (batch) => {
      if (batch.length === 2) {
        await batch[0].ack();
        throw new Error('store down');
      }
    });
    const [a, b] = [workMessage(0), workMessage(1)];
    const results = await Promise.allSettled([handle(a), handle(b)]);
    expect(results.map((r) => r.status)).to.deep.equal(['fulfilled', 'rejected']);
    await handle(workMessage(2)); // the next batch runs
  });

  it('a batch resolving with its settlement under way frees the handler for the next batch, and its messages stay held until settled', async () => {
    const seen: number[][] = [];
    let acked!: () => void;
    const firstAcks = new Promise<void>((resolve) => (acked = resolve));
    const handle = batchingHandler(100, async (batch) => {
      seen.push(batch.map((m) => m.data as number));
      if (seen.length === 1) return { settled: firstAcks };
      return undefined;
    });
    let firstDone = false;
    const first = handle(workMessage(0)).then(() => void (firstDone = true));
    await tick();
    await tick();
    await handle(workMessage(1)); // handed over while the first batch's acks are still under way
    expect(seen).to.deep.equal([[0], [1]]);
    expect(firstDone, 'held until its settlement resolves').to.equal(false);
    acked();
    await first;
    expect(firstDone).to.equal(true);
  });

  it('a settlement that rejects rejects the messages it left unsettled only', async () => {
    const [a, b] = [workMessage(0), workMessage(1)];
    const handle = batchingHandler(10, async (batch) => {
      await batch[0].ack();
      return { settled: Promise.reject(new Error('connection lost')) };
    });
    const results = await Promise.allSettled([handle(a), handle(b)]);
    expect(results.map((r) => r.status)).to.deep.equal(['fulfilled', 'rejected']);
  });

  const bad: { maxBatch: unknown }[] = [{ maxBatch: 0 }, { maxBatch: -3 }, { maxBatch: 1.5 }, { maxBatch: '10' }, { maxBatch: Number.NaN }];
  for (const b of bad) {
    it(`refuses maxBatch ${String(b.maxBatch)}`, () => {
      expect(() => batchConsumeOptions({ stream: ACTOR_STREAM, durable: 'd', maxBatch: b.maxBatch as number })).to.throw(RangeError);
    });
  }

  it('consumes with one slot per message of a batch', () => {
    expect(batchConsumeOptions({ stream: ACTOR_STREAM, durable: 'd', maxBatch: 64, maxAckPending: 64 })).to.deep.equal({
      consume: { stream: ACTOR_STREAM, durable: 'd', maxAckPending: 64, maxInFlight: 64 },
      maxBatch: 64,
    });
  });
});
