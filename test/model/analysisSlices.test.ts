// The analysis in slices (issue 12, "a bounded worst case"): `analysisSteps` pauses every
// SLICE nodes or edges in each of its phases, so a server running it is never held for a
// whole phase of a large file. A phase that went back to one long step would pause once.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analysisSteps, parseDocument, SLICE, type Analysis, type AnalysisPhase } from '../../server/src/model';

/** `sections` claims, each with a figure and one cited evidence below stating it: two nodes, one supports edge, no diagnostic. */
function sectionsDocument(sections: number): string {
  const out: string[] = [];
  for (let k = 0; k < sections; k++) {
    out.push('Claim: Output rose 12% this year.', '', `- Evidence: The yearly log shows 12% growth.[^s${k}]`, '', `[^s${k}]: The plant's yearly report.`, '');
  }
  return out.join('\n');
}

/** The analysis of `text`, and how many times each phase paused. */
function pauses(text: string): { analysis: Analysis; counts: Map<AnalysisPhase, number>; chunks: number } {
  const doc = parseDocument(text);
  const chunks = doc.chunks.length;
  const steps = analysisSteps(doc, { path: 'big.arg.md' });
  const counts = new Map<AnalysisPhase, number>();
  for (;;) {
    const step = steps.next();
    if (step.done) return { analysis: step.value, counts, chunks };
    counts.set(step.value, (counts.get(step.value) ?? 0) + 1);
  }
}

describe('analysisSteps in slices', () => {
  const sections = 5000;
  const { analysis, counts, chunks } = pauses(sectionsDocument(sections));

  it('analyses the generated document as built: a claim and its evidence per section, no diagnostic', () => {
    assert.equal(analysis.nodes.length, 2 * sections);
    assert.equal(analysis.nodes.filter((n) => n.kind === 'claim').length, sections);
    assert.equal(analysis.edges.length, sections);
    assert.deepEqual(analysis.diagnostics, []);
  });

  // Each of these phases looks at every node at least once: at least one pause per SLICE of them.
  const nodes = 2 * sections;
  for (const phase of ['status', 'figures', 'edges', 'diagnose'] as const) {
    it(`pauses at least every ${SLICE} nodes while computing the ${phase}`, () => {
      assert.ok((counts.get(phase) ?? 0) >= Math.floor(nodes / SLICE), `${phase}: ${counts.get(phase) ?? 0} pauses for ${nodes} nodes`);
    });
  }

  it('pauses at least every 64 chunks while building the graph (once for the facts of the whole document, once for the nodes)', () => {
    assert.ok(chunks >= 64, `the document has only ${chunks} chunks`);
    assert.ok((counts.get('graph') ?? 0) >= 2 * Math.floor(chunks / 64), `graph: ${counts.get('graph') ?? 0} pauses for ${chunks} chunks`);
  });
});
