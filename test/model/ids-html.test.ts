// Ids written as empty HTML anchors (`<a id="x"></a>`, GitHub's form) are ids exactly like
// `{#x}` (interchange.md "Ids that work on GitHub"): each `{#id}` case of the model's tests
// has its twin here. Expected values are worked out by hand from the spec.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText, toGraphJson } from '../../server/src/model';
import { analyzeLines, codes, files, node } from './helpers';

const range = (l1: number, c1: number, l2: number, c2: number) => ({ start: { line: l1, character: c1 }, end: { line: l2, character: c2 } });

describe('an empty anchor at the end of a node’s first line is its id', () => {
  it('reads the spec’s example: the id, its ranges, and the text without the anchor', () => {
    const a = analyzeLines(['Claim: Qianhai is big.', '', '- **Evidence:** Qianhai has over 9,200 companies.[^a] <a id="qianhai"></a>', '', '[^a]: Source.']);
    const n = a.nodes[1];
    assert.equal(n.id, 'qianhai');
    assert.equal(n.explicitId, true);
    assert.equal(n.idStyle, 'html');
    assert.equal(n.text, 'Qianhai has over 9,200 companies.');
    // `- **Evidence:** ` is 16 characters, the text 33, `[^a] ` 5: the anchor starts at 54 and is 20 long.
    assert.deepEqual(n.idRange, range(2, 54, 2, 74));
    // `<a id="` is 7 characters: the id's own characters are 61–68, where VS Code's Markdown puts an HTML id.
    assert.deepEqual(n.idValueRange, range(2, 61, 2, 68));
    assert.deepEqual(codes(a), []);
  });

  it('gives `{#id}` the same two ranges, so readers need not know the form', () => {
    const n = analyzeLines(["- Claim: c {#c}"]).nodes[0];
    assert.equal(n.idStyle, 'pandoc');
    assert.deepEqual(n.idRange, range(0, 11, 0, 15));
    assert.deepEqual(n.idValueRange, range(0, 13, 0, 14));
  });

  it('accepts `name=`, single quotes, no quotes and upper case, as HTML does', () => {
    const a = analyzeLines([
      '- Claim: one <a name="one"></a>',
      "- Claim: two <a id='two'></a>",
      '- Claim: three <a id=three></a>',
      '- Claim: four <A ID="four"></A>  ',
      '- Claim: five <a  id = "five" ></a >',
    ]);
    assert.deepEqual(a.nodes.map((n) => [n.id, n.explicitId, n.text]), [
      ['one', true, 'one'],
      ['two', true, 'two'],
      ['three', true, 'three'],
      ['four', true, 'four'],
      ['five', true, 'five'],
    ]);
    // `- Claim: one <a name="` is 22 characters.
    assert.deepEqual(a.nodes[0].idValueRange, range(0, 22, 0, 25));
    // `- Claim: three <a id=` is 21 characters.
    assert.deepEqual(a.nodes[2].idValueRange, range(2, 21, 2, 26));
  });

  it('reads it on a heading, and on the first line of a paragraph that goes on', () => {
    const a = analyzeLines(['## Claim: Parks cool cities <a id="parks"></a>', '', 'Claim: first line <a id="p"></a>', 'second line']);
    assert.deepEqual(a.nodes.map((n) => [n.id, n.text]), [
      ['parks', 'Parks cool cities'],
      ['p', 'first line second line'],
    ]);
  });

  it('reads nothing else: text after it, a later line, content, other attributes, characters HTML reads differently', () => {
    const a = analyzeLines([
      '- Claim: a <a id="x1"></a> more',
      '- Claim: b <a id="x2"></a>[^n]',
      '- Claim: c',
      '  on a later line <a id="x3"></a>',
      '- Claim: d <a id="x4">with content</a>',
      '- Claim: e <a id="x5" class="k"></a>',
      '- Claim: f <a id="x&amp;6"></a>',
      '- Claim: g <a href="#x7"></a>',
      '- Claim: h <b id="x8"></b>',
      '- Claim: i <a id=""></a>',
      '',
      '[^n]: N.',
    ]);
    assert.ok(a.nodes.every((n) => !n.explicitId), a.nodes.filter((n) => n.explicitId).map((n) => n.id).join());
    assert.equal(node(a, 'a').text, 'a more');
    assert.equal(node(a, 'd').text, 'd with content');
  });

  it('lets a trailing `{#id}` win over an anchor (the node has one id)', () => {
    const a = analyzeLines(['- Claim: a <a id="anchor-a"></a> {#pandoc-a}', '- Claim: b {#pandoc-b} <a id="anchor-b"></a>']);
    assert.deepEqual(a.nodes.map((n) => [n.id, n.idStyle, n.text]), [
      ['pandoc-a', 'pandoc', 'a'],
      ['pandoc-b', 'pandoc', 'b'],
    ]);
  });

  it('never makes labelled text inside HTML a node', () => {
    const a = analyzeLines(['<a id="x">Claim: inside an anchor</a>', '', '<div>', 'Claim: in a block <a id="y"></a>', '</div>', '', '- Claim: real <a id="z"></a>']);
    assert.deepEqual(a.nodes.map((n) => n.id), ['z']);
  });
});

