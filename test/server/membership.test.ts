// The one rule for "is this an argument file", shared by the server, the client's selector
// and the CLI; and the server applying it to open documents.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cleanFiles, DEFAULT_FILES, globsFor, hasArgumentSuffix, isMarkdownName } from '../../server/src/shared/membership';
import { InProcessServer } from './inProcess';

describe('the membership rule', () => {
  it('defaults to the spec’s `**/*.arg.md`', () => {
    assert.deepEqual(DEFAULT_FILES, ['**/*.arg.md']);
  });

  it('cleans `argmap.files`: not a list → the default; bad entries, `./` and blanks dropped', () => {
    assert.deepEqual(cleanFiles(undefined), ['**/*.arg.md']);
    assert.deepEqual(cleanFiles('docs/*.md'), ['**/*.arg.md']);
    assert.deepEqual(cleanFiles(['./docs/*.md', ' notes/**/*.md ', '', '  ', 3, null]), ['docs/*.md', 'notes/**/*.md']);
    assert.deepEqual(cleanFiles([]), []);
  });

  it('knows Markdown and argument files by name, in any case', () => {
    assert.ok(isMarkdownName('a.md') && isMarkdownName('A.MARKDOWN') && !isMarkdownName('a.txt') && !isMarkdownName('md'));
    assert.ok(hasArgumentSuffix('x/Plan.ARG.md') && !hasArgumentSuffix('x/plan.md') && !hasArgumentSuffix('arg.md.txt'));
  });

  it('applies every glob in a folder, only `**` globs outside the folders, every glob at any depth with no folder', () => {
    const files = ['**/*.arg.md', 'docs/*.md', '/top.md'];
    assert.deepEqual(globsFor(files, 'folder'), files);
    assert.deepEqual(globsFor(files, 'outside'), ['**/*.arg.md']);
    assert.deepEqual(globsFor(files, 'no-folder'), ['**/*.arg.md', '**/docs/*.md', '**/top.md']);
  });
});

describe('the server’s argument files', () => {
  it('with no folder open, analyses Markdown that a folder-relative glob selects at any depth, as the client syncs it', async () => {
    const server = await InProcessServer.start({ settings: { diagnostics: { delay: 0 }, files: ['docs/*.md'] } });
    try {
      const selected = await server.open('argmap-membership/docs/plan.md', 'Claim: Parks cool cities.\n');
      assert.deepEqual((await server.diagnostics(selected)).diagnostics.map((d) => d.code), ['unsupported-claim']);
      const other = await server.open('argmap-membership/notes/plan.md', 'Claim: Parks cool cities.\n');
      assert.equal(await server.graph(other), null);
    } finally {
      server.dispose();
    }
  });
});
