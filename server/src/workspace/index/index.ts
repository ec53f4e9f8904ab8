// The workspace index: every argument file of each workspace folder, open or not, read
// through the one reader (../read.ts, via WorkspaceFiles) and analysed in the background,
// re-read when it changes on disk, kept between sessions in a disk cache. Open buffers
// always win over the disk. Indexing one file and taking in its outcome is indexing.ts.
//
// For other features (references, rename, workspace symbols):
// - `uris()`: the argument files indexed so far (file uris), open ones included. Never waits.
// - `analysis(uri)`: the file's analysis: the open document's current one, else the file on
//   disk analysed on demand (a few are kept); undefined when it is not an indexed argument
//   file or cannot be read (vanished, binary…).
// - `summary(uri)`: what the index keeps of a closed file without parsing it (nodes, id
//   links, dependencies, diagnostics; see summary.ts); undefined for an open document
//   (ask `analysis`), for a file not indexed yet, and for one waiting to be indexed again
//   (it or a file it reads changed: its summary is stale).
// - `whenComplete(timeoutMs)`: true once every file is indexed, false if that takes longer
//   than `timeoutMs` (rename waits ≤ 10 s, then fails: it never edits a partial set of files).
// - `stats`: counters for tests and the log (files taken from the cache, files analysed).
import type { Analysis } from '../../model';
import { describeError } from '../../log';
import type { ArgmapSettings } from '../../protocol';
import { fsPathOf, isInside } from '../paths';
import { uriOfPath } from './uris';
import { DelayedSave, DiskCache, type CachedFile } from './diskCache';
import { logQuietly, type IndexHost, type IndexStats } from './host';
import { KeptAnalyses } from './kept';
import type { FileState } from './fileState';
import { FileIndexer } from './indexing';
import { IndexProgress } from './progress';
import { IndexPublishing } from './publishing';
import { IndexQueue } from './queue';
import { takeListed } from './listing';
import { dependentsOf } from './dependents';
import type { FileSummary } from './summary';
import { CompletionWaiters } from './waiters';
import { argumentMatcher, inSkippedFolder, listArgumentFiles, listFolders } from './walk';
import { isMarkdownName } from '../../shared/membership';
import { promises as fs } from 'node:fs';

/** Analyses of closed files kept for `analysis(uri)`; the rest is re-analysed on demand. */
const KEPT_ANALYSES = 32;
/** Indexing resumes this long after the last keystroke, beyond the diagnostics delay. */
const PAUSE_AFTER_TYPING_MS = 300;
/** A later pass (files changed on disk) shows progress only when it is at least this long. */
const PROGRESS_MIN_FILES = 20;
/** The cache is written this long after the index last changed. */
const SAVE_DELAY_MS = 1000;

export type { IndexHost, IndexStats } from './host';

export class WorkspaceIndex {
  private roots: string[] = [];
  private readonly files = new Map<string, FileState>();
  private readonly kept = new KeptAnalyses(KEPT_ANALYSES);
  /** Open documents (absolute path → uri), and those edited since they were opened. */
  private readonly open = new Map<string, string>();
  private readonly dirty = new Set<string>();
  private readonly queue: IndexQueue;
  private readonly progress: IndexProgress;
  private readonly publishing: IndexPublishing;
  private readonly disk: DiskCache;
  /** The disk cache as loaded, consulted once per file by a build. */
  private loaded: Promise<Map<string, CachedFile>> | undefined;
  /** Bumped by each build: a walk of an older build stops. */
  private build = 0;
  private walking = false;
  private firstPass = true;
  private buildStarted = 0;
  /** Files of the current build taken from the cache: progress counts them as done. */
  private passBase = 0;
  /** Settles when the current build has listed the folders. */
  private walked: Promise<void> = Promise.resolve();
  private readonly waiters = new CompletionWaiters();
  private readonly saving: DelayedSave;
  private isArgument: (relative: string) => boolean = () => false;
  /** The settings the current build listed and analysed the files with. */
  private built: { files: string; maxFileSize: number } | undefined;
  readonly stats: IndexStats = { fromCache: 0, analysed: 0, inWorkers: 0 };
  /** Bumped when files change on disk: the workers drop what they read before. */
  private diskGeneration = 0;
  private readonly indexer: FileIndexer;

