// The refactor that rewrites a file's ids from `{#x}` to `<a id="x"></a>` and back
// (interchange.md "Ids that work on GitHub"): expected texts worked out by hand; every
// conversion must keep the graph (same edges) and add no diagnostic.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { analyzeText, convertIds, toGraphJson, type IdEdit, type IdStyle } from '../../server/src/model';
import { joinLines } from './helpers';

/** Applies LSP-style edits (non-overlapping, sorted) to a text. */
function applyEdits(text: string, edits: IdEdit[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((s, l) => s + l.length + 1, 0) + p.character;
  let out = '';
  let pos = 0;
  for (const e of edits) {
    out += text.slice(pos, offset(e.range.start)) + e.newText;
    pos = offset(e.range.end);
  }
  return out + text.slice(pos);
}

function convert(text: string, to: IdStyle): string {
  return applyEdits(text, convertIds(text, to, 'doc.arg.md').edits);
}

/** What must not change: the graph's edges and ids, and the diagnostics. */
function meaning(text: string) {
  const a = analyzeText(text, { path: 'doc.arg.md' });
  const g = toGraphJson(a);
  return { nodes: g.nodes.map((n) => [n.id, n.text]), edges: g.edges, diagnostics: a.diagnostics.map((d) => `${d.code}@${d.range.start.line}`), links: a.idLinks.map((l) => a.links.get(l)?.error ?? a.links.get(l)?.target?.text) };
}

const pandoc = joinLines(
  '# Claim: Parks cool cities {#parks}',
  '',
  'See [the parks claim](#parks) and [its heading](#claim-parks-cool-cities-parks).',
  '',
  '- Evidence: Shaded streets are cooler.[^a] {#shade}',
  '- Challenge: Parks cost money. {#cost}',
  '  - Rebuttal: [shade](#shade)',
  '',
  '[^a]: A study.',
  '',
);

const html = joinLines(
  '# Claim: Parks cool cities <a id="parks"></a>',
  '',
  'See [the parks claim](#parks) and [its heading](#claim-parks-cool-cities).',
  '',
  '- Evidence: Shaded streets are cooler.[^a] <a id="shade"></a>',
  '- Challenge: Parks cost money. <a id="cost"></a>',
  '  - Rebuttal: [shade](#shade)',
  '',
  '[^a]: A study.',
  '',
);

describe('convertIds', () => {
  it('writes every id as an anchor, and the heading’s slug link follows the heading', () => {
    assert.equal(convert(pandoc, 'html'), html);
    const r = convertIds(pandoc, 'html', 'doc.arg.md');
    assert.equal(r.converted, 3);
    assert.deepEqual(r.skipped, []);
  });

  it('and back: the round trip gives the file it started from', () => {
    assert.equal(convert(html, 'pandoc'), pandoc);
    assert.equal(convert(convert(pandoc, 'html'), 'pandoc'), pandoc);
  });

  it('keeps every link working: the same nodes, edges, link targets and diagnostics', () => {
    const before = meaning(pandoc);
    assert.deepEqual(meaning(convert(pandoc, 'html')), before);
    assert.deepEqual(meaning(convert(convert(pandoc, 'html'), 'pandoc')), before);
    // Both links resolve, to the heading node; the open challenge is the file's only diagnostic.
    assert.deepEqual(before.links, ['Parks cool cities', 'Parks cool cities']);
  });

  it('does nothing to ids already in the form asked for', () => {
    assert.deepEqual(convertIds(html, 'html').edits, []);
    assert.deepEqual(convertIds(pandoc, 'pandoc').edits, []);
  });

  it('moves the id between the end of a paragraph and the end of its first line', () => {
    const two = joinLines('Claim: first line', 'second line {#two}', '');
    const twoHtml = joinLines('Claim: first line <a id="two"></a>', 'second line', '');
    assert.equal(convert(two, 'html'), twoHtml);
    assert.equal(convert(twoHtml, 'pandoc'), two);
  });

  it('puts the anchor after footnote markers that follow a `{#x}`, where it is read', () => {
    const text = joinLines('- Claim: c', '  - Evidence: e {#e}[^a]', '', '[^a]: A.', '');
    assert.equal(convert(text, 'html'), joinLines('- Claim: c', '  - Evidence: e[^a] <a id="e"></a>', '', '[^a]: A.', ''));
  });

  it('leaves an id an anchor cannot hold, and one a heading’s closing #s would hide, and says so', () => {
    const text = joinLines('- Claim: a {#a&b}', '- Claim: ok {#ok}', '', '## Claim: closed {#closed} ##', '');
    const r = convertIds(text, 'html');
    assert.equal(applyEdits(text, r.edits), joinLines('- Claim: a {#a&b}', '- Claim: ok <a id="ok"></a>', '', '## Claim: closed {#closed} ##', ''));
    assert.deepEqual(r.skipped.map((s) => [s.id, s.line]), [['a&b', 1], ['closed', 4]]);
    assert.equal(r.converted, 1);
  });

  it('converts the article sample: all 27 ids, the same map and diagnostics, and back to the very same text', () => {
    const file = path.resolve(__dirname, '../../../samples/greater-bay-area.arg.md');
    const article = fs.readFileSync(file, 'utf8').replace(/\r\n?/g, '\n');
    const r = convertIds(article, 'html', 'samples/greater-bay-area.arg.md');
    assert.equal(r.converted, 27);
    assert.deepEqual(r.skipped, []);
    const anchored = applyEdits(article, r.edits);
    assert.deepEqual(meaning(anchored), meaning(article));
    assert.equal(convert(anchored, 'pandoc'), article);
  });
});
