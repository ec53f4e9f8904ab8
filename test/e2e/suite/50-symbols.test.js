// @ts-check
'use strict';
// Document symbols (the Outline): the argument tree, with kind and status in `detail`.
const assert = require('assert');
const vscode = require('vscode');
const h = require('./helpers');

const FILE = 'fixtures/bay.arg.md';

describe('document symbols', function () {
  /** @typedef {import('vscode').DocumentSymbol} DocSymbol */
  /** @type {import('vscode').TextDocument} */
  let doc;
  /** @type {DocSymbol[]} */
  let symbols;
  const all = () => {
    /** @type {{ s: DocSymbol, parent: DocSymbol | null }[]} */
    const out = [];
    /** @type {(list: DocSymbol[], parent: DocSymbol | null) => void} */
    const walk = (list, parent) => list.forEach((s) => { out.push({ s, parent }); walk(s.children ?? [], s); });
    walk(symbols, null);
    return out;
  };
  const find = (/** @type {string} */ name) => all().find((x) => x.s.name === name) ?? assert.fail(`no symbol "${name}" in ${JSON.stringify(all().map((x) => x.s.name))}`);

  before(async () => {
    await h.api();
    doc = await h.open(FILE);
    symbols = await h.until(async () => {
      /** @type {DocSymbol[] | undefined} */
      const s = await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', doc.uri);
      // Other providers (VS Code's Markdown) may answer too; wait for argmap's nodes.
      return s && hasNode(s) ? s : undefined;
    }, 'document symbols with argmap nodes');
  });
  after(h.closeAll);

  /**
   * @param {DocSymbol[]} list
   * @returns {boolean}
   */
  function hasNode(list) {
    return list.some((s) => s.name === 'Shenzhen hosts over 9,200 high-tech companies.' || hasNode(s.children ?? []));
  }

  it('gives a tree of nodes under their parents, prose headings as groups', () => {
    const hub = find('Shenzhen hosts over 9,200 high-tech companies.');
    assert.strictEqual(hub.parent && hub.parent.name, 'Trade in the bay', 'the claim is not under its prose heading');
    const children = (hub.s.children ?? []).map((c) => c.name);
    assert.deepStrictEqual(children, [
      'The municipal bureau counted 9,200 high-tech companies in 2023.',
      'Qianhai is the fastest growing zone.',
      'Many of these firms are shell registrations.',
    ]);
    assert.strictEqual(find("Qianhai's output grew 35% in one year.").parent?.name, 'The special zones drive the growth.');
    assert.deepStrictEqual(
      hub.parent?.children.map((c) => c.name),
      ['Shenzhen hosts over 9,200 high-tech companies.', 'The special zones drive the growth.', 'Rents keep rising in Futian.'],
      'the prose heading group holds exactly the three root claims, in order',
    );
  });

  it('gives kind, status and child counts in detail', () => {
    const hub = find('Shenzhen hosts over 9,200 high-tech companies.').s.detail;
    assert.match(hub, /^claim · supported · contested\b/);
    assert.match(hub, /\b1 evidence\b/);
    assert.match(hub, /\b1 challenge\b/);
    assert.match(find('Rents keep rising in Futian.').s.detail, /^claim · unsupported\b/);
    assert.match(find('The municipal bureau counted 9,200 high-tech companies in 2023.').s.detail, /^evidence · cited\b/);
    assert.match(find('Many of these firms are shell registrations.').s.detail, /^challenge · open · unsupported\b/);
    assert.match(find('Qianhai is the fastest growing zone.').s.detail, /^claim · supported\b/);
  });

  it('ranges: the node and its children; selection: the first line', () => {
    const hub = find('Shenzhen hosts over 9,200 high-tech companies.').s;
    const line = h.lineOf(doc, 'Claim: Shenzhen hosts');
    assert.strictEqual(hub.selectionRange.start.line, line);
    assert.strictEqual(hub.selectionRange.end.line, line);
    assert.strictEqual(hub.range.start.line, line);
    assert.ok(hub.range.end.line >= h.lineOf(doc, '- Challenge: Many'), 'the range does not cover the children');
    assert.ok(hub.range.end.line < h.lineOf(doc, 'Claim: The special zones'), 'the range runs into the next node');
  });
});
