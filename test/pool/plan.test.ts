// A large document's chunks are planned in a worker, not on the main thread (parallelParse.ts):
// the worker's plan is planChunks', the walk takes the plan the worker sent, and a plan task
// that fails is planned on the main thread instead; the results are the serial parse's either way.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { generateArgumentMarkdown } from '../../bench/generate';
import { chunking, parseDocument, planChunks, prepareChunk } from '../../server/src/model';
import { encodeChunk } from '../../server/src/pool/chunkWire';
import { prepareInWorkers, type TaskRunner } from '../../server/src/pool/parallelParse';
import type { ChunkTask, PlanTask } from '../../server/src/pool/parseWorker';
import { readShared } from '../../server/src/pool/sharedText';
import { TaskDropped, WorkerPool } from '../../server/src/pool/workerPool';
import { PARSE_WORKER, serialParse } from './helpers';

const TEXT = generateArgumentMarkdown(100_000, 7);
const MAX_BLOCK = 100_000;

/** Parses chunks here, as a worker would; answers a plan with `planned` (or fails it with `planError`). */
function runner(planned: (text: string) => Promise<number[]>): TaskRunner & { plans: number } {
  const r = {
    plans: 0,
    run<T>(task: object): Promise<T> {
      const t = task as ChunkTask | PlanTask;
      if (t.kind === 'plan') {
        r.plans++;
        return planned('text' in t ? t.text : readShared(t.shared)) as Promise<T>;
      }
      const text = 'text' in t ? t.text : readShared(t.shared, t.start, t.end);
      return Promise.resolve(encodeChunk(prepareChunk(text, t.start, t.maxBlock)) as T);
    },
  };
  return r;
}

async function assertSerial(outcome: Awaited<ReturnType<typeof prepareInWorkers>>): Promise<void> {
  assert.ok(outcome);
  const doc = parseDocument(TEXT, undefined, undefined, MAX_BLOCK);
  doc.usePrepared(outcome.prepared);
  assert.deepStrictEqual(doc.chunks, serialParse(TEXT, MAX_BLOCK).chunks);
  // Every chunk the walk made was one the workers parsed: none parsed again here.
  assert.equal(outcome.prepared.misses, 0);
  assert.equal(outcome.prepared.hits, outcome.planned);
}

/** How many chunks the default plan has, with `chunking.min` at `min`. */
function planChunksUnder(min: number): number {
  const now = chunking.min;
  chunking.min = min;
  try {
    return planChunks(TEXT).length;
  } finally {
    chunking.min = now;
  }
}

describe('planning a parallel parse', () => {
  let pool: WorkerPool;
  before(() => {
    pool = new WorkerPool({ script: PARSE_WORKER, size: 1 });
  });
  after(() => pool.close());

  it('the worker answers a plan task with the ends of planChunks’ spans', async () => {
    const spans = planChunks(TEXT);
    assert.ok(spans.length > 10, `a plan of many chunks (${spans.length})`);
    assert.deepEqual(await pool.run<number[]>({ kind: 'plan', text: TEXT, chunking: { ...chunking } } satisfies PlanTask), spans.map((s) => s.end));
  });

  it('plans under the sender’s chunk sizes, task by task', async () => {
    const saved = chunking.min;
    chunking.min = 0;
    try {
      // A chunk at every safe line: more chunks than under the default sizes.
      const fine = planChunks(TEXT).map((s) => s.end);
      assert.ok(fine.length > planChunksUnder(saved), `${fine.length} chunks at every safe line`);
      assert.deepEqual(await pool.run<number[]>({ kind: 'plan', text: TEXT, chunking: { ...chunking } } satisfies PlanTask), fine);
    } finally {
      chunking.min = saved;
    }
    // Then the default sizes again.
    assert.deepEqual(await pool.run<number[]>({ kind: 'plan', text: TEXT, chunking: { ...chunking } } satisfies PlanTask), planChunks(TEXT).map((s) => s.end));
  });

  it('asks the pool for the plan once, and parses the chunks it names', async () => {
    const planning = runner(async (text) => planChunks(text).map((s) => s.end));
    const outcome = await prepareInWorkers(planning, TEXT, MAX_BLOCK);
    assert.equal(planning.plans, 1);
    assert.equal(outcome?.planned, planChunks(TEXT).length);
    await assertSerial(outcome);
  });

  it('plans on the main thread when the plan task fails, with the same result', async () => {
    const failing = runner(() => Promise.reject(new Error('the worker died')));
    const outcome = await prepareInWorkers(failing, TEXT, MAX_BLOCK);
    assert.equal(outcome?.planned, planChunks(TEXT).length);
    assert.equal(outcome?.failed, 0);
    await assertSerial(outcome);
  });

  it('stops when the plan task was dropped (the parse is no longer wanted)', async () => {
    const dropped = runner(() => Promise.reject(new TaskDropped()));
    assert.equal(await prepareInWorkers(dropped, TEXT, MAX_BLOCK), undefined);
  });
});
