// `argmap import` as a process: formats by extension or --from, output that `argmap check`
// accepts, notes on stderr, exit 2 with the line for malformed input.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { argmap, assertOneLineError, type CheckJson, workspace } from '../cli/helpers';
import { ARGDOWN, KIALO, lines } from './fixtures';

describe('argmap import', () => {
  let dir = '';
  let cleanup = () => {};
  before(() => {
    ({ dir, cleanup } = workspace({
      'heat.argdown': ARGDOWN,
      'heat.ad': ARGDOWN,
      'parks.txt': KIALO,
      'parks.kialo': KIALO,
      'notes.md': KIALO,
      // An inference line with no conclusion after it: Argdown's parser expects a numbered statement.
      'broken.argdown': lines('[A]: Alpha.', '', '<B>: Beta.', '', '(1) Premise.', '----'),
      'twice.argdown': lines('[A]: First wording.', '', '[A]: Second wording.'),
      'nothesis.txt': lines('Discussion Title: Parks', '1.1. Pro: Parks cool streets.'),
      'orphan.txt': lines('1. Parks are good.', '1.1. Pro: Shade.', '1.3.1. Con: Orphan.'),
    }));
  });
  after(() => cleanup());

  const importAndCheck = (...args: string[]) => {
    const r = argmap(dir, 'import', ...args);
    assert.equal(r.code, 0, r.stderr);
    fs.writeFileSync(path.join(dir, 'out.arg.md'), r.stdout);
    const check = argmap(dir, 'check', '--format', 'json', 'out.arg.md');
    assert.equal(check.code, 0, check.stdout);
    const [file] = JSON.parse(check.stdout) as CheckJson[];
    assert.deepEqual(file.diagnostics.filter((d) => d.severity === 'error'), []);
    return r;
  };

  it('guesses Argdown from .argdown and .ad, Kialo from .txt; the output passes argmap check', () => {
    assert.match(importAndCheck('heat.argdown').stdout, /format: argdown, file: "heat\.argdown"/);
    assert.match(importAndCheck('heat.ad').stdout, /format: argdown, file: "heat\.ad"/);
    assert.match(importAndCheck('parks.txt').stdout, /format: kialo, file: "parks\.txt"/);
  });

  it('takes the format from --from whatever the extension', () => {
    assert.match(importAndCheck('--from', 'kialo', 'parks.kialo').stdout, /# Should cities plant more parks\?/);
    assert.match(importAndCheck('--from=kialo', 'notes.md').stdout, /format: kialo/);
  });

  it('is a usage error (exit 2) when the format cannot be told, is unknown, or the file is missing', () => {
    for (const args of [['notes.md'], ['--from', 'opml', 'parks.txt'], ['missing.txt'], [], ['a.txt', 'b.txt'], ['--format', 'json', 'parks.txt']]) {
      const r = argmap(dir, 'import', ...args);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.equal(r.stdout, '');
      assert.ok(assertOneLineError(r.stderr), r.stderr);
    }
  });

  it('refuses a file Argdown’s parser reports an error in: exit 2, the first error’s line', () => {
    const r = argmap(dir, 'import', 'broken.argdown');
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^argmap: broken\.argdown:6: cannot import: Argdown: /);
  });

  it('refuses a Kialo export with no thesis (line 1) or a claim with no parent (its line)', () => {
    const none = argmap(dir, 'import', 'nothesis.txt');
    assert.equal(none.code, 2);
    assert.match(none.stderr, /^argmap: nothesis\.txt:1: .*thesis/);
    const orphan = argmap(dir, 'import', 'orphan.txt');
    assert.equal(orphan.code, 2);
    assert.match(orphan.stderr, /^argmap: orphan\.txt:3: /);
  });

  it('says on stderr what it kept only in a comment, with the line, and still exits 0', () => {
    const r = argmap(dir, 'import', 'twice.argdown');
    assert.equal(r.code, 0);
    assert.match(r.stderr, /^argmap: twice\.argdown:1: note: .*different texts/m);
    assert.match(r.stdout, /Second wording\./);
  });
});
