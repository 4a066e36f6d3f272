/**
 * One behavioural suite for every {@link Bus} implementation: the embedded bus and the NATS
 * bus (on the shared server at 127.0.0.1:4222, with per-run subjects and streams) must pass
 * exactly the same cases.
 */
import type { DeadLetter } from '../../bus/bus.js';
import { expect } from 'chai';
import { randomBytes } from 'node:crypto';
import {
  BusTimeoutError,
  BusUnavailableError,
  InvalidPayloadError,
  InvalidSubjectError,
  StreamConfigError,
  type Bus,
  type BusMessage,
  type ConsumeOptions,
  type Consumer,
  type StreamSpec,
  type WorkHandler,
  type WorkMessage,
} from '../../bus/bus.js';
import { EmbeddedBus } from '../../bus/embedded-bus.js';
import { NatsBus } from '../../bus/nats-bus.js';
import { deadLetterStream } from '../../bus/nats-dead-letters.js';
import { seededRandom } from '../helpers/seeded-random.js';

const SHARED_NATS_URL = process.env.NATS_TEST_URL ?? 'nats://127.0.0.1:4222';

/** Errors the buses reported through `onError` (callbacks and handlers that threw). */
const reportedErrors: { error: unknown; context: string }[] = [];
const recordError = (error: unknown, context: string): void => {
  reportedErrors.push({ error, context });
};

export interface BusContractCleanup {
  /** Removes a stream a test created, from outside the (possibly closed) bus under test. */
  deleteStream(name: string): Promise<unknown>;
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await sleep(10);
  }
}

async function rejectionOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}

