// CI smoke test of the bench (issue 11): `--quick` on small sizes runs to the end and
// writes its JSON with every row it should. Nothing about time: the machine decides that.
import { execFileSync, spawnSync } from 'node:child_process';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';

const REPO = path.resolve(__dirname, '../../..');
// Two levels under the repository, as out/bench/ is: run.js finds the repo and dist/server.js from there.
const OUT = path.join(REPO, 'out', 'bench-smoke');

// Written out by hand from bench/generate.ts and docs/bench.md, not read from the bench.
const SHAPES = ['chains', 'nested', 'paragraphs', 'table', 'paragraph', 'heading', 'random'];
const EDIT_KINDS = ['enter', 'list marker', 'label', 'fence', 'delete blank line', 'paste'];
const TARGETS = [
  'keystroke-1MB-p50',
  'keystroke-1MB-p95',
  'keystroke-5MB-vs-1MB',
  'keystroke-5MB-vs-1MB-issue12',
  'footnotes-analysis',
  'open-1MB',
  'open-5MB-vs-1MB',
  'memory-5MB',
  'memory-5MB-issue12',
  'map-10k-layout-svg',
  'map-stability',
  'hover-1MB',
  'documentSymbol-1MB',
  'requests-1MB',
  'workspace-index-cold',
  'workspace-index-warm',
  'workspace-references',
  'workspace-rename',
  'workspace-keystroke-indexing',
  'edits-1MB-p50',
  'shapes-keystroke-1MB',
  'shapes-open-1MB',
  ...['random-200KB', 'line-4MB', 'table-1MB', 'paragraph-2MB'].flatMap((w) => ['time', 'memory', 'keystroke'].map((t) => `worst-${w}-${t}`)),
];
// Issue 12's worst cases (bench/worst.ts), at their --quick sizes.
const WORST = ['random', 'line', 'table', 'paragraph'];

test('npm run bench -- --quick (10 KB and 100 KB) runs and writes every expected row', { timeout: 900_000 }, () => {
  // Its own bundle (not out/bench/, which a developer's bench run may be using), built as esbuild.mjs --bench builds it.
  const esbuild = path.join(REPO, 'node_modules', 'esbuild', 'bin', 'esbuild');
  const entries = ['run.ts', 'markdown-it-peak.ts', 'bare-peak.ts', 'peak-hook.ts'].map((f) => path.join(REPO, 'bench', f));
  execFileSync(esbuild, [...entries, '--bundle', '--platform=node', '--format=cjs', '--target=node20', '--log-level=warning', `--outdir=${OUT}`], { cwd: REPO });
  const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: REPO, encoding: 'utf8' }).trim();
  const json = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'argmap-bench-smoke-')), 'quick.json');
  const run = spawnSync(process.execPath, ['--expose-gc', path.join(OUT, 'run.js'), '--quick', '--sizes=10KB,100KB', `--out=${json}`], { cwd: REPO, encoding: 'utf8', timeout: 880_000 });
  assert.equal(run.status, 0, run.stderr.slice(-2000));
  const r = JSON.parse(fs.readFileSync(json, 'utf8'));

  assert.equal(r.commit, head);
  assert.equal(typeof r.dirty, 'boolean');
  assert.equal(r.quick, true);

  const names = ['10KB', '100KB', ...SHAPES.map((s) => `shape:${s}`), 'sample'];
  assert.deepEqual(r.inputs.map((i: { name: string }) => i.name).sort(), [...names].sort());
  for (const name of names) {
    assert.ok(r.model[name]?.bare?.n >= 1 && r.model[name]?.argmap?.n >= 1, `in-process row for ${name}`);
    assert.ok(r.server[name]?.open?.n >= 1 && r.server[name]?.keystroke?.n >= 1, `server row for ${name}`);
  }
  for (const name of ['10KB', '100KB']) assert.ok(r.argdown[name]?.parseAndModel?.n >= 1, `Argdown row for ${name}`);
  // Realistic edits run at 100 KB (and 1 MB, 5 MB), every kind and the mix.
  assert.deepEqual(Object.keys(r.server['100KB'].edits.byKind).sort(), [...EDIT_KINDS].sort());
  assert.ok(r.server['100KB'].edits.mix.n >= 1);
  assert.equal(r.server['10KB'].edits, undefined);
  assert.ok(r.concurrency?.hover?.n >= 1, 'concurrency row');
  assert.ok(r.markdownIt?.vmHWM > 0, 'markdown-it row');
  // The workspace phase: 100 files under --quick (docs/bench.md), every measure taken.
  assert.equal(r.workspace?.files, 100);
  for (const m of ['bare', 'cold', 'warm', 'references', 'rename', 'keystrokeIndexing', 'keystrokeIdle']) assert.ok(r.workspace[m]?.n >= 1, `workspace ${m}`);
  // Every file but the one they link to links to it, and that file defines it: 100 locations with the declaration; 100 files renamed.
  assert.equal(r.workspace.referencesFound, 100);
  assert.equal(r.workspace.renameFiles, 100);
  // The core file's lens counts the 99 links of the other files; every part file's top claim ("Part i stands.") matches `stands`.
  assert.equal(r.workspace.codeLensReferenced, 99);
  assert.ok(r.workspace.codeLens.n >= 1 && r.workspace.workspaceSymbols.n >= 1);
  assert.ok(r.workspace.workspaceSymbolsFound >= 99, `workspace symbols: ${r.workspace.workspaceSymbolsFound}`);
  // The parse workers: no open rows below 1 MB, and --quick checks 50 files both ways.
  assert.deepEqual(r.pool?.map((row: { name: string }) => row.name), ['check 50 files (10 KB each)']);
  assert.ok(r.pool[0].serial.n >= 1 && r.pool[0].workers.n >= 1, 'pool row');
  // Every request of editing.md, on the largest input when the run has no 1 MB one; each answered something
  // (the 100 KB file has a link to an id it defines, footnote calls, an unsupported claim, and nodes with "growth").
  const REQUESTS = ['hover', 'documentSymbol', 'definition', 'references', 'documentHighlight', 'prepareRename', 'rename',
    'completion after ](#', 'completion after [^', 'codeAction', 'codeLens', 'workspace/symbol'];
  const requests = r.server['100KB'].requests;
  assert.deepEqual(Object.keys(requests.byRequest).sort(), [...REQUESTS].sort());
  assert.deepEqual(requests.skipped, []);
  for (const name of REQUESTS) assert.ok(requests.answered[name] >= 1, `${name} answered nothing`);
  // The declaration and at least one link; the `{#id}` and at least one link renamed.
  assert.ok(requests.answered.references >= 2 && requests.answered.rename >= 2);
  // The worst cases: every measure taken, and each big block but the random bytes reported as block-too-large
  // (random printable bytes have a blank line every few KB: no block of them reaches the 100 KB limit).
  assert.deepEqual(r.worst?.rows.map((w: { name: string }) => w.name), WORST);
  assert.ok(r.worst.standard.keystroke.n >= 1, 'the 1 MB standard keystroke');
  for (const w of r.worst.rows) {
    for (const m of ['bare', 'open', 'check', 'keystroke']) assert.ok(w[m]?.n >= 1, `worst ${w.name} ${m}`);
    assert.ok(w.barePeak > 0 && w.serverPeak > 0 && w.checkPeak > 0, `worst ${w.name} peaks`);
    assert.equal(w.blockTooLarge, w.name === 'random' ? 0 : 1, `worst ${w.name} block-too-large`);
  }
  assert.deepEqual(r.targets.map((t: { id: string }) => t.id).sort(), [...TARGETS].sort());
});
