// @ts-check
'use strict';
// The status words and icons of the Argument view as VS Code is given them (getTreeItem), on the
// e2e fixture and on a file with every status; and argmap's outline listed before VS Code's own.
const assert = require('assert');
const vscode = require('vscode');
const h = require('./helpers');

/** @typedef {import('./helpers').ViewItem} ViewItem */
/** @typedef {import('./helpers').ArgumentView & { getTreeItem(item: ViewItem): import('vscode').TreeItem }} View */

const INFO = 'problemsInfoIcon.foreground';
const WARNING = 'problemsWarningIcon.foreground';
const PASSED = 'testing.iconPassed';

/** Every item, depth first, as [label, description, icon id, icon colour id]. */
function rendered(/** @type {View} */ view, /** @type {readonly ViewItem[]} */ items) {
  /** @type {[unknown, unknown, string, string | undefined][]} */
  const out = [];
  const walk = (/** @type {readonly ViewItem[]} */ list) =>
    list.forEach((item) => {
      const t = view.getTreeItem(item);
      assert.ok(t.iconPath instanceof vscode.ThemeIcon, `${item.label}: the icon is not a theme icon`);
      out.push([t.label, t.description, t.iconPath.id, t.iconPath.color?.id]);
      walk(item.children);
    });
  walk(items);
  return out;
}

describe('status words in the Argument view', function () {
  /** @type {View} */
  let view;
  before(async () => {
    view = /** @type {View} */ ((await h.api()).argumentView);
    assert.strictEqual(typeof view.getTreeItem, 'function', 'the API has no getTreeItem');
  });
  after(h.closeAll);

  const untilView = (/** @type {import('vscode').Uri} */ uri, /** @type {number} */ roots) =>
    h.until(() => String(view.uri) === String(uri) && view.items.length === roots && view.items, `the view to show ${uri.path}`);

  it('renders the fixture with its words, icons and colours, and a legend in each tooltip', async () => {
    const doc = await h.open('fixtures/bay.arg.md');
    const items = await untilView(doc.uri, 3);
    assert.deepStrictEqual(rendered(view, items), [
      ['Shenzhen hosts over 9,200 high-tech companies.', 'claim · supported · contested', 'comment-unresolved', INFO],
      ['The municipal bureau counted 9,200 high-tech companies in 2023.', 'evidence · cited', 'book', PASSED],
      ['Qianhai is the fastest growing zone.', 'claim · supported', 'pass', PASSED],
      ["Qianhai's output grew 35% in one year.", 'evidence · cited', 'book', PASSED],
      ['Many of these firms are shell registrations.', 'challenge · open · unsupported', 'comment', INFO],
      ['The special zones drive the growth.', 'claim · supported', 'pass', PASSED],
      ["Qianhai's output grew 35% in one year.", 'evidence · cited', 'book', PASSED],
      ['Rents keep rising in Futian.', 'claim · unsupported', 'warning', WARNING],
    ]);
    const tooltip = (/** @type {ViewItem} */ item) => view.getTreeItem(item).tooltip;
    assert.strictEqual(tooltip(items[2]), 'Claim: unsupported\n  unsupported: nothing cited backs it yet\n\nRents keep rising in Futian.\n\nLine 17');
    assert.strictEqual(
      tooltip(items[0].children[2]),
      'Challenge: open, unsupported\n  open: no rebuttal answers it yet\n  unsupported: nothing cited backs it yet\n\nMany of these firms are shell registrations.\n\nLine 11',
    );
    assert.match(String(tooltip(items[0])), /^Claim: supported, contested\n {2}supported: .+\n {2}contested: a challenge against it stands unanswered\n\nShenzhen hosts/);
  });

  it('says answered, uncited and contested evidence in a file with every status, never with the error icon', async () => {
    const uri = h.wsUri('status-words-e2e.arg.md');
    const text = [
      'Claim: Parks cool cities. {#parks}',
      '',
      '- Evidence: Shade lowers heat.[^s]',
      '  - Challenge: The shade study is old.',
      '- Evidence: Trees cut noise.',
      '- Challenge: Parks take land. {#land}',
      '  - Evidence: The land survey.[^s]',
      '  - Rebuttal: Rooftop parks take no land.',
      '',
      '[^s]: City heat study, 2021.',
      '',
    ].join('\n');
    await vscode.workspace.fs.writeFile(uri, Buffer.from(text, 'utf8'));
    try {
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(doc, { preview: false });
      const items = await untilView(doc.uri, 1);
      assert.deepStrictEqual(rendered(view, items), [
        ['Parks cool cities.', 'claim · supported', 'pass', PASSED],
        ['Shade lowers heat.', 'evidence · cited · contested', 'comment-unresolved', INFO],
        ['The shade study is old.', 'challenge · open · unsupported', 'comment', INFO],
        ['Trees cut noise.', 'evidence · uncited', 'warning', WARNING],
        ['Parks take land.', 'challenge · answered · supported', 'comment-discussion', undefined],
        ['The land survey.', 'evidence · cited', 'book', PASSED],
        ['Rooftop parks take no land.', 'challenge · open · unsupported', 'comment', INFO],
      ]);
    } finally {
      await h.closeAll();
      await vscode.workspace.fs.delete(uri);
    }
  });

  it("lists argmap's outline before VS Code's Markdown headings", async () => {
    const doc = await h.open('fixtures/bay.arg.md');
    /** @type {import('vscode').DocumentSymbol[]} */
    const symbols = await h.until(async () => {
      /** @type {import('vscode').DocumentSymbol[] | undefined} */
      const s = await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', doc.uri);
      return s && s.some((x) => (x.children ?? []).some((c) => c.detail.startsWith('claim'))) ? s : undefined;
    }, "argmap's symbols");
    // Both trees: argmap's first (its group for the prose heading holds the root claims), then
    // VS Code's Markdown headings (named with their `#`, no children here), as docs/status-words.md says.
    assert.deepStrictEqual(
      symbols.map((s) => [s.name, s.children.length]),
      [['Trade in the bay', 3], ['# Trade in the bay', 0]],
    );
    assert.strictEqual(symbols[0].children[0]?.name, 'Shenzhen hosts over 9,200 high-tech companies.');
  });
});
