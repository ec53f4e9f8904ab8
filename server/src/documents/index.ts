// Open documents and their analyses: the facade the server talks to. Each job is its own
// module: text sync (store), which files are argument files (membership), parsing in
// slices (parsing), cross-file loads (loads), one analysis per version (cache) and
// publishing (publisher); this file says what each event means for them.
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import type { InjectFault } from '../faults';
import type { Analysis } from '../model';
import type { Logger } from '../log';
import type { ParallelParser } from '../pool/parallelParser';
import type { ArgmapSettings } from '../protocol';
import type { WorkspaceFiles } from '../workspace/files';
import { AnalysisCache } from './cache';
import { CrossFileLoads } from './loads';
import { ArgumentFiles } from './membership';
import { SlicedParser } from './parsing';
import { Publisher, type PublisherHost } from './publisher';
import { DocumentStore, type Entry } from './store';
import { HeapGrowth } from './heapGrowth';

export interface DocumentsHost {
  readonly workspace: WorkspaceFiles;
  readonly log: Logger;
  readonly injectFault: InjectFault;
  settings(): ArgmapSettings;
  /** Settles once the client's settings are known (initially and after a change); analyses wait for it. */
  ready?(): Promise<void>;
  /** The analysis as LSP diagnostics, under the current severity settings. */
  diagnostics: PublisherHost['diagnostics'];
  send: PublisherHost['send'];
  /** After a version's diagnostics were published (the outline is built ahead then). */
  published?: PublisherHost['published'];
  /** Worker threads for the first parse of large documents, if any. */
  readonly parallel?: ParallelParser;
}

export class Documents {
  private readonly store: DocumentStore;
  private readonly membership: ArgumentFiles;
  private readonly loads: CrossFileLoads;
  private readonly cache: AnalysisCache;
  private readonly publisher: Publisher;
  private readonly heap = new HeapGrowth();

  constructor(private readonly host: DocumentsHost) {
    const { log, workspace } = host;
    this.store = new DocumentStore(log);
    this.membership = new ArgumentFiles(log, () => host.settings().files, () => workspace.hasFolders);
    this.loads = new CrossFileLoads({
      workspace,
      log,
      injectFault: host.injectFault,
      openText: this.store.openText,
      openAnalysis: (fsPath) => {
        const open = this.store.atPath(fsPath);
        return open?.argument ? this.analysis(open.uri) : undefined;
      },
    });
    const maxFileSize = () => host.settings().maxFileSize;
    this.cache = new AnalysisCache(this.store, new SlicedParser((e) => this.store.isOpen(e), () => host.settings().maxBlockSize, host.parallel), this.loads, { log, maxFileSize, ready: host.ready });
    this.publisher = new Publisher({
      log,
      diagnostics: (uri, analysis) => host.diagnostics(uri, analysis),
      send: (params) => host.send(params),
      published: (uri, analysis) => host.published?.(uri, analysis),
      analysis: (uri) => this.analysis(uri),
      entry: (uri) => this.store.get(uri),
    });
  }

  open(uri: string, languageId: string, version: number, text: string): void {
    if (typeof uri !== 'string' || typeof text !== 'string') {
      this.host.log.warn(`didOpen without a uri or text: ignored`);
      return;
    }
    if (this.store.get(uri)) this.forget(uri, false);
    const entry = this.store.add(uri, languageId, version, text, this.host.workspace.locate(uri));
    entry.argument = this.membership.isArgument(entry);
    this.openTextChanged();
    if (entry.argument) this.publisher.schedule(entry, 0);
    if (entry.fsPath) this.fileChanged(entry.fsPath, entry);
  }

  change(uri: string, version: number, changes: readonly TextDocumentContentChangeEvent[]): void {
    const entry = this.store.get(uri);
    if (!entry) {
      this.host.log.warn(`didChange for a document that is not open: ${uri}`);
      return;
    }
    this.store.applyChanges(entry, version, changes);
    this.openTextChanged();
    if (entry.argument) this.publisher.schedule(entry, this.delay());
    if (entry.fsPath) this.fileChanged(entry.fsPath, entry);
  }

  close(uri: string): void {
    this.forget(uri, true);
  }

  /** The analysis of the document's current version (computed once), or undefined for a non-argument document. */
  analysis(uri: string): Promise<Analysis | undefined> {
    return this.cache.analysis(uri);
  }

  /** Whether `analysis` is that of the document's current version (not replaced by an edit, a setting or a dependency). */
  isCurrent(uri: string, analysis: Analysis): boolean {
    const entry = this.store.get(uri);
    return entry?.result?.analysis === analysis && entry.result.generation === entry.generation;
  }

