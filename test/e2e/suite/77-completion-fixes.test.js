// @ts-check
'use strict';
// Completion and quick fixes in the real host, with VS Code's own Markdown extension active:
// completion after `](#` lists argmap's ids ranked first, and a quick fix applied through the
// workspace edit changes the diagnostics (a scaffold adds its stub's warning, a completing fix
// drops the problem count).
const assert = require('assert');
const vscode = require('vscode');
const h = require('./helpers');

const FILE = 'completion-fixes-e2e.arg.md';
const TEXT = [
  'Claim: Rents are low. {#rents}', // 0
  '- Evidence: A survey.[^survey]', // 1: uncited, undefined-footnote
  '', // 2
  'Claim: Offices are empty. {#offices}', // 3: unsupported
  '', // 4
  'See [the claim](#', // 5: being typed
  '',
  '## Notes', // 7: a heading, so VS Code's Markdown offers its fragment `#notes` too
  '',
].join('\n');

/**
 * The argmap quick fix titled `title` for the argmap diagnostic `code` on `line`.
 * @param {import('vscode').Uri} uri
 * @param {string} code
 * @param {number} line
 * @param {string} title
 */
async function quickFix(uri, code, line, title) {
  const d = vscode.languages.getDiagnostics(uri).find((x) => x.source === 'argmap' && h.codeOf(x) === code && x.range.start.line === line);
  assert.ok(d, `no ${code} on line ${line}`);
  /** @type {import('vscode').CodeAction[]} */
  const actions = (await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, d.range, vscode.CodeActionKind.QuickFix.value)) ?? [];
  const action = actions.find((a) => a.title === title);
  assert.ok(action, `no "${title}" among: ${actions.map((a) => a.title).join(' | ')}`);
  assert.ok(action.kind && vscode.CodeActionKind.QuickFix.contains(action.kind), `kind ${action.kind?.value}`);
  assert.ok(action.edit, 'the fix has no edit');
  return action;
}

describe('completion and quick fixes', function () {
  /** @type {import('vscode').Uri} */
  let uri;
  /** @type {import('vscode').TextDocument} */
  let doc;
  before(async () => {
    await h.api();
    uri = h.wsUri(FILE);
    await vscode.workspace.fs.writeFile(uri, Buffer.from(TEXT, 'utf8'));
    doc = await h.open(FILE);
    await h.until(() => h.argmapDiagnostics(doc.uri).length >= 4, 'the server to analyse the file');
  });
  after(async () => {
    await h.closeAll();
    await vscode.workspace.fs.delete(uri);
  });

  it('completion after ](# lists the ids of the file, argmap\'s ranked first and none twice', async () => {
    const label = (/** @type {import('vscode').CompletionItem} */ i) => (typeof i.label === 'string' ? i.label : i.label.label);
    // VS Code's Markdown server starts lazily: ask until its heading fragment `#notes` is there too.
    const list = await h.until(async () => {
      /** @type {import('vscode').CompletionList} */
      const l = await vscode.commands.executeCommand('vscode.executeCompletionItemProvider', uri, new vscode.Position(5, 17), '#');
      return l.items.some((i) => label(i) === '#notes') && l;
    }, 'VS Code\'s Markdown to offer #notes beside argmap\'s ids');
    const ids = list.items.filter((i) => label(i) === 'rents' || label(i) === 'offices');
    assert.deepEqual(ids.map(label).sort(), ['offices', 'rents'], `items: ${list.items.map(label).join(', ')}`);
    // VS Code's suggest list orders items that match the typed `#` alike by sort key (sortText,
    // else the label): argmap's ids must match it and sort before every item of the built-in.
    const key = (/** @type {import('vscode').CompletionItem} */ i) => i.sortText ?? label(i);
    const others = list.items.filter((i) => !ids.includes(i));
    for (const i of ids) {
      assert.equal(i.detail, 'claim');
      assert.ok(i.filterText?.startsWith('#'), `${label(i)} does not match the typed '#': ${i.filterText}`);
      for (const o of others) assert.ok(key(i) < key(o), `${label(i)} (${key(i)}) sorts after ${label(o)} (${key(o)})`);
    }
  });

  it('the unsupported claim\'s fix adds an evidence stub: the diagnostics update with its warning', async () => {
    const action = await quickFix(uri, 'unsupported-claim', 3, 'Add evidence under this claim');
    assert.ok(await vscode.workspace.applyEdit(/** @type {import('vscode').WorkspaceEdit} */ (action.edit)), 'applyEdit failed');
    assert.equal(doc.lineAt(4).text, '- Evidence: …');
    await h.until(
      () => vscode.languages.getDiagnostics(uri).some((d) => h.codeOf(d) === 'uncited-evidence' && d.range.start.line === 4),
      'the stub\'s uncited-evidence',
    );
  });

  it('a completing fix (define the footnote) drops the problem count', async () => {
    const before = h.argmapDiagnostics(uri).length;
    const action = await quickFix(uri, 'undefined-footnote', 1, 'Define [^survey]');
    assert.ok(await vscode.workspace.applyEdit(/** @type {import('vscode').WorkspaceEdit} */ (action.edit)), 'applyEdit failed');
    await h.until(() => h.argmapDiagnostics(uri).length < before && !h.argmapDiagnostics(uri).some((d) => d.code === 'undefined-footnote'), 'the problem count to drop');
  });
});
