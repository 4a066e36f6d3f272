import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from '../helpers/temp.js';
const SCRIPT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'scripts', 'ensure-built.mjs');
const OUTPUTS = ['dist/main/embedded.js', 'dist/main/gateway.js', 'dist/main/actors.js', 'dist/client/index.html'];
describe('scripts/ensure-built.mjs (npm start rebuilds only when needed)', () => {
    let root;
    /** Runs a copy of the script in a fake checkout, so the real dist/ is never touched. */
    const run = (flag) => spawnSync(process.execPath, [path.join(root.path, 'scripts', 'ensure-built.mjs'), flag], { encoding: 'utf8' }).status;
    const write = (file, text = '') => {
        fs.mkdirSync(path.dirname(path.join(root.path, file)), { recursive: true });
        fs.writeFileSync(path.join(root.path, file), text);
    };
    /** Moves a file's modification time `seconds` into the future (or past). */
    const age = (file, seconds) => {
        const when = new Date(Date.now() + seconds * 1000);
        fs.utimesSync(path.join(root.path, file), when, when);
    };
    beforeEach(() => {
        root = tempDir('pl-ensure-built');
        fs.mkdirSync(path.join(root.path, 'scripts'));
        fs.copyFileSync(SCRIPT, path.join(root.path, 'scripts', 'ensure-built.mjs'));
        for (const file of ['gateway/gateway.ts', 'test/unit/a.test.ts', 'client/src/main.ts', 'package.json', 'tsconfig.json'])
            write(file, '// source');
        for (const file of OUTPUTS)
            write(file, '// built');
    });
    afterEach(() => root.remove());
    it('needs a build without a stamp, and none right after one', () => {
        expect(run('--check')).to.equal(3);
        expect(run('--stamp')).to.equal(0);
        expect(run('--check')).to.equal(0);
    });
    it('needs a build when any source is newer than the stamp, however deep', () => {
        run('--stamp');
        write('gateway/store/new-file.ts', '// added');
        age('gateway/store/new-file.ts', 5);
        expect(run('--check')).to.equal(3);
        run('--stamp');
        age('package.json', 5);
        expect(run('--check')).to.equal(3);
    });
    it('ignores sources older than the stamp and files outside the sources', () => {
        age('gateway/gateway.ts', -60);
        run('--stamp');
        write('README.md', 'docs');
        age('README.md', 5);
        write('data/prospectlab.sqlite', '');
        age('data/prospectlab.sqlite', 5);
        expect(run('--check')).to.equal(0);
    });
    it('needs a build when a required output is missing', () => {
        run('--stamp');
        fs.rmSync(path.join(root.path, 'dist/client/index.html'));
        expect(run('--check')).to.equal(3);
    });
});
//# sourceMappingURL=ensure-built.test.js.map