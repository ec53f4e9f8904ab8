import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { documentSymbols, flatSymbols, nodeDetail } from '../../server/src/features/symbols';
import type { Heading } from '../../server/src/model/types';
import { analysis, line, node, range, status } from './build';

const names = (symbols: DocumentSymbol[]): unknown[] => symbols.map((s) => (s.children ? [s.name, names(s.children)] : s.name));

function heading(text: string, at: number, sectionEnd: number, depth = 2, nodeIndex?: number): Heading {
  return { depth, text, slug: text.toLowerCase(), range: line(at, 0, 20), sectionRange: range(at, 0, sectionEnd, 0), node: nodeIndex };
}

describe('documentSymbols', () => {
  it('puts a node in a prose group that lies between it and its parent, and groups under the innermost section', () => {
    // 0 # Claim: A          (section to 20)
    // 2 ## Prose P          (section to 10)
    // 4 - Evidence: e1      (parent A, inside P)
    // 6 Claim: B            (parent A, inside P)
    // 7 - Evidence: e2      (parent B: P is not between them)
    // 10 ## Prose Q         (section to 20)
    // 12 - Evidence: e3     (parent A, inside Q)
    // 20 # Prose R          (section to 30)
    // 22 Evidence: e4       (root, inside R)
    const a = analysis({
      nodes: [
        node(0, 'claim', 'A', 0, { blockType: 'heading', fullRange: range(0, 0, 20, 0) }),
        node(1, 'evidence', 'e1', 4, { parent: 0 }),
        node(2, 'claim', 'B', 6, { parent: 0, blockType: 'paragraph', fullRange: range(6, 0, 7, 40) }),
        node(3, 'evidence', 'e2', 7, { parent: 2 }),
        node(4, 'evidence', 'e3', 12, { parent: 0 }),
        node(5, 'evidence', 'e4', 22),
      ],
      headings: [heading('A', 0, 20, 1, 0), heading('P', 2, 10), heading('Q', 10, 20), heading('R', 20, 30, 1)],
    });
    assert.deepEqual(names(documentSymbols(a)), [['A', [['P', ['e1', ['B', ['e2']]]], ['Q', ['e3']]]], ['R', ['e4']]]);
  });

  it('names a node by its text (folded, cut) or its kind, and keeps the selection inside the range', () => {
    const a = analysis({
      nodes: [
        node(0, 'claim', '', 0),
        node(1, 'evidence', `two\nlines ${'x'.repeat(300)}`, 1, { fullRange: range(1, 4, 1, 10), range: range(1, 2, 1, 30) }),
      ],
    });
    const [empty, long] = documentSymbols(a);
    assert.equal(empty.name, 'claim');
    assert.equal(long.name.length, 201);
    assert.ok(long.name.startsWith('two lines x'));
    assert.deepEqual(long.range, range(1, 2, 1, 40));
    assert.deepEqual(long.selectionRange, range(1, 2, 1, 30));
  });

  it('grows a parent range to hold its children', () => {
    const a = analysis({ nodes: [node(0, 'claim', 'A', 0, { fullRange: line(0) }), node(1, 'evidence', 'e', 3, { parent: 0 })] });
    assert.deepEqual(documentSymbols(a)[0].range, range(0, 0, 3, 40));
  });

  it('gives each kind its symbol kind and prose headings the Markdown one', () => {
    const a = analysis({
      nodes: [node(0, 'claim', 'c', 1), node(1, 'evidence', 'e', 2, { parent: 0 }), node(2, 'challenge', 'x', 3, { parent: 0 })],
      headings: [heading('H', 0, 10)],
    });
    const [h] = documentSymbols(a);
    assert.equal(h.kind, SymbolKind.String);
    const [c] = h.children!;
    assert.deepEqual([c.kind, ...c.children!.map((s) => s.kind)], [SymbolKind.Class, SymbolKind.Constant, SymbolKind.Event]);
  });
});

describe('nodeDetail', () => {
  it('gives kind, status and child counts, zeros left out', () => {
    const a = analysis({
      nodes: [
        node(0, 'claim', 'c', 0),
        node(1, 'evidence', 'e1', 1, { parent: 0 }),
        node(2, 'evidence', 'e2', 2, { parent: 0 }),
        node(3, 'challenge', 'x', 3, { parent: 0 }),
        node(4, 'claim', 'r1', 4, { parent: 0 }),
        node(5, 'claim', 'r2', 5, { parent: 0 }),
      ],
      status: [status({ supported: true, contested: true }), status({ cited: true }), status(), status(), status(), status()],
    });
    assert.equal(nodeDetail(a, a.nodes[0]), 'claim · supported · contested · 2 claims · 2 evidence · 1 challenge');
    assert.equal(nodeDetail(a, a.nodes[1]), 'evidence · cited');
    assert.equal(nodeDetail(a, a.nodes[2]), 'evidence · uncited');
    assert.equal(nodeDetail(a, a.nodes[3]), 'challenge · unsupported');
  });

  it('says where a reference leads', () => {
    const a = analysis({ nodes: [node(0, 'evidence', 'x', 0, { reference: { id: 'q', file: 'o.arg.md', rawFile: 'o.arg.md', range: line(0) } })] });
    assert.equal(nodeDetail(a, a.nodes[0]), 'evidence · reference to o.arg.md#q');
  });
});

describe('flatSymbols', () => {
  it('lists the tree in order with container names', () => {
    const a = analysis({ nodes: [node(0, 'claim', 'A', 0), node(1, 'evidence', 'e', 1, { parent: 0 })] });
    assert.deepEqual(flatSymbols(documentSymbols(a), 'file:///x.arg.md'), [
      { name: 'A', kind: SymbolKind.Class, location: { uri: 'file:///x.arg.md', range: range(0, 0, 1, 40) } },
      { name: 'e', kind: SymbolKind.Constant, location: { uri: 'file:///x.arg.md', range: line(1) }, containerName: 'A' },
    ]);
  });
});
