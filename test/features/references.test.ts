// Find References and document highlights as editing.md's Navigation table says: every link
// of the workspace resolving to the node, each as its destination's range (`#x`,
// `a.arg.md#x`), plus the node on includeDeclaration; footnotes within the file.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DocumentHighlightKind } from 'vscode-languageserver';
import { highlights } from '../../server/src/features/highlights';
import { references } from '../../server/src/features/references';
import { joinLines } from './text';
import { put, range, uri, workspaceOf } from './workspace';

async function referencesAt(files: Record<string, string | undefined>, includeDeclaration = false) {
  const { workspace, file, position } = workspaceOf(files);
  return references(workspace, file, position, includeDeclaration);
}

const b = joinLines('Claim: Taxes work {#tax}', '', 'Again [here](#tax) and [there](#tax).');
const a = joinLines('Claim: Main', '', '- Claim: [taxes](b.arg.md#tax)', '', 'Prose [link](./b.arg.md#tax "title").');

describe('references', () => {
  it('on an explicit id: every link in every file, as destination ranges; the node with includeDeclaration', async () => {
    const onId = put(b, '{#tax}', '{#t$$CURSOR$$ax}');
    const links = [
      { uri: uri('a.arg.md'), range: range(2, 17, 2, 29) },
      { uri: uri('a.arg.md'), range: range(4, 13, 4, 27) },
      { uri: uri('b.arg.md'), range: range(2, 13, 2, 17) },
      { uri: uri('b.arg.md'), range: range(2, 31, 2, 35) },
    ];
    const sort = (l: { uri: string; range: unknown }[] | null) => [...(l ?? [])].sort((x, y) => x.uri.localeCompare(y.uri));
    assert.deepEqual(sort(await referencesAt({ 'a.arg.md': a, 'b.arg.md': onId })), links);
    const withNode = await referencesAt({ 'a.arg.md': a, 'b.arg.md': onId }, true);
    assert.deepEqual(withNode?.[0], { uri: uri('b.arg.md'), range: range(0, 0, 0, 24) });
    assert.deepEqual(sort(withNode?.slice(1) ?? []), links);
  });

  it('on a node’s label and on a link to it: the same links', async () => {
    const onLabel = put(b, 'Claim:', 'Cl$$CURSOR$$aim:');
    const onLink = put(a, 'b.arg.md#tax)', 'b.arg.md#t$$CURSOR$$ax)');
    assert.equal((await referencesAt({ 'a.arg.md': a, 'b.arg.md': onLabel }))?.length, 4);
    assert.equal((await referencesAt({ 'a.arg.md': onLink, 'b.arg.md': b }))?.length, 4);
  });

  it('answers nothing on a link to a heading slug or on prose', async () => {
    const text = joinLines('# Prose', '', 'See [it](#pro$$CURSOR$$se).');
    assert.equal(await referencesAt({ 'a.arg.md': text }), null);
    assert.equal(await referencesAt({ 'a.arg.md': joinLines('Just $$CURSOR$$prose.') }), null);
  });

  it('on a footnote: its calls in the file, and the definition with includeDeclaration', async () => {
    const text = joinLines('Evidence: One.[^s] Two.[^$$CURSOR$$s]', '', '[^s]: Source.');
    assert.deepEqual(await referencesAt({ 'a.arg.md': text }), [
      { uri: uri('a.arg.md'), range: range(0, 14, 0, 18) },
      { uri: uri('a.arg.md'), range: range(0, 23, 0, 27) },
    ]);
    assert.deepEqual((await referencesAt({ 'a.arg.md': text }, true))?.[0], { uri: uri('a.arg.md'), range: range(2, 0, 2, 13) });
  });

  it('skips a file that vanished', async () => {
    const onId = put(b, '{#tax}', '{#t$$CURSOR$$ax}');
    assert.equal((await referencesAt({ 'a.arg.md': undefined, 'b.arg.md': onId }))?.length, 2);
  });
});

describe('document highlights', () => {
  it('on an id or a link to it: the id (Write) and each link in this file (Read)', async () => {
    const expected = [
      { range: range(0, 18, 0, 24), kind: DocumentHighlightKind.Write },
      { range: range(2, 13, 2, 17), kind: DocumentHighlightKind.Read },
      { range: range(2, 31, 2, 35), kind: DocumentHighlightKind.Read },
    ];
    for (const marked of [put(b, '{#tax}', '{#$$CURSOR$$tax}'), put(b, '(#tax)', '(#tax$$CURSOR$$)')]) {
      const { workspace, file, position } = workspaceOf({ 'b.arg.md': marked });
      assert.deepEqual(await highlights(workspace, file, position), expected);
    }
  });

  it('on a footnote: its definition’s label (Write) and each call’s (Read)', async () => {
    const { workspace, file, position } = workspaceOf({ 'a.arg.md': joinLines('Evidence: One.[^$$CURSOR$$s]', '', '[^s]: Source.') });
    assert.deepEqual(await highlights(workspace, file, position), [
      { range: range(2, 2, 2, 3), kind: DocumentHighlightKind.Write },
      { range: range(0, 16, 0, 17), kind: DocumentHighlightKind.Read },
    ]);
  });

  it('is null where argmap has nothing to say: a node’s label, prose, a heading slug link', async () => {
    for (const marked of [put(b, 'Claim:', 'Cla$$CURSOR$$im:'), joinLines('Some $$CURSOR$$prose.'), joinLines('# P', '', '[x](#$$CURSOR$$p)')]) {
      const { workspace, file, position } = workspaceOf({ 'a.arg.md': marked });
      assert.equal(await highlights(workspace, file, position), null, marked);
    }
  });
});
