// The workspace root for cross-file references: --workspace DIR, else the nearest folder at
// or above the first path with .git, .vscode or package.json, else the working directory.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { argmap, assertOneLineError, type CheckJson, lines, workspace } from './helpers';
import { CROSS_FILE, FACTS } from './fixtures';

/** The codes of the one file checked, as JSON. */
function codes(stdout: string): string[] {
  return (JSON.parse(stdout) as CheckJson[])[0].diagnostics.map((d) => d.code);
}

describe('argmap: the workspace root', () => {
  let dir = '';
  let elsewhere = '';
  let cleanup = () => {};
  before(() => {
    ({ dir, cleanup } = workspace({
      // CROSS_FILE's claim is supported only by facts.arg.md#heat beside it.
      'npm/package.json': '{ "name": "x" }',
      'npm/main.arg.md': CROSS_FILE,
      'npm/facts.arg.md': FACTS,
      'npm/sub/package.json': '{}',
      'npm/sub/up.arg.md': CROSS_FILE.replace('facts.arg.md', '../facts.arg.md'),
      'git/.git/HEAD': 'ref: refs/heads/main\n',
      'git/docs/main.arg.md': CROSS_FILE,
      'git/docs/facts.arg.md': FACTS,
      'code/.vscode/settings.json': '{}',
      'code/main.arg.md': CROSS_FILE,
      'code/facts.arg.md': FACTS,
      'loose/main.arg.md': CROSS_FILE,
      'loose/facts.arg.md': FACTS,
      'elsewhere/note.txt': 'the working directory of most runs below\n',
    }));
    elsewhere = path.join(dir, 'elsewhere');
  });
  after(() => cleanup());

  for (const [file, marker] of [
    ['../npm/main.arg.md', 'package.json'],
    ['../git/docs/main.arg.md', '.git, a folder up'],
    ['../code/main.arg.md', '.vscode'],
  ]) {
    it(`finds the project of a file outside the working directory by its ${marker}`, () => {
      const r = argmap(elsewhere, 'check', '--format', 'json', file);
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.deepEqual(JSON.parse(r.stdout), [{ file, diagnostics: [] }]);
    });
  }

  it('takes the nearest marked folder: a reference above it is outside the workspace', () => {
    const r = argmap(elsewhere, 'check', '--format', 'json', '../npm/sub/up.arg.md');
    assert.equal(r.code, 1);
    // The reference is broken, so the claim it was to support stands unsupported.
    assert.deepEqual(codes(r.stdout), ['unsupported-claim', 'broken-reference']);
  });

  it('starts from a folder given as the first path: the folder itself may be the marked one', () => {
    const r = argmap(elsewhere, 'check', '--format', 'json', '../code');
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.deepEqual(
      (JSON.parse(r.stdout) as CheckJson[]).map((f) => [f.file, f.diagnostics.map((d) => d.code)]),
      [
        ['../code/facts.arg.md', ['orphan-evidence']], // its evidence supports nothing in its own file
        ['../code/main.arg.md', []],
      ],
    );
  });

  it('searches up from a glob as from the folders it names', () => {
    const r = argmap(elsewhere, 'check', '--format', 'json', '../npm/**/main.arg.md');
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), [{ file: '../npm/main.arg.md', diagnostics: [] }]);
  });

  it('falls back to the working directory when no folder above is marked', () => {
    const outside = argmap(elsewhere, 'check', '--format', 'json', '../loose/main.arg.md');
    assert.equal(outside.code, 1);
    assert.deepEqual(codes(outside.stdout), ['unsupported-claim', 'broken-reference']);
    assert.match(outside.stdout, /outside the workspace/);
    const inside = argmap(dir, 'check', '--format', 'json', 'loose/main.arg.md');
    assert.equal(inside.code, 0, inside.stdout);
  });

  it('takes --workspace DIR over any marker', () => {
    const given = argmap(elsewhere, 'check', '--format', 'json', '--workspace', '../loose', '../loose/main.arg.md');
    assert.equal(given.code, 0, given.stdout + given.stderr);
    const narrower = argmap(elsewhere, 'check', '--format', 'json', '--workspace=.', '../npm/main.arg.md');
    assert.equal(narrower.code, 1);
    assert.deepEqual(codes(narrower.stdout), ['unsupported-claim', 'broken-reference']);
  });

  it('exits 2 when --workspace is not a folder', () => {
    for (const where of ['missing', 'note.txt']) {
      const r = argmap(elsewhere, 'check', '--workspace', where, '../npm/main.arg.md');
      assert.equal(r.code, 2);
      assert.equal(r.stdout, '');
      assert.equal(r.stderr, `argmap: --workspace '${where}' is not a folder\n`);
      assert.ok(assertOneLineError(r.stderr));
    }
  });

  it('resolves graph references in the same workspace', () => {
    const r = argmap(elsewhere, 'graph', '../npm/main.arg.md');
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, lines('1  claim (supported): Parks cool cities {#parks}', '3  └─ evidence → facts.arg.md#heat (cited): the heat study'));
    const narrower = argmap(elsewhere, 'graph', '--workspace', '.', '../npm/main.arg.md');
    // Outside the workspace: the claim loses its only support.
    assert.match(narrower.stdout, /^1 {2}claim \(unsupported\): Parks cool cities \{#parks\}\n/);
  });
});
