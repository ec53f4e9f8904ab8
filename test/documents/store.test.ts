import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { touch, type Touched } from '../../server/src/documents/store';
import { random } from '../protocol/generate';

describe('touch (edits since the last parse, merged into one)', () => {
  it('merges edits before, after, inside and across the touched region', () => {
    // "abcdefghij": replace [2,4) by "XYZ" → "abXYZefghij"; the region is [2,5) of it, [2,4) before.
    let t: Touched = touch(undefined, 2, 4, 3);
    assert.deepEqual(t, { start: 2, oldEnd: 4, newEnd: 5 });
    t = touch(t, 0, 1, 0); // before it: "bXYZefghij"
    assert.deepEqual(t, { start: 0, oldEnd: 4, newEnd: 4 });
    t = touch(t, 6, 7, 2); // after it: the old end moves by the distance past the region
    assert.deepEqual(t, { start: 0, oldEnd: 7, newEnd: 8 });
  });

  it('always describes an edit of the old text that gives the new text (random sequences)', () => {
    const next = random(7);
    for (let run = 0; run < 500; run++) {
      const old = 'The quick brown fox jumps over the lazy dog. '.repeat(1 + Math.floor(next() * 3));
      let text = old;
      let t: Touched | undefined;
      for (let n = 1 + Math.floor(next() * 6); n > 0; n--) {
        const start = Math.floor(next() * (text.length + 1));
        const end = Math.min(text.length, start + Math.floor(next() * 10));
        const insert = 'xyz\n'.slice(0, Math.floor(next() * 5));
        t = touch(t, start, end, insert.length);
        text = text.slice(0, start) + insert + text.slice(end);
      }
      const merged = old.slice(0, t!.start) + text.slice(t!.start, t!.newEnd) + old.slice(t!.oldEnd);
      assert.equal(merged, text, `run ${run}`);
    }
  });
});
