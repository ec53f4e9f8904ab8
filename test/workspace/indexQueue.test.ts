// The index queue says which files are waiting to be indexed or being indexed: their
// summaries are stale, and references and rename analyse them instead (index.ts `summary`).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { IndexQueue } from '../../server/src/workspace/index/queue';

describe('index queue', () => {
  it('holds a file from when it is added until its indexing has finished', async () => {
    const seen: boolean[] = [];
    let drained!: () => void;
    const done = new Promise<void>((resolve) => (drained = resolve));
    const queue = new IndexQueue({
      work: async (fsPath) => {
        seen.push(queue.has(fsPath));
        await new Promise((resolve) => setTimeout(resolve, 5));
        seen.push(queue.has(fsPath));
      },
      pauseMs: () => 0,
      progress: () => {},
      drained: () => drained(),
    });
    assert.equal(queue.has('/ws/a.arg.md'), false);
    queue.add('/ws/a.arg.md');
    assert.equal(queue.has('/ws/a.arg.md'), true);
    assert.equal(queue.has('/ws/b.arg.md'), false);
    queue.run();
    await done;
    // While its work ran, before and after its first await: still held. Once done: not.
    assert.deepEqual(seen, [true, true]);
    assert.equal(queue.has('/ws/a.arg.md'), false);
  });
});
