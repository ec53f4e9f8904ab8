// @ts-check
// Bundles the extension, the language server and the CLI into dist/ (CommonJS, all
// dependencies inlined so the .vsix needs no node_modules). `--tests` and `--bench`
// also bundle test and bench files into out/ so node:test runs them without a TS loader.
// (The e2e suite, test/e2e/, is plain JavaScript that VS Code loads as it is: nothing to bundle.)
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';

const args = new Set(process.argv.slice(2));
const production = args.has('--production');
// `--dist=DIR`: the bundles go there instead of dist/ (the production bundles beside the
// development ones, for `npm run test:production`).
const dist = [...args].find((a) => a.startsWith('--dist='))?.slice('--dist='.length) || 'dist';
const watch = args.has('--watch');

/** @type {esbuild.BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};

/**
 * Every `*.ts` file under `dir` whose name passes `keep`.
 * @param {string} dir
 * @param {(file: string) => boolean} keep
 */
function filesUnder(dir, keep) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true })
    .map((f) => path.join(dir, String(f)))
    .filter((f) => keep(f) && fs.statSync(f).isFile());
}

/** @type {esbuild.BuildOptions[]} */
const builds = [
  { ...common, entryPoints: { extension: 'client/src/extension.ts' }, outdir: dist, external: ['vscode'] },
  { ...common, entryPoints: { server: 'server/src/server.ts' }, outdir: dist },
  { ...common, entryPoints: { cli: 'server/src/cli.ts' }, outdir: dist, banner: { js: '#!/usr/bin/env node' } },
  // Worker threads the server and the CLI start next to themselves (server/src/pool/).
  { ...common, entryPoints: { parseWorker: 'server/src/pool/parseWorker.ts' }, outdir: dist },
  // The map view's page script runs in the webview, a browser.
  { ...common, entryPoints: { mapView: 'client/src/map/webview/main.ts' }, outdir: dist, platform: 'browser', format: 'iife', target: 'es2022' },
];

if (args.has('--tests')) {
  // A clean folder: a deleted test must not keep running from a stale bundle.
  fs.rmSync('out/test', { recursive: true, force: true });
  const entries = filesUnder('test', (f) => f.endsWith('.test.ts') && !f.startsWith(path.join('test', 'e2e')));
  // ESLint stays a package: it loads the project's eslint.config.mjs and its plugins at run time.
  builds.push({ ...common, entryPoints: entries, outdir: 'out/test', outbase: 'test', sourcemap: true, external: ['eslint'] });
}
if (args.has('--bench')) {
  const entries = filesUnder('bench', (f) => f.endsWith('.ts') && !f.includes(`${path.sep}results${path.sep}`));
  builds.push({ ...common, entryPoints: entries, outdir: 'out/bench', outbase: 'bench', sourcemap: false });
}

if (watch) {
  const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('esbuild: watching…');
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
  fs.chmodSync(path.join(dist, 'cli.js'), 0o755);
}
