// The index queue's lanes (editing.md "The workspace", Worker threads in docs/editing.md):
// with two lanes, two files are indexed at once; right after a keystroke only one is, so a
// core stays free for the open document.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { IndexQueue } from '../../server/src/workspace/index/queue';

/** Runs 8 files through a 2-lane queue, each taking 20 ms; the most in flight at once. */
async function mostAtOnce(typedFirst: boolean): Promise<{ most: number; done: string[] }> {
  let inFlight = 0;
  let most = 0;
  const done: string[] = [];
  await new Promise<void>((drained) => {
    const queue = new IndexQueue({
      work: async (fsPath) => {
        most = Math.max(most, ++inFlight);
        await new Promise((resolve) => setTimeout(resolve, 20));
        inFlight--;
        done.push(fsPath);
      },
      lanes: () => 2,
      pauseMs: () => 0,
      progress: () => undefined,
      drained,
    });
    for (let i = 0; i < 8; i++) queue.add(`/w/f${i}.arg.md`);
    if (typedFirst) queue.typed();
    queue.run();
  });
  return { most, done };
}

describe('index queue lanes', () => {
  it('indexes two files at once when nobody types', async () => {
    const { most, done } = await mostAtOnce(false);
    assert.equal(most, 2);
    assert.equal(done.length, 8);
  });

  it('indexes one file at a time right after a keystroke', async () => {
    const { most, done } = await mostAtOnce(true);
    assert.equal(most, 1);
    assert.deepEqual([...done].sort(), Array.from({ length: 8 }, (_, i) => `/w/f${i}.arg.md`).sort());
  });
});
