// startServer over an in-memory connection: the seam works without spawning the server.
// Expected payloads are worked out from the spec (contract v1) by hand.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DiagnosticSeverity, MarkupKind, TextDocumentSyncKind } from 'vscode-languageserver-protocol';
import { InProcessServer, joinLines } from './inProcess';

const range = (sl: number, sc: number, el: number, ec: number) => ({ start: { line: sl, character: sc }, end: { line: el, character: ec } });

describe('startServer in process', () => {
  let server: InProcessServer;
  before(async () => {
    server = await InProcessServer.start({
      files: {
        // Evidence in another file, cited: the reference below leads to it.
        'shade.arg.md': joinLines('Evidence: Shaded streets are 35% cooler at noon.[^s] {#shade}', '', '[^s]: City climate survey.', ''),
      },
    });
  });
  after(() => server?.dispose());

  it('answers initialize with what it offers', () => {
    const capabilities = server.initializeResult.capabilities;
    assert.deepEqual(capabilities.textDocumentSync, { openClose: true, change: TextDocumentSyncKind.Incremental });
    assert.equal(capabilities.hoverProvider, true);
    assert.deepEqual(server.initializeResult.serverInfo, { name: 'argmap' });
  });

  it('publishes a document’s diagnostics for the version opened', async () => {
    // A claim with nothing under it: `unsupported-claim` (warning), from the label to the end of its line.
    const uri = await server.open('lonely.arg.md', 'Claim: Parks cool cities.\n', 3);
    const published = await server.diagnostics(uri, 3);
    assert.deepEqual(
      published.diagnostics.map((d) => [d.code, d.severity, d.source, d.range]),
      [['unsupported-claim', DiagnosticSeverity.Warning, 'argmap', range(0, 0, 0, 25)]],
    );
  });

  it('answers argmap/graph with the graph, a reference as an edge from its target', async () => {
    const uri = await server.open('parks.arg.md', joinLines('Claim: Parks cool cities. {#parks}', '', '- Evidence: [shade figures](shade.arg.md#shade)', ''));
    const graph = await server.graph(uri);
    assert.deepEqual(
      graph?.nodes.map((n) => [n.id, n.kind, n.status, n.line]),
      [['parks', 'claim', 'supported', 0]],
    );
    assert.deepEqual(graph?.edges, [{ from: 'shade.arg.md#shade', to: 'parks', relation: 'supports', reference: true }]);
    // The claim is supported through the other file's cited evidence: nothing to say.
    assert.deepEqual((await server.diagnostics(uri)).diagnostics, []);
  });

  it('hovers a reference with its target in another file, read from disk', async () => {
    const hover = await server.hoverAt('hovered.arg.md', joinLines('Claim: Parks cool cities.', '', '- Evidence: [shade $$CURSOR$$figures](shade.arg.md#shade)', ''));
    assert.equal(hover?.contents && (hover.contents as { kind: string }).kind, MarkupKind.Markdown);
    const value = (hover?.contents as { value: string }).value;
    // The target's kind, its text, its status and its file, its figure with the figure's source.
    assert.match(value, /^\*\*Evidence\*\* reference to Shaded streets are 35% cooler at noon\.\n\n/);
    assert.match(value, /\*\*Evidence\*\* · cited · in shade\.arg\.md/);
    assert.match(value, /- \*\*35%\*\*: \\\[\^s\\\] City climate survey\./);
    assert.deepEqual(hover?.range, range(2, 2, 2, 47));
  });

  it('leaves a Markdown file that is no argument file alone', async () => {
    const uri = await server.open('notes.md', 'Claim: not analysed here.\n');
    assert.equal(await server.graph(uri), null);
    assert.equal(await server.hover(uri, { line: 0, character: 3 }), null);
  });
});

describe('startServer with faults handed in', () => {
  it('answers a feature that throws with nothing, logs why, and keeps serving', async () => {
    const server = await InProcessServer.start({ faults: ['hover'] });
    try {
      const text = 'Claim: Parks cool cities.\n';
      const faulty = await server.open('argmap-faults/fault.arg.md', text);
      assert.equal(await server.hover(faulty, { line: 0, character: 3 }), null);
      assert.ok(server.logs.some((l) => l.startsWith('hover failed: Error: injected hover fault')), server.logs.join('\n'));
      const fine = await server.open('argmap-faults/fine.arg.md', text);
      assert.match((((await server.hover(fine, { line: 0, character: 3 }))?.contents ?? {}) as { value?: string }).value ?? '', /^\*\*Claim\*\* · unsupported/);
    } finally {
      server.dispose();
    }
  });
});
