// @ts-check
'use strict';
// The map view in the real host (map.md "The map view in VS Code"): the command opens the panel
// beside the editor; the panel is handed the active document's graph and a new one after an edit;
// moving the cursor posts `select`; a click message (`reveal`) from the page reveals and selects the
// node's line; the page's CSP is there; a message outside the allow-list is not acted on. The
// extension host cannot look inside the webview, so the panel's TEST HOOK command
// (client/src/map/panel.ts, MAP_TEST_HOOK_COMMAND) reports what it posted and hands it page messages.
const assert = require('assert');
const vscode = require('vscode');
const h = require('./helpers');

const HOOK = 'argmap.test.mapPanel';
/**
 * @typedef {{ type: string, uri: string, version: number, graph?: { nodes: { id: string, text: string, line: number, parent?: string | null }[], edges: { from: string, to: string, reference?: boolean }[] }, id?: string | null }} Posted
 * @typedef {{ open: boolean, html: string | undefined, posted: { message: Posted, delivered: boolean }[] }} HookState
 */
/** @param {unknown} [fromPage] @returns {Promise<HookState>} */
const hook = async (fromPage) => /** @type {HookState} */ (await vscode.commands.executeCommand(HOOK, fromPage));

/** The map panel's tab, if one is open. */
const mapTab = () =>
  vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('argmap.map'));

describe('map view', function () {
  /** @type {import('vscode').TextDocument} */
  let doc;
  before(async () => {
    await h.api();
    doc = await h.open('fixtures/bay.arg.md');
  });
  after(async () => {
    await h.closeAll();
  });

  /** Waits for a message of `type` about `doc` (at its current version) that the webview took. */
  const untilPosted = (/** @type {string} */ type, /** @type {(m: Posted) => boolean} */ probe = () => true, /** @type {string} */ what = type) =>
    h.until(async () => {
      const state = await hook();
      const hit = state.posted.filter((p) => p.message.type === type && p.message.uri === doc.uri.toString() && p.message.version === doc.version && probe(p.message)).at(-1);
      return hit && hit.delivered && hit.message;
    }, `the map panel to post ${what} for ${doc.uri.path} v${doc.version}`);

  it('opens the panel beside the editor with argmap.showMap, and hands it the active document’s graph', async () => {
    await vscode.commands.executeCommand('argmap.showMap');
    await h.until(() => mapTab(), 'a map panel tab');
    const tab = /** @type {import('vscode').Tab} */ (mapTab());
    assert.strictEqual(tab.label, 'Argument Map');
    assert.notStrictEqual(tab.group.viewColumn, vscode.window.activeTextEditor?.viewColumn, 'the map opened in the editor’s own column');
    const message = await untilPosted('graph');
    assert.ok(message.graph);
    // Exactly the server's graph JSON, with map.md's additions.
    assert.deepStrictEqual(message.graph, await (await h.api()).getGraph(doc.uri));
    assert.deepStrictEqual(
      message.graph.nodes.map((n) => [n.id, n.line, n.parent]),
      [
        ['hub', 5, null],
        ['bureau-count', 7, 'hub'],
        ['qianhai-claim', 8, 'hub'],
        ['shells', 10, 'hub'],
        ['zones', 12, null],
        ['qianhai', 14, 'zones'],
        ['rents', 16, null],
      ],
    );
    assert.deepStrictEqual(
      message.graph.edges.filter((e) => e.reference).map((e) => [e.from, e.to]),
      [['qianhai', 'qianhai-claim']],
    );
  });

  it('has the Content-Security-Policy of map.md in its page', async () => {
    const { html } = await hook();
    assert.ok(html);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1];
    assert.ok(csp, 'no CSP meta in the page');
    assert.match(csp, /(^|; )default-src 'none'(;|$)/);
    assert.match(csp, /(^|; )script-src 'nonce-[0-9a-f]{32}'(;|$)/);
    assert.doesNotMatch(csp, /unsafe-/);
    // Styles and images only from the webview's own origin (VS Code's cspSource), never any source.
    assert.doesNotMatch(csp, /(^|\s)\*(\s|;|$)/);
    const nonce = /'nonce-([0-9a-f]+)'/.exec(csp)?.[1];
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    assert.strictEqual(scripts.length, 1);
    assert.ok(scripts[0].includes(`nonce="${nonce}"`), 'the one script does not carry the nonce');
  });

  it('posts `select` with the node under the cursor', async () => {
    const editor = await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One });
    editor.selection = new vscode.Selection(14, 3, 14, 3); // in "Evidence: Qianhai's output grew 35%…"
    await untilPosted('select', (m) => m.id === 'qianhai', 'select qianhai');
    editor.selection = new vscode.Selection(2, 0, 2, 0); // prose before every node
    await untilPosted('select', (m) => m.id === null, 'select null');
  });

  it('reveals and selects the node’s line for a click message from the page', async () => {
    const editor = await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One });
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await hook({ type: 'reveal', uri: doc.uri.toString(), version: doc.version, id: 'shells', line: 10 });
    const active = await h.until(() => vscode.window.activeTextEditor?.document === doc && vscode.window.activeTextEditor, 'the editor of bay.arg.md');
    await h.until(() => active.selection.start.line === 10, 'the selection to move to line 10');
    assert.deepStrictEqual(
      [active.selection.start.line, active.selection.start.character, active.selection.end.line, active.selection.end.character],
      [10, 0, 10, doc.lineAt(10).text.length],
    );
  });

  it('acts on no message outside the allow-list, nor on one for another document', async () => {
    const editor = await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One });
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const uri = doc.uri.toString();
    const before = vscode.workspace.textDocuments.map((d) => d.uri.toString()).sort();
    const hostile = [
      { type: 'openFile', uri, version: doc.version, path: '/etc/passwd' },
      { type: 'executeCommand', uri, version: doc.version, command: 'workbench.action.closeAllEditors' },
      { type: 'reveal', uri: h.wsUri('fixtures/cross-a.arg.md').toString(), version: 1, id: 'x', line: 0 },
      { type: 'reveal', uri, version: doc.version, id: 'shells', line: -1 },
      { type: 'reveal', uri, version: doc.version, id: 'shells', line: '10' },
      { type: 'reveal', version: doc.version, id: 'shells', line: 10 },
      'reveal',
      null,
    ];
    for (const message of hostile) await hook(message);
    assert.strictEqual(vscode.window.activeTextEditor?.document, doc);
    assert.deepStrictEqual([editor.selection.start.line, editor.selection.end.line], [0, 0], 'a refused message moved the selection');
    assert.deepStrictEqual(vscode.workspace.textDocuments.map((d) => d.uri.toString()).sort(), before, 'a refused message opened a document');
    assert.ok(mapTab(), 'a refused message closed the map');
  });

  it('hands the panel the new graph after an edit, for the new version', async () => {
    const line = doc.lineAt(16); // "Claim: Rents keep rising in Futian. {#rents}"
    const at = line.text.indexOf('. {#rents}');
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, new vscode.Position(16, at), ' and Nanshan');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const message = await untilPosted('graph', (m) => !!m.graph?.nodes.some((n) => n.text === 'Rents keep rising in Futian and Nanshan.'), 'the edited graph');
    assert.strictEqual(message.graph?.nodes.length, 7);
    await vscode.commands.executeCommand('undo');
    await untilPosted('graph', (m) => !!m.graph?.nodes.some((n) => n.text === 'Rents keep rising in Futian.'), 'the graph after undo');
  });
});
