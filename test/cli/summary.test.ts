// `argmap check`'s last word: the summary line on stderr, --max-warnings, and a folder
// with no argument files. Counts follow from the fixtures' diagnostics, worked out by hand.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { argmap, assertOneLineError, type CheckJson, lines, workspace } from './helpers';
import { CLEAN, EMPTY_NODE, UNSUPPORTED } from './fixtures';

/** Two root claims, neither supported: two `unsupported-claim` warnings (lines 1 and 3). */
const TWO_WARNINGS = lines('Claim: Cities need more parks.', '', 'Claim: Parks need more trees.');

describe('argmap check: the summary line', () => {
  let dir = '';
  let cleanup = () => {};
  before(() => {
    ({ dir, cleanup } = workspace({
      'clean.arg.md': CLEAN,
      'other-clean.arg.md': CLEAN,
      'empty.arg.md': EMPTY_NODE, // 1 error
      'two.arg.md': TWO_WARNINGS, // 2 warnings
      'one.arg.md': UNSUPPORTED, // 1 warning
      'notes/readme.md': EMPTY_NODE, // not an argument file by its name
      'notes/nested/todo.txt': 'Claim: not markdown',
    }));
  });
  after(() => cleanup());

  it('says a clean run is clean, counting the files checked', () => {
    const r = argmap(dir, 'check', 'clean.arg.md', 'other-clean.arg.md');
    assert.deepEqual(r, { code: 0, stdout: '', stderr: 'no problems in 2 files\n' });
  });

  it('counts problems by severity and the files checked, on stderr after the diagnostics on stdout', () => {
    const r = argmap(dir, 'check', 'clean.arg.md', 'empty.arg.md', 'two.arg.md');
    assert.equal(r.code, 1);
    assert.equal(r.stdout.trimEnd().split('\n').length, 3, r.stdout);
    assert.equal(r.stderr, '3 problems (1 error, 2 warnings) in 3 files\n');
  });

  it('writes one problem, one warning and one file in the singular', () => {
    const r = argmap(dir, 'check', 'one.arg.md');
    assert.equal(r.code, 0);
    assert.equal(r.stderr, '1 problem (0 errors, 1 warning) in 1 file\n');
  });

  it('adds information and hints only when there are some', () => {
    assert.equal(
      argmap(dir, 'check', '--severity', 'unsupported-claim=information', 'two.arg.md').stderr,
      '2 problems (0 errors, 0 warnings, 2 information) in 1 file\n',
    );
    assert.equal(argmap(dir, 'check', '--severity', 'unsupported-claim=hint', 'one.arg.md').stderr, '1 problem (0 errors, 0 warnings, 1 hint) in 1 file\n');
  });

  it('keeps JSON output pure and prints no summary with it', () => {
    const r = argmap(dir, 'check', '--format', 'json', 'empty.arg.md', 'two.arg.md');
    assert.equal(r.code, 1);
    assert.equal(r.stderr, '');
    assert.deepEqual(
      (JSON.parse(r.stdout) as CheckJson[]).map((f) => [f.file, f.diagnostics.length]),
      [
        ['empty.arg.md', 1],
        ['two.arg.md', 2],
      ],
    );
  });

  it('says "no argument files found" for a folder without any, and exits 2', () => {
    const r = argmap(dir, 'check', 'notes');
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, "argmap: no argument files found in 'notes' (looked for **/*.arg.md)\n");
    assert.ok(assertOneLineError(r.stderr));
  });

  it('still checks the other paths when one folder holds no argument files', () => {
    const r = argmap(dir, 'check', 'notes/', 'one.arg.md');
    assert.equal(r.code, 2);
    assert.match(r.stdout, /^one\.arg\.md:1:1: warning unsupported-claim: /);
    assert.equal(r.stderr, "argmap: no argument files found in 'notes/' (looked for **/*.arg.md)\n1 problem (0 errors, 1 warning) in 1 file\n");
  });
});

describe('argmap check --max-warnings', () => {
  let dir = '';
  let cleanup = () => {};
  before(() => {
    ({ dir, cleanup } = workspace({ 'clean.arg.md': CLEAN, 'two.arg.md': TWO_WARNINGS }));
  });
  after(() => cleanup());

  it('exits 0 while the warnings are at most N', () => {
    assert.equal(argmap(dir, 'check', '--max-warnings', '2', 'two.arg.md').code, 0);
    assert.equal(argmap(dir, 'check', '--max-warnings=0', 'clean.arg.md').code, 0);
  });

  it('exits 1 when the warnings exceed N, and says so on stderr', () => {
    const r = argmap(dir, 'check', '--max-warnings', '1', 'two.arg.md');
    assert.equal(r.code, 1);
    assert.equal(r.stdout.trimEnd().split('\n').length, 2);
    assert.equal(r.stderr, '2 problems (0 errors, 2 warnings) in 1 file\nargmap: too many warnings: 2 (--max-warnings 1)\n');
  });

  it('exits 1 with JSON output too, the JSON untouched', () => {
    const r = argmap(dir, 'check', '--format', 'json', '--max-warnings', '0', 'two.arg.md');
    assert.equal(r.code, 1);
    assert.equal((JSON.parse(r.stdout) as CheckJson[])[0].diagnostics.length, 2);
    assert.equal(r.stderr, 'argmap: too many warnings: 2 (--max-warnings 0)\n');
  });

  it('counts warnings after the severities are applied', () => {
    assert.equal(argmap(dir, 'check', '--max-warnings', '0', '--severity', 'unsupported-claim=information', 'two.arg.md').code, 0);
    assert.equal(argmap(dir, 'check', '--max-warnings', '0', '--severity', 'unsupported-claim=ignore', 'two.arg.md').code, 0);
  });

  for (const value of ['-1', 'many', '1.5', '']) {
    it(`exits 2 for --max-warnings '${value}'`, () => {
      const r = argmap(dir, 'check', `--max-warnings=${value}`, 'two.arg.md');
      assert.equal(r.code, 2);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, /--max-warnings needs a whole number/);
      assert.ok(assertOneLineError(r.stderr), r.stderr);
    });
  }

  it('is an option of check only', () => {
    const r = argmap(dir, 'graph', '--max-warnings', '0', 'two.arg.md');
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'argmap: --max-warnings applies to check, not graph (see argmap --help)\n');
  });
});
