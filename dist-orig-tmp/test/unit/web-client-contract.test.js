import { expect } from 'chai';
import { buildSchema, isObjectType } from 'graphql';
import fs from 'node:fs';
import { ClientOperationError, printClientOperationTypes } from '../../scripts/client-operation-types.js';
import { CLIENT_TYPES_FILE, printClientTypes } from '../../scripts/emit-client-types.js';
import { SCHEMA_FILE } from '../../scripts/emit-schema.js';
import { TERMINAL_EVENT_TYPE_NAMES } from '../../schema/terminal-events.js';
import { JOB_EVENT_NAMES } from '../../schema/web-client-events.js';
const SDL = `
  scalar DateTime
  enum Color { RED GREEN }
  interface Event { seq: Int! }
  type Started implements Event { seq: Int! url: String! }
  type Stopped implements Event { seq: Int! why: String at: DateTime! }
  type Thing { id: ID! color: Color tags: [String!]! ratio: Float ok: Boolean! }
  type Query { thing(id: ID!): Thing things: [Thing] }
  type Subscription { events: Event! }
`;
describe('web client contract', () => {
    let schema;
    before(() => {
        schema = buildSchema(fs.readFileSync(SCHEMA_FILE, 'utf8'));
    });
    it('client/src/generated/operations.ts is generated from schema.graphql and the documents (run `npm run build` when this fails)', () => {
        expect(fs.readFileSync(CLIENT_TYPES_FILE, 'utf8')).to.equal(printClientTypes());
    });
    it('names one Custom Event per object type implementing JobEvent', () => {
        const eventTypes = Object.values(schema.getTypeMap())
            .filter((t) => isObjectType(t) && t.getInterfaces().some((i) => i.name === 'JobEvent'))
            .map((t) => t.name);
        expect(Object.keys(JOB_EVENT_NAMES)).to.have.members(eventTypes);
    });
    it('lists only job event types as terminal', () => {
        for (const name of TERMINAL_EVENT_TYPE_NAMES)
            expect(Object.keys(JOB_EVENT_NAMES)).to.include(name);
    });
    describe('printClientOperationTypes', () => {
        const rows = [
            {
                what: 'scalars, enums, lists and nullability',
                document: 'query T($id: ID!) { thing(id: $id) { id color tags ratio ok } }',
                includes: [
                    "export interface ThingSelection { readonly id: string; readonly color: 'RED' | 'GREEN' | null; readonly tags: readonly (string)[]; readonly ratio: number | null; readonly ok: boolean }",
                    'export interface TResult { readonly thing: ThingSelection | null }',
                ],
            },
            { what: 'aliases', document: 'query A { thing(id: "1") { key: id } }', includes: ['export interface ThingSelection { readonly key: string }'] },
            {
                what: 'nullable lists of nullable objects',
                document: 'query L { things { id } }',
                includes: ['export interface LResult { readonly things: readonly (ThingSelection | null)[] | null }'],
            },
            {
                what: 'an interface as a union by __typename, with inline fragments',
                document: 'subscription E { events { __typename seq ... on Started { url } ... on Stopped { why at } } }',
                includes: [
                    "export interface StartedSelection { readonly __typename: 'Started'; readonly seq: number; readonly url: string }",
                    "export interface StoppedSelection { readonly __typename: 'Stopped'; readonly seq: number; readonly why: string | null; readonly at: string }",
                    'export interface EResult { readonly events: StartedSelection | StoppedSelection }',
                ],
            },
            {
                what: 'one type for identical selections, numbered types for different ones',
                document: 'query S { thing(id: "1") { id } things { id } } query D { thing(id: "2") { ok } }',
                includes: [
                    'export interface SResult { readonly thing: ThingSelection | null; readonly things: readonly (ThingSelection | null)[] | null }',
                    'export interface ThingSelection2 { readonly ok: boolean }',
                ],
            },
        ];
        for (const { what, document, includes } of rows) {
            it(`types ${what}`, () => {
                const out = printClientOperationTypes(SDL, [document]);
                for (const line of includes)
                    expect(out).to.include(line);
            });
        }
        const bad = [
            { what: 'an unknown field', document: 'query U { thing(id: "1") { nope } }', message: /Cannot query field "nope"/ },
            {
                what: 'the same name with two types in one selection',
                document: 'subscription C { events { ... on Started { x: url } ... on Stopped { x: seq } } }',
                message: /conflict/,
            },
            { what: 'an anonymous operation', document: '{ things { id } }', message: /named operation/ },
            { what: 'a fragment spread', document: 'query F { things { ...T } } fragment T on Thing { id }', message: /fragment/ },
        ];
        for (const { what, document, message } of bad) {
            it(`rejects ${what}`, () => {
                expect(() => printClientOperationTypes(SDL, [document])).to.throw(ClientOperationError, message);
            });
        }
    });
});
//# sourceMappingURL=web-client-contract.test.js.map