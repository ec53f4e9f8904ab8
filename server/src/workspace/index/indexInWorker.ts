// Indexing one closed file in a worker thread (../../pool/indexTask.ts): the worker reads,
// parses, analyses and summarises it; the main thread only stamps it for the disk cache.
// Whatever the worker cannot stand for goes back to the main thread's path (indexFile.ts):
// a worker that failed, and a file whose analysis read an open document (the worker reads
// the disk; the main thread reads the buffer, as the documents do).
import type { IndexOutcome, IndexTask } from '../../pool/indexTask';
import { TaskDropped, type WorkerPool } from '../../pool/workerPool';
import type { WorkspaceFiles } from '../files';
import type { CachedFile } from './diskCache';
import { cacheEntry } from './indexFile';
import { MISSING, stampOf } from './stamps';
import type { FileSummary } from './summary';

export interface WorkerIndexHost {
  readonly workspace: WorkspaceFiles;
  readonly pool: WorkerPool;
  maxFileSize(): number;
  /** Bumped whenever a file changed on disk: a result read before that is stale. */
  generation(): number;
  isOpen(fsPath: string): boolean;
  isDirty(fsPath: string): boolean;
  /** Still worth indexing when its turn in the pool comes (not opened, not forgotten). */
  wanted(): boolean;
}

export type WorkerIndexed =
  | { outcome: 'missing' }
  | { outcome: 'unreadable'; reason: string }
  | { outcome: 'analysed'; summary: FileSummary; cached?: CachedFile }
  /** Not wanted any more, or read before a change on disk (indexed again). */
  | { outcome: 'dropped' | 'stale' }
  /** The main thread indexes it; `failure` says why when a worker failed. */
  | { outcome: 'main-thread'; failure?: string };

export async function indexInWorker(host: WorkerIndexHost, fsPath: string, where: { root: string; relative: string }): Promise<WorkerIndexed> {
  const stamp = await stampOf(fsPath);
  if (stamp === MISSING) return { outcome: 'missing' };
  const generation = host.generation();
  const task: IndexTask = { kind: 'index', root: where.root, relative: where.relative, maxFileSize: host.maxFileSize(), generation };
  let result: IndexOutcome;
  try {
    result = await host.pool.run<IndexOutcome>(task, host.wanted);
  } catch (e) {
    if (e instanceof TaskDropped) return { outcome: 'dropped' };
    return { outcome: 'main-thread', failure: e instanceof Error ? e.message : String(e) };
  }
  if (host.generation() !== generation) return { outcome: 'stale' };
  if (result.outcome === 'unreadable') return result;
  const { summary } = result;
  for (const relative of summary.dependencies) {
    const absolute = host.workspace.resolve(where.root, relative);
    if (absolute !== undefined && host.isOpen(absolute)) return { outcome: 'main-thread' };
  }
  return { outcome: 'analysed', summary, cached: await cacheEntry(host, where.root, stamp, summary) };
}
