import { expect } from 'chai';
import { GraphQLBoolean, GraphQLInt, GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString, parse } from 'graphql';
import { selectionKey, sharedPayloadOf, subscribeShared } from '../../gateway/graphql/shared-execution.js';
/** A subscription over the same tick objects for every subscriber, as a job's live events are. */
function schemaOver(ticks, fail) {
    const TickType = new GraphQLObjectType({
        name: 'Tick',
        fields: {
            n: { type: new GraphQLNonNull(GraphQLInt) },
            label: {
                type: GraphQLString,
                resolve: (tick) => {
                    if (fail?.(tick))
                        throw new Error('label unavailable');
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
                    resolve: (tick) => tick,
                },
            },
        }),
    });
}
async function results(schema, query, variableValues = {}) {
    const stream = await subscribeShared({ schema, document: parse(query), variableValues });
    if (!(Symbol.asyncIterator in stream))
        throw new Error(`no stream: ${JSON.stringify(stream)}`);
    const out = [];
    for await (const result of stream)
        out.push(result);
    return out;
}
describe('Shared subscription execution', () => {
    const ticks = [
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
        expect(sharedPayloadOf(a[0]).json).to.equal(JSON.stringify(a[0]));
    });
    const table = [
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
        expect(bad.errors).to.have.length(1);
        const stream = await subscribeShared({ schema, document: parse('subscription { ticks { n } }') });
        if (!(Symbol.asyncIterator in stream))
            throw new Error('no stream');
        expect((await stream.next()).done).to.equal(false);
        await stream.return(undefined);
        expect((await stream.next()).done).to.equal(true);
    });
});
//# sourceMappingURL=shared-execution.test.js.map