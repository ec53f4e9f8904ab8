// Spec rules that no other test would catch breaking (issue 11). Markdown in; every expected
// value worked out by hand from shared/spec/argument-markdown.md and docs/format.md.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeLines, codes, codesOf, files, node } from './helpers';

const edge = (from: number, to: number, relation: string, via?: number) => ({ from: { local: from }, to: { local: to }, relation, ...(via === undefined ? {} : { via }) });

describe('spec rules', () => {
  it("GitHub's -1, -2 suffixes on repeated heading slugs: a reference to the second, a broken one to a third", () => {
    const a = analyzeLines([
      '# Claim: Growth', // 0: node 0, slug claim-growth
      '',
      '# Claim: Growth', // 2: node 1, slug claim-growth-1
      '',
      '# Notes', // 4: closes both sections
      '',
      'Claim: root', // 6: node 2
      '',
      '- Reason: [second](#claim-growth-1)', // 8: node 3, a reference to node 1
      '- Reason: [none](#claim-growth-2)', // 9: node 4, no such slug
    ]);
    assert.equal(a.nodes.length, 5);
    assert.deepEqual(a.edges.find((e) => e.via === 3), edge(1, 2, 'supports', 3));
    assert.deepEqual(codesOf(a, 'broken-reference'), [10]);
    const broken = a.diagnostics.find((d) => d.code === 'broken-reference');
    assert.deepEqual(broken?.range, { start: { line: 9, character: 2 }, end: { line: 9, character: 33 } });
  });

  it('a plain link to a repeated prose heading resolves with its -1 suffix', () => {
    const a = analyzeLines(['# Intro', '', '# Intro', '', 'See [the second](#intro-1) and [a third](#intro-2).']);
    assert.deepEqual(codes(a), ['broken-reference@5']);
    assert.deepEqual(a.diagnostics[0].range, { start: { line: 4, character: 31 }, end: { line: 4, character: 50 } });
  });

  it('a label inside inline HTML is no label; inline HTML after a label is dropped from the text', () => {
    assert.equal(analyzeLines(['<span>Claim: hidden</span> and more']).nodes.length, 0);
    assert.equal(analyzeLines(['<b>Claim:</b> hidden']).nodes.length, 0);
    const a = analyzeLines(['Claim: <b>bold</b> words']);
    assert.equal(a.nodes.length, 1);
    assert.equal(a.nodes[0].text, 'bold words');
  });

  it('a heading in a block quote opens a section: the list after the quote is under it, until the next heading', () => {
    const a = analyzeLines([
      '> # Claim: Quoted', // 0: node 0
      '',
      '- Evidence: under it [s](https://example.org)', // 2: node 1
      '',
      '# Other', // 4
      '',
      '- Evidence: not under it [s](https://example.org)', // 6: node 2
    ]);
    assert.equal(a.nodes[1].parent, 0);
    assert.equal(a.nodes[2].parent, undefined);
    assert.equal(a.status[0].supported, true);
    assert.deepEqual(codes(a), ['orphan-evidence@7']);
  });

  it("the spec's own `Counter: [x](#a)` under B with a claim as target: a attacks B", () => {
    const a = analyzeLines([
      'Claim: A is true {#a}', // 0: node 0
      '',
      'Claim: B holds', // 2: node 1
      '',
      '- Counter: [x](#a)', // 4: node 2, a reference
    ]);
    assert.deepEqual(a.edges, [edge(0, 1, 'attacks', 2)]);
    assert.equal(a.status[1].contested, true);
    assert.deepEqual(codes(a), ['unsupported-claim@1', 'unsupported-claim@3']);
  });

  it('an attack through a reference contests the parent and never produces unanswered-challenge', () => {
    const a = analyzeLines([
      'Challenge: Too expensive', // 0: node 0, answered by node 1
      '',
      '- Rebuttal: Costs fall {#r}', // 2: node 1, a rebuttal
      '',
      'Claim: Build it', // 4: node 2
      '',
      '- Counter: [r](#r)', // 6: node 3, an attack through a reference
    ]);
    assert.deepEqual(codesOf(a, 'unanswered-challenge'), []);
    assert.equal(a.status[2].contested, true);
    assert.deepEqual(codes(a), ['unsupported-claim@5']);
  });

  it('a bare www. URL cites', () => {
    const a = analyzeLines(['Claim: x', '', '- Evidence: see www.example.com for it']);
    assert.equal(a.status[1].cited, true);
    assert.equal(a.status[0].supported, true);
    assert.deepEqual(codes(a), []);
  });

  it('a reference-style link without a definition does not cite; with one, it does', () => {
    const without = analyzeLines(['Claim: x', '', '- Evidence: see [the source][src]']);
    assert.deepEqual(codes(without), ['unsupported-claim@1', 'uncited-evidence@3']);
    const withDef = analyzeLines(['Claim: x', '', '- Evidence: see [the source][src]', '', '[src]: https://example.org/report']);
    assert.deepEqual(codes(withDef), []);
  });

  it('unsourced-figure is never on a challenge', () => {
    const a = analyzeLines(['Claim: rents rose 35%', '', '- Objection: only 12% of flats were counted']);
    assert.deepEqual(codesOf(a, 'unsourced-figure'), [1]);
    assert.deepEqual(a.diagnostics.find((d) => d.code === 'unsourced-figure')?.range, { start: { line: 0, character: 18 }, end: { line: 0, character: 21 } });
  });

  it('unsourced-figure looks through references to cited evidence that states the figure', () => {
    const a = analyzeLines([
      'Evidence: 35% of firms moved [s](https://example.org) {#e}', // 0: node 0, cited, orphan
      '',
      'Claim: 35% of firms left', // 2: node 1
      '',
      '- Evidence: [the survey](#e)', // 4: node 2, a reference
    ]);
    assert.deepEqual(codes(a), ['orphan-evidence@1']);
  });

  it('unsourced-figure looks into other files through references', () => {
    const lines = ['Claim: 35% of firms left', '', '- Evidence: [there](other.arg.md#e)'];
    const stated = analyzeLines(lines, { readFile: files({ 'other.arg.md': 'Evidence: 35% moved [s](https://example.org) {#e}\n' }) });
    assert.deepEqual(codes(stated), []);
    const other = analyzeLines(lines, { readFile: files({ 'other.arg.md': 'Evidence: 40% moved [s](https://example.org) {#e}\n' }) });
    assert.deepEqual(codes(other), ['unsourced-figure@1']);
    assert.deepEqual(other.diagnostics[0].range, { start: { line: 0, character: 7 }, end: { line: 0, character: 10 } }); // a percent has no noun
  });
});