  constructor(
    private readonly host: IndexHost,
    /** The extension's workspace storage folder, or undefined: no cache between sessions. */
    storage: string | undefined,
  ) {
    this.disk = new DiskCache(storage, host.log);
    this.saving = new DelayedSave(this.disk, SAVE_DELAY_MS, () => (this.complete ? { maxFileSize: host.settings().maxFileSize, files: this.cachedEntries() } : undefined));
    this.progress = new IndexProgress(() => host.createProgress());
    this.publishing = new IndexPublishing({
      diagnostics: (uri, analysis) => host.diagnostics(uri, analysis),
      send: (p) => host.send(p),
      isOpen: (fsPath) => this.open.has(fsPath),
    });
    this.indexer = new FileIndexer({
      host,
      files: this.files,
      kept: this.kept,
      publishing: this.publishing,
      stats: this.stats,
      isOpen: (p) => this.open.has(p),
      isDirty: (p) => this.dirty.has(p),
      diskGeneration: () => this.diskGeneration,
      requeue: (p) => this.queue.add(p),
      forget: (p) => this.forget(p),
      changed: () => this.scheduleSave(),
    });
    this.queue = new IndexQueue({
      work: (fsPath) => this.indexer.index(fsPath),
      // One file per worker: a keystroke then waits behind at most one task per core.
      lanes: () => (this.indexer.usePool() ? this.host.pool!.size : 1),
      pauseMs: () => host.settings().diagnostics.delay + PAUSE_AFTER_TYPING_MS,
      progress: (done, total) => this.showProgress(done, total),
      drained: () => this.settled(),
    });
  }

  // ——— for other features

  uris(): string[] {
    const uris: string[] = [];
    for (const [fsPath, state] of this.files) if (this.open.has(fsPath) || state.summary) uris.push(state.uri);
    return uris;
  }

  async analysis(uri: string): Promise<Analysis | undefined> {
    const fsPath = fsPathOf(uri);
    if (fsPath === undefined) return undefined;
    if (this.open.has(fsPath)) {
      const open = await this.host.openAnalysis(uri);
      if (open) return open;
    }
    const state = this.files.get(fsPath);
    if (!state || state.error !== undefined) return undefined;
    const kept = this.kept.get(fsPath);
    if (kept) return kept;
    const analysis = await this.host.analyzeFile(state.root, state.relative);
    if (analysis && this.files.get(fsPath) === state && !this.open.has(fsPath)) this.kept.keep(fsPath, analysis);
    return analysis;
  }

  summary(uri: string): FileSummary | undefined {
    const fsPath = fsPathOf(uri);
    if (fsPath === undefined || this.open.has(fsPath) || this.queue.has(fsPath)) return undefined;
    return this.files.get(fsPath)?.summary;
  }

  get complete(): boolean {
    return !this.walking && this.queue.idle;
  }

  whenComplete(timeoutMs: number): Promise<boolean> {
    return this.complete ? Promise.resolve(true) : this.waiters.wait(timeoutMs);
  }

  // ——— commands

  /** `argmap.checkWorkspace`: every indexed file's diagnostics are published, the rest as they are indexed. */
  async checkWorkspace(timeoutMs: number): Promise<{ files: number; complete: boolean }> {
    const started = performance.now();
    // The files are known once listed (quick); their diagnostics follow as each is indexed.
    // A build started meanwhile (the first settings arriving) is waited for too.
    const deadline = new Promise((resolve) => setTimeout(resolve, timeoutMs));
    for (let walked: Promise<void> | undefined; walked !== this.walked; ) {
      walked = this.walked;
      if ((await Promise.race([walked.then(() => true), deadline])) !== true) break;
    }
    this.publishing.checkAll(this.files);
    const complete = await this.whenComplete(Math.max(0, timeoutMs - (performance.now() - started)));
    return { files: this.uris().length, complete };
  }

