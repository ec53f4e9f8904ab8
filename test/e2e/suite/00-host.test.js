// @ts-check
'use strict';
const assert = require('assert');
const vscode = require('vscode');

describe('host', () => {
  it('runs in VS Code 1.139 with the argmap extension in development mode', () => {
    assert.match(vscode.version, /^1\.139\./);
    const ext = vscode.extensions.getExtension('argmap.argmap');
    assert.ok(ext, 'argmap.argmap is not loaded');
    if (process.env.E2E_REPO) assert.strictEqual(ext.extensionPath, process.env.E2E_REPO, 'not the repo under test');
    assert.ok(vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders.length === 1);
  });
});