describe('model bugs the oracle found', () => {
  it('a footnote call in a prose list item is reported once', () => {
    assert.deepEqual(codes(analyzeLines(['* x [^nope] y'])), ['undefined-footnote@1']);
  });

  it('a link in a prose list item is reported once', () => {
    assert.deepEqual(codes(analyzeLines(['* x [t](#missing) y'])), ['broken-reference@1']);
  });

  it('a repeated undefined footnote call in an item keeps its own range', () => {
    const a = analyzeLines(['- Claim: [^n1] x', '  [^n1] y']);
    const ranges = a.diagnostics.filter((d) => d.code === 'undefined-footnote').map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`);
    assert.deepEqual(ranges, ['0:9-0:14', '1:2-1:7']);
  });

  it('a list opening a block quote after another list does not take that list\'s owner', () => {
    const a = analyzeLines(['Claim: x', '* a', '', '> * Evidence: y']);
    assert.equal(node(a, 'y').parent, undefined);
    // Nor a quoted list after a quoted list: two block quotes, two lists.
    assert.equal(node(analyzeLines(['Claim: x', '> * a', '', '> * Evidence: y']), 'y').parent, undefined);
    // A list the blank line does not end still goes on (one loose list).
    assert.equal(node(analyzeLines(['Claim: x', '* a', '', '* Evidence: y']), 'y').parent, 0);
  });

  it('a figure after a hard line break ends where its noun ends', () => {
    const a = analyzeLines(['Claim: 1,200 million\\', 'beta x', '\\*e\\* the']);
    assert.deepEqual(a.diagnostics.find((d) => d.code === 'unsourced-figure')?.range, { start: { line: 0, character: 7 }, end: { line: 1, character: 4 } });
  });

  it('an escaped `\\[^1]` is literal text, not a footnote call: it cites nothing and is never undefined', () => {
    const a = analyzeLines(['Claim: x \\[^nope]', '', '- Evidence: y \\[^1]', '', '[^1]: a note']);
    assert.deepEqual(a.nodes.map((n) => n.text), ['x [^nope]', 'y [^1]']);
    assert.deepEqual(codesOf(a, 'undefined-footnote'), []);
    assert.deepEqual(codesOf(a, 'uncited-evidence'), [3]);
  });

  it('an escaped character before an e-mail address keeps the node', () => {
    assert.equal(analyzeLines(['Claim: x\\+@bar.com']).nodes.length, 1);
  });

  it('an e-mail address after an escape is a cited link with its own range, in a paragraph or a heading', () => {
    const a = analyzeLines(['Claim: y', '', '- Evidence: x\\+@bar.com z', '', '## Claim: x\\+@bar.com ##']);
    assert.deepEqual(a.nodes.map((n) => n.text), ['y', 'x+@bar.com z', 'x+@bar.com']);
    assert.deepEqual(a.nodes[1].range, { start: { line: 2, character: 2 }, end: { line: 2, character: 25 } });
    // The link covers the address as written, escape included; the heading's label starts after `## `.
    assert.deepEqual(a.nodes[1].citations, [{ kind: 'url', url: 'mailto:x+@bar.com', range: { start: { line: 2, character: 12 }, end: { line: 2, character: 23 } } }]);
    assert.deepEqual(a.nodes[2].range.start, { line: 4, character: 3 });
    assert.deepEqual(a.nodes[2].citations.map((c) => c.range), [{ start: { line: 4, character: 10 }, end: { line: 4, character: 21 } }]);
    assert.deepEqual(codes(a), ['unsupported-claim@5']);
  });
});

