// `npm run dev [-- gateway|actors]`: builds if needed, then recompiles the server code on every
// change (tsc --watch) and restarts the process whenever its compiled files change
// (node --watch). The web client is rebuilt only by `npm run build`.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ENTRIES = ['embedded', 'gateway', 'actors'];
const entry = process.argv[2] ?? 'embedded';
if (!ENTRIES.includes(entry)) {
  console.error(`Unknown entry ${JSON.stringify(entry)}: use one of ${ENTRIES.join(', ')}`);
  process.exit(2);
}

const built = spawnSync(process.execPath, [path.join(root, 'scripts', 'ensure-built.mjs')], { cwd: root, stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

const tscBin = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const children = [
  spawn(process.execPath, [tscBin, '-p', 'tsconfig.json', '--watch', '--preserveWatchOutput'], { cwd: root, stdio: 'inherit' }),
  spawn(process.execPath, ['--env-file-if-exists=.env', '--watch', `dist/main/${entry}.js`], { cwd: root, stdio: 'inherit' }),
];

let stopping = false;
const stop = (code) => {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  Promise.all(children.map((child) => (child.exitCode !== null || child.signalCode !== null ? null : new Promise((r) => child.once('exit', r))))).then(
    () => process.exit(code),
  );
};
for (const child of children) child.once('exit', (code) => stop(code ?? 1));
process.on('SIGINT', () => stop(130));
process.on('SIGTERM', () => stop(143));