describe('an anchor id counts everywhere a `{#id}` does', () => {
  it('duplicate-id across the two forms, on the second only', () => {
    const a = analyzeLines(['- Claim: one <a id="x"></a>', '  - Evidence: e[^d]', '- Claim: two {#x}', '  - Evidence: f[^d]', '- Claim: three <a name="x"></a>', '  - Evidence: g[^d]', '', '[^d]: D.']);
    assert.deepEqual(codes(a), ['duplicate-id@3', 'duplicate-id@5']);
    assert.match(a.diagnostics[0].message, /line 1/);
  });

  it('links and reference nodes resolve to it; a missing one is a broken reference', () => {
    const a = analyzeLines([
      'See [a node](#c) and [nothing](#nothing).',
      '',
      '- Claim: c <a id="c"></a>',
      '  - Evidence: [the cracks](#ev)',
      '- Claim: d',
      '  - Evidence: cracks were found[^1] <a id="ev"></a>',
      '',
      '[^1]: Report.',
    ]);
    assert.deepEqual(codes(a), ['broken-reference@1']);
    assert.deepEqual(a.referenceTargets.get(1), { local: 3 });
    assert.equal(a.status[0].supported, true);
    assert.equal(a.links.get(a.idLinks[0])?.target?.node, 0);
  });

  it('a reference node may carry its own anchor id and stays a reference', () => {
    const a = analyzeLines(['- Claim: c {#c}', '  - Evidence: [the e](#e) <a id="r"></a>', '  - Evidence: cited[^1] <a id="e"></a>', '', '[^1]: S.']);
    assert.equal(a.nodes[1].reference?.id, 'e');
    assert.equal(a.nodes[1].id, 'r');
    assert.deepEqual(a.referenceTargets.get(1), { local: 2 });
    assert.deepEqual(codes(a), []);
  });

  it('a cycle through anchor ids is circular support', () => {
    const a = analyzeLines(['- Claim: a <a id="a"></a>', '  - Reason: [b](#b)', '  - Evidence: e[^d]', '- Claim: b <a id="b"></a>', '  - Reason: [a](#a)', '', '[^d]: D.']);
    assert.deepEqual(codes(a), ['circular-support@2', 'circular-support@5']);
  });

  it('another file’s anchor ids resolve, with the status from that file', () => {
    const other = ['- Evidence: cited elsewhere[^s] <a id="e"></a>', '- Claim: unsupported there <a name="weak"></a>', '', '[^s]: Source.'].join('\n');
    const text = ['- Claim: here', '  - Evidence: [their evidence](other.arg.md#e)', '- Claim: leans on a weak claim', '  - Reason: [weak](other.arg.md#weak)'].join('\n');
    const a = analyzeText(text, { path: 'dir/here.arg.md', readFile: files({ 'dir/other.arg.md': other }) });
    assert.deepEqual(codes(a), ['unsupported-claim@3']);
    assert.equal(a.status[0].supported, true);
    assert.deepEqual(a.referenceTargets.get(1), { file: 'other.arg.md', id: 'e', path: 'dir/other.arg.md', node: 0, kind: 'evidence', status: { supported: false, cited: true, contested: false } });
  });

  it('generated ids avoid it, and the graph JSON names the node by it', () => {
    const a = analyzeLines(['- Claim: taken <a id="hong-kongs-role"></a>', '- Claim: Hong Kong’s role']);
    assert.deepEqual(a.nodes.map((n) => n.id), ['hong-kongs-role', 'hong-kongs-role-2']);
    assert.deepEqual(toGraphJson(a).nodes.map((n) => n.id), ['hong-kongs-role', 'hong-kongs-role-2']);
  });

  it('a heading’s slug leaves the anchor out, as GitHub’s and VS Code’s do', () => {
    const a = analyzeLines(['## Claim: Parks cool cities <a id="parks"></a>', '', 'See [by slug](#claim-parks-cool-cities) and [by id](#parks).', '', '# Intro <br>', '', '[intro](#intro)']);
    assert.deepEqual(a.headings.map((h) => h.slug), ['claim-parks-cool-cities', 'intro']);
    assert.deepEqual(a.idLinks.map((l) => a.links.get(l)?.target?.node), [0, 0, undefined]);
    assert.deepEqual(a.idLinks.map((l) => a.links.get(l)?.error), [undefined, undefined, undefined]);
  });
});
