// @ts-check
'use strict';
const assert = require('assert');
const path = require('path');
const vscode = require('vscode');

describe('host', () => {
  it('runs in VS Code 1.139 with the argmap extension under test loaded', () => {
    assert.match(vscode.version, /^1\.139\./);
    const ext = vscode.extensions.getExtension('argmap.argmap');
    assert.ok(ext, 'argmap.argmap is not loaded');
    const expected = process.env.E2E_EXPECT_EXTENSION;
    assert.ok(expected, 'run.sh did not say which extension is under test (E2E_EXPECT_EXTENSION)');
    if (process.env.E2E_MODE === 'vsix') {
      // Installed from the .vsix: a folder of the extensions dir, never the repo's sources.
      assert.strictEqual(path.dirname(ext.extensionPath), expected, 'argmap was not loaded from the installed .vsix');
      assert.strictEqual(ext.extensionKind, vscode.ExtensionKind.Workspace);
    } else {
      assert.strictEqual(ext.extensionPath, expected, 'not the extension folder under test');
    }
    assert.ok(vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders.length === 1);
  });
});
