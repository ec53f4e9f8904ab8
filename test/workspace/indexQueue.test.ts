// The index queue's lanes (editing.md "The workspace", Worker threads in docs/editing.md):
// with two lanes, two files are indexed at once; right after a keystroke only one is, so a
// core stays free for the open document. And it says which files are waiting or being
// indexed: their summaries are stale, and references and rename analyse them instead
// (index.ts `summary`).
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

describe('index queue: which files it holds', () => {
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

  it('with two lanes, holds both files in flight until each has finished', async () => {
    const held: string[] = [];
    let drained!: () => void;
    const done = new Promise<void>((resolve) => (drained = resolve));
    const queue = new IndexQueue({
      work: async (fsPath) => {
        await new Promise((resolve) => setTimeout(resolve, 10));
        // Both started before either finished: each sees the other still held.
        held.push(`${fsPath}:${['/ws/a.arg.md', '/ws/b.arg.md'].filter((f) => queue.has(f)).join(',')}`);
      },
      lanes: () => 2,
      pauseMs: () => 0,
      progress: () => {},
      drained: () => drained(),
    });
    queue.add('/ws/a.arg.md');
    queue.add('/ws/b.arg.md');
    queue.run();
    await done;
    assert.deepEqual(held, ['/ws/a.arg.md:/ws/a.arg.md,/ws/b.arg.md', '/ws/b.arg.md:/ws/b.arg.md']);
    assert.equal(queue.has('/ws/a.arg.md') || queue.has('/ws/b.arg.md'), false);
  });
});
