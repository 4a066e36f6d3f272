// Builds once when dist/ is missing, so several `npm run actors` started together do not
// rebuild (and delete) dist/ under each other. After changing the code, run `npm run build`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

if (!existsSync(new URL('../dist/main/gateway.js', import.meta.url)) || !existsSync(new URL('../dist/main/actors.js', import.meta.url))) {
  const result = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  process.exit(result.status ?? 1);
}
