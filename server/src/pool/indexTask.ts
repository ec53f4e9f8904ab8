// A closed file of the workspace indexed in a worker thread: read, parsed, analysed and
// summarised there, so the server's main thread only stores and publishes the summary.
// Reads go through the CLI's reader (../workspace/read.ts: the same rules and words as the
// server's); they are kept until the index says the disk changed (`generation`).
import { analyzeText, createGraphCache } from '../model';
import { workspaceReader } from '../workspace/read';
import { summarize, type FileSummary } from '../workspace/index/summary';

/** One closed file to index. */
export interface IndexTask {
  kind: 'index';
  root: string;
  /** Workspace-relative path, as the model names the file. */
  relative: string;
  maxFileSize: number;
  /** Bumped by the index whenever a file changed on disk: older reads are dropped. */
  generation: number;
}

export type IndexOutcome = { outcome: 'unreadable'; reason: string } | { outcome: 'analysed'; summary: FileSummary };

type Reader = ReturnType<typeof workspaceReader>;
interface Shared {
  generation: number;
  readFile: Reader;
  graphCache: ReturnType<typeof createGraphCache>;
}
const shared = new Map<string, Shared>();

function sharedFor(task: IndexTask): Shared {
  const key = `${task.root}\u0000${task.maxFileSize}`;
  let found = shared.get(key);
  if (!found || found.generation !== task.generation) {
    // A change on disk: every read and graph of this root may be stale.
    found = { generation: task.generation, readFile: workspaceReader(task.root, task.maxFileSize), graphCache: createGraphCache() };
    shared.set(key, found);
  }
  return found;
}

export function runIndex(task: IndexTask): IndexOutcome {
  const { readFile, graphCache } = sharedFor(task);
  const text = readFile(task.relative);
  if (typeof text !== 'string') return { outcome: 'unreadable', reason: text.error };
  const analysis = analyzeText(text, { path: task.relative, readFile, maxFileSize: task.maxFileSize, graphCache });
  return { outcome: 'analysed', summary: summarize(analysis) };
}
