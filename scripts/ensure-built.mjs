// Builds dist/ only when it is missing or older than the sources, so `npm start` starts at once
// when nothing changed, and several `npm run actors` started together do not rebuild (and wipe)
// dist/ under each other: one builds while holding .build.lock, the others wait and re-check.
//
//   node scripts/ensure-built.mjs          build if needed
//   node scripts/ensure-built.mjs --stamp  record that dist/ matches the sources (end of `npm run build`)
//   node scripts/ensure-built.mjs --check  exit 0 when up to date, 3 when a build is needed
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stampFile = path.join(root, 'dist', '.build-stamp');
const lockFile = path.join(root, '.build.lock');
/** Everything `npm run build` reads: a change in any of these makes dist/ out of date. */
const SOURCES = ['bus', 'schema', 'gateway', 'actors', 'main', 'scripts', 'bench', 'test', 'client', 'tsconfig.json', 'package.json', 'package-lock.json'];
const REQUIRED_OUTPUTS = ['dist/main/embedded.js', 'dist/main/gateway.js', 'dist/main/actors.js', 'dist/client/index.html'];
const LOCK_WAIT_MS = 10 * 60_000;

/** The newest modification time (ms) of `entry` and everything under it (node_modules skipped). */
function newestMtimeMs(entry) {
  let stat;
  try {
    stat = fs.statSync(entry);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs; // a deleted or renamed file changes its folder's mtime
  for (const name of fs.readdirSync(entry)) {
    if (name === 'node_modules') continue;
    newest = Math.max(newest, newestMtimeMs(path.join(entry, name)));
  }
  return newest;
}

function upToDate() {
  if (!REQUIRED_OUTPUTS.every((file) => fs.existsSync(path.join(root, file)))) return false;
  let stampMs;
  try {
    stampMs = fs.statSync(stampFile).mtimeMs;
  } catch {
    return false;
  }
  return SOURCES.every((source) => newestMtimeMs(path.join(root, source)) <= stampMs);
}

function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** Takes .build.lock; false while another live process builds. */
function tryLock() {
  try {
    fs.writeFileSync(lockFile, `${process.pid}\n`, { flag: 'wx' });
    return true;
  } catch (error) {
    if (error.code !== 'EEXIST') throw error;
  }
  const owner = Number.parseInt(fs.readFileSync(lockFile, 'utf8'), 10);
  if (Number.isInteger(owner) && owner > 0 && isRunning(owner)) return false;
  fs.rmSync(lockFile, { force: true }); // left by a build that was killed
  return tryLock();
}

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 15)) {
  console.error(`ProspectLab needs Node.js 22.15 or later (24 recommended); this is ${process.version}. See README "Quick start".`);
  process.exit(1);
}

if (process.argv.includes('--stamp')) {
  fs.mkdirSync(path.dirname(stampFile), { recursive: true });
  fs.writeFileSync(stampFile, `${new Date().toISOString()}\n`);
  process.exit(0);
}
if (process.argv.includes('--check')) process.exit(upToDate() ? 0 : 3);

const deadline = Date.now() + LOCK_WAIT_MS;
while (!upToDate()) {
  if (tryLock()) {
    try {
      if (upToDate()) break; // another process finished the build while we waited
      console.log('dist/ is missing or older than the sources: building (npm run build)');
      const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
      if (result.status !== 0) process.exit(result.status ?? 1);
      break;
    } finally {
      fs.rmSync(lockFile, { force: true });
    }
  }
  if (Date.now() > deadline) {
    console.error(`Another build (PID in ${lockFile}) did not finish within ${LOCK_WAIT_MS / 60_000} min`);
    process.exit(1);
  }
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
}
