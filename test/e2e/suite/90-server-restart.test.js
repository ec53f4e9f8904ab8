// @ts-check
'use strict';
// The language server dies (SIGKILL): the client starts a new one and diagnostics work again.
const assert = require('assert');
const cp = require('child_process');
const path = require('path');
const vscode = require('vscode');
const h = require('./helpers');

/** Pids of the language servers (dist/server.js) that this extension host started. */
function serverPids() {
  const server = path.join(h.extension().extensionPath, 'dist', 'server.js');
  const out = cp.execFileSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' });
  return out
    .split('\n')
    .map((l) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(l))
    .flatMap((m) => (m && +m[2] === process.pid && m[3].includes(server) ? [+m[1]] : []));
}

describe('server restart', function () {
  after(h.closeAll);

  it('a killed server is restarted and diagnostics come back', async () => {
    const api = await h.api();
    const doc = await h.open('fixtures/bay.arg.md');
    const original = doc.getText();
    const initial = await h.until(() => h.argmapDiagnostics(doc.uri).length && h.argmapDiagnostics(doc.uri), 'diagnostics before the kill');
    const [pid] = await h.until(() => serverPids().length === 1 && serverPids(), 'exactly one dist/server.js child of this extension host');

    // The client may keep the old server's diagnostics on screen, so "they are there" proves
    // nothing: count the collection's changes for this file from the kill on (SIGKILL: the old
    // server cannot publish again).
    let changesAfterDeath = 0;
    let dead = false;
    const listener = vscode.languages.onDidChangeDiagnostics((e) => {
      if (dead && e.uris.some((u) => u.toString() === doc.uri.toString())) changesAfterDeath++;
    });
    process.kill(pid, 'SIGKILL');
    dead = true;
    await h.until(() => { try { process.kill(pid, 0); return false; } catch { return true; } }, `server ${pid} to die`);
    const [next] = await h.until(() => { const p = serverPids(); return p.length === 1 && p[0] !== pid && p; }, 'a new server process', 30000);
    assert.notStrictEqual(next, pid);
    if (api.client && typeof api.client.isRunning === 'function') {
      await h.until(() => api.client?.isRunning(), 'the client to be running again');
    }
    await h.until(() => changesAfterDeath > 0, 'the new server to publish the open file', 30000);
    listener.dispose();
    await h.untilDiagnostics(doc.uri, initial, 'the diagnostics to come back', 30000);

    // The new server analyses edits: a new unsupported claim appears, and goes with undo.
    const editor = await vscode.window.showTextDocument(doc);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, doc.lineAt(doc.lineCount - 1).range.end, '\nClaim: Written after the restart.\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const line = h.lineOf(doc, 'Claim: Written after the restart.');
    const fresh = { code: 'unsupported-claim', severity: 'warning', range: [line, 0, line, doc.lineAt(line).text.length], message: '' };
    await h.untilDiagnostics(doc.uri, [...initial, fresh], 'the new server to analyse an edit');
    assert.strictEqual(vscode.window.activeTextEditor, editor);
    await vscode.commands.executeCommand('undo');
    await h.until(() => doc.getText() === original, 'undo');
    await h.untilDiagnostics(doc.uri, initial, 'the diagnostics after undo');
  });
});
