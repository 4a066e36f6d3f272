import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
/** Absolute path of `test/fixtures/` in the source tree, found from dist/test/eval/ or the sources. */
export function fixtureRoot() {
    let current = dirname(fileURLToPath(import.meta.url));
    for (;;) {
        const candidate = join(current, 'test', 'fixtures', 'corpus');
        if (existsSync(candidate) && statSync(candidate).isDirectory())
            return join(current, 'test', 'fixtures');
        const parent = dirname(current);
        if (parent === current)
            throw new Error('test/fixtures/corpus not found');
        current = parent;
    }
}
//# sourceMappingURL=fixture-root.js.map