// Rename and prepareRename as editing.md's "Rename" says: accepted on an explicit id, a link
// fragment resolving to one, a footnote label; rejected with an error elsewhere; a bad or
// clashing name fails with a message and edits nothing; only fragments' characters change.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ResponseError } from 'vscode-languageserver';
import { prepareRename, rename } from '../../server/src/features/rename';
import { joinLines } from './text';
import { put, range, uri, workspaceOf } from './workspace';

const b = joinLines('Claim: Taxes work {#tax}', '', 'Again [here](#tax) and [there](#tax).', '', 'Claim: Other {#other}');
const a = joinLines('Claim: Main', '', '- Claim: [taxes](b.arg.md#tax)');

async function prepareAt(files: Record<string, string | undefined>) {
  const { workspace, file, position } = workspaceOf(files);
  return prepareRename(workspace, file, position);
}
async function renameAt(files: Record<string, string | undefined>, newName: string) {
  const { workspace, file, position } = workspaceOf(files);
  return rename(workspace, file, position, newName);
}
function message(result: unknown): string {
  assert.ok(result instanceof ResponseError, `expected an error, got ${JSON.stringify(result)}`);
  return result.message;
}

describe('prepareRename', () => {
  it('accepts on an explicit id: the id’s characters and the id as placeholder', async () => {
    assert.deepEqual(await prepareAt({ 'b.arg.md': put(b, '{#tax}', '{#ta$$CURSOR$$x}') }), { range: range(0, 20, 0, 23), placeholder: 'tax' });
  });

  it('accepts on a link fragment resolving to an id, here or in another file', async () => {
    assert.deepEqual(await prepareAt({ 'b.arg.md': put(b, '(#tax)', '(#$$CURSOR$$tax)') }), { range: range(2, 14, 2, 17), placeholder: 'tax' });
    assert.deepEqual(await prepareAt({ 'a.arg.md': put(a, '#tax)', '#tax$$CURSOR$$)'), 'b.arg.md': b }), {
      range: range(2, 26, 2, 29),
      placeholder: 'tax',
    });
  });

  it('accepts on a footnote label: the label’s range', async () => {
    const text = joinLines('Evidence: One.[^sr$$CURSOR$$c]', '', '[^src]: Source.');
    assert.deepEqual(await prepareAt({ 'a.arg.md': text }), { range: range(0, 16, 0, 19), placeholder: 'src' });
  });

  it('rejects a generated id, a heading slug, prose and a node’s label with the spec’s messages', async () => {
    assert.equal(message(await prepareAt({ 'a.arg.md': 'Claim: No id $$CURSOR$$here' })), 'this node has no explicit id; add one with the quick fix');
    assert.match(message(await prepareAt({ 'a.arg.md': joinLines('# Prose', '', '[x](#pr$$CURSOR$$ose)') })), /heading's slug/);
    assert.match(message(await prepareAt({ 'a.arg.md': joinLines('Just $$CURSOR$$prose') })), /there is none here/);
    assert.match(message(await prepareAt({ 'b.arg.md': put(b, 'Claim: Taxes', 'Cla$$CURSOR$$im: Taxes') })), /there is none here/);
    assert.match(message(await prepareAt({ 'a.arg.md': '[x](#$$CURSOR$$' })), /there is none here/);
  });
});

describe('rename', () => {
  it('edits the id and only each fragment’s characters, both links on one line, in every file', async () => {
    const edit = await renameAt({ 'a.arg.md': a, 'b.arg.md': put(b, '{#tax}', '{#$$CURSOR$$tax}') }, 'levy');
    assert.deepEqual(edit, {
      changes: {
        [uri('b.arg.md')]: [
          { range: range(0, 20, 0, 23), newText: 'levy' },
          { range: range(2, 14, 2, 17), newText: 'levy' },
          { range: range(2, 32, 2, 35), newText: 'levy' },
        ],
        [uri('a.arg.md')]: [{ range: range(2, 26, 2, 29), newText: 'levy' }],
      },
    });
  });

  it('changes links to a labelled heading’s old slug to its new slug', async () => {
    const text = joinLines('## Claim: Big {#big}', '', 'See [id](#big) and [slug](#claim-big-big).', '', 'Claim: $$CURSOR$$x', '', '[y](#b$$CURSOR$$ig)');
    const marked = text.replace('$$CURSOR$$x', 'x');
    const edit = await renameAt({ 'a.arg.md': marked }, 'huge');
    assert.deepEqual(edit, {
      changes: {
        [uri('a.arg.md')]: [
          { range: range(0, 16, 0, 19), newText: 'huge' },
          { range: range(2, 10, 2, 13), newText: 'huge' },
          { range: range(2, 27, 2, 40), newText: 'claim-big-huge' },
          { range: range(6, 5, 6, 8), newText: 'huge' },
        ],
      },
    });
  });

  it('fails on an invalid id and on a clashing one, editing nothing', async () => {
    const onId = { 'a.arg.md': a, 'b.arg.md': put(b, '{#tax}', '{#$$CURSOR$$tax}') };
    for (const bad of ['', 'two words', 'a#b', 'x{', 'y}', '(p)', '[q]']) {
      assert.match(message(await renameAt(onId, bad)), /is not a valid id/, bad);
    }
    assert.equal(message(await renameAt(onId, 'other')), 'the id `other` is already used on line 5');
  });

  it('renames a footnote label in its calls and definition; a used label fails', async () => {
    const text = joinLines('Evidence: One.[^a] Two.[^$$CURSOR$$a] Three.[^b]', '', '[^a]: Source.', '', '[^b]: Other.');
    assert.deepEqual(await renameAt({ 'x.arg.md': text }, 'src'), {
      changes: {
        [uri('x.arg.md')]: [
          { range: range(2, 2, 2, 3), newText: 'src' },
          { range: range(0, 16, 0, 17), newText: 'src' },
          { range: range(0, 25, 0, 26), newText: 'src' },
        ],
      },
    });
    assert.equal(message(await renameAt({ 'x.arg.md': text }, 'b')), 'the footnote label `b` is already used on line 5');
  });

  it('fails, editing nothing, when a reference-style link points at the id', async () => {
    const text = joinLines('Claim: A {#$$CURSOR$$a}', '', 'See [x](#a) and [y][r].', '', '[r]: #a');
    assert.match(message(await renameAt({ 'x.arg.md': text }, 'b')), /reference-style link on line 3/);
  });

  it('fails, editing nothing, when the workspace is not complete in time', async () => {
    const { workspace, file, position } = workspaceOf({ 'b.arg.md': put(b, '{#tax}', '{#$$CURSOR$$tax}') });
    workspace.complete = async () => false;
    assert.match(message(await rename(workspace, file, position, 'levy')), /still being indexed/);
  });
});
