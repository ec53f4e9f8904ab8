// Go to Definition as editing.md's Navigation table says: node-id links and reference nodes
// lead to the node (a labelled heading: its whole line), footnote references to their
// definition, and a link to a heading's slug gets nothing (VS Code's Markdown answers it).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { definition } from '../../server/src/features/definition';
import { joinLines } from './text';
import { range, uri, workspaceOf } from './workspace';

async function definitionAt(files: Record<string, string | undefined>) {
  const { workspace, file, position } = workspaceOf(files);
  return definition(workspace, file, position);
}

describe('definition', () => {
  it('goes from a link `#x` in prose to the node with that id: label to end of its line', async () => {
    const text = joinLines('Claim: Taxes work {#tax}', '', 'As [said](#t$$CURSOR$$ax) before.');
    assert.deepEqual(await definitionAt({ 'a.arg.md': text }), [{ uri: uri('a.arg.md'), range: range(0, 0, 0, 24) }]);
  });

  it('goes from anywhere on a reference node (here its label) to the target in another file', async () => {
    const a = joinLines('Claim: Main', '', '- Ev$$CURSOR$$idence: [the study](b.arg.md#study)');
    const b = joinLines('# Heading', '', 'Evidence: A study found it.[^1] {#study}', '', '[^1]: Source.');
    assert.deepEqual(await definitionAt({ 'a.arg.md': a, 'b.arg.md': b }), [{ uri: uri('b.arg.md'), range: range(2, 0, 2, 40) }]);
  });

  it('gives a labelled heading its whole line, `#`s included', async () => {
    const text = joinLines('## Claim: Headline {#h}', '', 'See [it](#h$$CURSOR$$).');
    assert.deepEqual(await definitionAt({ 'a.arg.md': text }), [{ uri: uri('a.arg.md'), range: range(0, 0, 0, 23) }]);
  });

  it('answers nothing on a link to a heading slug, even a labelled heading’s', async () => {
    const text = joinLines('## Claim: Headline', '', '# Prose', '', 'See [it](#claim-headl$$CURSOR$$ine) and [that](#prose).');
    assert.equal(await definitionAt({ 'a.arg.md': text }), null);
    const prose = joinLines('## Claim: Headline', '', '# Prose', '', 'See [it](#claim-headline) and [that](#pr$$CURSOR$$ose).');
    assert.equal(await definitionAt({ 'a.arg.md': prose }), null);
  });

  it('goes from a footnote reference to its definition', async () => {
    const text = joinLines('Evidence: Found.[^s$$CURSOR$$rc]', '', '[^src]: A report, 2020.');
    assert.deepEqual(await definitionAt({ 'a.arg.md': text }), [{ uri: uri('a.arg.md'), range: range(2, 0, 2, 23) }]);
  });

  it('answers nothing in code, on a broken link, past the end, and on a node’s own line or id', async () => {
    for (const text of [
      joinLines('Claim: A {#a}', '', '```', '[x](#a$$CURSOR$$)', '```'),
      joinLines('Claim: A {#a}', '', 'See `[x](#a$$CURSOR$$)`.'),
      joinLines('Claim: A {#a}', '', 'See [x](#missi$$CURSOR$$ng).'),
      joinLines('Claim: A {#a}', '$$CURSOR$$'),
      joinLines('Claim: A {#$$CURSOR$$a}'),
      joinLines('Cl$$CURSOR$$aim: A {#a}'),
      joinLines('[x](#$$CURSOR$$'),
    ]) {
      assert.equal(await definitionAt({ 'a.arg.md': text }), null, text);
    }
    const { workspace, file } = workspaceOf({ 'a.arg.md': 'Claim: A {#a}$$CURSOR$$' });
    assert.equal(await definition(workspace, file, { line: 40, character: 3 }), null);
  });

  it('answers nothing when the link’s file has vanished', async () => {
    assert.equal(await definitionAt({ 'a.arg.md': 'See [x](gone.arg.md#y$$CURSOR$$).', 'gone.arg.md': undefined }), null);
  });
});
