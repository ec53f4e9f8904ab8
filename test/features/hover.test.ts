import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hover, hoverFiles } from '../../server/src/features/hover';
import type { Analysis, IdLink } from '../../server/src/model/types';
import { analysis, figure, footnote, line, node, range, status } from './build';

/** A claim (line 0) with two pieces of evidence and two challenges, one answered. */
function claimWithEvidence(): Analysis {
  return analysis({
    nodes: [
      node(0, 'claim', 'Exports grew 35% to $1.2 billion.', 0),
      node(1, 'evidence', 'Exports grew 35%[^a] to $1.2 billion[^b].', 1, {
        parent: 0,
        figures: [figure('35%', 35, 'percent', range(1, 25, 1, 28)), figure('$1.2 billion', 1.2e9, 'money', range(1, 36, 1, 48))],
        citations: [footnote('a', range(1, 28, 1, 32)), footnote('b', range(1, 48, 1, 52))],
      }),
      node(2, 'evidence', 'Everyone says so.', 2, { parent: 0 }),
      node(3, 'challenge', 'The base year was odd.', 3, { parent: 0 }),
      node(4, 'challenge', 'Prices fell.', 4, { parent: 0 }),
      node(5, 'challenge', 'They did not.', 5, { parent: 4 }),
    ],
    status: [status({ supported: true, contested: true }), status({ cited: true }), status(), status(), status({ contested: true }), status()],
    footnotes: [
      { label: 'A', raw: 'a', text: 'Customs, table 1.', range: line(10) },
      { label: 'B', raw: 'b', text: 'Customs, table 2.', range: line(11) },
    ],
  });
}

const value = (a: Analysis, l: number, c: number, others?: (p: string) => Analysis | undefined, markdown = true) =>
  (hover(a, { line: l, character: c }, others, markdown)?.contents as { value: string } | undefined)?.value;