describe('docs/format.md decisions that had no test', () => {
  it('`**Claim:**text` is literal asterisks to CommonMark, so no node', () => {
    assert.equal(analyzeLines(['**Claim:**text']).nodes.length, 0);
  });

  it('a heading that opens a list item is that item\'s node; the items nested in it are its children', () => {
    const a = analyzeLines(['- ## Claim: x', '  - Evidence: y [s](https://example.org)']);
    assert.equal(a.nodes.length, 2);
    assert.equal(a.nodes[0].blockType, 'listItem');
    assert.equal(a.nodes[1].parent, 0);
    assert.deepEqual(codes(a), []);
  });

  it('generated ids: cut to 80 characters, the kind for an empty text, explicit ids reserved first', () => {
    const a = analyzeLines([`Claim: ${'a'.repeat(100)}`, '', 'Claim: Growth', '', 'Claim: other {#growth}', '', 'Evidence:']);
    assert.equal(a.nodes[0].id, 'a'.repeat(80));
    assert.equal(a.nodes[1].id, 'growth-2');
    assert.equal(a.nodes[2].id, 'growth');
    assert.equal(a.nodes[3].id, 'evidence');
  });

  it('a list with another bullet after a blank line is a new list, with no owner', () => {
    const a = analyzeLines(['Claim: x', '- Evidence: a', '', '* Evidence: b']);
    assert.equal(node(a, 'a').parent, 0);
    assert.equal(node(a, 'b').parent, undefined);
  });

  it('a link reference definition does not come between a paragraph and its list', () => {
    const a = analyzeLines(['Claim: x', '', '[r]: https://example.org', '', '- Evidence: a [s][r]']);
    assert.equal(node(a, 'a').parent, 0);
    assert.deepEqual(codes(a), []);
  });

  it('paths: a leading / is the workspace root, a query is ignored, the fragment is percent-decoded; other file types are not checked', () => {
    const readFile = files({ 'other.arg.md': 'Evidence: there [s](https://example.org) {#café}\n' });
    const lines = ['Claim: x', '', '- Evidence: [a](/other.arg.md?v=2#caf%C3%A9)', '', 'See [notes](notes.md#nowhere).'];
    const a = analyzeLines(lines, { path: 'dir/main.arg.md', readFile });
    assert.deepEqual(codes(a), []);
    assert.equal(a.status[0].supported, true);
  });

  it('a heading\'s slug comes from its whole text, label and id included; its id is the explicit one', () => {
    const a = analyzeLines(['## Claim: Growth {#g}', '', 'See [slug](#claim-growth-g) and [id](#g).', '', 'Claim: y', '', '- Reason: [growth](#g)']);
    assert.equal(a.nodes[0].id, 'g');
    assert.deepEqual(codesOf(a, 'broken-reference'), []);
    assert.deepEqual(a.edges.find((e) => e.via === 2), edge(0, 1, 'supports', 2));
  });

  it('a reference to an unlabelled heading\'s slug or to a generated id is broken; a prose link to that heading is not', () => {
    const a = analyzeLines(['# Background', '', 'Claim: Growth', '', '- Evidence: [b](#background)', '- Evidence: [g](#growth)', '', 'See [the background](#background).']);
    assert.deepEqual(codes(a), ['unsupported-claim@3', 'broken-reference@5', 'broken-reference@6']);
  });

  it('a node whose text is empty once its id or footnote markers are gone is an empty node', () => {
    const a = analyzeLines(['Claim: {#x}', '', 'Claim: [^1]', '', '[^1]: a note']);
    assert.deepEqual(codes(a), ['empty-node@1', 'empty-node@3']);
  });

  it('a footnote label never contains whitespace: `[^a b]` is text, not an undefined footnote', () => {
    assert.deepEqual(codes(analyzeLines(['Claim: x [^a b] [s](https://example.org)', '', '- Evidence: y https://example.org'])), []);
  });
});

describe('status through references', () => {
  it('a claim supported only through a reference to cited evidence is supported', () => {
    const a = analyzeLines(['Evidence: stated [s](https://example.org) {#e}', '', 'Claim: x', '', '- Evidence: [e](#e)']);
    assert.deepEqual(a.edges, [edge(0, 1, 'supports', 2)]);
    assert.equal(a.status[1].supported, true);
    assert.deepEqual(codes(a), ['orphan-evidence@1']);
  });
});
