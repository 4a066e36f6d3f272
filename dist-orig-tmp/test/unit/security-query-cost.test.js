import { expect } from 'chai';
import { buildSchema, getIntrospectionQuery, getOperationAST, parse } from 'graphql';
import { countRootFields, measureOperation } from '../../gateway/security/query-cost.js';
import { queryLimitError } from '../../gateway/security/query-limits.js';
import { SECURITY_DEFAULTS } from '../../gateway/security/security-settings.js';
import * as webClientOperations from '../../schema/web-client-operations.js';
import { printGatewaySchema } from '../../scripts/emit-schema.js';
/** Depth and complexity only (list items, which need real sizes, have their own tests). */
function measure(schema, source, variables = {}) {
    const document = parse(source);
    const { depth, complexity } = measureOperation(schema, document, getOperationAST(document), { variables });
    return { depth, complexity };
}
describe('measureOperation (depth and estimated cost)', () => {
    let schema;
    before(async () => {
        schema = buildSchema(await printGatewaySchema());
    });
    const rows = [
        ['a single leaf', '{ __typename }', {}, { depth: 1, complexity: 1 }],
        ['an object field', '{ job(id: "1") { id status } }', {}, { depth: 2, complexity: 3 }],
        [
            'nested lists, each counted as 10 items',
            '{ job(id: "1") { companies { name emails { address pageUrl } } } }',
            {},
            { depth: 4, complexity: 1 + (1 + 10 * (1 + (1 + 10 * 2))) },
        ],
        [
            'a connection lending first to its lists',
            '{ jobs(first: 5) { totalCount nodes { id } edges { cursor node { id } } } }',
            {},
            { depth: 4, complexity: 1 + (1 + (1 + 5 * 1) + (1 + 5 * (1 + 2))) },
        ],
        ['first from a variable', 'query ($n: Int) { jobs(first: $n) { nodes { id } } }', { n: 50 }, { depth: 3, complexity: 1 + (1 + 50) }],
        ['first missing: 10 items', 'query ($n: Int) { jobs(first: $n) { nodes { id } } }', {}, { depth: 3, complexity: 1 + (1 + 10) }],
        ['a negative first counts as 0 items', '{ jobs(first: -5) { nodes { id } } }', {}, { depth: 3, complexity: 2 }],
        [
            'named and inline fragments (no depth of their own)',
            '{ job(id: "1") { ...J } } fragment J on Job { id ... on Job { status } ... { kind } }',
            {},
            { depth: 2, complexity: 4 },
        ],
        ['aliases count each time', '{ a: job(id: "1") { id } b: job(id: "2") { id } c: job(id: "3") { id } }', {}, { depth: 2, complexity: 6 }],
        [
            'a subscription with inline fragments on its event interface',
            'subscription { scrapingEvents(jobId: "x") { __typename seq ... on ScrapingEmailFound { email { address } } } }',
            {},
            { depth: 3, complexity: 5 },
        ],
        ['introspection is left out', '{ __schema { types { name fields { name type { name } } } } }', {}, { depth: 0, complexity: 0 }],
        ['unknown fields cost 1 (validation refuses them anyway)', '{ nope { deeper { deepest } } }', {}, { depth: 3, complexity: 3 }],
    ];
    for (const [name, source, variables, expected] of rows) {
        it(name, () => expect(measure(schema, source, variables)).to.deep.equal(expected));
    }
    describe('list items priced by their real size', () => {
        const sizes = new Map([
            ['big', 10_000],
            ['small', 3],
        ]);
        const listSize = (type, field, scopeId) => type === 'Job' && field === 'companies' ? (scopeId === null ? 10_000 : (sizes.get(scopeId) ?? 0)) : null;
        const items = (source, variables = {}) => {
            const document = parse(source);
            return measureOperation(schema, document, getOperationAST(document), { variables, listSize }).listItems;
        };
        it("counts a job's companies by its real count, literal or variable id", () => {
            expect(items('{ job(id: "big") { companies { name } } }')).to.equal(10_000);
            expect(items('query ($id: ID!) { job(id: $id) { companies { name } } }', { id: 'small' })).to.equal(3);
        });
        it('counts every alias, through fragments too', () => {
            const aliases = Array.from({ length: 150 }, (_, i) => `a${i}: job(id: "big") { ...C }`).join(' ');
            expect(items(`{ ${aliases} } fragment C on Job { companies { name emails { address } } }`)).to.equal(150 * 10_000);
        });
        it('counts the maximum job size for companies under a list of jobs', () => {
            expect(items('{ jobs(first: 5) { nodes { companies { name } } } }')).to.equal(5 * 10_000);
        });
        it('counts nothing for documents without sized lists', () => {
            expect(items('{ jobs(first: 5) { nodes { id } } }')).to.equal(0);
        });
    });
    it('measures a fragment bomb without expanding it (memoised fragments)', () => {
        const count = 60;
        const fragments = Array.from({ length: count }, (_, i) => i + 1 < count ? `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }` : `fragment F${i} on Query { __typename }`).join('\n');
        const cost = measure(schema, `{ ...F0 }\n${fragments}`);
        expect(cost.depth).to.equal(1);
        expect(cost.complexity).to.equal(2 ** (count - 1));
    });
    it('survives a fragment cycle (validation refuses it) without looping', () => {
        expect(measure(schema, '{ ...A } fragment A on Query { __typename ...B } fragment B on Query { ...A }')).to.deep.equal({ depth: 1, complexity: 1 });
    });
    describe('with the default limits', () => {
        const limits = { maxDepth: SECURITY_DEFAULTS.maxQueryDepth, maxComplexity: SECURITY_DEFAULTS.maxQueryComplexity };
        const check = (source, variables = {}) => {
            const document = parse(source);
            return queryLimitError(schema, document, getOperationAST(document), variables, limits);
        };
        // Every document the web client sends, at the largest page it asks for (the client sends `first` 100 at most).
        for (const [name, source] of Object.entries(webClientOperations)) {
            it(`accepts the web client's ${name}`, () => {
                expect(check(source, { id: 'x', jobId: 'x', first: 100 })).to.equal(null);
            });
        }
        it('accepts the standard introspection query (GraphiQL)', () => {
            expect(check(getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true, specifiedByUrl: true }))).to.equal(null);
        });
        it('refuses a whole page of jobs with all their companies as QUERY_TOO_COMPLEX', () => {
            const error = check('{ jobs(first: 100) { nodes { companies { name emails { address } phones { number } } } } }');
            expect(error?.extensions).to.deep.include({ code: 'QUERY_TOO_COMPLEX', maxComplexity: limits.maxComplexity });
            expect(error?.extensions.complexity).to.be.greaterThan(limits.maxComplexity);
            expect(error?.message).to.match(/estimated cost is \d+; at most 5000/);
        });
        it('refuses many aliases of a heavy field as QUERY_TOO_COMPLEX', () => {
            const aliases = Array.from({ length: 50 }, (_, i) => `a${i}: job(id: "${i}") { companies { name website emails { address } } }`).join(' ');
            expect(check(`{ ${aliases} }`)?.extensions.code).to.equal('QUERY_TOO_COMPLEX');
        });
        it('refuses a fragment bomb as QUERY_TOO_COMPLEX', () => {
            const fragments = Array.from({ length: 40 }, (_, i) => i < 39 ? `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }` : 'fragment F39 on Query { __typename }');
            expect(check(`{ ...F0 } ${fragments.join(' ')}`)?.extensions.code).to.equal('QUERY_TOO_COMPLEX');
        });
        it('refuses nesting deeper than the limit as QUERY_TOO_DEEP, before complexity', () => {
            const names = 'abcdefghijk'.split('');
            const deep = parse(`{ ${names.join(' { ')}${' }'.repeat(names.length)}`);
            const error = queryLimitError(schema, deep, getOperationAST(deep), {}, limits);
            expect(error?.extensions).to.deep.equal({ code: 'QUERY_TOO_DEEP', depth: 11, maxDepth: 10 });
        });
    });
});
describe('countRootFields', () => {
    const rows = [
        ['mutation { cancelJob(id: "1") { id } }', 1],
        ['mutation { a: cancelJob(id: "1") { id } b: cancelJob(id: "2") { id } }', 2],
        ['mutation { __typename cancelJob(id: "1") { id } }', 1],
        [
            'mutation { ...M ... on Mutation { c: cancelJob(id: "3") { id } } } fragment M on Mutation { a: cancelJob(id: "1") { id } b: cancelJob(id: "2") { id } }',
            3,
        ],
        ['mutation { ...M ...M } fragment M on Mutation { cancelJob(id: "1") { id } }', 1],
        ['mutation { ...Missing }', 0],
    ];
    for (const [source, expected] of rows) {
        it(`${source.slice(0, 70)} -> ${expected}`, () => {
            const document = parse(source);
            expect(countRootFields(document, getOperationAST(document))).to.equal(expected);
        });
    }
});
//# sourceMappingURL=security-query-cost.test.js.map