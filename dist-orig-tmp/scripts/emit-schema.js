/** Writes schema/schema.graphql from the type-graphql schema (run by `npm run build`). */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EmbeddedBus } from '../bus/embedded-bus.js';
import { BusPubSub } from '../gateway/graphql/bus-pubsub.js';
import { buildGatewaySchema } from '../gateway/graphql/build-schema.js';
import { schemaSdl } from '../gateway/http/schema-sdl.route.js';
export async function printGatewaySchema() {
    const bus = new EmbeddedBus();
    try {
        const schema = await buildGatewaySchema(new BusPubSub(bus));
        return schemaSdl(schema);
    }
    finally {
        await bus.close();
    }
}
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SCHEMA_FILE = path.join(root, 'schema', 'schema.graphql');
if (process.argv[1] === fileURLToPath(import.meta.url)) {
    fs.writeFileSync(SCHEMA_FILE, await printGatewaySchema());
    console.log(`wrote ${path.relative(process.cwd(), SCHEMA_FILE)}`);
}
//# sourceMappingURL=emit-schema.js.map