/**
 * Bundles the web client and the GraphiQL playground with esbuild into dist/client/:
 * index.html, app.js, app.css, graphiql.html, graphiql.js, graphiql.css (plus source maps and
 * the favicon). Everything the pages load is in that folder: nothing comes from a CDN.
 *
 * Type checking is separate: `tsc -p client/tsconfig.json` (see the `build:client` script).
 */
import { build } from 'esbuild';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist', 'client');
const STATIC_FILES = ['index.html', 'graphiql.html', 'favicon.svg'];

await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });

await build({
  absWorkingDir: root,
  entryPoints: {
    app: 'client/src/main.ts',
    graphiql: 'client/graphiql/main.tsx',
  },
  outdir,
  bundle: true,
  format: 'esm',
  // Browsers of the last few years; graphql-ws and GraphiQL need nothing older.
  target: ['es2022', 'chrome109', 'firefox115', 'safari16'],
  platform: 'browser',
  minify: true,
  sourcemap: true,
  jsx: 'automatic',
  tsconfig: 'client/tsconfig.json',
  define: { 'process.env.NODE_ENV': '"production"' },
  // Fonts and images referenced by the bundled CSS are inlined, so the pages work offline.
  loader: { '.woff': 'dataurl', '.woff2': 'dataurl', '.ttf': 'dataurl', '.svg': 'dataurl', '.png': 'dataurl' },
  legalComments: 'linked',
  logLevel: 'warning',
});

for (const file of STATIC_FILES) {
  await copyFile(path.join(root, 'client', file), path.join(outdir, file));
}
console.log(`web client built in ${path.relative(root, outdir)}/`);
