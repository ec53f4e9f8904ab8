// Workspace symbols as editing.md's Navigation table says: every node of every argument file,
// named by its text (at most 120 characters), the outline's kinds, the workspace-relative
// path as container, a fuzzy match on text and id.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SymbolKind } from 'vscode-languageserver';
import { workspaceSymbols } from '../../server/src/features/workspaceSymbols';
import { joinLines } from './text';
import { range, uri, workspaceOf } from './workspace';

const a = joinLines('Claim: Taxes raise revenue {#rev}', '', '- Evidence: The 2019 report says so.', '- Objection: Not always.$$CURSOR$$');
const b = joinLines('# Notes', '', 'Claim: ' + 'x'.repeat(130), '', '- Claim: [ref](../a.arg.md#rev)');

async function symbols(query: string) {
  const { workspace } = workspaceOf({ 'a.arg.md': a, 'sub/b.arg.md': b, 'gone.arg.md': undefined });
  return workspaceSymbols(workspace, query, () => false);
}

describe('workspace symbols', () => {
  it('lists every node of every file (reference nodes aside), with kind, location and container', async () => {
    assert.deepEqual(await symbols(''), [
      { name: 'Taxes raise revenue', kind: SymbolKind.Class, location: { uri: uri('a.arg.md'), range: range(0, 0, 0, 33) }, containerName: 'a.arg.md' },
      { name: 'The 2019 report says so.', kind: SymbolKind.Constant, location: { uri: uri('a.arg.md'), range: range(2, 2, 2, 36) }, containerName: 'a.arg.md' },
      { name: 'Not always.', kind: SymbolKind.Event, location: { uri: uri('a.arg.md'), range: range(3, 2, 3, 24) }, containerName: 'a.arg.md' },
      { name: 'x'.repeat(119) + '…', kind: SymbolKind.Class, location: { uri: uri('sub/b.arg.md'), range: range(2, 0, 2, 137) }, containerName: 'sub/b.arg.md' },
    ]);
  });

  it('matches fuzzily on the text or the id, in any case', async () => {
    assert.deepEqual((await symbols('TRrev')).map((s) => s.name), ['Taxes raise revenue']);
    assert.deepEqual((await symbols('rso')).map((s) => s.name), ['The 2019 report says so.']);
    // `not-always` is the challenge's generated id: the text has no `-`.
    assert.deepEqual((await symbols('not-')).map((s) => s.name), ['Not always.']);
    assert.deepEqual((await symbols('zzz')).map((s) => s.name), []);
  });
});
