// Generated ids patched after an edit (ids.ts `patchIds`) instead of worked out in full:
// each case is an edit whose new or freed base another node's search meets, so a patch
// that ignored it would give the wrong ids. Expected ids by hand from the spec's rule:
// explicit ids first, then each other node's text-based id, `-2`, `-3`… when taken.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, analyzeText, parseDocument } from '../../server/src/model';
import { assertSameAnalysis, withChunking } from '../fuzz/compare';
import { editInTurn } from './helpers';

const path = 'ids.arg.md';

/** Applies `[needle, replacement]` edits in turn, each to the version before it, analysing each incrementally; the last one's ids. */
function idsAfter(lines: string[], ...edits: [string, string][]): string[] {
  return editInTurn(lines, path, ...edits).at(-1)?.nodes.map((n) => n.id) ?? [];
}

describe('generated ids patched after an edit', () => {
  it('a letter typed in a claim with a text of its own: only its id changes', () => {
    const ids = idsAfter(['Claim: Roads', '', 'Claim: Rails', '', 'Claim: Bridges'], ['Claim: Rails', 'Claim: Railse'], ['Claim: Railse', 'Claim: Railsey']);
    assert.deepEqual(ids, ['roads', 'railsey', 'bridges']);
  });

  it("the new text is a later node's: the edited node takes the id, the later node the next suffix", () => {
    const ids = idsAfter(['Claim: Road', '', 'Some prose.', '', 'Claim: Roads'], ['Claim: Road', 'Claim: Roads']);
    assert.deepEqual(ids, ['roads', 'roads-2']);
  });

  it('the old text was also a later node\'s: that node takes the freed id', () => {
    const ids = idsAfter(['Claim: Roads', '', 'Some prose.', '', 'Claim: Roads'], ['Claim: Roads', 'Claim: Roadsx']);
    assert.deepEqual(ids, ['roadsx', 'roads']);
  });

  it('the edited node held a suffixed id: a later node whose text is that id takes it once freed', () => {
    const lines = ['Claim: Roads {#roads}', '', 'Claim: Roads', '', 'Some prose.', '', 'Claim: Roads 2'];
    const ids = idsAfter(lines, ['Claim: Roads\n', 'Claim: Roadsx\n']);
    assert.deepEqual(ids, ['roads', 'roadsx', 'roads-2']);
  });

  it('the new text is an explicit id elsewhere: the edited node takes the next suffix', () => {
    const ids = idsAfter(['Claim: Bridges {#roadsx}', '', 'Some prose.', '', 'Claim: Roads'], ['Claim: Roads', 'Claim: Roadsx']);
    assert.deepEqual(ids, ['roadsx', 'roadsx-2']);
  });

  it('two nodes of one edit given the same new text: the first takes it, the second the next suffix', () => {
    const ids = idsAfter(['Claim: Roads', '', 'Claim: Rails', '- Evidence: Bridges'], ['Claim: Rails\n- Evidence: Bridges', 'Claim: Tolls\n- Evidence: Tolls']);
    assert.deepEqual(ids, ['roads', 'tolls', 'tolls-2']);
  });

  it('two edits from the same version: the second is patched from that version, not from what the first made of it', () => {
    withChunking({ min: 0, max: 0 }, () => {
      // Two chunks: the second build copies only the first edit's chunk as it was, from the first version's build.
      const text = ['Claim: Roads', '', 'Claim: Rails'].join('\n');
      const doc = parseDocument(text);
      analyze(doc, { path });
      const first = text.replace('Claim: Roads', 'Claim: Roadsx');
      analyze(parseDocument(first, doc, [{ start: 0, end: 12, text: 'Claim: Roadsx' }]), { path });
      const at = text.indexOf('Claim: Rails');
      const second = text.replace('Claim: Rails', 'Claim: Roads');
      const after = analyze(parseDocument(second, doc, [{ start: at, end: at + 12, text: 'Claim: Roads' }]), { path });
      assertSameAnalysis(after, analyzeText(second, { path }), 'second edit');
      assert.deepEqual(
        after.nodes.map((n) => n.id),
        ['roads', 'roads-2'],
      );
    });
  });
});
