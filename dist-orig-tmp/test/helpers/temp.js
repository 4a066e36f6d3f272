import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
/** A fresh temporary folder and its removal. */
export function tempDir(prefix) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
    return { path: dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}
//# sourceMappingURL=temp.js.map