// The text goes to the workers once (pool/sharedText.ts, parallelParse.ts): every unit of it
// comes back as it was written, the main thread writes it in pieces with a turn between them,
// and a parallel parse sends no text in its tasks, only the one shared buffer and offsets.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { generateArgumentMarkdown } from '../../bench/generate';
import { parseDocument, planChunks, prepareChunk } from '../../server/src/model';
import { encodeChunk } from '../../server/src/pool/chunkWire';
import { prepareInWorkers, type TaskRunner } from '../../server/src/pool/parallelParse';
import type { ChunkTask, PlanTask } from '../../server/src/pool/parseWorker';
import { readShared, shareText, WRITE_PIECE } from '../../server/src/pool/sharedText';
import { serialParse } from './helpers';

const MAX_BLOCK = 100_000;
const always = async () => true;

/** Every string anywhere in `value`, and every SharedArrayBuffer. */
function contents(value: unknown, strings: string[], buffers: SharedArrayBuffer[]): void {
  if (typeof value === 'string') strings.push(value);
  else if (value instanceof SharedArrayBuffer) buffers.push(value);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) contents(v, strings, buffers);
}

/** Answers tasks as a worker would, and records what each carried. */
function recorder(onPlan?: () => void): TaskRunner & { tasks: (ChunkTask | PlanTask)[] } {
  const r = {
    tasks: [] as (ChunkTask | PlanTask)[],
    run<T>(task: object): Promise<T> {
      const t = task as ChunkTask | PlanTask;
      r.tasks.push(t);
      if (t.kind === 'plan') {
        onPlan?.();
        return Promise.resolve(planChunks('text' in t ? t.text : readShared(t.shared)).map((s) => s.end) as T);
      }
      const text = 'text' in t ? t.text : readShared(t.shared, t.start, t.end);
      return Promise.resolve(encodeChunk(prepareChunk(text, t.start, t.maxBlock)) as T);
    },
  };
  return r;
}

describe('the text shared with the workers', () => {
  it('gives back every UTF-16 unit, lone surrogates and pairs cut by a piece too', async () => {
    // Pieces of 3 units: the pair 😀 (units 4–5) would be cut after unit 4.
    const text = 'abc\u00e9\ud83d\ude00\ud800x\udc00→ yz';
    for (const piece of [1, 2, 3, 4, 1000]) {
      const shared = await shareText(text, always, piece);
      assert.ok(shared);
      assert.equal(shared.byteLength, text.length * 2);
      assert.equal(readShared(shared), text, `pieces of ${piece}`);
      assert.equal(readShared(shared, 4, 7), '\ud83d\ude00\ud800');
      assert.equal(readShared(shared, 7, 9), 'x\udc00');
    }
  });

  it('takes a turn between pieces, not after the last, and stops when no longer wanted', async () => {
    const text = 'x'.repeat(10);
    let turns = 0;
    const shared = await shareText(text, async () => (turns++, true), 4);
    assert.equal(turns, 2, 'pieces 0–4, 4–8, 8–10: a turn after the first two');
    assert.equal(readShared(shared as SharedArrayBuffer), text);
    turns = 0;
    assert.equal(await shareText(text, async () => (turns++, false), 4), undefined);
    assert.equal(turns, 1, 'stopped at the first turn');
  });

  it('a parallel parse sends the text once, shared: its tasks carry no text, and the result is the serial parse’s', async () => {
    const text = generateArgumentMarkdown(100_000, 7);
    const pool = recorder();
    const outcome = await prepareInWorkers(pool, text, MAX_BLOCK);
    assert.ok(outcome);
    const spans = planChunks(text);
    assert.equal(pool.tasks.length, 1 + spans.length, 'one plan task, one task per chunk');
    assert.equal(pool.tasks[0].kind, 'plan');
    const strings: string[] = [];
    const buffers: SharedArrayBuffer[] = [];
    for (const task of pool.tasks) contents(task, strings, buffers);
    // The only strings are the tasks' kinds: no text, whole or a chunk's.
    assert.deepEqual(new Set(strings), new Set(['plan', 'chunk']));
    assert.equal(buffers.length, pool.tasks.length, 'each task carries the shared text');
    assert.ok(buffers.every((b) => b === buffers[0]), 'one and the same buffer');
    assert.equal(buffers[0].byteLength, text.length * 2);
    assert.deepEqual(
      pool.tasks.slice(1).map((t) => ('end' in t ? [t.start, t.end] : [])),
      spans.map((s) => [s.start, s.end]),
    );
    const doc = parseDocument(text, undefined, undefined, MAX_BLOCK);
    doc.usePrepared(outcome.prepared);
    assert.deepStrictEqual(doc.chunks, serialParse(text, MAX_BLOCK).chunks);
    assert.equal(outcome.prepared.hits, spans.length);
  });

  it('writes a large text in pieces, a turn between each, before the plan is sent', async () => {
    const text = generateArgumentMarkdown(2 * WRITE_PIECE + 1000, 3);
    assert.ok(text.length > 2 * WRITE_PIECE && text.length <= 3 * WRITE_PIECE + 100, `three pieces (${text.length} units)`);
    let asked = 0;
    let askedBeforePlan = -1;
    const pool = recorder(() => (askedBeforePlan = asked));
    const outcome = await prepareInWorkers(pool, text, MAX_BLOCK, () => (asked++, true));
    assert.ok(outcome);
    assert.equal(askedBeforePlan, 2, 'a turn after each of the first two pieces');
  });

  it('sends nothing when the parse stops being wanted while the text is written', async () => {
    const text = generateArgumentMarkdown(2 * WRITE_PIECE, 3);
    const pool = recorder();
    assert.equal(await prepareInWorkers(pool, text, MAX_BLOCK, () => false), undefined);
    assert.equal(pool.tasks.length, 0);
  });
});
