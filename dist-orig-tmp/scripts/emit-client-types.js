/** Writes client/src/generated/operations.ts from schema/schema.graphql (run by `npm run build`). */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as operations from '../schema/web-client-operations.js';
import { printClientOperationTypes } from './client-operation-types.js';
import { SCHEMA_FILE } from './emit-schema.js';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CLIENT_TYPES_FILE = path.join(root, 'client', 'src', 'generated', 'operations.ts');
/** The client's result types for the committed schema file. */
export function printClientTypes() {
    return printClientOperationTypes(fs.readFileSync(SCHEMA_FILE, 'utf8'), Object.values(operations));
}
if (process.argv[1] === fileURLToPath(import.meta.url)) {
    fs.writeFileSync(CLIENT_TYPES_FILE, printClientTypes());
    console.log(`wrote ${path.relative(process.cwd(), CLIENT_TYPES_FILE)}`);
}
//# sourceMappingURL=emit-client-types.js.map