describe('hover on a node', () => {
  it('gives kind, status, each evidence with its figures and the source each comes from, and open challenges', () => {
    assert.equal(
      value(claimWithEvidence(), 0, 5),
      [
        '**Claim** · supported · contested',
        'Evidence:',
        [
          '- Exports grew 35%\\[^a\\] to $1.2 billion\\[^b\\]. · cited',
          '  - **35%**: \\[^a\\] Customs, table 1.',
          '  - **$1.2 billion**: \\[^b\\] Customs, table 2.',
          '- Everyone says so. · uncited',
        ].join('\n'),
        'Open challenges:',
        '- The base year was odd.',
      ].join('\n\n').replace('$1.2 billion\\[', '\\$1.2 billion\\[').replace('**$1.2', '**\\$1.2'),
    );
  });

  it('covers the node block and nothing else', () => {
    const a = claimWithEvidence();
    assert.deepEqual(hover(a, { line: 0, character: 2 })?.range, line(0, 2));
    assert.equal(hover(a, { line: 0, character: 0 }), null);
    assert.equal(hover(a, { line: 50, character: 0 }), null);
  });

  it('answers in plain text for a client without Markdown', () => {
    assert.equal(value(claimWithEvidence(), 3, 5, undefined, false), 'Challenge · unsupported');
    assert.equal(hover(claimWithEvidence(), { line: 3, character: 5 }, undefined, false)?.contents && 'plaintext', 'plaintext');
  });

  it('names a figure with no citation after it by the last one before it, and evidence without figures by its sources', () => {
    const a = analysis({
      nodes: [
        node(0, 'evidence', 'Per [^a], 9,200 firms.', 0, {
          figures: [figure('9,200 firms', 9200, 'count', range(0, 12, 0, 23))],
          citations: [footnote('a', range(0, 6, 0, 10))],
        }),
        node(1, 'evidence', 'See the site.', 1, { citations: [{ kind: 'url', url: 'https://example.org/x', range: line(1, 8, 20) }] }),
        node(2, 'evidence', 'A claim with 3 items.', 2, { figures: [figure('3 items', 3, 'count', range(2, 15, 2, 22))] }),
      ],
      status: [status({ cited: true }), status({ cited: true }), status()],
      footnotes: [{ label: 'A', raw: 'a', text: 'Registry.', range: line(9) }],
    });
    assert.equal(value(a, 0, 3), '**Evidence** · cited\n\n- **9,200 firms**: \\[^a\\] Registry.');
    assert.equal(value(a, 1, 3), '**Evidence** · cited\n\n- source: [https\\://example.org/x](https://example.org/x)');
    assert.equal(value(a, 2, 3), '**Evidence** · uncited\n\n- **3 items**: no source');
  });

  it('lists evidence of another file from its analysis, or by its id when that is not loaded', () => {
    const reference: IdLink = { file: 'dir/other.arg.md', rawFile: 'other.arg.md', id: 'e', range: line(1, 12, 30), target: { file: 'dir/other.arg.md', node: 0, kind: 'evidence', text: 'Far away.', range: line(0) } };
    const a = analysis({
      path: 'dir/here.arg.md',
      nodes: [node(0, 'claim', 'Here.', 0), node(1, 'evidence', 'far', 1, { parent: 0, reference })],
      status: [status({ supported: true }), status({ cited: true })],
      edges: [{ from: { file: 'other.arg.md', id: 'e', kind: 'evidence', status: status({ cited: true }) }, to: { local: 0 }, relation: 'supports', via: 1 }],
    });
    const other = analysis({ path: 'dir/other.arg.md', nodes: [node(0, 'evidence', 'Far away.', 0, { citations: [{ kind: 'url', url: 'https://x.org', range: line(0) }] })], status: [status({ cited: true })] });
    assert.deepEqual(hoverFiles(a, { line: 0, character: 3 }), ['dir/other.arg.md']);
    assert.deepEqual(hoverFiles(a, { line: 1, character: 3 }), ['dir/other.arg.md']);
    assert.equal(
      value(a, 0, 3, (p) => (p === 'dir/other.arg.md' ? other : undefined)),
      '**Claim** · supported\n\nEvidence:\n\n- Far away. · cited · in dir/other.arg.md\n  - source: [https\\://x.org](https://x.org/)',
    );
    assert.equal(value(a, 0, 3), '**Claim** · supported\n\nEvidence:\n\n- \\#e · cited · in dir/other.arg.md');
    // On the reference itself, without the other file: what the resolution and the edge carry.
    assert.equal(value(a, 1, 3), '**Evidence** reference to Far away.\n\n**Evidence** · cited · in dir/other.arg.md');
  });
});

describe('hover on footnotes and links', () => {
  it('shows a footnote text, or that it is undefined', () => {
    const a = { ...claimWithEvidence(), footnoteRefs: [{ label: 'A', raw: 'a', range: range(1, 28, 1, 32) }, { label: 'Z', raw: 'z', range: range(1, 52, 1, 56) }] };
    assert.deepEqual(hover(a, { line: 1, character: 29 }), {
      contents: { kind: 'markdown', value: '**\\[^a\\]** Customs, table 1.' },
      range: range(1, 28, 1, 32),
    });
    assert.equal(value(a, 1, 53), '**\\[^z\\]**: undefined footnote');
  });

  it('shows a heading target, and why a link does not resolve', () => {
    const base = claimWithEvidence();
    const a = {
      ...base,
      idLinks: [
        { id: 'intro', range: line(20, 0, 10), target: { text: 'Intro & <more>', range: line(30) } },
        { id: 'gone', file: 'x.arg.md', rawFile: 'x.arg.md', range: line(21, 0, 10), error: 'Cannot resolve `x.arg.md`: it does not exist.' },
      ],
    };
    assert.equal(value(a, 20, 1), 'Link to section **Intro \\& \\<more\\>**');
    assert.equal(value(a, 21, 1), 'Link to x.arg.md#gone: Cannot resolve \\`x.arg.md\\`: it does not exist.');
  });
});
