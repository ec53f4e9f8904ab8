// Indexing one closed file: read through the shared reader (so a binary, non-UTF-8 or
// too large file is refused in the CLI's words), analysed as the documents analyse it,
// summarised, and stamped for the disk cache with every file its analysis read.
import type { Analysis } from '../../model';
import type { WorkspaceFiles } from '../files';
import type { CachedFile } from './diskCache';
import { MISSING, stampOf, type Stamp } from './stamps';
import { summarize, type FileSummary } from './summary';

export interface IndexFileHost {
  readonly workspace: WorkspaceFiles;
  maxFileSize(): number;
  analyzeFile(root: string, relative: string): Promise<Analysis | undefined>;
  /** An open document edited since it was opened: its buffer differs from the disk. */
  isDirty(fsPath: string): boolean;
}

export type IndexedFile =
  | { outcome: 'missing' }
  | { outcome: 'unreadable'; reason: string }
  /** `cached` is absent when the analysis read an edited buffer: the disk does not hold what it saw. */
  | { outcome: 'analysed'; analysis: Analysis; summary: FileSummary; cached?: CachedFile };

export async function indexFile(host: IndexFileHost, fsPath: string, where: { root: string; relative: string }): Promise<IndexedFile> {
  const stamp = await stampOf(fsPath);
  if (stamp === MISSING) return { outcome: 'missing' };
  const { workspace } = host;
  await workspace.load([fsPath], where.root, host.maxFileSize());
  const read = workspace.reader(where.root, () => undefined, new Set())(where.relative);
  if (typeof read !== 'string') return { outcome: 'unreadable', reason: read.error };
  const analysis = await host.analyzeFile(where.root, where.relative);
  if (!analysis) return { outcome: 'unreadable', reason: 'it could not be analysed' };
  const summary = summarize(analysis);
  return { outcome: 'analysed', analysis, summary, cached: await cacheEntry(host, where.root, stamp, summary) };
}

/** The disk cache's entry for a summary: the file's stamp (taken before it was read) and its dependencies'. */
export async function cacheEntry(host: Pick<IndexFileHost, 'workspace' | 'isDirty'>, root: string, stamp: Stamp, summary: FileSummary): Promise<CachedFile | undefined> {
  const { workspace } = host;
  const dependencies: Record<string, Stamp> = {};
  let fromDisk = true;
  for (const relative of summary.dependencies) {
    const absolute = workspace.resolve(root, relative);
    if (absolute === undefined) continue;
    if (host.isDirty(absolute)) fromDisk = false;
    dependencies[absolute] = await stampOf(absolute);
  }
  return fromDisk ? { stamp, dependencies, summary } : undefined;
}