function gate(): { promise: Promise<void>; open: () => void } {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

function randomId(): string {
  return randomBytes(5).toString('hex');
}

/**
 * Declares the bus contract for one implementation.
 * @param makeBus creates a fresh, connected bus; each test closes its own
 * @param cleanup removes streams created by a test (needed for servers that outlive the test)
 */
export function describeBusContract(name: string, makeBus: () => Promise<Bus>, cleanup?: BusContractCleanup): void {
  describe(`Bus contract: ${name}`, function () {
    this.timeout(20_000);
    let bus: Bus;
    let prefix: string;
    let streamCount = 0;
    const streamsCreated: string[] = [];
    const consumers: Consumer[] = [];
    const gates: (() => void)[] = [];
    const extraBuses: Bus[] = [];

    beforeEach(async () => {
      prefix = `bt${randomId()}`;
      reportedErrors.length = 0;
      bus = await makeBus();
    });

    afterEach(async () => {
      for (const open of gates.splice(0)) open();
      for (const consumer of consumers.splice(0)) await consumer.stop();
      for (const other of extraBuses.splice(0)) await other.close();
      for (const stream of streamsCreated.splice(0)) await cleanup?.deleteStream(stream);
      await bus.close();
    });

    function newStream(): StreamSpec {
      const stream = { name: `BUS_TEST_${randomId()}_${++streamCount}`, subjects: [`${prefix}.s${streamCount}.>`] };
      streamsCreated.push(stream.name);
      return stream;
    }

    async function consume(on: Bus, options: ConsumeOptions, handler: WorkHandler): Promise<Consumer> {
      const consumer = await on.consume(options, handler);
      consumers.push(consumer);
      return consumer;
    }

    /** A handler that records each delivery and acks it. */
    function recorder(): { seen: WorkMessage[]; handler: WorkHandler } {
      const seen: WorkMessage[] = [];
      return {
        seen,
        handler: async (msg) => {
          seen.push(msg);
          await msg.ack();
        },
      };
    }

    describe('core publish/subscribe', () => {
      it('is connected once created', () => {
        expect(bus.isConnected()).to.equal(true);
        expect(bus.kind).to.be.oneOf(['nats', 'embedded']);
      });

      it('routes `*` to exactly one token and `>` to one or more', async () => {
        const star: string[] = [];
        const tail: string[] = [];
        bus.subscribe(`${prefix}.a.*`, { callback: (m) => star.push(m.subject) });
        bus.subscribe(`${prefix}.>`, { callback: (m) => tail.push(m.subject) });
        for (const suffix of ['a.b', 'a.b.c', 'x', 'a']) bus.publish(`${prefix}.${suffix}`, suffix);
        bus.publish(prefix, 'bare prefix');
        bus.publish(`${prefix}.a.end`, 'end');
        await waitFor(() => star.includes(`${prefix}.a.end`) && tail.includes(`${prefix}.a.end`), 'sentinel');
        expect(star).to.deep.equal([`${prefix}.a.b`, `${prefix}.a.end`]);
        expect(tail).to.deep.equal([`${prefix}.a.b`, `${prefix}.a.b.c`, `${prefix}.x`, `${prefix}.a`, `${prefix}.a.end`]);
      });

      it('gives each message to one member of a queue group and to every plain subscriber', async () => {
        const members: number[][] = [[], []];
        const plain: unknown[] = [];
        members.forEach((got) => bus.subscribe(`${prefix}.q.work`, { queue: 'workers', callback: (m) => got.push(m.data as number) }));
        bus.subscribe(`${prefix}.q.*`, { callback: (m) => plain.push(m.data) });
        for (let i = 0; i < 40; i++) bus.publish(`${prefix}.q.work`, i);
        bus.publish(`${prefix}.q.end`, 'end');
        await waitFor(() => plain.includes('end'), 'sentinel');
        const all = [...members[0], ...members[1]].sort((a, b) => a - b);
        expect(all).to.deep.equal([...Array(40).keys()]);
        expect(members[0]).to.not.be.empty;
        expect(members[1]).to.not.be.empty;
        expect(plain).to.have.length(41);
      });

      it('ends iteration and stops delivery on unsubscribe', async () => {
        const sub = bus.subscribe(`${prefix}.u`);
        const received: unknown[] = [];
        const iteration = (async () => {
          for await (const msg of sub) {
            received.push(msg.data);
            sub.unsubscribe();
          }
        })();
        bus.publish(`${prefix}.u`, 1);
        await iteration;
        expect(received).to.deep.equal([1]);
        const error = await rejectionOf(bus.request(`${prefix}.u`, null, 10_000));
        expect(error).to.be.instanceOf(BusTimeoutError);
        expect(error.message).to.match(/no responders/);
        sub.unsubscribe();
      });

      it('ends a pending iteration when unsubscribed while idle', async () => {
        const sub = bus.subscribe(`${prefix}.idle`);
        const iteration = (async () => {
          const got: BusMessage[] = [];
          for await (const msg of sub) got.push(msg);
          return got;
        })();
        await sleep(20);
        sub.unsubscribe();
        expect(await iteration).to.deep.equal([]);
      });

      it('unsubscribes when iteration stops early (iterator return)', async () => {
        const sub = bus.subscribe(`${prefix}.ret`);
        bus.publish(`${prefix}.ret`, 'first');
        bus.publish(`${prefix}.ret`, 'second');
        for await (const msg of sub) {
          expect(msg.data).to.equal('first');
          break;
        }
        const error = await rejectionOf(bus.request(`${prefix}.ret`, null, 10_000));
        expect(error).to.be.instanceOf(BusTimeoutError);
        expect(error.message).to.match(/no responders/);
        const next = await sub[Symbol.asyncIterator]().next();
        expect(next.done).to.equal(true);
      });

      it('round-trips JSON payloads as independent copies', async () => {
        const payload = {
          text: 'é✓ "quoted" \n',
          number: 1.5,
          flag: true,
          nothing: null,
          list: [1, { x: 'y' }],
          nested: { deep: { values: [1, 2] } },
          date: new Date(0),
          dropped: undefined,
        };
        const expected = JSON.parse(JSON.stringify(payload)) as unknown;
        const got: unknown[] = [];
        bus.subscribe(`${prefix}.json`, { callback: (m) => got.push(m.data) });
        bus.subscribe(`${prefix}.json`, { callback: (m) => got.push(m.data) });
        bus.publish(`${prefix}.json`, payload);
        payload.nested.deep.values.push(3);
        await waitFor(() => got.length === 2, 'two copies');
        expect(got[0]).to.deep.equal(expected);
        expect(got[1]).to.deep.equal(expected);
        expect(got[0]).to.not.equal(got[1]);
        expect((got[0] as typeof payload).nested).to.not.equal((got[1] as typeof payload).nested);
        for (const scalar of ['plain string', 0, false, null, [1, 'two']]) {
          bus.publish(`${prefix}.json`, scalar);
        }
        await waitFor(() => got.length === 12, 'scalars');
        expect(got.slice(2).filter((_, i) => i % 2 === 0)).to.deep.equal(['plain string', 0, false, null, [1, 'two']]);
      });

      it('rejects malformed subjects and filters', () => {
        for (const subject of ['', 'a..b', 'a b', `${prefix}.*`, `${prefix}.>`, 'a.', 'a*']) {
          expect(() => bus.publish(subject, 1), subject).to.throw(InvalidSubjectError);
        }
        for (const filter of ['', 'a..b', 'a b', 'a.>.b', 'a*']) {
          expect(() => bus.subscribe(filter), filter).to.throw(InvalidSubjectError);
        }
        expect(() => bus.subscribe(`${prefix}.x`, { queue: 'bad queue' })).to.throw(InvalidSubjectError);
        expect(() => bus.subscribe(`${prefix}.x`, { queue: '' })).to.throw(InvalidSubjectError);
      });

      it('rejects payloads that are not JSON-serialisable or too large', async () => {
        const circular: Record<string, unknown> = {};
        circular.self = circular;
        const bad: unknown[] = [undefined, () => 1, Symbol('s'), 10n, circular, { big: 1n }, 'x'.repeat(2 * 1024 * 1024)];
        for (const payload of bad) {
          expect(() => bus.publish(`${prefix}.bad`, payload)).to.throw(InvalidPayloadError);
          expect(await rejectionOf(bus.request(`${prefix}.bad`, payload, 1000))).to.be.instanceOf(InvalidPayloadError);
        }
      });
    });

    describe('request/reply', () => {
      it('returns the reply of a responder', async () => {
        bus.subscribe(`${prefix}.rpc`, { callback: (m) => m.respond({ echo: m.data }) });
        expect(await bus.request(`${prefix}.rpc`, { x: 1 }, 5000)).to.deep.equal({ echo: { x: 1 } });
      });

      it('works with an iterating responder in a queue group', async () => {
        const responder = bus.subscribe(`${prefix}.rpc2`, { queue: 'responders' });
        void (async () => {
          for await (const msg of responder) msg.respond((msg.data as number) * 2);
        })();
        expect(await bus.request(`${prefix}.rpc2`, 21, 5000)).to.equal(42);
      });

      it('times out with BusTimeoutError when nobody replies', async () => {
        bus.subscribe(`${prefix}.silent`, { callback: () => undefined });
        const error = await rejectionOf(bus.request(`${prefix}.silent`, 'hello?', 300));
        expect(error).to.be.instanceOf(BusTimeoutError);
        expect(error.message).to.not.match(/no responders/);
      });

      it('fails at once with "no responders" when nobody subscribes', async function () {
        this.timeout(5000);
        const error = await rejectionOf(bus.request(`${prefix}.nobody`, 1, 15_000));
        expect(error).to.be.instanceOf(BusTimeoutError);
        expect(error.message).to.match(/no responders/);
      });

      it('treats respond() without a requester as a no-op, but still checks the payload', async () => {
        const outcomes: string[] = [];
        bus.subscribe(`${prefix}.noreply`, {
          callback: (m) => {
            m.respond('fine');
            try {
              m.respond(10n);
            } catch (error) {
              outcomes.push((error as Error).name);
            }
          },
        });
        bus.publish(`${prefix}.noreply`, 1);
        await waitFor(() => outcomes.length === 1, 'callback');
        expect(outcomes).to.deep.equal(['InvalidPayloadError']);
      });

      it('rejects a bad timeout', async () => {
        for (const timeoutMs of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
          expect(await rejectionOf(bus.request(`${prefix}.rpc`, 1, timeoutMs))).to.be.instanceOf(RangeError);
        }
      });

      it('reports a throwing callback without disturbing other subscribers', async () => {
        const got: unknown[] = [];
        bus.subscribe(`${prefix}.throw`, {
          callback: () => {
            throw new Error('callback failed');
          },
        });
        bus.subscribe(`${prefix}.throw`, { callback: (m) => got.push(m.data) });
        bus.publish(`${prefix}.throw`, 1);
        bus.publish(`${prefix}.throw`, 2);
        await waitFor(() => got.length === 2, 'both messages');
        expect(reportedErrors.map((r) => (r.error as Error).message)).to.deep.equal(['callback failed', 'callback failed']);
      });
    });

    describe('durable streams', () => {
      it('rejects a send that no stream captures', async () => {
        const error = await rejectionOf(bus.send(`${prefix}.nostream.x`, 1));
        expect(error).to.be.instanceOf(BusTimeoutError);
        expect(error.message).to.match(/no responders/);
      });

      it('creates streams idempotently and rejects bad definitions', async () => {
        const stream = newStream();
        await bus.ensureStream(stream);
        await bus.ensureStream(stream);
        expect(await rejectionOf(bus.ensureStream({ name: 'has.dot', subjects: [`${prefix}.z.>`] }))).to.be.instanceOf(InvalidSubjectError);
        expect(await rejectionOf(bus.ensureStream({ name: `X${randomId()}`, subjects: [] }))).to.be.instanceOf(StreamConfigError);
        expect(await rejectionOf(bus.ensureStream({ name: `X${randomId()}`, subjects: [`${prefix}.z.>`, `${prefix}.z.a`] }))).to.be.instanceOf(
          StreamConfigError,
        );
        expect(await rejectionOf(bus.ensureStream({ name: `X${randomId()}`, subjects: ['a b'] }))).to.be.instanceOf(InvalidSubjectError);
        const overlapping = { name: `BUS_TEST_${randomId()}_overlap`, subjects: [stream.subjects[0]] };
        streamsCreated.push(overlapping.name);
        expect(await rejectionOf(bus.ensureStream(overlapping))).to.be.instanceOf(StreamConfigError);
      });

      it('updates the subjects of an existing stream', async () => {
        const stream = newStream();
        await bus.ensureStream(stream);
        const extra = `${prefix}.extra${streamCount}.>`;
        await bus.ensureStream({ name: stream.name, subjects: [...stream.subjects, extra] });
        await bus.send(extra.replace('>', 'one'), 'via new subject');
        const { seen, handler } = recorder();
        await consume(bus, { stream: { name: stream.name, subjects: [...stream.subjects, extra] }, durable: 'upd' }, handler);
        await waitFor(() => seen.length === 1, 'delivery');
        expect(seen[0]?.data).to.equal('via new subject');
      });

      it('replays messages sent before any consumer existed, in stream order', async () => {
        const stream = newStream();
        await bus.ensureStream(stream);
        const subject = `${prefix}.s${streamCount}.job`;
        for (let i = 0; i < 5; i++) await bus.send(subject, { i });
        const { seen, handler } = recorder();
        await consume(bus, { stream, durable: 'replay' }, handler);
        await waitFor(() => seen.length === 5, 'replay');
        expect(seen.map((m) => m.data)).to.deep.equal([0, 1, 2, 3, 4].map((i) => ({ i })));
        expect(seen.map((m) => m.deliveryCount)).to.deep.equal([1, 1, 1, 1, 1]);
        expect(seen.every((m) => m.subject === subject)).to.equal(true);
      });

      it('counts the messages a stream holds until they are acknowledged (the queue depth of /metrics)', async () => {
        const stream = newStream();
        expect(await bus.storedMessageCount!(stream.name)).to.equal(0);
        await bus.ensureStream(stream);
        for (let i = 0; i < 3; i++) await bus.send(`${prefix}.s${streamCount}.depth`, { i });
        expect(await bus.storedMessageCount!(stream.name)).to.equal(3);
        const { seen, handler } = recorder();
        await consume(bus, { stream, durable: 'depth' }, handler);
        await waitFor(() => seen.length === 3, 'deliveries');
        const deadline = Date.now() + 10_000;
        while ((await bus.storedMessageCount!(stream.name)) !== 0 && Date.now() < deadline) await sleep(20);
        expect(await bus.storedMessageCount!(stream.name)).to.equal(0);
      });

      it('hands batches to consumeBatch in stream order, at most maxBatch, and counts what a batch holds as unsettled', async () => {
        const stream = newStream();
        await bus.ensureStream(stream);
        const subject = `${prefix}.s${streamCount}.batch`;
        for (let i = 0; i < 25; i++) await bus.send(subject, i);
        expect(await bus.unsettledCount(stream, 'batches')).to.equal(0);
        const batches: number[][] = [];
        const held = gate();
        gates.push(held.open);
        let unsettledWhileHeld = -1;
        const consumer = await bus.consumeBatch({ stream, durable: 'batches', maxBatch: 10, maxAckPending: 10 }, async (batch) => {
          batches.push(batch.map((m) => m.data as number));
          if (batches.length === 1) {
            unsettledWhileHeld = await bus.unsettledCount(stream, 'batches');
            await held.promise;
          }
          for (const m of batch) await m.ack();
        });
        consumers.push(consumer);
        await waitFor(() => unsettledWhileHeld >= 0, 'first batch');
        expect(unsettledWhileHeld).to.be.within(batches[0].length, 10);
        held.open();
        await waitFor(() => batches.flat().length === 25, 'every message');
        expect(batches.flat()).to.deep.equal([...Array(25).keys()]);
        expect(Math.max(...batches.map((b) => b.length))).to.be.at.most(10);
        const deadline = Date.now() + 10_000;
        while ((await bus.unsettledCount(stream, 'batches')) !== 0 && Date.now() < deadline) await sleep(20);
        expect(await bus.unsettledCount(stream, 'batches')).to.equal(0);
        expect(await bus.unsettledCount(stream, 'never-used')).to.equal(0);
      });

      it('refuses a bad maxBatch or handler in consumeBatch', async () => {
        const stream = newStream();
        for (const maxBatch of [0, -1, 2.5]) {
          let refused: unknown;
          await bus
            .consumeBatch({ stream, durable: 'bad', maxBatch }, async () => undefined)
            .then(
              (c) => consumers.push(c),
              (e: unknown) => (refused = e),
            );
          expect(refused, `maxBatch ${maxBatch}`).to.be.instanceOf(RangeError);
        }
        let refused: unknown;
        await bus.consumeBatch({ stream, durable: 'bad' }, 'nope' as never).then(
          (c) => consumers.push(c),
          (e: unknown) => (refused = e),
        );
        expect(refused).to.be.instanceOf(TypeError);
      });

      it('delivers copies: changing a sent object afterwards changes nothing', async () => {
        const stream = newStream();
        await bus.ensureStream(stream);
        const payload = { list: [1] };
        await bus.send(`${prefix}.s${streamCount}.copy`, payload);
        payload.list.push(2);
        const { seen, handler } = recorder();
        await consume(bus, { stream, durable: 'copy' }, handler);
        await waitFor(() => seen.length === 1, 'delivery');
        expect(seen[0]?.data).to.deep.equal({ list: [1] });
      });

      it('shares the work of one durable among its consumers, each message once', async () => {
        const stream = newStream();
        const handled: { consumer: string; id: number }[] = [];
        const handlerFor =
          (consumer: string): WorkHandler =>
          async (msg) => {
            handled.push({ consumer, id: (msg.data as { id: number }).id });
            await sleep(15);
            await msg.ack();
          };
        const options = { stream, durable: 'shared', maxInFlight: 2, ackWaitMs: 5000 };
        await consume(bus, options, handlerFor('a'));
        await consume(bus, options, handlerFor('b'));
        for (let id = 0; id < 30; id++) await bus.send(`${prefix}.s${streamCount}.work`, { id });
        await waitFor(() => handled.length >= 30, 'all work');
        await sleep(300);
        expect(handled.map((h) => h.id).sort((x, y) => x - y)).to.deep.equal([...Array(30).keys()]);
        expect(handled.some((h) => h.consumer === 'a')).to.equal(true);
        expect(handled.some((h) => h.consumer === 'b')).to.equal(true);
      });

      it('delivers only matching subjects to a filtered consumer and refuses overlapping filters', async () => {
        const stream = newStream();
        await bus.ensureStream(stream);
        const base = `${prefix}.s${streamCount}`;
        await bus.send(`${base}.a.1`, 'a1');
        await bus.send(`${base}.b.1`, 'b1');
        await bus.send(`${base}.a.2`, 'a2');
        const a = recorder();
        await consume(bus, { stream, durable: 'only-a', filterSubject: `${base}.a.>` }, a.handler);
        await waitFor(() => a.seen.length === 2, 'a messages');
        const overlapping = await rejectionOf(bus.consume({ stream, durable: 'everything', filterSubject: `${base}.*.1` }, a.handler));
        expect(overlapping).to.be.instanceOf(StreamConfigError);
        const unfiltered = await rejectionOf(bus.consume({ stream, durable: 'all' }, a.handler));
        expect(unfiltered).to.be.instanceOf(StreamConfigError);
        const outside = await rejectionOf(bus.consume({ stream, durable: 'out', filterSubject: `${prefix}.other.>` }, a.handler));
        expect(outside).to.be.instanceOf(StreamConfigError);
        const b = recorder();
        await consume(bus, { stream, durable: 'only-b', filterSubject: `${base}.b.>` }, b.handler);
        await waitFor(() => b.seen.length === 1, 'b message');
        await sleep(200);
        expect(a.seen.map((m) => m.data)).to.deep.equal(['a1', 'a2']);
        expect(b.seen.map((m) => m.data)).to.deep.equal(['b1']);
      });

      it('never redelivers an acked message', async () => {
        const stream = newStream();
        const { seen, handler } = recorder();
        await consume(bus, { stream, durable: 'acked', ackWaitMs: 300 }, handler);
        await bus.send(`${prefix}.s${streamCount}.x`, 'once');
        await waitFor(() => seen.length === 1, 'delivery');
        await sleep(1000);
        expect(seen).to.have.length(1);
      });

      it('redelivers an unsettled message after ackWaitMs with deliveryCount 2', async () => {
        const stream = newStream();
        const counts: number[] = [];
        await consume(bus, { stream, durable: 'lost', ackWaitMs: 400 }, async (msg) => {
          counts.push(msg.deliveryCount);
          if (msg.deliveryCount >= 2) await msg.ack();
        });
        await bus.send(`${prefix}.s${streamCount}.x`, 'lost once');
        await waitFor(() => counts.length === 2, 'redelivery');
        await sleep(800);
        expect(counts).to.deep.equal([1, 2]);
      });

      it('does not redeliver while the handler calls working()', async () => {
        const stream = newStream();
        const counts: number[] = [];
        let finished = false;
        await consume(bus, { stream, durable: 'busy', ackWaitMs: 500, maxInFlight: 2 }, async (msg) => {
          counts.push(msg.deliveryCount);
          for (let i = 0; i < 6; i++) {
            await sleep(200);
            msg.working();
          }
          await msg.ack();
          finished = true;
        });
        await bus.send(`${prefix}.s${streamCount}.x`, 'long job');
        await waitFor(() => finished, 'long job');
        await sleep(700);
        expect(counts).to.deep.equal([1]);
      });

      it('redelivers at once after nak()', async function () {
        const stream = newStream();
        const counts: number[] = [];
        await consume(bus, { stream, durable: 'nak', ackWaitMs: 60_000 }, async (msg) => {
          counts.push(msg.deliveryCount);
          if (msg.deliveryCount === 1) msg.nak();
          else await msg.ack();
        });
        await bus.send(`${prefix}.s${streamCount}.x`, 'retry me');
        await waitFor(() => counts.length === 2, 'redelivery', 5000);
        expect(counts).to.deep.equal([1, 2]);
      });

      it('redelivers after the nak delay', async () => {
        const stream = newStream();
        const times: number[] = [];
        await consume(bus, { stream, durable: 'nakdelay', ackWaitMs: 60_000 }, async (msg) => {
          times.push(Date.now());
          if (msg.deliveryCount === 1) msg.nak(500);
          else await msg.ack();
        });
        await bus.send(`${prefix}.s${streamCount}.x`, 'later');
        await waitFor(() => times.length === 2, 'delayed redelivery');
        expect(times[1] - times[0]).to.be.at.least(400);
      });

      it('rejects a negative nak delay', async () => {
        const stream = newStream();
        const errors: unknown[] = [];
        await consume(bus, { stream, durable: 'badnak' }, async (msg) => {
          try {
            msg.nak(-5);
          } catch (error) {
            errors.push(error);
          }
          await msg.ack();
        });
        await bus.send(`${prefix}.s${streamCount}.x`, 1);
        await waitFor(() => errors.length === 1, 'handler');
        expect(errors[0]).to.be.instanceOf(RangeError);
      });

      it('drops a message for good on term()', async () => {
        const stream = newStream();
        const counts: number[] = [];
        await consume(bus, { stream, durable: 'term', ackWaitMs: 300 }, async (msg) => {
          counts.push(msg.deliveryCount);
          msg.term();
        });
        await bus.send(`${prefix}.s${streamCount}.x`, 'poison');
        await waitFor(() => counts.length === 1, 'delivery');
        await sleep(1000);
        expect(counts).to.deep.equal([1]);
      });

      it('stops delivering after maxDeliver deliveries', async () => {
        const stream = newStream();
        const counts: number[] = [];
        await consume(bus, { stream, durable: 'capped', ackWaitMs: 300, maxDeliver: 3 }, async (msg) => {
          counts.push(msg.deliveryCount);
        });
        await bus.send(`${prefix}.s${streamCount}.x`, 'never acked');
        await waitFor(() => counts.length === 3, 'three deliveries');
        await sleep(1200);
        expect(counts).to.deep.equal([1, 2, 3]);
      });

      it('hands a message out of deliveries to the dead-letter watcher, then removes it', async () => {
        const stream = newStream();
        const letters: DeadLetter[] = [];
        streamsCreated.push(deadLetterStream(stream.name, 'poisoned').name);
        const watch = await bus.watchDeadLetters(stream, 'poisoned', (letter) => {
          letters.push(letter);
        });
        const counts: number[] = [];
        await consume(bus, { stream, durable: 'poisoned', ackWaitMs: 300, maxDeliver: 2 }, async (msg) => {
          counts.push(msg.deliveryCount); // never settles, like a process that dies with the work
        });
        const subject = `${prefix}.s${streamCount}.job`;
        await bus.send(subject, { company: 'poison' });
        await waitFor(() => letters.length === 1, 'the dead letter', 10_000);
        watch.stop();
        expect(letters).to.deep.equal([{ subject, data: { company: 'poison' }, deliveryCount: 2 }]);
        expect(counts).to.deep.equal([1, 2]);
        // Removed from the stream: a fresh consumer of the same stream gets nothing.
        const after: unknown[] = [];
        await sleep(300);
        await consume(bus, { stream, durable: 'poisoned', ackWaitMs: 300, maxDeliver: 2 }, async (msg) => {
          after.push(msg.data);
          await msg.ack();
        });
        await sleep(800);
        expect(after).to.deep.equal([]);
      });

      it('keeps a dead letter announced while no watcher runs for the next watcher, once', async () => {
        const stream = newStream();
        const counts: number[] = [];
        await consume(bus, { stream, durable: 'unwatched', ackWaitMs: 300, maxDeliver: 2 }, async (msg) => {
          counts.push(msg.deliveryCount);
        });
        const subject = `${prefix}.s${streamCount}.job`;
        streamsCreated.push(deadLetterStream(stream.name, 'unwatched').name);
        // A watcher that ran before and stopped (a gateway going down) leaves the advisories kept.
        (await bus.watchDeadLetters(stream, 'unwatched', () => undefined)).stop();
        await bus.send(subject, { company: 'while nobody watched' });
        await waitFor(() => counts.length === 2, 'both deliveries', 10_000);
        await sleep(1000); // the advisory is out, nobody watches
        const letters: DeadLetter[] = [];
        const watch = await bus.watchDeadLetters(stream, 'unwatched', (letter) => {
          letters.push(letter);
        });
        await waitFor(() => letters.length === 1, 'the kept dead letter', 10_000);
        await sleep(500);
        watch.stop();
        expect(letters).to.deep.equal([{ subject, data: { company: 'while nobody watched' }, deliveryCount: 2 }]);
        // Handled once: another watcher gets nothing more.
        const again: DeadLetter[] = [];
        const second = await bus.watchDeadLetters(stream, 'unwatched', (letter) => {
          again.push(letter);
        });
        await sleep(800);
        second.stop();
        expect(again).to.deep.equal([]);
      });

      it('hands a message back when the handler throws, and drops it on the last attempt', async () => {
        const stream = newStream();
        const counts: number[] = [];
        await consume(bus, { stream, durable: 'throws', ackWaitMs: 60_000, maxDeliver: 2 }, async (msg) => {
          counts.push(msg.deliveryCount);
          throw new Error(`attempt ${msg.deliveryCount} failed`);
        });
        await bus.send(`${prefix}.s${streamCount}.x`, 'fails');
        await waitFor(() => counts.length === 2, 'two attempts', 5000);
        await sleep(500);
        expect(counts).to.deep.equal([1, 2]);
        expect(reportedErrors.map((r) => (r.error as Error).message)).to.deep.equal(['attempt 1 failed', 'attempt 2 failed']);
      });

      it('drops a repeated msgId', async () => {
        const stream = newStream();
        await bus.ensureStream(stream);
        const subject = `${prefix}.s${streamCount}.x`;
        await bus.send(subject, 'first', 'id-1');
        await bus.send(subject, 'duplicate', 'id-1');
        await bus.send(subject, 'second', 'id-2');
        await bus.send(subject, 'no id');
        await bus.send(subject, 'no id');
        const { seen, handler } = recorder();
        await consume(bus, { stream, durable: 'dedup' }, handler);
        await waitFor(() => seen.length === 4, 'deliveries');
        await sleep(300);
        expect(seen.map((m) => m.data)).to.deep.equal(['first', 'second', 'no id', 'no id']);
        expect(await rejectionOf(bus.send(subject, 'x', ''))).to.be.instanceOf(RangeError);
      });

      it('runs at most maxInFlight handlers at once', async () => {
        const stream = newStream();
        await bus.ensureStream(stream);
        for (let i = 0; i < 12; i++) await bus.send(`${prefix}.s${streamCount}.x`, i);
        let active = 0;
        let maxActive = 0;
        let done = 0;
        await consume(bus, { stream, durable: 'limited', maxInFlight: 3, ackWaitMs: 10_000 }, async (msg) => {
          active++;
          maxActive = Math.max(maxActive, active);
          await sleep(40);
          active--;
          await msg.ack();
          done++;
        });
        await waitFor(() => done === 12, 'all handled');
        expect(maxActive).to.be.at.most(3);
        expect(maxActive).to.be.at.least(2);
      });

      it('rejects bad consume options', async () => {
        const stream = newStream();
        const handler: WorkHandler = async () => undefined;
        for (const bad of [{ maxInFlight: 0 }, { maxInFlight: 1.5 }, { ackWaitMs: -1 }, { maxDeliver: 0 }]) {
          expect(await rejectionOf(bus.consume({ stream, durable: 'bad', ...bad }, handler)), JSON.stringify(bad)).to.be.instanceOf(RangeError);
        }
        const notBoolean = await rejectionOf(bus.consume({ stream, durable: 'bad', keepOrder: 'yes' as unknown as boolean }, handler));
        expect(notBoolean).to.be.instanceOf(TypeError);
        expect(notBoolean.message).to.equal('keepOrder must be a boolean, got yes');
        expect(await rejectionOf(bus.consume({ stream, durable: 'has.dot' }, handler))).to.be.instanceOf(InvalidSubjectError);
        expect(await rejectionOf(bus.consume({ stream, durable: 'x', filterSubject: 'a b' }, handler))).to.be.instanceOf(InvalidSubjectError);
      });

      it('stop() waits for running handlers and takes no new work', async () => {
        const stream = newStream();
        await bus.ensureStream(stream);
        const release = gate();
        gates.push(release.open);
        const seen: unknown[] = [];
        const consumer = await consume(bus, { stream, durable: 'stopping' }, async (msg) => {
          seen.push(msg.data);
          await release.promise;
          await msg.ack();
        });
        await bus.send(`${prefix}.s${streamCount}.x`, 'in flight');
        await waitFor(() => seen.length === 1, 'delivery');
        let stopped = false;
        const stopping = consumer.stop().then(() => {
          stopped = true;
        });
        await sleep(100);
        expect(stopped).to.equal(false);
        release.open();
        await stopping;
        expect(stopped).to.equal(true);
        await bus.send(`${prefix}.s${streamCount}.x`, 'after stop');
        await sleep(300);
        expect(seen).to.deep.equal(['in flight']);
        const later = recorder();
        await consume(bus, { stream, durable: 'stopping' }, later.handler);
        await waitFor(() => later.seen.length === 1, 'message kept for the next consumer');
        expect(later.seen[0]?.data).to.equal('after stop');
      });

      it('keepOrder: the handler gets the messages in stream order, many in flight and settled out of order', async function () {
        this.timeout(60_000);
        const random = seededRandom(7);
        // Each round takes its chances at a race (two pulls open at once hand over interleaved): several rounds make it show.
        for (let round = 1; round <= 10; round++) {
          const stream = newStream();
          await bus.ensureStream(stream);
          const count = 400;
          const received: number[] = [];
          let settled = 0;
          const options = { stream, durable: 'in-order', maxInFlight: 64, maxAckPending: 64, ackWaitMs: 10_000, keepOrder: true };
          const consumer = await consume(bus, options, async (msg) => {
            received.push(msg.data as number);
            await sleep(Math.floor(random() * 4));
            await msg.ack();
            settled++;
          });
          // Bursts that come while the consumer runs: pulls fill over time, and settled slots ask for more meanwhile.
          for (let i = 1; i <= count; i++) {
            void bus.send(`${prefix}.s${streamCount}.x`, i);
            if (i % 25 === 0) await sleep(3);
          }
          await waitFor(() => settled === count, `round ${round}: every message settled`, 30_000);
          await consumer.stop();
          expect(received, `round ${round}`).to.deep.equal(Array.from({ length: count }, (_, i) => i + 1));
        }
      });

      it('keepOrder: a consumer that stops holding messages hands nothing back ahead of them; the next one gets all in order', async () => {
        const stream = newStream();
        await bus.ensureStream(stream);
        const count = 20;
        for (let i = 1; i <= count; i++) await bus.send(`${prefix}.s${streamCount}.x`, i);
        const options = { stream, durable: 'ordered', maxInFlight: 10, maxAckPending: 10, ackWaitMs: 1000, maxDeliver: 10, keepOrder: true };
        // The first consumer dies at its first message: it stops, and settles none of those it was handed.
        const held: number[] = [];
        let first: Consumer | undefined = undefined;
        const stopped: Promise<void>[] = [];
        first = await consume(bus, options, async (msg) => {
          held.push(msg.data as number);
          if (held.length === 1) stopped.push(first!.stop());
        });
        await waitFor(() => stopped.length === 1, 'the first delivery');
        await stopped[0];
        await sleep(options.ackWaitMs + 1000); // what the ingest waits before it takes over
        const next = recorder();
        await consume(bus, options, next.handler);
        await waitFor(() => next.seen.length >= count, 'every message for the next consumer', 15_000);
        await sleep(200);
        expect(held[0]).to.equal(1);
        expect(next.seen.map((m) => m.data)).to.deep.equal(Array.from({ length: count }, (_, i) => i + 1));
      });

      it('rejects bad payloads on send', async () => {
        const stream = newStream();
        await bus.ensureStream(stream);
        for (const payload of [undefined, 1n, () => 1]) {
          expect(await rejectionOf(bus.send(`${prefix}.s${streamCount}.x`, payload))).to.be.instanceOf(InvalidPayloadError);
        }
        expect(await rejectionOf(bus.send(`${prefix}.s${streamCount}.*`, 1))).to.be.instanceOf(InvalidSubjectError);
      });
    });

    describe('close', () => {
      it('is idempotent, ends subscriptions and rejects pending and later calls', async () => {
        const sub = bus.subscribe(`${prefix}.closing`);
        const iteration = (async () => {
          let count = 0;
          for await (const _ of sub) count++;
          return count;
        })();
        bus.subscribe(`${prefix}.never`, { callback: () => undefined });
        const pending = rejectionOf(bus.request(`${prefix}.never`, 'waiting', 15_000));
        await sleep(50);
        await Promise.all([bus.close(), bus.close()]);
        await bus.close();
        expect(await iteration).to.equal(0);
        expect(await pending).to.be.instanceOf(BusUnavailableError);
        expect(bus.isConnected()).to.equal(false);
        expect(() => bus.publish(`${prefix}.closing`, 1)).to.throw(BusUnavailableError);
        expect(() => bus.subscribe(`${prefix}.closing`)).to.throw(BusUnavailableError);
        expect(await rejectionOf(bus.request(`${prefix}.closing`, 1, 1000))).to.be.instanceOf(BusUnavailableError);
        expect(await rejectionOf(bus.send(`${prefix}.closing`, 1))).to.be.instanceOf(BusUnavailableError);
        expect(await rejectionOf(bus.ensureStream(newStream()))).to.be.instanceOf(BusUnavailableError);
      });

      it('stops consumers', async () => {
        const stream = newStream();
        const { seen, handler } = recorder();
        await consume(bus, { stream, durable: 'closed' }, handler);
        await bus.send(`${prefix}.s${streamCount}.x`, 'before close');
        await waitFor(() => seen.length === 1, 'delivery');
        await bus.close();
        const other = await makeBus();
        extraBuses.push(other);
        if (other.kind === 'embedded') return; // an in-memory stream ends with its bus
        await other.send(`${prefix}.s${streamCount}.x`, 'after close');
        await sleep(300);
        expect(seen.map((m) => m.data)).to.deep.equal(['before close']);
      });
    });
  });
}

describeBusContract('EmbeddedBus', async () => new EmbeddedBus({ onError: recordError }));

describe('NatsBus on the shared server', () => {
  let admin: NatsBus | undefined;
  after(async () => {
    await admin?.close();
  });
  describeBusContract('NatsBus', () => NatsBus.connect({ servers: SHARED_NATS_URL, waitOnFirstConnect: false, onError: recordError }), {
    async deleteStream(name) {
      admin ??= await NatsBus.connect({ servers: SHARED_NATS_URL, waitOnFirstConnect: false });
      return admin.deleteStream(name);
    },
  });
});
