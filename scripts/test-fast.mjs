// @ts-check
// `npm run test:fast`: the inner loop. Runs the bundled tests in out/test/ (build first:
// `node esbuild.mjs --tests`, which the npm script does) except the slow files below, which
// only the full `npm test` (and CI, `.ci/run`) runs. Extra arguments go to `node --test`,
// e.g. `npm run test:fast -- --test-reporter=spec`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'out', 'test');

/** Left out of the fast loop, with why (times measured on the 2-core dev machine under load). */
const SLOW = [
  { pattern: 'fuzz/', why: 'property-based fuzzing and the corpus: about a minute' },
  { pattern: 'protocol/speed.test.js', why: 'latency budgets on large documents: about 40 s' },
  { pattern: 'protocol/robustness.test.js', why: '1 MB files and 300 random incremental edits: about 30 s' },
  { pattern: 'protocol/soak.test.js', why: 'a soak of 600 keystrokes across three documents: about 20–40 s' },
  { pattern: 'protocol/untrusted.test.js', why: 'a flood of 1,000 keystrokes: about 35 s' },
  { pattern: 'grammar/performance.test.js', why: 'TextMate grammar timing on large inputs: about 10 s' },
  { pattern: 'package/', why: 'packages the .vsix in a copy of the tree' },
  { pattern: 'map/scale.test.js', why: 'lays out 10,000-node maps several times: about 10 s' },
  { pattern: 'cli/parallel.test.js', why: 'argmap check of many files and a large one, with and without workers: about 20 s' },
  { pattern: 'protocol/parallel.test.js', why: 'two servers parse a 370 KB file, one with workers: about 20 s' },
  { pattern: 'bench/quick.test.js', why: 'runs the bench with --quick on 10 KB and 100 KB: about 2 minutes' },
];

if (!fs.existsSync(OUT)) {
  console.error(`${OUT} is missing: build the tests first (node esbuild.mjs --tests)`);
  process.exit(2);
}

const all = fs
  .readdirSync(OUT, { recursive: true })
  .map((f) => String(f).split(path.sep).join('/'))
  .filter((f) => f.endsWith('.test.js'))
  .sort();
for (const { pattern } of SLOW) {
  if (!all.some((f) => f.startsWith(pattern))) console.warn(`test:fast: no test file matches ${pattern} any more; update scripts/test-fast.mjs`);
}
const fast = all.filter((f) => !SLOW.some(({ pattern }) => f.startsWith(pattern)));
const left = all.length - fast.length;
console.log(`test:fast: ${fast.length} test files; ${left} slow ones left to npm test (${SLOW.map((s) => s.pattern).join(', ')})`);

const started = Date.now();
const run = spawnSync(
  process.execPath,
  ['--test', '--test-reporter=dot', ...process.argv.slice(2), ...fast.map((f) => path.join(OUT, f))],
  { stdio: 'inherit', cwd: ROOT },
);
console.log(`test:fast: ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(run.status ?? 1);
