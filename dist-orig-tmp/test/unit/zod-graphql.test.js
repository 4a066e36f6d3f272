import { expect } from 'chai';
import { getNamedType, isNonNullType, isObjectType } from 'graphql';
import { z } from 'zod';
import { EmbeddedBus } from '../../bus/embedded-bus.js';
import { BusPubSub } from '../../gateway/graphql/bus-pubsub.js';
import { buildGatewaySchema } from '../../gateway/graphql/build-schema.js';
import { JOB_EVENT_BASE_FIELDS, JOB_EVENT_FIELDS } from '../../schema/job-events.js';
import { zodObjectType } from '../../schema/graphql/zod-graphql.js';
/** Expected GraphQL type of a zod field of the job events. */
function expectedType(schema) {
    const scalar = z.globalRegistry.get(schema)?.graphqlScalar;
    if (typeof scalar === 'string')
        return scalar;
    if (schema instanceof z.ZodNumber)
        return schema.format?.includes('int') ? 'Int' : 'Float';
    if (schema instanceof z.ZodString)
        return 'String';
    if (schema instanceof z.ZodObject)
        return 'EmailHit';
    throw new Error('unexpected field type');
}
describe('GraphQL types from zod (schema/graphql/zod-graphql.ts)', () => {
    let schema;
    before(async () => {
        const bus = new EmbeddedBus();
        try {
            schema = await buildGatewaySchema(new BusPubSub(bus));
        }
        finally {
            await bus.close();
        }
    });
    for (const [name, fields] of Object.entries(JOB_EVENT_FIELDS)) {
        it(`gives ${name} exactly the fields of its zod schema, typed, nullable when optional, and described`, () => {
            const type = schema.getType(name);
            if (!isObjectType(type))
                throw new Error(`${name} is not an object type`);
            const all = { ...JOB_EVENT_BASE_FIELDS, ...fields };
            expect(Object.keys(type.getFields())).to.have.members(Object.keys(all));
            for (const [key, field] of Object.entries(all)) {
                const graphqlField = type.getFields()[key];
                const optional = field instanceof z.ZodOptional || field instanceof z.ZodNullable;
                expect(isNonNullType(graphqlField.type), `${name}.${key} non-null`).to.equal(!optional);
                const inner = optional ? field.unwrap() : field;
                expect(getNamedType(graphqlField.type).name, `${name}.${key}`).to.equal(key === 'jobId' ? 'ID' : expectedType(inner));
                expect(graphqlField.description ?? undefined, `${name}.${key} description`).to.equal(field.description);
            }
        });
    }
    const unsupported = [
        ['a nested object without a class', z.object({ a: z.string() })],
        ['a transform', z.string().transform((s) => s.length)],
        ['an enum', z.enum(['A', 'B'])],
    ];
    for (const [what, field] of unsupported) {
        it(`refuses ${what}`, () => {
            expect(() => zodObjectType(`Unsupported${what.replace(/\W/g, '')}`, { field })).to.throw(TypeError, /no GraphQL type/);
        });
    }
});
//# sourceMappingURL=zod-graphql.test.js.map