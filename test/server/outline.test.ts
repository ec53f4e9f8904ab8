// The outline is built once per document version and never served for another version.
// Expected outlines are worked out by hand from editing.md (name: the node's text; kind:
// claim Class; detail: the kind, then its status words; range: the node with its children).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-protocol';
import { analyze, parseDocument, type Analysis } from '../../server/src/model';
import { documentSymbolSteps } from '../../server/src/features/symbols';
import { Outlines } from '../../server/src/features/outline';
import { InProcessServer } from './inProcess';

const range = (sl: number, sc: number, el: number, ec: number) => ({ start: { line: sl, character: sc }, end: { line: el, character: ec } });

/** A lone claim paragraph on line 0, `length` characters with its label: an unsupported claim. */
function loneClaim(name: string, length: number): DocumentSymbol[] {
  return [{ name, detail: 'claim · unsupported', kind: SymbolKind.Class, range: range(0, 0, 0, length), selectionRange: range(0, 0, 0, length) }];
}

describe('the outline of an open document, per version', () => {
  let server: InProcessServer;
  before(async () => {
    server = await InProcessServer.start();
  });
  after(() => server?.dispose());

  it('answers a newer version with that version’s outline, not the one asked for before', async () => {
    const uri = await server.open('versions.arg.md', 'Claim: Parks cool cities.\n', 1);
    assert.deepEqual(await server.symbols(uri), loneClaim('Parks cool cities.', 25));
    // Asked twice for one version: the same outline.
    assert.deepEqual(await server.symbols(uri), loneClaim('Parks cool cities.', 25));
    // `Parks` → `Trees`, and then a longer name: each version's own text and range.
    await server.change(uri, 2, range(0, 7, 0, 12), 'Trees');
    assert.deepEqual(await server.symbols(uri), loneClaim('Trees cool cities.', 25));
    await server.change(uri, 3, range(0, 24, 0, 24), ' at noon');
    assert.deepEqual(await server.symbols(uri), loneClaim('Trees cool cities at noon.', 33));
  });
});

describe('Outlines', () => {
  const analysisOf = (text: string): Analysis => analyze(parseDocument(text), { path: 'o.arg.md' });
  /** An Outlines whose builds are counted. */
  function counted(): { outlines: Outlines; builds: () => number } {
    let n = 0;
    const outlines = new Outlines((analysis) => {
      n++;
      return documentSymbolSteps(analysis);
    });
    return { outlines, builds: () => n };
  }
  const turn = () => new Promise((resolve) => setImmediate(resolve));

  it('builds one analysis’s outline once, and another analysis’s anew', async () => {
    const { outlines, builds } = counted();
    const v1 = analysisOf('Claim: Parks cool cities.\n');
    const first = await outlines.request('u', v1);
    const again = await outlines.request('u', v1);
    assert.equal(again, first);
    assert.equal(builds(), 1);
    const v2 = analysisOf('Claim: Trees cool cities.\n');
    assert.deepEqual(await outlines.request('u', v2), loneClaim('Trees cool cities.', 25));
    assert.equal(builds(), 2);
  });

  it('tries again after a build that failed', async () => {
    let n = 0;
    const outlines = new Outlines(function* (analysis) {
      if (++n === 1) throw new Error('broken once');
      return yield* documentSymbolSteps(analysis);
    });
    const a = analysisOf('Claim: Parks cool cities.\n');
    await assert.rejects(outlines.request('u', a), /broken once/);
    assert.deepEqual(await outlines.request('u', a), loneClaim('Parks cool cities.', 25));
  });

  it('builds ahead only for documents whose outline was asked for, until they close', async () => {
    const { outlines, builds } = counted();
    outlines.ahead('u', analysisOf('Claim: A.\n'), () => true);
    await turn();
    assert.equal(builds(), 0);
    await outlines.request('u', analysisOf('Claim: B.\n'));
    const ahead = analysisOf('Claim: C.\n');
    outlines.ahead('u', ahead, () => true);
    await turn();
    assert.equal(builds(), 2);
    // The request takes what was built ahead.
    assert.deepEqual(await outlines.request('u', ahead), loneClaim('C.', 9));
    assert.equal(builds(), 2);
    outlines.closed('u');
    outlines.ahead('u', analysisOf('Claim: D.\n'), () => true);
    await turn();
    assert.equal(builds(), 2);
  });

  it('drops a build ahead that a newer version replaced; a request that joined it builds it whole', async () => {
    let n = 0;
    // A build that pauses between items, so that it takes turns: one step per symbol part.
    const outlines = new Outlines(function* (analysis) {
      n++;
      for (let k = 0; k < 3; k++) yield;
      return yield* documentSymbolSteps(analysis);
    }, 0);
    const a = analysisOf('Claim: Parks cool cities.\n');
    await outlines.request('u', analysisOf('Claim: Earlier.\n'));
    let current = true;
    outlines.ahead('u', a, () => current);
    // The request joins the build ahead, which the next turn stops.
    const asked = outlines.request('u', a);
    current = false;
    assert.deepEqual(await asked, loneClaim('Parks cool cities.', 25));
    assert.equal(n, 3);
    // Then that outline is the one kept.
    assert.equal(await outlines.request('u', a), await asked);
    assert.equal(n, 3);
  });
});
