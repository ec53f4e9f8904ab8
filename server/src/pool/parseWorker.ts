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
import { readShared } from './sharedText';
import { lowerThreadPriority } from './priority';

/**
 * A chunk to parse, its offset in the document and the block limit: the chunk's own text, or
 * the document's shared text (sharedText.ts) and the chunk's end in it.
 */
export type ChunkTask = { kind: 'chunk'; start: number; maxBlock: number } & ({ text: string } | { shared: SharedArrayBuffer; end: number });

/**
 * A whole text to plan the chunks of (parallelParse.ts), under the sender's chunk sizes (the
 * walk on the main thread cuts where they say); answered with each chunk's end, in order.
 * The text as it is, or shared.
 */
export type PlanTask = { kind: 'plan'; chunking: typeof chunking } & ({ text: string } | { shared: SharedArrayBuffer });

/** Every plan task sets all the sizes, and nothing else in a worker reads them. */
function plan(task: PlanTask): number[] {
  Object.assign(chunking, task.chunking);
  return planChunks('text' in task ? task.text : readShared(task.shared)).map((span) => span.end);
}

function chunkText(task: ChunkTask): string {
  return 'text' in task ? task.text : readShared(task.shared, task.start, task.end);
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
    return encodeChunk(prepareChunk(chunkText(task), task.start, task.maxBlock));
  });
}
