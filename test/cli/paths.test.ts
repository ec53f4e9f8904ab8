// Paths → files: folders as their **/*.arg.md, globs under the working directory, sorted, once each.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { expandPaths } from '../../server/src/cli/paths';
import { workspace } from './helpers';

describe('expandPaths', () => {
  let dir = '';
  let cleanup = () => {};
  before(() => {
    ({ dir, cleanup } = workspace({
      'top.arg.md': '',
      'notes.md': '',
      'docs/a.arg.md': '',
      'docs/deep/b.arg.md': '',
      'docs/deep/readme.md': '',
      'docs/node_modules/dep.arg.md': '',
      'docs/.drafts/c.arg.md': '',
      'docs/.hidden.arg.md': '',
      '[draft].arg.md': '',
    }));
  });
  after(() => cleanup());

  const shown = (args: string[]) => expandPaths(args, dir).files.map((f) => f.display);

  it('finds the argument files of a folder, skipping node_modules, dot-folders and other files', () => {
    assert.deepEqual(shown(['docs']), ['docs/a.arg.md', 'docs/deep/b.arg.md']);
    assert.deepEqual(shown(['docs/']), ['docs/a.arg.md', 'docs/deep/b.arg.md']);
    assert.deepEqual(shown(['./docs']), ['./docs/a.arg.md', './docs/deep/b.arg.md']);
  });

  it('shows the files of the working directory itself without a ./ prefix', () => {
    assert.deepEqual(shown(['.']), ['[draft].arg.md', 'docs/a.arg.md', 'docs/deep/b.arg.md', 'top.arg.md']);
  });

  it('takes a file as given, whatever its name', () => {
    assert.deepEqual(shown(['notes.md']), ['notes.md']);
    assert.deepEqual(expandPaths(['notes.md'], dir).files[0].absolute, path.join(dir, 'notes.md'));
  });

  it('prefers a file whose name looks like a glob to the glob', () => {
    assert.deepEqual(shown(['[draft].arg.md']), ['[draft].arg.md']);
  });

  it('expands globs against the files below their base', () => {
    assert.deepEqual(shown(['docs/**/*.arg.md']), ['docs/a.arg.md', 'docs/deep/b.arg.md']);
    assert.deepEqual(shown(['*.arg.md']), ['[draft].arg.md', 'top.arg.md']);
    assert.deepEqual(shown(['**/*.md']), ['[draft].arg.md', 'docs/a.arg.md', 'docs/deep/b.arg.md', 'docs/deep/readme.md', 'notes.md', 'top.arg.md']);
    assert.deepEqual(shown(['docs/.drafts/*.arg.md']), ['docs/.drafts/c.arg.md']);
    assert.deepEqual(shown(['docs/{a,z}.arg.md']), ['docs/a.arg.md']);
  });

  it('sorts by the path as shown and lists each file once', () => {
    assert.deepEqual(shown(['top.arg.md', 'docs/a.arg.md', 'docs', 'docs/*.arg.md']), ['docs/a.arg.md', 'docs/deep/b.arg.md', 'top.arg.md']);
  });

  it('reports what names nothing and keeps the rest', () => {
    const r = expandPaths(['missing.arg.md', 'top.arg.md', 'nothing/**/*.arg.md'], dir);
    assert.deepEqual(r.files.map((f) => f.display), ['top.arg.md']);
    assert.deepEqual(r.errors, ["cannot read 'missing.arg.md': it does not exist", "no files match 'nothing/**/*.arg.md'"]);
  });
});
