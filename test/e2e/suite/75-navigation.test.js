// @ts-check
'use strict';
// Navigation in the real host, with VS Code's own Markdown extension answering too: argmap's
// answers and the built-in's merge without a doubled or a second, different location.
const assert = require('assert');
const vscode = require('vscode');
const h = require('./helpers');

const A = 'nav/nav-a.arg.md';
const B = 'nav/nav-b.arg.md';

/** @param {import('vscode').Location | import('vscode').LocationLink} l */
const plain = (l) =>
  'targetUri' in l
    ? `${vscode.workspace.asRelativePath(l.targetUri)} ${l.targetRange.start.line}:${l.targetRange.start.character}-${l.targetRange.end.line}:${l.targetRange.end.character}`
    : `${vscode.workspace.asRelativePath(l.uri)} ${l.range.start.line}:${l.range.start.character}-${l.range.end.line}:${l.range.end.character}`;

describe('navigation beside the built-in Markdown features', function () {
  /** @type {import('vscode').TextDocument} */
  let a;
  before(async () => {
    await h.api();
    await h.closeAll();
    a = await h.open(A);
    await h.until(() => vscode.extensions.getExtension('vscode.markdown-language-features')?.isActive, "VS Code's Markdown extension to be active");
  });
  after(h.closeAll);

  it('Go to Definition on `#roads` gives exactly one location: the node', async () => {
    const at = h.positionOf(a, '(#roads)', 3);
    const found = await h.until(async () => {
      /** @type {(import('vscode').Location | import('vscode').LocationLink)[]} */
      const list = (await vscode.commands.executeCommand('vscode.executeDefinitionProvider', a.uri, at)) ?? [];
      return list.length ? list : undefined;
    }, 'a definition');
    assert.deepStrictEqual(found.map(plain), ['nav/nav-a.arg.md 2:0-2:38']);
  });

  it('Find References on a link: each link once, with the destination’s range (the built-in’s collapse)', async () => {
    const at = h.positionOf(a, '(#roads)', 3);
    /** @type {import('vscode').Location[]} */
    const refs = (await vscode.commands.executeCommand('vscode.executeReferenceProvider', a.uri, at)) ?? [];
    const shown = refs.map(plain).sort();
    for (const expected of ['nav/nav-a.arg.md 6:12-6:18', 'nav/nav-a.arg.md 6:31-6:37', 'nav/nav-b.arg.md 2:17-2:35']) {
      assert.ok(shown.includes(expected), `${expected} missing from ${JSON.stringify(shown)}`);
    }
    // No link is listed twice with different ranges: every other entry lies on another line.
    const lines = refs.map((l) => `${vscode.workspace.asRelativePath(l.uri)}:${l.range.start.line}`);
    const onLinkLines = shown.filter((s) => /nav-a\.arg\.md 6:|nav-b\.arg\.md 2:/.test(s));
    assert.deepStrictEqual(onLinkLines, ['nav/nav-a.arg.md 6:12-6:18', 'nav/nav-a.arg.md 6:31-6:37', 'nav/nav-b.arg.md 2:17-2:35'], JSON.stringify(lines));
  });

  it('rename of the id edits `{#id}` and every link in two files; nothing doubled or lost', async () => {
    const originalA = a.getText();
    const b = await vscode.workspace.openTextDocument(h.wsUri(B));
    const originalB = b.getText();
    /** @type {import('vscode').WorkspaceEdit} */
    const edit = await vscode.commands.executeCommand('vscode.executeDocumentRenameProvider', a.uri, h.positionOf(a, '{#roads}', 3), 'highways');
    const entries = edit.entries().map(([uri, edits]) => [vscode.workspace.asRelativePath(uri), edits.length]).sort();
    assert.deepStrictEqual(entries, [['nav/nav-a.arg.md', 3], ['nav/nav-b.arg.md', 1]]);
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.strictEqual(a.getText(), originalA.split('roads)').join('highways)').replace('{#roads}', '{#highways}'));
    assert.strictEqual(b.getText(), originalB.replace('#roads)', '#highways)'));
    await h.until(() => h.argmapDiagnostics(b.uri).every((d) => d.code !== 'broken-reference'), 'no broken reference after the rename');
    // Back, so that the files on disk stay as they were.
    const back = new vscode.WorkspaceEdit();
    back.replace(a.uri, new vscode.Range(0, 0, a.lineCount, 0), originalA);
    back.replace(b.uri, new vscode.Range(0, 0, b.lineCount, 0), originalB);
    assert.ok(await vscode.workspace.applyEdit(back));
    await a.save();
    await b.save();
  });

  it('shows a code lens on the claim', async () => {
    const lenses = await h.until(async () => {
      /** @type {import('vscode').CodeLens[]} */
      const list = (await vscode.commands.executeCommand('vscode.executeCodeLensProvider', a.uri)) ?? [];
      const titles = list.map((l) => l.command?.title);
      return titles.includes('1 evidence · referenced 3×') ? list : undefined;
    }, 'the code lens');
    const lens = lenses.find((l) => l.command?.title === '1 evidence · referenced 3×');
    assert.strictEqual(lens?.range.start.line, 2);
    assert.strictEqual(lens?.command?.command, 'argmap.showReferences');
    // The click: the client turns the JSON arguments into VS Code's types for its references view.
    await vscode.commands.executeCommand(lens.command.command, ...(lens.command.arguments ?? []));
    await vscode.commands.executeCommand('closeReferenceSearch');
  });
});
