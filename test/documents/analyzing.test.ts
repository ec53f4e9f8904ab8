// The analysis in turns (documents/analyzing.ts): a large document's analysis lets the event
// loop in between its steps, so that messages about other documents are handled meanwhile,
// and it gives the same analysis as the model in one call; a version no longer wanted stops.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeInTurns } from '../../server/src/documents/analyzing';
import { analyze, parseDocument } from '../../server/src/model';
import { generateArgumentMarkdown } from '../../bench/generate';

// About 1 MB of the bench's argument file: its analysis is many times a step's 10 ms.
const doc = parseDocument(generateArgumentMarkdown(1_000_000, 3));

describe('analysis in turns', () => {
  it('lets a message queued during a large analysis run before it ends, and equals the analysis in one call', async () => {
    void doc.chunks;
    let ranAt: number | undefined;
    let steps = 0;
    const before = setImmediate(() => (ranAt = steps));
    const counting = () => {
      steps++;
      return true;
    };
    const analysis = await analyzeInTurns(doc, { path: 'big.arg.md' }, counting);
    clearImmediate(before);
    // The message ran at the first turn, before the analysis was done: the turns were taken.
    assert.equal(ranAt, 0, 'the queued message ran before the analysis ended');
    assert.ok(steps >= 2, `turns taken: ${steps}`);
    const whole = analyze(doc, { path: 'big.arg.md' });
    assert.deepEqual(analysis?.diagnostics, whole.diagnostics);
    assert.deepEqual(analysis?.status, whole.status);
    assert.equal(analysis?.nodes.length, whole.nodes.length);
  });

  it('stops at a turn once the version is no longer wanted', async () => {
    assert.equal(await analyzeInTurns(doc, { path: 'big.arg.md' }, () => false), undefined);
  });
});
