// @ts-check
'use strict';
// Editing a document: diagnostics follow the buffer (not the disk), and undo brings them back.
const assert = require('assert');
const vscode = require('vscode');
const h = require('./helpers');

const FILE = 'fixtures/bay.arg.md';

describe('typing', function () {
  /** @type {import('vscode').TextDocument} */
  let doc;
  /** @type {string} */
  let original;
  /** @type {number} */
  let rentsLine;
  /** @type {import('./helpers').Finding} */
  let challenge;
  /** @type {import('./helpers').Finding} */
  let rents;
  before(async () => {
    await h.api();
    doc = await h.open(FILE);
    original = doc.getText();
    rentsLine = h.lineOf(doc, 'Claim: Rents keep');
    rents = { code: 'unsupported-claim', severity: 'warning', range: [rentsLine, 0, rentsLine, doc.lineAt(rentsLine).text.length] };
    const cl = h.lineOf(doc, '- Challenge: Many');
    challenge = { code: 'unanswered-challenge', severity: 'information', range: [cl, 2, cl, doc.lineAt(cl).text.length] };
  });
  after(h.closeAll);

  it('cited evidence added under an unsupported claim removes its unsupported-claim; undo restores it', async () => {
    await h.untilDiagnostics(doc.uri, [challenge, rents], 'the initial diagnostics');
    const editor = await vscode.window.showTextDocument(doc);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, doc.lineAt(rentsLine).range.end, '\n\n- Evidence: Listings in Futian rose 8% in a year.[^rent]');
    edit.insert(doc.uri, doc.lineAt(doc.lineCount - 1).range.end, '[^rent]: Centaline Property, rent index 2024.\n');
    assert.ok(await vscode.workspace.applyEdit(edit), 'applyEdit failed');
    assert.ok(doc.isDirty);
    await h.untilDiagnostics(doc.uri, [challenge], 'unsupported-claim to go away after the edit');

    assert.strictEqual(vscode.window.activeTextEditor, editor);
    await vscode.commands.executeCommand('undo');
    await h.until(() => doc.getText() === original, 'undo to restore the text');
    await h.untilDiagnostics(doc.uri, [challenge, rents], 'unsupported-claim to come back after undo');
  });

  it('characters typed in the editor are analysed as they come', async () => {
    const editor = await vscode.window.showTextDocument(doc);
    await h.untilDiagnostics(doc.uri, [challenge, rents], 'the initial diagnostics');
    const end = doc.lineAt(doc.lineCount - 1).range.end;
    editor.selection = new vscode.Selection(end, end);
    for (const text of ['\n', 'Claim: Typed in ', 'the editor ', 'today.']) {
      await vscode.commands.executeCommand('type', { text });
    }
    const line = h.lineOf(doc, 'Claim: Typed in the editor today.');
    const typed = { code: 'unsupported-claim', severity: 'warning', range: [line, 0, line, doc.lineAt(line).text.length] };
    await h.untilDiagnostics(doc.uri, [challenge, rents, typed], 'a diagnostic on the typed claim');
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await h.until(() => doc.getText() === original && !doc.isDirty, 'revert');
    await h.untilDiagnostics(doc.uri, [challenge, rents], 'the typed claim to go away after revert');
  });
});
