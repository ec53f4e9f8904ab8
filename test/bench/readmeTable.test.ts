// The README's performance section is what scripts/bench-table.mjs makes of the committed
// bench/results/latest.json: no number in it was typed by hand or left from an older run.
import { spawnSync } from 'node:child_process';
import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';

const REPO = path.resolve(__dirname, '../../..');

test('README performance section equals scripts/bench-table.mjs output for bench/results/latest.json', () => {
  const r = spawnSync(process.execPath, [path.join(REPO, 'scripts', 'bench-table.mjs'), '--check'], { cwd: REPO, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr + r.stdout);
});
