// Workspace symbols and code lens read a closed file from its index summary, as references do:
// a summary planted from one text while the disk holds another is what they list, and the
// closed file is never analysed. Names and ranges worked out by hand from the texts below
// (editing.md: a symbol's name is the node's text cut at 120 characters, container = path;
// a lens counts the links that resolve to its node, `referenced N×`).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SymbolKind } from 'vscode-languageserver';
import { codeLenses } from '../../server/src/features/codeLens';
import type { ArgumentWorkspace } from '../../server/src/features/workspaceFiles';
import { workspaceSymbols } from '../../server/src/features/workspaceSymbols';
import { isNodeSummary, summarize, type FileSummary } from '../../server/src/workspace/index/summary';
import { analysisOf, joinLines } from '../features/text';
import { range, uri } from '../features/workspace';

/** The open file: a claim with an id. */
const A = joinLines('Claim: Taxes work {#tax}');
/** Summarised: a long claim (130 × `y`), a reference node to a's claim, and two links to it. */
const B = joinLines('Claim: ' + 'y'.repeat(130), '', '- Claim: [t](a.arg.md#tax)', '', 'See [one](a.arg.md#tax) and [two](a.arg.md#tax).');
/** What the disk holds for b: another claim, linking nowhere. */
const DISK = joinLines('Claim: Something else entirely');

function workspaceOf(analysed: string[]): ArgumentWorkspace {
  const summaries = new Map<string, FileSummary>([[uri('b.arg.md'), summarize(analysisOf(B, 'b.arg.md', { 'a.arg.md': A }))]]);
  const texts: Record<string, string> = { 'a.arg.md': A, 'b.arg.md': DISK };
  return {
    uris: async () => [uri('a.arg.md'), uri('b.arg.md')],
    analysis: async (u) => {
      analysed.push(u);
      const path = u.slice(uri('').length);
      return analysisOf(texts[path], path, texts);
    },
    summary: (u) => summaries.get(u),
    resolve: (_near, path) => uri(path),
  };
}

describe('workspace symbols and code lens from the index summaries', () => {
  it('workspace symbols list a summarised closed file as its summary says, without analysing it', async () => {
    const analysed: string[] = [];
    const symbols = await workspaceSymbols(workspaceOf(analysed), '', () => false);
    assert.deepEqual(symbols, [
      { name: 'Taxes work', kind: SymbolKind.Class, location: { uri: uri('a.arg.md'), range: range(0, 0, 0, 24) }, containerName: 'a.arg.md' },
      // "Claim: " + 130 characters: the name is 119 of them and the ellipsis; the reference node is left out.
      { name: 'y'.repeat(119) + '…', kind: SymbolKind.Class, location: { uri: uri('b.arg.md'), range: range(0, 0, 0, 137) }, containerName: 'b.arg.md' },
    ]);
    assert.deepEqual(analysed, [uri('a.arg.md')]);
  });

  it('a query matches a summarised node’s name or id', async () => {
    const analysed: string[] = [];
    const workspace = workspaceOf(analysed);
    assert.deepEqual((await workspaceSymbols(workspace, 'yyy', () => false)).map((s) => s.containerName), ['b.arg.md']);
    assert.deepEqual((await workspaceSymbols(workspace, 'else', () => false)).map((s) => s.name), []);
  });

  it('a code lens counts the links of a summarised closed file, without analysing it', async () => {
    const analysed: string[] = [];
    const file = { uri: uri('a.arg.md'), analysis: analysisOf(A, 'a.arg.md') };
    const lenses = await codeLenses(workspaceOf(analysed), file);
    // b.arg.md: the reference node's destination `a.arg.md#tax` at 13–25 of line 2; "See [one](" is 10
    // characters, so 10–22 of line 4; "See [one](a.arg.md#tax) and [two](" is 34, so 34–46.
    assert.deepEqual(lenses, [
      {
        range: range(0, 0, 0, 24),
        command: {
          title: 'referenced 3×',
          command: 'argmap.showReferences',
          arguments: [
            uri('a.arg.md'),
            { line: 0, character: 0 },
            [
              { uri: uri('b.arg.md'), range: range(2, 13, 2, 25) },
              { uri: uri('b.arg.md'), range: range(4, 10, 4, 22) },
              { uri: uri('b.arg.md'), range: range(4, 34, 4, 46) },
            ],
          ],
        },
      },
    ]);
    assert.deepEqual(analysed, []);
  });

  it('a node read back from the disk cache is taken only with the shape workspace symbols read', () => {
    const node = summarize(analysisOf(B, 'b.arg.md')).nodes[1];
    // A reference node has no id of its own; its name is its link's text.
    assert.deepEqual(node, { id: '', explicitId: false, kind: 'claim', name: 't', range: range(2, 2, 2, 26), reference: true });
    assert.equal(isNodeSummary(JSON.parse(JSON.stringify(node))), true);
    const { name: _name, ...nameless } = node;
    for (const broken of [nameless, { ...node, kind: 'thesis' }, { ...node, reference: false }, { ...node, range: null }, null, 'node']) {
      assert.equal(isNodeSummary(broken), false, JSON.stringify(broken));
    }
  });
});