  // ——— events

  /** (Re)builds the index for these workspace folders (absolute paths). */
  setFolders(roots: readonly string[]): void {
    this.roots = [...roots];
    this.startBuild();
  }

  /** `argmap.files`, the size limit, the scope or severities changed. */
  settingsChanged(previous: ArgmapSettings): void {
    const next = this.host.settings();
    // A build still waiting for the first settings reads them itself: only a built index starts over.
    const filesChanged = this.built !== undefined && JSON.stringify(next.files) !== this.built.files;
    const limitChanged = this.built !== undefined && next.maxFileSize !== this.built.maxFileSize;
    if (limitChanged) {
      // Every summary was made under the old limit.
      this.loaded = Promise.resolve(new Map());
      this.kept.clear();
      for (const state of this.files.values()) Object.assign(state, { summary: undefined, cached: undefined });
    }
    if (filesChanged || limitChanged) {
      this.publishing.everything = next.diagnostics.scope === 'workspace';
      this.startBuild();
      return;
    }
    this.publishing.setScope(next.diagnostics.scope === 'workspace', this.files);
    if (JSON.stringify(previous.severity) !== JSON.stringify(next.severity)) this.publishing.severitiesChanged(this.files);
  }

  /** A document opened: indexing pauses as for a keystroke, so its first analysis comes first. */
  opened(uri: string): void {
    this.queue.typed();
    const fsPath = fsPathOf(uri);
    if (fsPath === undefined) return;
    this.open.set(fsPath, uri);
    this.kept.delete(fsPath);
    this.publishing.opened(fsPath);
  }

  /** An open document changed: indexing pauses; files that read it are indexed again afterwards. */
  edited(uri: string): void {
    this.queue.typed();
    const fsPath = fsPathOf(uri);
    if (fsPath === undefined) return;
    this.dirty.add(fsPath);
    this.requeueDependents(fsPath);
  }

  /** A document closed: its file is read from disk again (the buffer may not have been saved). */
  closedDocument(uri: string): void {
    const fsPath = fsPathOf(uri);
    if (fsPath === undefined) return;
    this.open.delete(fsPath);
    this.dirty.delete(fsPath);
    if (this.files.has(fsPath)) this.queue.add(fsPath);
    this.requeueDependents(fsPath);
    this.queue.run();
  }

  /** Files created, changed or deleted on disk (`workspace/didChangeWatchedFiles`). */
  filesChanged(fsPaths: readonly string[]): void {
    this.diskGeneration++;
    for (const fsPath of fsPaths) {
      this.kept.delete(fsPath);
      // A save makes the disk hold the buffer's text again.
      this.dirty.delete(fsPath);
      const location = this.locate(fsPath);
      if (location && this.isArgument(location.relative) && !this.files.has(fsPath)) {
        this.files.set(fsPath, { uri: uriOfPath(fsPath), ...location });
      }
      // A deleted folder is one event: every file below it is checked.
      for (const known of this.files.keys()) if (isInside(fsPath, known)) this.queue.add(known);
      this.requeueDependents(fsPath);
      // So is a folder that appears with its files (a checkout, a copy): they are listed.
      if (location && !this.files.has(fsPath) && !isMarkdownName(location.relative) && !inSkippedFolder(location.relative)) void this.addFolder(fsPath, location);
    }
    this.queue.run();
  }

  /** The argument files of a folder that appeared (nothing when the path is not a folder). */
  private async addFolder(fsPath: string, location: { root: string; relative: string }): Promise<void> {
    const build = this.build;
    try {
      if (!(await fs.stat(fsPath)).isDirectory()) return;
      for (const file of await listArgumentFiles(location.root, this.isArgument, () => build !== this.build, location.relative)) {
        const where = this.locate(file);
        if (build !== this.build || !where || this.files.has(file)) continue;
        this.files.set(file, { uri: uriOfPath(file), ...where });
        this.queue.add(file);
        this.requeueDependents(file);
      }
      this.queue.run();
    } catch {
      // gone again, or unreadable: nothing to index
    }
  }

