import { expect } from 'chai';
import { GraphQLBoolean, GraphQLInt, GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString, parse, type ExecutionResult } from 'graphql';
import {
  MAX_BATCH_EVENTS,
  selectionKey,
  sharedPayloadOf,
  sharedPayloadsOf,
  subscribeShared,
  subscribeSharedBatches,
} from '../../gateway/graphql/shared-execution.js';

interface Tick {
  readonly n: number;
  readonly label: string;
}

/** A subscription over the same tick objects for every subscriber, as a job's live events are. */
function schemaOver(ticks: readonly Tick[], fail?: (tick: Tick) => boolean): GraphQLSchema {
  const TickType = new GraphQLObjectType<Tick>({
    name: 'Tick',
    fields: {
      n: { type: new GraphQLNonNull(GraphQLInt) },
      label: {
        type: GraphQLString,
        resolve: (tick) => {
          if (fail?.(tick)) throw new Error('label unavailable');
          return tick.label;
        },
      },
    },
  });
  return new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLBoolean, resolve: () => true } } }),
    subscription: new GraphQLObjectType({
      name: 'Subscription',
      fields: {
        ticks: {
          type: TickType,
          args: { from: { type: GraphQLInt } },
          subscribe: async function* () {
            yield* ticks;
          },
          resolve: (tick: Tick) => tick,
        },
      },
    }),
  });
}

async function results(schema: GraphQLSchema, query: string, variableValues: Record<string, unknown> = {}): Promise<ExecutionResult[]> {
  const stream = await subscribeShared({ schema, document: parse(query), variableValues });
  if (!(Symbol.asyncIterator in stream)) throw new Error(`no stream: ${JSON.stringify(stream)}`);
  const out: ExecutionResult[] = [];
  for await (const result of stream) out.push(result);
  return out;
}

