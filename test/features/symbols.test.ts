// The outline, from Markdown text to document symbols, as the spec's "What the editor
// shows" describes it: nodes under their parents, prose headings as groups.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { documentSymbols, flatSymbols } from '../../server/src/features/symbols';
import { analysisOf, joinLines } from './text';

const range = (sl: number, sc: number, el: number, ec: number) => ({ start: { line: sl, character: sc }, end: { line: el, character: ec } });
const names = (symbols: DocumentSymbol[]): unknown[] => symbols.map((s) => (s.children?.length ? [s.name, names(s.children)] : s.name));
const symbolsOf = (text: string, files?: Record<string, string>) => documentSymbols(analysisOf(text, 'test.arg.md', files));

describe('documentSymbols', () => {
  it('puts a node in a prose group that lies between it and its parent, and groups under the innermost section', () => {
    const text = joinLines(
      '# Claim: A', // A's section runs to `# R`
      '',
      '## P', // prose, inside A: e1 and B are A's children and P lies between
      '',
      '- Evidence: e1',
      '',
      'Claim: B',
      '',
      '- Evidence: e2', // the list right after B is B's: P is not between them
      '',
      '## Q',
      '',
      '- Evidence: e3',
      '',
      '# R', // prose, ends A's section
      '',
      'Evidence: e4', // a root, inside R
    );
    assert.deepEqual(names(symbolsOf(text)), [['A', [['P', ['e1', ['B', ['e2']]]], ['Q', ['e3']]]], ['R', ['e4']]]);
  });

  it('puts a prose heading under the innermost prose heading whose section holds it', () => {
    // `### C` lies in the sections of both `# A` and `## B`; B's is the inner one (it starts later).
    const text = joinLines('# A', '', '## B', '', '### C', '', 'Claim: c', '', '## D');
    assert.deepEqual(names(symbolsOf(text)), [['A', [['B', [['C', ['c']]]], 'D']]]);
  });

  it('names a node by its text (folded, cut) or, when empty, its kind', () => {
    const long = `Shade ${'x'.repeat(300)}`;
    const [empty, named] = symbolsOf(joinLines('Claim:', '', `Claim: ${long}`));
    assert.equal(empty.name, 'claim');
    assert.equal(named.name, `${long.slice(0, 200)}…`);
  });

  it('covers the node and its children, and selects its first line', () => {
    const [claim] = symbolsOf(joinLines('Claim: Parks cool cities.', '', '- Evidence: Shade lowers heat.', '', '  Measured at noon.', '- Challenge: Parks take land.'));
    assert.deepEqual(claim.range, range(0, 0, 5, 29));
    assert.deepEqual(claim.selectionRange, range(0, 0, 0, 25));
  });

  it('gives each kind its symbol kind and prose headings the Markdown one', () => {
    const [heading] = symbolsOf(joinLines('## H', '', 'Claim: c', '', '- Evidence: e', '- Challenge: x'));
    assert.equal(heading.kind, SymbolKind.String);
    const [claim] = heading.children!;
    assert.deepEqual([claim.kind, ...claim.children!.map((s) => s.kind)], [SymbolKind.Class, SymbolKind.Constant, SymbolKind.Event]);
  });

  it('gives kind, status and child counts in the detail, zeros left out', () => {
    const text = joinLines('Claim: c', '', '- Evidence: e1[^a]', '- Evidence: e2', '- Challenge: x', '- Claim: r1', '- Claim: r2', '', '[^a]: A source.');
    const [claim] = symbolsOf(text);
    assert.equal(claim.detail, 'claim · supported · contested · 2 claims · 2 evidence · 1 challenge');
    assert.deepEqual(
      claim.children!.map((s) => s.detail),
      ['evidence · cited', 'evidence · uncited', 'challenge · open · unsupported', 'claim · unsupported', 'claim · unsupported'],
    );
  });

  it('says where a reference leads', () => {
    const [claim] = symbolsOf(joinLines('Claim: c', '', '- Evidence: [q](o.arg.md#q)'), { 'o.arg.md': 'Evidence: Q.[^a] {#q}\n\n[^a]: A source.\n' });
    assert.equal(claim.children![0].detail, 'evidence · reference to o.arg.md#q');
  });
});

describe('flatSymbols', () => {
  it('lists the tree in document order, each symbol with its container’s name', () => {
    const tree = symbolsOf(joinLines('Claim: A', '', '- Evidence: e', '  - Evidence: f'));
    const [a] = tree;
    const [e] = a.children!;
    const [f] = e.children!;
    assert.deepEqual(flatSymbols(tree, 'file:///x.arg.md'), [
      { name: 'A', kind: SymbolKind.Class, location: { uri: 'file:///x.arg.md', range: a.range } },
      { name: 'e', kind: SymbolKind.Constant, location: { uri: 'file:///x.arg.md', range: e.range }, containerName: 'A' },
      { name: 'f', kind: SymbolKind.Constant, location: { uri: 'file:///x.arg.md', range: f.range }, containerName: 'e' },
    ]);
  });
});
