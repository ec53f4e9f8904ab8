// Open documents and their analyses. Each document keeps its parsed form across versions
// (so an edit re-parses only the blocks it touches) and one analysis per version that
// every feature reads. Work for a version that an edit has replaced is dropped.
import { sep } from 'node:path';
import picomatch from 'picomatch';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { analyze, createGraphCache, emptyAnalysis, parseDocument, type Analysis, type AnalyzeOptions, type ParsedDocument } from './model';
import type { ArgmapSettings } from './protocol';
import { injectFault } from './faults';
import { describeError, type Logger } from './log';
import { fsPathOf, type Location, type Workspace } from './workspace';

export interface DocumentsHost {
  readonly workspace: Workspace;
  readonly log: Logger;
  settings(): ArgmapSettings;
  /** Settles once the client's settings are known (initially and after a change); analyses wait for it. */
  ready?(): Promise<void>;
  /** An analysis is ready for the document's current version. */
  publish(uri: string, version: number, analysis: Analysis): void;
  /** The document is no longer analysed: its diagnostics go. */
  clear(uri: string): void;
}

/** The region an edit sequence touched: [start, oldEnd) of the parsed text is now [start, newEnd). */
export interface Touched {
  start: number;
  oldEnd: number;
  newEnd: number;
}

interface Entry {
  readonly uri: string;
  readonly languageId: string;
  readonly document: TextDocument;
  readonly fsPath?: string;
  location?: Location;
  /** Whether the document is an argument file (analysed) or only read for references. */
  argument: boolean;
  /** Bumped by anything that makes the analysis stale: an edit, a dependency, a setting. */
  generation: number;
  parsed?: { version: number; doc: ParsedDocument };
  /** `parsed.doc` being parsed in slices (a full parse); analyses wait for it. */
  parsing?: { doc: ParsedDocument; promise: Promise<void> };
  /** What changed since `parsed`; `all` when a change replaced the whole text. */
  touched?: Touched | 'all';
  result?: { generation: number; analysis: Analysis; dependencies: ReadonlySet<string> };
  computing?: { generation: number; promise: Promise<unknown> };
  /** The generation and severity epoch last published. */
  published?: { generation: number; epoch: number };
  timer?: ReturnType<typeof setTimeout>;
}

/** A document re-analysed because of loaded files is analysed at most this many times per version. */
const MAX_LOAD_ROUNDS = 16;

/** A full parse runs in slices of about this long, the event loop free in between. */
const SLICE_MS = 15;

/**
 * An incremental update re-parses the edited text at once, in one go: beyond this many
 * new characters (a big paste, select-all and paste) the document is parsed afresh in
 * slices instead, so that no edit blocks the server for long.
 */
const LARGE_EDIT = 256 * 1024;

function sliceDeadline(): () => boolean {
  const end = performance.now() + SLICE_MS;
  return () => performance.now() >= end;
}

/** Lets every message and timer that is waiting run first. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Whether the model will refuse the text as over `argmap.maxFileSize` (UTF-8 bytes) without parsing it. */
function overLimit(text: string, max: number): boolean {
  if (text.length > max) return true;
  return text.length * 3 > max && Buffer.byteLength(text, 'utf8') > max;
}

function schemeOf(uri: string): string {
  const colon = uri.indexOf(':');
  return colon < 0 ? '' : uri.slice(0, colon).toLowerCase();
}

