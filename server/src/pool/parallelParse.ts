// A large document's first parse, with its chunks parsed in the pool's worker threads: the
// model plans the chunks, the workers parse them, and the document's own (serial) walk then
// takes each chunk it would parse from what they sent (model/parse/prepared.ts). A chunk a
// worker failed on is simply parsed on the main thread, so a failure costs time, never results.
import { planChunks, Prepared, type ChunkSpan } from '../model';
import { decodeChunk, type WireChunk } from './chunkWire';
import type { ChunkTask } from './parseWorker';
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

/** Parses the planned chunks of `text` in `pool`; undefined when `wanted()` turned false meanwhile. */
export async function prepareInWorkers(pool: WorkerPool, text: string, maxBlock: number, wanted: () => boolean = () => true): Promise<ParallelOutcome | undefined> {
  const spans = planChunks(text);
  const prepared = new Prepared([], maxBlock);
  let failed = 0;
  let firstError: string | undefined;
  let dropped = false;
  const parseOne = async (span: ChunkSpan) => {
    const task: ChunkTask = { kind: 'chunk', text: text.slice(span.start, span.end), start: span.start, maxBlock };
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