describe('Shared subscription execution', () => {
  const ticks: Tick[] = [
    { n: 1, label: 'one' },
    { n: 2, label: 'two' },
  ];

  it('gives subscribers of one selection the same result objects, written to JSON once', async () => {
    const schema = schemaOver(ticks);
    const query = 'subscription ($from: Int) { ticks(from: $from) { n label } }';
    const a = await results(schema, query, { from: 1 });
    const b = await results(schema, query, { from: 7 }); // a root argument: same shape
    expect(a.map((r) => r.data)).to.deep.equal([{ ticks: { n: 1, label: 'one' } }, { ticks: { n: 2, label: 'two' } }]);
    expect(b[0]).to.equal(a[0]);
    expect(sharedPayloadOf(a[0])!.json).to.equal(JSON.stringify(a[0]));
  });

  const table: [string, string, Record<string, unknown>, string, Record<string, unknown>, boolean][] = [
    ['same text and variables', 'subscription { ticks { n } }', {}, 'subscription { ticks { n } }', {}, true],
    ['another selection', 'subscription { ticks { n } }', {}, 'subscription { ticks { label } }', {}, false],
    ['a root argument only', 'subscription ($f: Int) { ticks(from: $f) { n } }', { f: 1 }, 'subscription ($f: Int) { ticks(from: $f) { n } }', { f: 2 }, true],
    [
      '@include below the root',
      'subscription ($l: Boolean!) { ticks { n label @include(if: $l) } }',
      { l: true },
      'subscription ($l: Boolean!) { ticks { n label @include(if: $l) } }',
      { l: false },
      false,
    ],
    [
      '@skip on the root field',
      'subscription ($s: Boolean!) { ticks @skip(if: $s) { n } }',
      { s: true },
      'subscription ($s: Boolean!) { ticks @skip(if: $s) { n } }',
      { s: false },
      false,
    ],
    [
      'a fragment using a variable',
      'subscription ($l: Boolean!) { ticks { ...F } } fragment F on Tick { label @include(if: $l) }',
      { l: true },
      'subscription ($l: Boolean!) { ticks { ...F } } fragment F on Tick { label @include(if: $l) }',
      { l: false },
      false,
    ],
  ];
  for (const [what, queryA, varsA, queryB, varsB, same] of table) {
    it(`selection key: ${what} → ${same ? 'shared' : 'apart'}`, () => {
      const keyA = selectionKey({ document: parse(queryA), variableValues: varsA });
      const keyB = selectionKey({ document: parse(queryB), variableValues: varsB });
      expect(keyA).to.be.a('string');
      expect(keyA === keyB).to.equal(same);
    });
  }

  it('shares nothing for a document without source text or an unknown operation', () => {
    const noLocation = parse('subscription { ticks { n } }', { noLocation: true });
    expect(selectionKey({ document: noLocation })).to.equal(undefined);
    expect(selectionKey({ document: parse('subscription A { ticks { n } } subscription B { ticks { n } }') })).to.equal(undefined);
    expect(selectionKey({ document: parse('subscription A { ticks { n } }'), operationName: 'Z' })).to.equal(undefined);
  });

  it('does not share a result with errors (each subscriber formats its own)', async () => {
    const schema = schemaOver(ticks, (tick) => tick.n === 2);
    const a = await results(schema, 'subscription { ticks { n label } }');
    expect(a[1].errors).to.have.length(1);
    expect(sharedPayloadOf(a[1])).to.equal(undefined);
    expect(sharedPayloadOf(a[0])).to.not.equal(undefined);
  });

  it('returns the source stream errors as a result, and return() ends the source', async () => {
    const schema = schemaOver(ticks);
    const bad = await subscribeShared({ schema, document: parse('subscription { nope }') });
    expect(Symbol.asyncIterator in bad).to.equal(false);
    expect((bad as ExecutionResult).errors).to.have.length(1);
    const stream = await subscribeShared({ schema, document: parse('subscription { ticks { n } }') });
    if (!(Symbol.asyncIterator in stream)) throw new Error('no stream');
    expect((await stream.next()).done).to.equal(false);
    await stream.return(undefined);
    expect((await stream.next()).done).to.equal(true);
  });

  describe('batches of a burst', () => {
    /** A source over `ticks` that holds all of them at once (a burst), as a job event stream does. */
    function burstSchema(ticks: readonly Tick[], fail?: (tick: Tick) => boolean): { schema: GraphQLSchema; taken: number[] } {
      const taken: number[] = [];
      const schema = schemaOver(ticks, fail);
      const field = schema.getSubscriptionType()!.getFields().ticks;
      field.subscribe = () => {
        const queue = [...ticks];
        return {
          [Symbol.asyncIterator]() {
            return this;
          },
          async next() {
            const value = queue.shift();
            return value ? { done: false, value } : { done: true, value: undefined };
          },
          async return() {
            return { done: true, value: undefined };
          },
          takeReady(max: number) {
            taken.push(max);
            return queue.splice(0, max);
          },
        };
      };
      return { schema, taken };
    }

    async function batchedPayloads(schema: GraphQLSchema, query: string): Promise<string[][]> {
      const stream = await subscribeSharedBatches({ schema, document: parse(query) });
      if (!(Symbol.asyncIterator in stream)) throw new Error('no stream');
      const out: string[][] = [];
      for await (const result of stream) out.push(sharedPayloadsOf(result)?.map((p) => p.json) ?? [`unshared:${JSON.stringify(result)}`]);
      return out;
    }

    const many = Array.from({ length: MAX_BATCH_EVENTS + 6 }, (_, i) => ({ n: i + 1, label: `t${i + 1}` }));
    const table: { name: string; ticks: readonly Tick[]; fail?: (tick: Tick) => boolean; sizes: number[]; unsharedAt?: number }[] = [
      { name: 'one event: one plain shared result', ticks: many.slice(0, 1), sizes: [1] },
      { name: 'a burst: one batch, in order', ticks: many.slice(0, 5), sizes: [5] },
      { name: `more than ${MAX_BATCH_EVENTS} events: batches of at most ${MAX_BATCH_EVENTS}`, ticks: many, sizes: [MAX_BATCH_EVENTS, 6] },
      {
        name: 'a result with errors in the burst: sent on its own, in its place',
        ticks: many.slice(0, 5),
        fail: (t) => t.n === 3,
        sizes: [2, 1, 2],
        unsharedAt: 1,
      },
    ];
    for (const row of table) {
      it(row.name, async () => {
        const { schema } = burstSchema(row.ticks, row.fail);
        const got = await batchedPayloads(schema, 'subscription { ticks { n label } }');
        expect(got.map((g) => g.length)).to.deep.equal(row.sizes);
        const flat = got.flat();
        expect(flat).to.have.length(row.ticks.length);
        flat.forEach((json, i) => {
          if (row.unsharedAt !== undefined && got.findIndex((g) => g.includes(json)) === row.unsharedAt) expect(json).to.match(/^unshared:.*"errors"/);
          else expect(JSON.parse(json)).to.deep.equal({ data: { ticks: row.ticks[i] } });
        });
      });
    }

    it('subscribeShared alone never batches', async () => {
      const { schema, taken } = burstSchema(many.slice(0, 5));
      const got = await results(schema, 'subscription { ticks { n } }');
      expect(got.map((r) => sharedPayloadsOf(r)?.length)).to.deep.equal([1, 1, 1, 1, 1]);
      expect(taken).to.deep.equal([]);
    });
  });
});
