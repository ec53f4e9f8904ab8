// A large document's first parse, with its chunks parsed in the pool's worker threads: the
// model plans the chunks, the workers parse them, and the document's own (serial) walk then
// takes each chunk it would parse from what they sent (model/parse/prepared.ts). A chunk a
// worker failed on is simply parsed on the main thread, so a failure costs time, never results.
// The text goes to the workers once, shared (sharedText.ts): the tasks carry only offsets.
import { chunking, planChunks, Prepared, type ChunkSpan } from '../model';
import { decodeChunk, type WireChunk } from './chunkWire';
import type { ChunkTask, PlanTask } from './parseWorker';
import { shareText } from './sharedText';
import { TaskDropped, type WorkerPool } from './workerPool';

/**
 * Below this many characters a document is parsed on the main thread: its parse is short,
 * and sending it to workers and back costs about as much as it saves (docs/server.md).
 */
export const PARALLEL_MIN_CHARS = 64 * 1024;

export interface ParallelOutcome {
  prepared: Prepared;
  /** Chunks planned, and those that failed in a worker (parsed on the main thread instead). */
  planned: number;
  failed: number;
  /** The first failure's message, for the log. */
  firstError?: string;
}

/** What of the pool this needs (tests hand in their own). */
export type TaskRunner = Pick<WorkerPool, 'run'>;

/** Lets every message and timer that is waiting run first; then whether the parse is still wanted. */
function turnThen(wanted: () => boolean): () => Promise<boolean> {
  return () => new Promise((resolve) => setImmediate(() => resolve(wanted())));
}

/**
 * The chunks of `text` as `planChunks` cuts them, planned in a worker: at 5 MB the plan is one
 * 60–100 ms stretch that a hover sent with the open waited for on the main thread. The worker
 * reads the text from `shared`. If the worker fails, planned here; undefined when the task was
 * dropped (the parse is no longer wanted).
 */
async function plan(pool: TaskRunner, text: string, shared: SharedArrayBuffer, wanted: () => boolean): Promise<ChunkSpan[] | undefined> {
  let ends: number[];
  try {
    const task: PlanTask = { kind: 'plan', shared, chunking: { ...chunking } };
    ends = await pool.run<number[]>(task, wanted);
  } catch (e) {
    if (e instanceof TaskDropped) return undefined;
    return planChunks(text);
  }
  return ends.map((end, k) => ({ start: k === 0 ? 0 : ends[k - 1], end }));
}

/** Parses the planned chunks of `text` in `pool`; undefined when `wanted()` turned false meanwhile. */
export async function prepareInWorkers(pool: TaskRunner, text: string, maxBlock: number, wanted: () => boolean = () => true): Promise<ParallelOutcome | undefined> {
  const shared = await shareText(text, turnThen(wanted));
  if (!shared) return undefined;
  const spans = await plan(pool, text, shared, wanted);
  if (!spans) return undefined;
  const prepared = new Prepared([], maxBlock);
  let failed = 0;
  let firstError: string | undefined;
  let dropped = false;
  const parseOne = async (span: ChunkSpan) => {
    const task: ChunkTask = { kind: 'chunk', shared, start: span.start, end: span.end, maxBlock };
    try {
      prepared.add(decodeChunk(await pool.run<WireChunk>(task, wanted)));
    } catch (e) {
      if (e instanceof TaskDropped) dropped = true;
      else {
        failed++;
        firstError ??= e instanceof Error ? e.message : String(e);
      }
    }
  };
  await Promise.all(spans.map(parseOne));
  if (dropped || !wanted()) return undefined;
  return { prepared, planned: spans.length, failed, firstError };
}
