// Snapshot tests of the fixtures with vscode-tmgrammar-snap, run in compare mode: any change
// in the scopes of any token fails. After an intended grammar change, review and update with
//   ARGMAP_UPDATE_SNAPSHOTS=1 node --test out/test/grammar/
// and commit the .snap files with the grammar.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { BASE_GRAMMAR, MARKDOWN_SCOPE, ROOT } from './textmate';

const FIXTURES = path.join(ROOT, 'test', 'grammar', 'fixtures');
const SNAP_TOOL = path.join(ROOT, 'node_modules', 'vscode-tmgrammar-test', 'dist', 'snapshot.js');
const update = process.env.ARGMAP_UPDATE_SNAPSHOTS === '1';

describe('grammar snapshots', () => {
  const fixtures = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.md')).sort();

  it('has fixtures, each with a committed snapshot', () => {
    assert.ok(fixtures.length > 0, `no fixtures in ${FIXTURES}`);
    // The tool writes a missing snapshot and passes; a missing one must fail here instead.
    if (!update) {
      const missing = fixtures.filter((f) => !fs.existsSync(path.join(FIXTURES, `${f}.snap`)));
      assert.deepEqual(missing, [], 'fixtures without a .snap: run with ARGMAP_UPDATE_SNAPSHOTS=1 and review them');
    }
  });

  for (const fixture of fixtures) {
    it(`matches ${fixture}.snap`, () => {
      const args = [SNAP_TOOL, '--grammar', BASE_GRAMMAR, '--scope', MARKDOWN_SCOPE];
      if (update) args.push('--updateSnapshot');
      // The tool reads the injection from package.json in its working directory.
      const run = spawnSync(process.execPath, [...args, path.join('test', 'grammar', 'fixtures', fixture)], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
        timeout: 60_000,
      });
      assert.equal(run.status, 0, `vscode-tmgrammar-snap failed on ${fixture}:\n${run.stdout}${run.stderr}`);
    });
  }
});
