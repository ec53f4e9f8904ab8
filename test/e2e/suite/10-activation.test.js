// @ts-check
'use strict';
// Activation, the API that activate() returns, and files that are not argument files.
const assert = require('assert');
const vscode = require('vscode');
const h = require('./helpers');

describe('activation', function () {
  after(h.closeAll);

  it('activates when an *.arg.md file is open and returns its API', async () => {
    const doc = await h.open('fixtures/bay.arg.md');
    assert.strictEqual(doc.languageId, 'markdown', 'an argument file must stay language markdown');
    const ext = h.extension();
    await h.until(() => ext.isActive, 'the extension to be active');
    const api = await h.api();
    for (const name of /** @type {const} */ (['client', 'getGraph', 'argumentView'])) assert.ok(api[name], `the API has no ${name}`);
    assert.strictEqual(typeof api.getGraph, 'function');
    assert.strictEqual(ext.exports, api, 'extension.exports is not the API activate() returned');
  });

  it('answers argmap/graph for an argument file', async () => {
    const doc = await h.open('fixtures/bay.arg.md');
    const graph = await (await h.api()).getGraph(doc.uri);
    assert.ok(graph && Array.isArray(graph.nodes) && Array.isArray(graph.edges), `no graph: ${JSON.stringify(graph)}`);
    const node = (/** @type {string} */ id) => graph.nodes.find((n) => n.id === id) ?? assert.fail(`no node ${id} in the graph`);
    assert.strictEqual(node('hub').kind, 'claim');
    assert.strictEqual(node('hub').status, 'supported');
    assert.strictEqual(node('hub').contested, true);
    assert.strictEqual(node('rents').status, 'unsupported');
    assert.strictEqual(node('bureau-count').status, 'cited');
    // A reference is an edge from its target to the reference's parent.
    assert.ok(
      graph.edges.some((e) => e.from === 'qianhai' && e.to === 'qianhai-claim' && e.relation === 'supports'),
      `no edge qianhai -> qianhai-claim: ${JSON.stringify(graph.edges)}`,
    );
  });

  it('leaves a plain README.md alone: no graph, no argmap diagnostics', async () => {
    const api = await h.api();
    const readme = await h.open('README.md');
    assert.strictEqual(readme.languageId, 'markdown');
    assert.strictEqual(await api.getGraph(readme.uri), null, 'argmap/graph must be null for a non-argument file');
    // Sentinel: once a later-opened argument file has its diagnostics, the server has seen
    // README.md (messages are handled in order). A wrongly analysed README would still be inside
    // its own debounce then, so wait three delays more before an empty list counts as "none".
    const bay = await h.open('fixtures/bay.arg.md');
    await h.until(() => h.argmapDiagnostics(bay.uri).length > 0, 'diagnostics of bay.arg.md');
    const delay = vscode.workspace.getConfiguration('argmap').get('diagnostics.delay', 200);
    await new Promise((resolve) => setTimeout(resolve, 3 * delay + 300));
    assert.deepStrictEqual(h.argmapDiagnostics(readme.uri), []);
    const line = h.lineOf(readme, 'Claim: argmap must');
    assert.ok(!vscode.languages.getDiagnostics(readme.uri).some((d) => d.range.start.line === line && d.source === 'argmap'));
  });
});