function lastSegment(uri: string): string {
  const pathPart = uri.replace(/[?#].*$/, '');
  const name = pathPart.slice(pathPart.lastIndexOf('/') + 1) || pathPart.slice(pathPart.indexOf(':') + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}


/** Grows the touched region by one edit of the current text ([start, end) replaced by `length` characters). */
export function touch(previous: Touched | undefined, start: number, end: number, length: number): Touched {
  if (!previous) return { start, oldEnd: end, newEnd: start + length };
  return {
    start: Math.min(previous.start, start),
    // Text after the region is only shifted, so an end beyond it maps back by that shift.
    oldEnd: end > previous.newEnd ? previous.oldEnd + (end - previous.newEnd) : previous.oldEnd,
    newEnd: Math.max(previous.newEnd, end) + length - (end - start),
  };
}

export class Documents {
  private readonly entries = new Map<string, Entry>();
  private readonly byPath = new Map<string, Entry>();
  /** Other files' graphs, kept while their text is unchanged (the model keeps no state itself). */
  private readonly graphCache = createGraphCache();
  private matchers: { globs: string; match: (path: string) => boolean; anywhere: (path: string) => boolean } | undefined;
  /** Bumped when severities change: every document is published again, analysis unchanged. */
  private epoch = 0;

  constructor(private readonly host: DocumentsHost) {}

  // --- what is open ---------------------------------------------------------

  open(uri: string, languageId: string, version: number, text: string): void {
    if (typeof uri !== 'string' || typeof text !== 'string') {
      this.host.log.warn(`didOpen without a uri or text: ignored`);
      return;
    }
    if (this.entries.has(uri)) this.forget(uri, false);
    const entry: Entry = {
      uri,
      languageId,
      document: TextDocument.create(uri, languageId, version, text),
      fsPath: fsPathOf(uri),
      argument: false,
      generation: 0,
    };
    entry.location = this.host.workspace.locate(uri);
    entry.argument = this.isArgument(entry);
    this.entries.set(uri, entry);
    if (entry.fsPath) this.byPath.set(entry.fsPath, entry);
    if (entry.argument) this.schedule(entry, 0);
    if (entry.fsPath) this.fileChanged(entry.fsPath, entry);
  }

  change(uri: string, version: number, changes: readonly TextDocumentContentChangeEvent[]): void {
    const entry = this.entries.get(uri);
    if (!entry) {
      this.host.log.warn(`didChange for a document that is not open: ${uri}`);
      return;
    }
    const doc = entry.document;
    if (!(typeof version === 'number' && version > doc.version)) {
      // Versions only grow; a client that numbers an edit otherwise still made the edit
      // (notifications arrive in order), so it is applied, and published under the
      // current version: a publish never goes back to an older one.
      this.host.log.warn(`didChange for ${uri} with version ${String(version)}, not after ${doc.version}: applied as version ${doc.version}`);
      version = doc.version;
    }
    for (const change of changes) {
      if ('range' in change && change.range) {
        let start = doc.offsetAt(change.range.start);
        let end = doc.offsetAt(change.range.end);
        if (end < start) [start, end] = [end, start];
        if (entry.touched !== 'all') entry.touched = touch(entry.touched, start, end, change.text.length);
      } else {
        entry.touched = 'all';
      }
      // One change at a time: each change's range is in the text the previous one left.
      TextDocument.update(doc, [change], version);
    }
    entry.generation++;
    if (entry.argument) this.schedule(entry, this.host.settings().diagnostics.delay);
    if (entry.fsPath) this.fileChanged(entry.fsPath, entry);
  }

  close(uri: string): void {
    this.forget(uri, true);
  }

  private forget(uri: string, notify: boolean): void {
    const entry = this.entries.get(uri);
    if (!entry) return;
    clearTimeout(entry.timer);
    entry.generation++;
    this.entries.delete(uri);
    if (entry.fsPath && this.byPath.get(entry.fsPath) === entry) this.byPath.delete(entry.fsPath);
    if (!notify) return;
    if (entry.argument) this.host.clear(uri);
    if (entry.fsPath) {
      // Referrers read the file from disk again, which may not hold the buffer's last edits.
      this.host.workspace.invalidate(entry.fsPath);
      this.fileChanged(entry.fsPath, entry);
    }
  }

  // --- which documents are argument files --------------------------------------

  /**
   * The client only syncs documents matching `argmap.files`, but a stray document must
   * cost nothing: only `file:` Markdown whose name ends in `.arg.md` or that matches the
   * globs, and untitled Markdown (which the client only sends when asked to), are analysed.
   */
  private isArgument(entry: Entry): boolean {
    const scheme = schemeOf(entry.uri);
    if (scheme === 'untitled') return entry.languageId === 'markdown';
    if (scheme !== 'file' || entry.fsPath === undefined) return false;
    const name = entry.fsPath.toLowerCase();
    if (!name.endsWith('.md') && !name.endsWith('.markdown')) return false;
    if (name.endsWith('.arg.md')) return true;
    if (entry.location) return this.globMatcher()(entry.location.path);
    // Outside every folder only `**` globs apply (the client's selector does the same).
    return this.globMatcher(true)(entry.fsPath.split(sep).join('/'));
  }

  private globMatcher(anywhereOnly = false): (path: string) => boolean {
    const files = this.host.settings().files;
    const key = JSON.stringify(files);
    if (this.matchers?.globs !== key) {
      const compile = (globs: string[]): ((path: string) => boolean) => {
        try {
          const matchers = globs.map((glob) => picomatch(glob, { dot: true }));
          return (path) => matchers.some((m) => m(path));
        } catch (err) {
          this.host.log.warn(`argmap.files: ${describeError(err)}`);
          return () => false;
        }
      };
      this.matchers = { globs: key, match: compile(files), anywhere: compile(files.filter((g) => g.startsWith('**'))) };
    }
    return anywhereOnly ? this.matchers.anywhere : this.matchers.match;
  }

  // --- analysis ---------------------------------------------------------------

  /** The analysis of the document's current version (computed once), or undefined for a non-argument document. */
  async analysis(uri: string): Promise<Analysis | undefined> {
    if (this.host.ready) await this.host.ready();
    for (;;) {
      const entry = this.entries.get(uri);
      if (!entry || !entry.argument) return undefined;
      if (entry.result && entry.result.generation === entry.generation) return entry.result.analysis;
      if (entry.computing?.generation !== entry.generation) {
        const generation = entry.generation;
        const store = (analysis: Analysis, dependencies: ReadonlySet<string>) => {
          if (this.entries.get(uri) === entry && entry.generation === generation) entry.result = { generation, analysis, dependencies };
        };
        const promise = this.compute(entry, generation).then(
          (computed) => {
            if (computed) store(computed.analysis, computed.dependencies);
          },
          (err: unknown) => {
            this.host.log.error(`analysis of ${uri} failed: ${describeError(err)}`);
            store(this.fallback(entry), new Set());
          },
        );
        entry.computing = { generation, promise };
        void promise.finally(() => {
          if (entry.computing?.promise === promise) entry.computing = undefined;
        });
      }
      // Then loop: the result is there, or an edit came meanwhile and its version is wanted.
      await entry.computing!.promise;
    }
  }

  /** The analysis of another file of the workspace (a reference's target), open or not. */
  async analyzeFile(root: string, relative: string): Promise<Analysis | undefined> {
    const workspace = this.host.workspace;
    const absolute = workspace.resolve(root, relative);
    if (absolute === undefined) return undefined;
    const open = this.byPath.get(absolute);
    if (open?.argument) return this.analysis(open.uri);
    const maxFileSize = this.host.settings().maxFileSize;
    let text = this.openText(absolute);
    if (text === undefined) {
      await workspace.load([absolute], root, maxFileSize);
      const loaded = workspace.reader(root, this.openText, new Set())(relative);
      if (typeof loaded !== 'string') return undefined;
      text = loaded;
    }
    try {
      const parsed = parseDocument(text);
      if (!overLimit(text, maxFileSize)) while (!parsed.parseSome(sliceDeadline())) await nextTurn();
      return await this.analyzeWithLoads(parsed, { root, path: relative }, maxFileSize, new Set(), () => true);
    } catch (err) {
      this.host.log.error(`analysing ${relative} failed: ${describeError(err)}`);
      return undefined;
    }
  }

  private async compute(entry: Entry, generation: number): Promise<{ analysis: Analysis; dependencies: ReadonlySet<string> } | undefined> {
    const stillWanted = () => this.entries.get(entry.uri) === entry && entry.generation === generation;
    const maxFileSize = this.host.settings().maxFileSize;
    // Every file asked for, missing ones included: creating one fixes a reference.
    const reads = new Set<string>();
    let analysis: Analysis | undefined;
    try {
      const parsed = await this.parsed(entry, maxFileSize, stillWanted);
      if (!parsed) return undefined;
      analysis = await this.analyzeWithLoads(parsed, entry.location, maxFileSize, reads, stillWanted, entry.uri);
    } catch (err) {
      // The model parses lazily, inside analyze: an incremental parse that failed is
      // retried from scratch before the document is given up on.
      this.host.log.error(`analysing ${entry.uri} failed: ${describeError(err)}`);
      entry.parsed = undefined;
      if (!stillWanted()) return undefined;
      try {
        const parsed = await this.parsed(entry, maxFileSize, stillWanted);
        if (!parsed) return undefined;
        analysis = await this.analyzeWithLoads(parsed, entry.location, maxFileSize, reads, stillWanted, entry.uri);
      } catch (again) {
        this.host.log.error(`analysing ${entry.uri} from scratch failed too: ${describeError(again)}`);
        entry.parsed = undefined;
        return { analysis: this.fallback(entry), dependencies: new Set() };
      }
    }
    if (!analysis) return undefined;
    if (entry.location) {
      for (const relative of analysis.dependencies) {
        const absolute = this.host.workspace.resolve(entry.location.root, relative);
        if (absolute !== undefined) reads.add(absolute);
      }
    }
    return { analysis, dependencies: reads };
  }

  /**
   * Runs the model with a reader over the file cache, loads what it missed and runs it
   * again, until nothing is missing. Returns undefined if `stillWanted` turns false.
   */
  private async analyzeWithLoads(
    parsed: ParsedDocument,
    location: Location | undefined,
    maxFileSize: number,
    reads: Set<string>,
    stillWanted: () => boolean,
    uri?: string,
  ): Promise<Analysis | undefined> {
    const misses = new Set<string>();
    const options: AnalyzeOptions = {
      path: location?.path ?? (uri ? lastSegment(uri) : undefined),
      readFile: location ? this.host.workspace.reader(location.root, this.openText, misses, reads) : undefined,
      maxFileSize,
      graphCache: this.graphCache,
    };
    for (let round = 0; ; round++) {
      misses.clear();
      injectFault('analysis', options.path);
      const analysis = analyze(parsed, options);
      if (misses.size === 0 || !location || round >= MAX_LOAD_ROUNDS) return analysis;
      await this.host.workspace.load(misses, location.root, maxFileSize);
      if (!stillWanted()) return undefined;
    }
  }

  /**
   * The current text, parsed. A full parse (first open, a whole-text change) runs in
   * slices with the event loop free in between, so that requests on other documents are
   * answered meanwhile; an incremental update is small and runs at once. Undefined when
   * the analysis is no longer wanted.
   */
  private async parsed(entry: Entry, maxFileSize: number, stillWanted: () => boolean): Promise<ParsedDocument | undefined> {
    for (;;) {
      // A parse under way is finished first: the edits made meanwhile are then an update
      // of it rather than a second full parse (typing while a huge file opens).
      while (entry.parsing) await entry.parsing.promise;
      if (!stillWanted()) return undefined;
      const doc = this.parse(entry);
      // The model refuses an over-size text without parsing it (only a fresh parse can be
      // over the limit: an over-size text is never parsed, so never the base of an update).
      if ((doc.base === undefined && overLimit(doc.text, maxFileSize)) || doc.parseSome(sliceDeadline())) return doc;
      const promise = this.finishParse(entry, doc);
      entry.parsing = { doc, promise };
      await promise;
      // Then loop: the same document, now parsed, unless an edit came meanwhile.
    }
  }

  /** Parses the rest of `doc` slice by slice; gives up when nothing can use it any more. */
  private async finishParse(entry: Entry, doc: ParsedDocument): Promise<void> {
    try {
      for (;;) {
        await nextTurn();
        // Closed, or the whole text replaced: later versions will not be built on it.
        if (this.entries.get(entry.uri) !== entry || entry.parsed?.doc !== doc || entry.touched === 'all') return;
        if (doc.parseSome(sliceDeadline())) return;
      }
    } finally {
      if (entry.parsing?.doc === doc) entry.parsing = undefined;
    }
  }

  private parse(entry: Entry): ParsedDocument {
    const version = entry.document.version;
    if (entry.parsed && entry.parsed.version === version && entry.touched === undefined) return entry.parsed.doc;
    const text = entry.document.getText();
    const { parsed: previous, touched } = entry;
    let doc: ParsedDocument;
    if (previous && touched && touched !== 'all' && touched.newEnd - touched.start <= LARGE_EDIT) {
      // The edits since the last parse, merged into one edit of that parse's text.
      doc = parseDocument(text, previous.doc, [{ start: touched.start, end: touched.oldEnd, text: text.slice(touched.start, touched.newEnd) }]);
    } else {
      doc = parseDocument(text);
    }
    entry.parsed = { version, doc };
    entry.touched = undefined;
    return doc;
  }

  private fallback(entry: Entry): Analysis {
    return emptyAnalysis(entry.location?.path ?? lastSegment(entry.uri), entry.document.lineCount);
  }

  private readonly openText = (fsPath: string): string | undefined => this.byPath.get(fsPath)?.document.getText();

  // --- publishing ---------------------------------------------------------------

  private schedule(entry: Entry, delay: number): void {
    clearTimeout(entry.timer);
    entry.timer = undefined;
    if (delay <= 0) {
      void this.validate(entry.uri);
    } else {
      entry.timer = setTimeout(() => {
        entry.timer = undefined;
        void this.validate(entry.uri);
      }, delay);
    }
  }

  /** Analyses the current version and publishes it, unless an edit supersedes it first or it is already out. */
  private async validate(uri: string): Promise<void> {
    try {
      const analysis = await this.analysis(uri);
      const entry = this.entries.get(uri);
      if (!analysis || !entry || !entry.argument || entry.result?.analysis !== analysis) return;
      if (entry.result.generation !== entry.generation) return;
      if (entry.published?.generation === entry.generation && entry.published.epoch === this.epoch) return;
      entry.published = { generation: entry.generation, epoch: this.epoch };
      this.host.publish(uri, entry.document.version, analysis);
    } catch (err) {
      this.host.log.error(`validating ${uri} failed: ${describeError(err)}`);
    }
  }

  /** A file changed (an open buffer, or on disk): documents that read it are analysed again. */
  fileChanged(fsPath: string, except?: Entry): void {
    for (const entry of this.entries.values()) {
      if (entry === except || !entry.argument) continue;
      // A computation in flight may have read the old text: restart it too.
      if (entry.result?.dependencies.has(fsPath) || entry.computing) {
        entry.generation++;
        this.schedule(entry, this.host.settings().diagnostics.delay);
      }
    }
  }

  /** Files changed on disk (`workspace/didChangeWatchedFiles`). */
  filesChangedOnDisk(fsPaths: readonly string[]): void {
    for (const fsPath of fsPaths) {
      this.host.workspace.invalidate(fsPath);
      // An open buffer is what referrers read; a save of it changes nothing for them.
      if (!this.byPath.has(fsPath)) this.fileChanged(fsPath);
    }
  }

  /** Settings changed: documents may join or leave, severities or the size limit change what is published. */
  settingsChanged(previous: ArgmapSettings): void {
    const next = this.host.settings();
    const reanalyse = previous.maxFileSize !== next.maxFileSize;
    const membership = JSON.stringify(previous.files) !== JSON.stringify(next.files);
    const republish = JSON.stringify(previous.severity) !== JSON.stringify(next.severity);
    if (!reanalyse && !membership && !republish) return;
    if (reanalyse) this.host.workspace.clear();
    if (republish) this.epoch++;
    this.refreshAll(reanalyse);
  }

  /** Workspace folders changed: paths, and so references, resolve differently. */
  foldersChanged(): void {
    for (const entry of this.entries.values()) entry.location = this.host.workspace.locate(entry.uri);
    this.host.workspace.clear();
    this.refreshAll(true);
  }

  private refreshAll(reanalyse: boolean): void {
    for (const entry of this.entries.values()) {
      const was = entry.argument;
      entry.argument = this.isArgument(entry);
      if (was && !entry.argument) {
        clearTimeout(entry.timer);
        entry.generation++;
        entry.result = undefined;
        entry.published = undefined;
        this.host.clear(entry.uri);
        continue;
      }
      if (!entry.argument) continue;
      if (reanalyse || !was) entry.generation++;
      clearTimeout(entry.timer);
      void this.validate(entry.uri);
    }
  }
}