  /** The open argument documents: uri and file-system path (none outside the file scheme). */
  openArguments(): { uri: string; fsPath?: string }[] {
    return [...this.store.all()].filter((e) => e.argument).map((e) => ({ uri: e.uri, fsPath: e.fsPath }));
  }

  /**
   * The current version's text with its analysis, for features that write into the text.
   * `stale`: the last analysis made, even of an earlier version, rather than wait (completion).
   */
  async snapshot(uri: string, stale = false): Promise<{ analysis: Analysis; text: string; version: number } | undefined> {
    const entry = this.store.get(uri);
    if (stale && entry?.argument && entry.result) return { analysis: entry.result.analysis, text: entry.document.getText(), version: entry.document.version };
    const analysis = await this.analysis(uri);
    const now = this.store.get(uri);
    if (!analysis || !now || now.result?.analysis !== analysis || now.result.generation !== now.generation) return undefined;
    return { analysis, text: now.document.getText(), version: now.document.version };
  }

  /** The analysis of another file of the workspace (a reference's target), open or not. */
  analyzeFile(root: string, relative: string): Promise<Analysis | undefined> {
    return this.loads.analyzeFile(root, relative, this.host.settings().maxFileSize);
  }

  /** Files changed on disk (`workspace/didChangeWatchedFiles`). */
  filesChangedOnDisk(fsPaths: readonly string[]): void {
    for (const fsPath of fsPaths) {
      this.host.workspace.invalidate(fsPath);
      // An open buffer is what referrers read; a save of it changes nothing for them.
      if (!this.store.atPath(fsPath)) this.fileChanged(fsPath);
    }
  }

  /** Settings changed: documents may join or leave, severities or the size limit change what is published. */
  settingsChanged(previous: ArgmapSettings): void {
    const next = this.host.settings();
    const reanalyse = previous.maxFileSize !== next.maxFileSize || previous.maxBlockSize !== next.maxBlockSize;
    const membership = JSON.stringify(previous.files) !== JSON.stringify(next.files);
    const republish = JSON.stringify(previous.severity) !== JSON.stringify(next.severity);
    if (!reanalyse && !membership && !republish) return;
    if (reanalyse) this.host.workspace.clear();
    if (republish) this.publisher.severitiesChanged();
    this.refreshAll(reanalyse);
  }

  /** Workspace folders changed: paths, and so references, resolve differently. */
  foldersChanged(): void {
    for (const entry of this.store.all()) entry.location = this.host.workspace.locate(entry.uri);
    this.host.workspace.clear();
    this.refreshAll(true);
  }

  /** The heap's growth follows the size of the argument documents open (heapGrowth.ts). */
  private openTextChanged(): void {
    let total = 0;
    for (const e of this.store.all()) if (e.argument) total += e.document.getText().length;
    this.heap.update(total);
  }

  private delay(): number {
    return this.host.settings().diagnostics.delay;
  }

  private forget(uri: string, notify: boolean): void {
    const entry = this.store.get(uri);
    if (!entry) return;
    this.publisher.cancel(entry);
    entry.generation++;
    this.store.remove(entry);
    this.openTextChanged();
    if (!notify) return;
    if (entry.argument) this.publisher.clear(entry);
    if (entry.fsPath) {
      // Referrers read the file from disk again, which may not hold the buffer's last edits.
      this.host.workspace.invalidate(entry.fsPath);
      this.fileChanged(entry.fsPath, entry);
    }
  }

  /** A file changed (an open buffer, or on disk): documents that read it are analysed again. */
  private fileChanged(fsPath: string, except?: Entry): void {
    for (const entry of this.store.all()) {
      if (entry === except || !entry.argument) continue;
      // A computation in flight may have read the old text: restart it too.
      if (entry.result?.dependencies.has(fsPath) || entry.computing) {
        entry.generation++;
        this.publisher.schedule(entry, this.delay());
      }
    }
  }

  private refreshAll(reanalyse: boolean): void {
    for (const entry of this.store.all()) {
      const was = entry.argument;
      entry.argument = this.membership.isArgument(entry);
      if (was && !entry.argument) {
        this.publisher.cancel(entry);
        entry.generation++;
        entry.result = undefined;
        this.publisher.clear(entry);
        continue;
      }
      if (!entry.argument) continue;
      if (reanalyse || !was) entry.generation++;
      this.publisher.cancel(entry);
      void this.publisher.validate(entry.uri);
    }
  }
}
