// A fact of the whole file changed (a footnote or reference definition hidden by a fence,
// added, emptied or retargeted): a chunk is still copied from its memo when the definitions
// its own nodes name came out the same (chunkMemo.ts `sameFactsRead`), and walked when one
// of them changed. With the chunker cutting at every safe line, each top-level block after a
// blank line is a chunk of its own. Each step is checked against a fresh build, and the
// counts of chunks walked and copied (`graphBuildCounts`) are worked out by hand.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { graphBuildCounts, type Analysis, type BuildCounts } from '../../server/src/model';
import { editInTurn } from './helpers';

const path = 'facts.arg.md';

interface Step {
  after: Analysis;
  counts: BuildCounts;
}

/** Analyses `lines`, then applies each [needle, replacement] in turn, analysing incrementally after each (each result the fresh one); each step's build counts. */
function edits(lines: string[], ...steps: [string, string][]): Step[] {
  return editInTurn(lines, path, ...steps).map((after) => {
    const counts = graphBuildCounts(after.nodes);
    assert.ok(counts, 'the build left its counts');
    return { after, counts };
  });
}

/** A footnote citation's facts, without its range. */
function cited(a: Analysis, node: number): unknown {
  const c = a.nodes[node].citations[0] as { label?: string; defined?: boolean; cites?: boolean; url?: string };
  return c.url !== undefined ? { url: c.url } : { label: c.label, defined: c.defined, cites: c.cites };
}

/** Nine chunks: four claims (the first and third cite [^r]), four prose paragraphs, and the definition last. */
const roads = [
  'Claim: Roads need repair[^r]',
  '',
  'Claim: Bridges too',
  '',
  'Claim: Tunnels leak[^r]',
  '',
  'Claim: Tolls pay for it',
  '',
  'First prose.',
  '',
  'Second prose.',
  '',
  'Third prose.',
  '',
  'Fourth prose.',
  '',
  '[^r]: Road survey.',
];

const counts = (s: Step) => [s.counts.walked, s.counts.copied];

describe('graph: the file\'s facts changed, the chunks that do not name them copied', () => {
  it('a fence opened above the footnote definition: the two claims citing it are walked, the two others copied', () => {
    const [open] = edits(roads, ['First prose.', '```\nFirst prose.']);
    // The parse makes the citing claims again (a definition they name went: parse/definitions.ts),
    // and the fence's opening chunk and one code chunk to the end. Walked: those four; copied: Bridges and Tolls.
    assert.deepEqual(counts(open), [4, 2]);
    assert.deepEqual(cited(open.after, 0), { label: 'r', defined: false, cites: false });
    assert.deepEqual(cited(open.after, 2), { label: 'r', defined: false, cites: false });
  });

  it('the fence closed again above the definition: the citing claims back to defined, the two others still copied', () => {
    const [, close] = edits(roads, ['First prose.', '```\nFirst prose.'], ['Fourth prose.', 'Fourth prose.\n```']);
    // Parsed again: the fence's opening chunk, its code to the closing line, the blank line after
    // it, and the definition, two lines lower. Walked: those four. The citing claims get back the
    // results they had before the fence opened (kept when their stand-ins changed: parse/recent.ts),
    // whose memos hold the first file's facts, the file's facts again: copied, as are Bridges and
    // Tolls, whose memos hold the facts of the file with the fence open.
    assert.deepEqual(counts(close), [4, 4]);
    assert.deepEqual(cited(close.after, 0), { label: 'r', defined: true, cites: true });
    assert.deepEqual(cited(close.after, 2), { label: 'r', defined: true, cites: true });
  });

  it('a footnote defined at the end that no node cites: every chunk but the last two is copied', () => {
    const [s] = edits(roads, ['[^r]: Road survey.', '[^r]: Road survey.\n\n[^x]: Unused.']);
    // Walked: the definition's chunk (edited) and the new one after it; copied: the eight before.
    assert.deepEqual(counts(s), [2, 8]);
    assert.deepEqual(cited(s.after, 0), { label: 'r', defined: true, cites: true });
  });

  it('the definition emptied to the placeholder: the citing claims walked and no longer cite, the rest copied', () => {
    const [s] = edits(roads, ['[^r]: Road survey.', '[^r]: …']);
    // Walked: the two citing claims and the definition's own chunk.
    assert.deepEqual(counts(s), [3, 6]);
    assert.deepEqual(cited(s.after, 0), { label: 'r', defined: true, cites: false });
    assert.deepEqual(cited(s.after, 2), { label: 'r', defined: true, cites: false });
  });

  it('the definition reworded, still saying something: nothing a claim reads changed, only its own chunk is walked', () => {
    const [s] = edits(roads, ['Road survey.', 'Road survey of 2024.']);
    assert.deepEqual(counts(s), [1, 8]);
    assert.deepEqual(cited(s.after, 0), { label: 'r', defined: true, cites: true });
  });

  it('a reference definition retargeted: the chunk whose link names it is walked and its citation follows, the rest copied', () => {
    const linked = ['Claim: Roads need repair', '', 'Claim: Bridges too [photos][p]', '', 'Claim: Tolls pay for it [survey][s]', '', '[p]: https://a.example/p', '', '[s]: https://a.example/s'];
    const [s] = edits(linked, ['https://a.example/p', 'https://b.example/p']);
    // Walked: Bridges (names [p]) and the definition's chunk; copied: Roads, Tolls and the other definition.
    assert.deepEqual(counts(s), [2, 3]);
    assert.deepEqual(cited(s.after, 1), { url: 'https://b.example/p' });
    assert.deepEqual(cited(s.after, 2), { url: 'https://a.example/s' });
  });
});
