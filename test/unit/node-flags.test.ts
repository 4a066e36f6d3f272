import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_SEMI_SPACE_SIZE_MIB, NODE_FLAGS } from '../../main/node-flags.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const MIB = 1024 * 1024;

/** Allocates short-lived objects for a while, then prints the young generation's committed size. */
const YOUNG_GENERATION_PROBE = `
const v8 = require('node:v8');
let keep = [];
for (let i = 0; i < 3e6; i += 1) { keep.push({ i, s: 'x' + i }); if (keep.length > 200000) keep = []; }
const space = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
process.stdout.write(String(space.space_size));
`;

function youngGenerationBytes(flags: readonly string[]): number {
  const run = spawnSync(process.execPath, [...flags, '-e', YOUNG_GENERATION_PROBE], { encoding: 'utf8' });
  expect(run.status, run.stderr).to.equal(0);
  return Number(run.stdout);
}

describe('V8 flags of the ProspectLab processes (main/node-flags.ts)', () => {
  const scripts = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

  for (const [script, entry] of [
    ['start', 'embedded'],
    ['gateway', 'gateway'],
    ['actors', 'actors'],
  ] as const) {
    it(`npm run ${script} starts dist/main/${entry}.js with them`, () => {
      const command = scripts[script];
      const node = command.slice(command.lastIndexOf('&& node ') + 3);
      const words = node.split(/\s+/);
      expect(words.at(-1)).to.equal(`dist/main/${entry}.js`);
      for (const flag of NODE_FLAGS) expect(words, command).to.include(flag);
    });
  }

  it('npm run dev starts its entry with them', () => {
    expect(readFileSync(path.join(ROOT, 'scripts', 'dev.mjs'), 'utf8')).to.match(/spawn\(process\.execPath, \[\.\.\.NODE_FLAGS,/);
  });

  it(`bound the young generation to 2 × ${MAX_SEMI_SPACE_SIZE_MIB} MiB on this Node`, function () {
    this.timeout(60_000);
    // V8 counts a few pages beyond the two semi-spaces (seen in CI: 1.75 MiB more); the default
    // on Node 24 grows to 2 × 64 MiB, far above this bound.
    const slackBytes = 4 * MIB;
    expect(youngGenerationBytes(NODE_FLAGS)).to.be.at.most(2 * MAX_SEMI_SPACE_SIZE_MIB * MIB + slackBytes);
  });
});
