// @ts-check
'use strict';
// "argmap: Check All Argument Files" (argmap.checkWorkspace) and argmap.diagnostics.scope in
// the real host (spec editing.md, The workspace): a file never opened gets its diagnostics in
// the Problems panel; under the scope `workspace` a file created or changed on disk, still
// closed, is published and kept up to date; back to `open`, what the command did not ask for
// is cleared. Expected ranges are worked out from argument-markdown.md: a claim with nothing
// under it is unsupported from its label to the end of its line; a link to an id that does
// not exist is a broken reference from the node's label to the end of its line.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const vscode = require('vscode');
const h = require('./helpers');

const DIR = 'check-ws';
/** 36 characters: the label starts at 2. */
const TAXES = '# Claim: Taxes should fall. {#taxes}\n';
/** 36 characters too. */
const RENTS = '# Claim: Rents should fall. {#rents}\n';
/** Line 0 is 38 characters; line 2, `- Evidence: [the survey](survey.arg.md#survey)`, 46. */
const PLAN = '# Claim: The plan has support. {#plan}\n\n- Evidence: [the survey](survey.arg.md#survey)\n';
const SURVEY = '# Claim: Residents want the plan. {#residents}\n\n- Evidence: The city survey found most residents in favour.[^s] {#survey}\n\n[^s]: City survey office, report 7.\n';
const SUPPORTED = '\n- Evidence: The city survey found most residents against them.[^s]\n\n[^s]: City survey office, report 8.\n';

/** @param {number} end */
const unsupported = (end) => /** @type {import('./helpers').Finding} */ ({ code: 'unsupported-claim', severity: 'warning', range: [0, 2, 0, end] });
const BROKEN = /** @type {import('./helpers').Finding} */ ({ code: 'broken-reference', severity: 'error', range: [2, 2, 2, 46] });

/** @param {string} rel */
const fileOf = (rel) => path.join(h.workspaceRoot().fsPath, DIR, rel);
/** @param {string} rel */
const uriOf = (rel) => vscode.Uri.file(fileOf(rel));

/** @param {string} rel @param {string} text */
function write(rel, text) {
  fs.mkdirSync(path.dirname(fileOf(rel)), { recursive: true });
  fs.writeFileSync(fileOf(rel), text);
}

/** @param {string | undefined} value */
async function setScope(value) {
  await vscode.workspace.getConfiguration('argmap').update('diagnostics.scope', value, vscode.ConfigurationTarget.Global);
}

describe('check all argument files, and the workspace scope', function () {
  before(async () => {
    await h.api();
    await h.closeAll();
    write('taxes.arg.md', TAXES);
    write('plan.arg.md', PLAN);
    write('survey.arg.md', SURVEY);
  });
  after(async () => {
    await setScope(undefined);
    fs.rmSync(path.join(h.workspaceRoot().fsPath, DIR), { recursive: true, force: true });
  });

  it('publishes the diagnostics of files never opened', async () => {
    const taxes = uriOf('taxes.arg.md');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === taxes.toString()), 'taxes.arg.md is not open');
    assert.deepStrictEqual(h.argmapDiagnostics(taxes), [], 'nothing before the command (scope open)');
    // The files were written after the index was built: the watcher tells the server of them; the command is run until it has.
    await h.until(async () => {
      await vscode.commands.executeCommand('argmap.checkWorkspace');
      return h.argmapDiagnostics(taxes).length > 0;
    }, 'argmap.checkWorkspace to publish taxes.arg.md');
    await h.untilDiagnostics(taxes, [unsupported(36)], 'taxes.arg.md: its unsupported claim');
    await h.untilDiagnostics(uriOf('plan.arg.md'), [], 'plan.arg.md: clean (its evidence resolves into survey.arg.md)');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === taxes.toString()), 'the command opened no document');
  });

  it('under the scope workspace, keeps closed files published as they are created and change on disk', async () => {
    await setScope('workspace');
    write('rents.arg.md', RENTS);
    await h.untilDiagnostics(uriOf('rents.arg.md'), [unsupported(36)], 'a new closed file, published without the command');
    // A closed file that changes: its own diagnostics follow.
    write('rents.arg.md', RENTS + SUPPORTED);
    await h.untilDiagnostics(uriOf('rents.arg.md'), [], 'rents.arg.md, now supported by cited evidence');
    // A closed file whose referenced file changes: plan.arg.md was not touched, its reference breaks.
    write('survey.arg.md', SURVEY.replace(' {#survey}', ''));
    await h.untilDiagnostics(uriOf('plan.arg.md'), [unsupported(38), BROKEN], 'plan.arg.md once survey.arg.md lost the id it links to');
    write('rents.arg.md', RENTS);
    await h.untilDiagnostics(uriOf('rents.arg.md'), [unsupported(36)], 'rents.arg.md unsupported again');
  });

  it('back to the scope open, clears what the command did not ask for and keeps what it did', async () => {
    await setScope('open');
    await h.untilDiagnostics(uriOf('rents.arg.md'), [], 'rents.arg.md (created after the command) cleared');
    await h.untilDiagnostics(uriOf('taxes.arg.md'), [unsupported(36)], 'taxes.arg.md, asked for by the command, still published');
  });
});
