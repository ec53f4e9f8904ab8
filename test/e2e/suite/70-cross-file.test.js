// @ts-check
'use strict';
// References into another file: resolved from disk or from the open buffer, and followed
// when the target file changes.
const assert = require('assert');
const vscode = require('vscode');
const h = require('./helpers');

const A = 'fixtures/cross-a.arg.md';
const B = 'fixtures/cross-b.arg.md';

describe('cross-file references', function () {
  /** @type {import('vscode').TextDocument} */
  let a;
  /** @type {import('./helpers').Finding} */
  let small;
  before(async () => {
    await h.api();
    await h.closeAll();
    a = await h.open(A);
    const line = h.lineOf(a, '- Challenge: The sample');
    // The one diagnostic of cross-a: an unanswered challenge. Seeing exactly it means the
    // server has analysed the file and found no broken-reference and no unsupported claim.
    small = { code: 'unanswered-challenge', severity: 'information', range: [line, 2, line, a.lineAt(line).text.length] };
  });
  after(h.closeAll);

  it('a reference and a heading link into another file resolve (no broken-reference)', async () => {
    await h.untilDiagnostics(a.uri, [small], 'cross-a.arg.md to have only its unanswered challenge');
    const graph = await (await h.api()).getGraph(a.uri);
    assert.ok(graph, 'no graph for cross-a.arg.md');
    assert.ok(
      graph.edges.some((e) => e.from === 'cross-b.arg.md#survey' && e.to === 'plan' && e.relation === 'supports'),
      `no edge cross-b.arg.md#survey -> plan: ${JSON.stringify(graph.edges)}`,
    );
    assert.strictEqual(graph.nodes.find((n) => n.id === 'plan')?.status, 'supported');
  });

  it('hover on the cross-file reference shows its target', async () => {
    const { text } = await h.hoverAt(a.uri, h.positionOf(a, '[the survey]', 3));
    assert.ok(text.includes('A survey of 1,000 residents found 62% in favour'), `hover: ${text}`);
  });

  it('renaming the target id in the other file breaks the reference; undoing it mends it', async () => {
    await h.untilDiagnostics(a.uri, [small], 'the initial state');
    const b = await h.open(B);
    const original = b.getText();
    const refLine = h.lineOf(a, '- Evidence: [the survey]');
    const at = h.positionOf(b, '{#survey}', 2);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(b.uri, new vscode.Range(at, at.translate(0, 'survey'.length)), 'survey-renamed');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.ok(b.getText().includes('{#survey-renamed}'));
    await h.until(
      () => h.argmapDiagnostics(a.uri).some((d) => d.code === 'broken-reference' && d.range[0] === refLine && d.severity === 'error'),
      'broken-reference on the referring line of cross-a.arg.md',
    );
    // The renamed id is still a fine node in its own file.
    assert.ok(!h.argmapDiagnostics(b.uri).some((d) => d.code === 'broken-reference'));

    const back = new vscode.WorkspaceEdit();
    const at2 = h.positionOf(b, '{#survey-renamed}', 2);
    back.replace(b.uri, new vscode.Range(at2, at2.translate(0, 'survey-renamed'.length)), 'survey');
    assert.ok(await vscode.workspace.applyEdit(back));
    assert.strictEqual(b.getText(), original);
    await h.untilDiagnostics(a.uri, [small], 'the reference to resolve again');
  });
});
