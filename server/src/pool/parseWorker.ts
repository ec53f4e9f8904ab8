// The worker threads' script (dist/parseWorker.js): parses the chunks it is sent (server and
// CLI), checks whole files (`argmap check` over many files) and indexes closed files of the
// workspace (the server's index), one message each. A chunk comes back as the model's
// per-chunk result, not the mdast, in JSON (chunkWire.ts): ~10× cheaper to send than to parse (docs/server.md).
import { parentPort } from 'node:worker_threads';
import { chunking, planChunks, prepareChunk } from '../model';
import { encodeChunk } from './chunkWire';
import { runCheck, type CheckTask } from './checkTask';
import { runIndex, type IndexTask } from './indexTask';
import { serveTasks } from './serve';
import { lowerThreadPriority } from './priority';

/** A chunk to parse: its own text, its offset in the document, the block limit. */
export interface ChunkTask {
  kind: 'chunk';
  text: string;
  start: number;
  maxBlock: number;
}

/**
 * A whole text to plan the chunks of (parallelParse.ts), under the sender's chunk sizes (the
 * walk on the main thread cuts where they say); answered with each chunk's end, in order.
 */
export interface PlanTask {
  kind: 'plan';
  text: string;
  chunking: typeof chunking;
}

/** Every plan task sets all the sizes, and nothing else in a worker reads them. */
function plan(task: PlanTask): number[] {
  Object.assign(chunking, task.chunking);
  return planChunks(task.text).map((span) => span.end);
}

if (parentPort) {
  // A worker's stdout joins the process's, which carries the protocol when the server speaks stdio.
  console.log = console.info = console.debug = console.error;
  // The main thread answers requests: a worker gets a core only after it (priority.ts).
  lowerThreadPriority();
  serveTasks(parentPort, (task: ChunkTask | PlanTask | CheckTask | IndexTask) => {
    if (task.kind === 'plan') return plan(task);
    if (task.kind === 'check') return runCheck(task);
    if (task.kind === 'index') return runIndex(task);
    return encodeChunk(prepareChunk(task.text, task.start, task.maxBlock));
  });
}
