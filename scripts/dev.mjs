// `npm run dev [-- gateway|actors]`: recompiles the server code on every change (tsc --watch)
// and restarts the process whenever its compiled files change (node --watch). The process
// starts once the first compilation is done, so that compilation does not restart it over and
// over. The web client is rebuilt only by `npm run build`.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ENTRIES = ['embedded', 'gateway', 'actors'];
const entry = process.argv[2] ?? 'embedded';
if (!ENTRIES.includes(entry)) {
  console.error(`Unknown entry ${JSON.stringify(entry)}: use one of ${ENTRIES.join(', ')}`);
  process.exit(2);
}

// A full build first when dist/ lacks what tsc --watch does not make (web client, schema file).
const built = spawnSync(process.execPath, [path.join(root, 'scripts', 'ensure-built.mjs')], { cwd: root, stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);
// The V8 flags of every ProspectLab process (main/node-flags.ts), read from the build just made.
const { NODE_FLAGS } = await import(pathToFileURL(path.join(root, 'dist', 'main', 'node-flags.js')).href);

const children = [];
let stopping = false;
const stop = (code) => {
  if (stopping) return;
  stopping = true;
  const running = children.filter((child) => child.exitCode === null && child.signalCode === null);
  for (const child of running) child.kill('SIGTERM');
  Promise.all(running.map((child) => new Promise((resolve) => child.once('exit', resolve)))).then(() => process.exit(code));
};
process.on('SIGINT', () => stop(130));
process.on('SIGTERM', () => stop(143));

// Incremental, with its state inside dist/ so that `npm run build` (which wipes dist/) resets it:
// only changed files are emitted, and an unchanged tree restarts nothing.
const tsc = spawn(
  process.execPath,
  [
    path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'),
    '-p',
    'tsconfig.json',
    '--watch',
    '--preserveWatchOutput',
    '--incremental',
    '--tsBuildInfoFile',
    'dist/.tsbuildinfo-dev',
  ],
  { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
);
children.push(tsc);
tsc.once('exit', (code) => stop(code ?? 1));
let app = null;
tsc.stdout.on('data', (chunk) => {
  process.stdout.write(chunk);
  if (app || stopping || !/Watching for file changes/.test(chunk.toString())) return;
  if (!fs.existsSync(path.join(root, 'dist', 'main', `${entry}.js`))) return; // compile errors: wait for a fix
  app = spawn(process.execPath, [...NODE_FLAGS, '--env-file-if-exists=.env', '--watch', `dist/main/${entry}.js`], { cwd: root, stdio: 'inherit' });
  children.push(app);
  app.once('exit', (code) => stop(code ?? 1));
});
