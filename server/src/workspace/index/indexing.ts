// Indexing one closed file and taking in the outcome: in a worker thread when the pool is
// usable (indexInWorker.ts), else on the main thread (indexFile.ts). A file that is gone
// leaves the index, one that cannot be read is skipped with its diagnostics cleared, and an
// indexed one gets its summary, its diagnostics and a place in the disk cache.
import { describeError } from '../../log';
import type { FileState } from './fileState';
import { logQuietly, type IndexHost, type IndexStats } from './host';
import { indexFile } from './indexFile';
import { indexInWorker } from './indexInWorker';
import type { KeptAnalyses } from './kept';
import type { IndexPublishing } from './publishing';

/** What indexing reads and changes of the index (index.ts). */
export interface IndexingContext {
  readonly host: IndexHost;
  readonly files: Map<string, FileState>;
  readonly kept: KeptAnalyses;
  readonly publishing: IndexPublishing;
  readonly stats: IndexStats;
  isOpen(fsPath: string): boolean;
  /** An open document edited since it was opened: its disk text is not what the user sees. */
  isDirty(fsPath: string): boolean;
  /** Bumped when files change on disk: a worker drops what it read before. */
  diskGeneration(): number;
  /** Queued again (it changed while a worker read it). */
  requeue(fsPath: string): void;
  /** Gone: out of the index. */
  forget(fsPath: string): void;
  /** The index changed: the disk cache is written a little later. */
  changed(): void;
}

export class FileIndexer {
  /** Set once a worker failed on a file: everything is indexed on the main thread from then on. */
  private workersFailed = false;

  constructor(private readonly ctx: IndexingContext) {}

  usePool(): boolean {
    const pool = this.ctx.host.pool;
    return !this.workersFailed && pool !== undefined && pool.usable;
  }

  async index(fsPath: string): Promise<void> {
    const { ctx } = this;
    const state = ctx.files.get(fsPath);
    if (!state || ctx.isOpen(fsPath)) return;
    if (this.usePool() && (await this.inWorker(fsPath, state))) return;
    try {
      const { host } = ctx;
      const indexed = await indexFile(
        { workspace: host.workspace, maxFileSize: () => host.settings().maxFileSize, analyzeFile: (r, p) => host.analyzeFile(r, p), isDirty: (p) => ctx.isDirty(p) },
        fsPath,
        state,
      );
      if (indexed.outcome === 'missing') {
        ctx.forget(fsPath);
        return;
      }
      if (ctx.files.get(fsPath) !== state) return;
      if (indexed.outcome === 'unreadable') {
        this.unreadable(fsPath, state, indexed.reason);
        return;
      }
      ctx.stats.analysed++;
      Object.assign(state, { summary: indexed.summary, error: undefined, cached: indexed.cached });
      ctx.kept.keep(fsPath, indexed.analysis);
      ctx.publishing.fromAnalysis(fsPath, state.uri, indexed.analysis);
      ctx.changed();
    } catch (err) {
      this.report(`workspace index: indexing ${state.relative} failed: ${describeError(err)}`);
    }
  }

  /** Indexes a closed file in a worker thread; false when the main thread must do it. */
  private async inWorker(fsPath: string, state: FileState): Promise<boolean> {
    const { ctx } = this;
    try {
      const { host } = ctx;
      const indexed = await indexInWorker(
        {
          workspace: host.workspace,
          pool: host.pool!,
          maxFileSize: () => host.settings().maxFileSize,
          generation: () => ctx.diskGeneration(),
          isOpen: (p) => ctx.isOpen(p),
          isDirty: (p) => ctx.isDirty(p),
          wanted: () => ctx.files.get(fsPath) === state && !ctx.isOpen(fsPath),
        },
        fsPath,
        state,
      );
      switch (indexed.outcome) {
        case 'main-thread':
          if (indexed.failure !== undefined) {
            this.workersFailed = true;
            this.report(`workspace index: indexing ${state.relative} in a worker thread failed (${indexed.failure}); the index is built on the main thread from now on`);
          }
          return false;
        case 'missing':
          ctx.forget(fsPath);
          return true;
        case 'stale':
          ctx.requeue(fsPath);
          return true;
        case 'dropped':
          return true;
      }
      if (ctx.files.get(fsPath) !== state || ctx.isOpen(fsPath)) return true;
      if (indexed.outcome === 'unreadable') {
        this.unreadable(fsPath, state, indexed.reason);
        return true;
      }
      ctx.stats.analysed++;
      ctx.stats.inWorkers++;
      Object.assign(state, { summary: indexed.summary, error: undefined, cached: indexed.cached });
      ctx.kept.delete(fsPath);
      ctx.publishing.fromSummary(fsPath, state);
      ctx.changed();
    } catch (err) {
      this.report(`workspace index: indexing ${state.relative} failed: ${describeError(err)}`);
    }
    return true;
  }

  /** A file that cannot be read (binary, not UTF-8, too large…): skipped, its diagnostics cleared. */
  private unreadable(fsPath: string, state: FileState, reason: string): void {
    if (state.error !== reason) logQuietly(this.ctx.host.log, 'info', `workspace index: ${state.relative} is skipped: ${reason}`);
    Object.assign(state, { summary: undefined, cached: undefined, error: reason });
    this.ctx.kept.delete(fsPath);
    this.ctx.publishing.clear(fsPath);
  }

  private report(message: string): void {
    logQuietly(this.ctx.host.log, 'error', message);
  }
}
