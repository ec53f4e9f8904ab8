// A parse worker (dist/parseWorker.js): parses the chunks it is sent, one message each, and
// posts back the model's per-chunk result (not the mdast: a chunk's result clones ~10× cheaper
// than it parses, docs/architecture-model.md). Used by the server and the CLI.
import { parentPort } from 'node:worker_threads';
import { prepareChunk } from '../model';
import { serveTasks } from './serve';

/** A chunk to parse: its own text, its offset in the document, the block limit. */
export interface ChunkTask {
  kind: 'chunk';
  text: string;
  start: number;
  maxBlock: number;
}

if (parentPort) serveTasks(parentPort, (task: ChunkTask) => prepareChunk(task.text, task.start, task.maxBlock));
