// A whole file checked in a worker thread (`argmap check` over many files): the same
// analysis as the CLI's serial loop, with the worker's own reader of referenced files and
// cache of their graphs (the results do not depend on either: docs/architecture-model.md).
import { analyzeText, createGraphCache, type ModelDiagnostic } from '../model';
import { workspaceReader } from '../workspace/read';

/** One file to check: its text (read by the main thread, in order) and where it is. */
export interface CheckTask {
  kind: 'check';
  text: string;
  /** Workspace-relative path, as the model names the file. */
  path: string;
  root: string;
  maxFileSize: number;
  maxBlockSize?: number;
}

type Reader = ReturnType<typeof workspaceReader>;
const readers = new Map<string, { readFile: Reader; graphCache: ReturnType<typeof createGraphCache> }>();

/** A file's diagnostics and the workspace paths of the files its analysis read (for `--cache`). */
export interface CheckOutcome {
  diagnostics: ModelDiagnostic[];
  dependencies: string[];
}

export function runCheck(task: CheckTask): CheckOutcome {
  const key = `${task.root}\u0000${task.maxFileSize}`;
  let shared = readers.get(key);
  if (!shared) {
    shared = { readFile: workspaceReader(task.root, task.maxFileSize), graphCache: createGraphCache() };
    readers.set(key, shared);
  }
  const { readFile, graphCache } = shared;
  const { diagnostics, dependencies } = analyzeText(task.text, { path: task.path, readFile, maxFileSize: task.maxFileSize, maxBlockSize: task.maxBlockSize, graphCache });
  return { diagnostics, dependencies };
}
