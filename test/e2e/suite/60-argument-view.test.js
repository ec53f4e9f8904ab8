// @ts-check
'use strict';
// The Argument view (Explorer), read through the API: it follows the active editor and the
// text being typed.
const assert = require('assert');
const vscode = require('vscode');
const h = require('./helpers');

/** @typedef {import('./helpers').ViewItem} ViewItem */
const labels = (/** @type {readonly ViewItem[]} */ items) => items.map((i) => i.label);

describe('Argument view', function () {
  /** @type {import('./helpers').ArgumentView} */
  let view;
  before(async () => {
    view = (await h.api()).argumentView;
    assert.ok(view && 'items' in view && typeof view.refresh === 'function', 'the API has no usable argumentView');
  });
  after(h.closeAll);

  /** Waits until the view shows `uri` and `probe(items)` holds. */
  /** @type {(uri: import('vscode').Uri, probe: (items: readonly ViewItem[]) => boolean, what: string) => Promise<readonly ViewItem[]>} */
  const untilView = (uri, probe, what) =>
    h.until(() => String(view.uri) === String(uri) && probe(view.items) && view.items, what);

  it('shows the argument of the active file, nodes under their parents', async () => {
    const doc = await h.open('fixtures/bay.arg.md');
    const items = await untilView(doc.uri, (it) => it.length > 0, 'the view to show bay.arg.md');
    assert.deepStrictEqual(labels(items), [
      'Shenzhen hosts over 9,200 high-tech companies.',
      'The special zones drive the growth.',
      'Rents keep rising in Futian.',
    ]);
    const [hub, zones, rents] = items;
    assert.deepStrictEqual(labels(hub.children), [
      'The municipal bureau counted 9,200 high-tech companies in 2023.',
      'Qianhai is the fastest growing zone.',
      'Many of these firms are shell registrations.',
    ]);
    assert.deepStrictEqual(hub.children.map((c) => c.relation), ['supports', 'supports', 'attacks']);
    // A reference puts its target under the reference's parent.
    assert.deepStrictEqual(labels(hub.children[1].children), ["Qianhai's output grew 35% in one year."]);
    assert.deepStrictEqual(labels(zones.children), ["Qianhai's output grew 35% in one year."]);
    assert.match(hub.description, /^claim · supported · contested$/);
    assert.match(rents.description, /^claim · unsupported$/);
    assert.match(hub.children[0].description, /^evidence · cited$/);
    assert.match(hub.tooltip, /9,200/);
  });

  it('follows the active editor, across files, and empties for a non-argument file', async () => {
    const a = await h.open('fixtures/cross-a.arg.md');
    const items = await untilView(a.uri, (it) => it.length === 1 && it[0].label === 'The survey backs the plan.', 'the view to show cross-a');
    // The node of the other file is a leaf named as the graph names it (the client lists it after local children).
    assert.deepStrictEqual(labels(items[0].children).sort(), ['The sample was small.', 'cross-b.arg.md#survey']);
    const readme = await h.open('README.md');
    await h.until(() => view.uri === undefined && view.items.length === 0, `the view to empty for README.md (shows ${view.uri})`);
    assert.ok(readme);
  });

  it('follows typing: a claim becomes supported, and unsupported again on undo', async () => {
    const doc = await h.open('fixtures/bay.arg.md');
    const rentsOf = (/** @type {readonly ViewItem[]} */ items) => items.find((i) => i.label === 'Rents keep rising in Futian.');
    await untilView(doc.uri, (it) => rentsOf(it)?.description === 'claim · unsupported', 'rents unsupported in the view');
    const original = doc.getText();
    const line = h.lineOf(doc, 'Claim: Rents keep');
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, doc.lineAt(line).range.end, '\n\n- Evidence: Listings rose in a year.[^rent]');
    edit.insert(doc.uri, doc.lineAt(doc.lineCount - 1).range.end, '[^rent]: Centaline Property, rent index 2024.\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const items = await untilView(doc.uri, (it) => rentsOf(it)?.description === 'claim · supported', 'rents supported in the view');
    assert.deepStrictEqual(labels(rentsOf(items)?.children ?? []), ['Listings rose in a year.']);
    await vscode.commands.executeCommand('undo');
    await h.until(() => doc.getText() === original, 'undo');
    await untilView(doc.uri, (it) => rentsOf(it)?.description === 'claim · unsupported' && rentsOf(it)?.children.length === 0, 'rents unsupported again');
  });
});