  // ——— building

  private startBuild(): void {
    this.walked = this.rebuild();
  }

  private async rebuild(): Promise<void> {
    const build = ++this.build;
    this.walking = true;
    this.buildStarted = performance.now();
    this.queue.clear();
    try {
      await this.host.ready();
      const settings = this.host.settings();
      this.built = { files: JSON.stringify(settings.files), maxFileSize: settings.maxFileSize };
      this.publishing.everything = settings.diagnostics.scope === 'workspace';
      this.isArgument = argumentMatcher(settings.files);
      this.loaded ??= this.disk.load(settings.maxFileSize);
      const cache = await this.loaded;
      this.passBase = 0;
      const found = await listFolders(this.roots, this.isArgument, (p) => this.locate(p)?.root, () => build !== this.build);
      if (build !== this.build) return;
      for (const fsPath of [...this.files.keys()]) if (!found.has(fsPath)) this.forget(fsPath);
      const taken = await takeListed(found, cache, {
        files: this.files,
        isOpen: (p) => this.open.has(p),
        locate: (p) => this.locate(p),
        taken: (p, state, changed) => {
          if (changed) this.stats.fromCache++;
          this.publishing.fromSummary(p, state);
        },
        queue: (p) => this.queue.add(p),
        stale: () => build !== this.build,
      });
      if (taken !== undefined) this.passBase = taken;
    } catch (err) {
      this.report(`workspace index: listing the workspace failed: ${describeError(err)}`);
    } finally {
      if (build === this.build) {
        this.walking = false;
        if (this.queue.idle) this.settled();
        else {
          if (this.firstPass) this.progress.begin(this.passBase, this.passBase + this.queue.size);
          this.queue.run();
        }
      }
    }
  }

  /** A file that is gone: out of the index, its diagnostics cleared. */
  private forget(fsPath: string): void {
    this.files.delete(fsPath);
    this.kept.delete(fsPath);
    if (!this.open.has(fsPath)) this.publishing.clear(fsPath);
    this.scheduleSave();
  }

  private requeueDependents(fsPath: string): void {
    for (const path of dependentsOf(this.files, fsPath)) {
      this.kept.delete(path);
      this.queue.add(path);
    }
    this.queue.run();
  }

  private locate(fsPath: string): { root: string; relative: string } | undefined {
    const location = this.host.workspace.locate(uriOfPath(fsPath));
    return location && { root: location.root, relative: location.path };
  }

  private showProgress(done: number, total: number): void {
    if (this.firstPass) this.progress.report(this.passBase + done, this.passBase + total);
    else if (this.progress.active) this.progress.report(done, total);
    else if (total >= PROGRESS_MIN_FILES && done < total) this.progress.begin(done, total);
  }

  /** The queue ran dry (or a build found nothing to do): waiters go on, the cache is written. */
  private settled(): void {
    if (this.walking) return;
    this.progress.done();
    if (this.firstPass) {
      this.firstPass = false;
      const { fromCache, analysed } = this.stats;
      const ms = Math.round(performance.now() - this.buildStarted);
      this.info(`workspace index: ${this.uris().length} argument files in ${ms} ms (${fromCache} from the cache, ${analysed} analysed)`);
      if (this.stats.inWorkers) this.info(`workspace index: ${this.stats.inWorkers} of them analysed in ${this.host.pool?.size ?? 0} worker threads`);
    }
    this.waiters.release();
    this.scheduleSave();
  }

  private info(message: string): void {
    logQuietly(this.host.log, 'info', message);
  }

  private report(message: string): void {
    logQuietly(this.host.log, 'error', message);
  }

  private scheduleSave(): void {
    this.saving.schedule();
  }

  private cachedEntries(): Map<string, CachedFile> {
    const entries = new Map<string, CachedFile>();
    for (const [fsPath, state] of this.files) if (state.cached) entries.set(fsPath, state.cached);
    return entries;
  }

  /** Stops timers (the server is shutting down); the cache is written now if due. */
  async dispose(): Promise<void> {
    this.build++;
    await this.saving.flush();
  }
}
