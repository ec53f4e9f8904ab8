// @ts-check
'use strict';
// Hovers through vscode.executeHoverProvider: a claim with a figure, a footnote reference,
// a link to an id, a reference node.
const assert = require('assert');
const h = require('./helpers');

const FILE = 'fixtures/bay.arg.md';
/** Hover text with Markdown backslash escapes removed, so that assertions read the words. */
const plain = (/** @type {string} */ s) => s.replace(/\\([!-/:-@[-`{-~])/g, '$1');

describe('hover', function () {
  /** @type {import('vscode').TextDocument} */
  let doc;
  before(async () => {
    await h.api();
    doc = await h.open(FILE);
    await h.until(() => h.argmapDiagnostics(doc.uri).length > 0, 'the server to analyse bay.arg.md');
  });
  after(h.closeAll);

  it('on a claim with a figure: kind, status, the figure, the evidence and the footnote text', async () => {
    const { text, hovers } = await h.hoverAt(doc.uri, h.positionOf(doc, 'Shenzhen hosts over', 3));
    const t = plain(text);
    assert.ok(hovers.length > 0, 'no hover');
    assert.match(t, /claim/i);
    assert.match(t, /\bsupported\b/i);
    assert.doesNotMatch(t, /\bunsupported\b/i);
    assert.match(t, /9,200/, 'the figure is missing');
    assert.ok(t.includes('The municipal bureau counted 9,200 high-tech companies'), `the evidence is missing:\n${t}`);
    assert.ok(t.includes('Shenzhen Statistics Bureau, bulletin of March 2024'), `the footnote text is missing:\n${t}`);
    assert.ok(t.includes('Many of these firms are shell registrations'), `the open challenge is missing:\n${t}`);
    // docs/editing.md, "Figures": the claim's figure, where the evidence (line 8) states it in its own
    // words, and that evidence's footnote.
    assert.ok(
      t.includes(
        'Figures:\n\n- **over 9,200 high-tech companies**: stated on line 8 (“9,200 high-tech companies”) · [^bureau] Shenzhen Statistics Bureau, bulletin of March 2024.\n\nEvidence:',
      ),
      `the figures block is missing:\n${t}`,
    );
  });

  it('hover text is never trusted and carries no command links', async () => {
    const { hovers } = await h.hoverAt(doc.uri, h.positionOf(doc, 'Shenzhen hosts over', 3));
    for (const hv of hovers) {
      for (const c of hv.contents) {
        if (typeof c === 'object' && 'isTrusted' in c) assert.ok(!c.isTrusted, 'a trusted hover');
        assert.doesNotMatch(typeof c === 'string' ? c : c.value, /\]\(command:/);
      }
    }
  });

  it('on an unsupported claim: its status', async () => {
    const { text } = await h.hoverAt(doc.uri, h.positionOf(doc, 'Rents keep rising', 2));
    assert.match(plain(text), /\bunsupported\b/i);
  });

  it('on a footnote reference: the footnote text', async () => {
    const { text } = await h.hoverAt(doc.uri, h.positionOf(doc, '[^yearbook]', 4));
    assert.ok(plain(text).includes('Shenzhen Statistical Yearbook 2024, chapter 12'), `hover: ${text}`);
  });

  it('on a link to a node id: the target', async () => {
    const { text } = await h.hoverAt(doc.uri, h.positionOf(doc, '[the hub claim](#hub)', 5));
    assert.ok(plain(text).includes('Shenzhen hosts over 9,200 high-tech companies'), `hover: ${text}`);
  });

  it('anywhere on a reference node: its target', async () => {
    const { text } = await h.hoverAt(doc.uri, h.positionOf(doc, '- Evidence: [Qianhai figures]', 4));
    assert.ok(plain(text).includes("Qianhai's output grew 35% in one year"), `hover: ${text}`);
  });

  it('no hover from argmap on plain prose', async () => {
    const { text } = await h.hoverAt(doc.uri, h.positionOf(doc, 'Some context first', 3));
    assert.ok(!/\b(claim|evidence|supported)\b/i.test(plain(text)), `unexpected hover on prose: ${text}`);
  });
});
