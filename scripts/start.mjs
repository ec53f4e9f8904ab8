// @ts-check
// `npm start`: the main job on the sample, for a newcomer. Builds, prints the article's
// argument map and its diagnostics, and opens samples/ in VS Code with the extension in
// development mode when `code` is on the PATH. Findings in the sample never fail it.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sample = 'samples/greater-bay-area.arg.md';

/**
 * @param {string} cmd
 * @param {string[]} args
 * @param {import('node:child_process').SpawnSyncOptions} [options]
 */
function run(cmd, args, options = {}) {
  return spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...options });
}

const build = run(process.execPath, ['esbuild.mjs']);
if (build.status !== 0) process.exit(build.status ?? 1);

console.log(`\n── The argument map of ${sample} ──\n`);
run(process.execPath, ['dist/cli.js', 'graph', sample]);

console.log(`\n── Diagnostics (argmap check ${sample}) ──\n`);
run(process.execPath, ['dist/cli.js', 'check', sample]);
console.log('\n(Findings in the sample are expected: the README explains each one.)');

const hasCode = spawnSync(process.platform === 'win32' ? 'where' : 'which', ['code'], { stdio: 'ignore' }).status === 0;
if (hasCode && !process.env.CI) {
  console.log('\nOpening samples/ in VS Code with the extension in development mode…');
  run('code', [`--extensionDevelopmentPath=${root}`, path.join(root, 'samples'), path.join(root, sample)]);
} else {
  console.log('\n`code` is not on the PATH: to see it in the editor, open this folder in VS Code and run "Launch Extension" (F5).');
}
