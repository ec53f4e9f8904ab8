// The open documents and their text (text sync): what `didOpen`/`didChange`/`didClose`
// say, and what each edit touched since the last parse. Other jobs keep their own state
// on the same entry (the fields are grouped by the module that owns them).
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import type { Analysis, ParsedDocument } from '../model';
import type { Logger } from '../log';
import { fsPathOf, type Location } from '../workspace/paths';

/** The region an edit sequence touched: [start, oldEnd) of the parsed text is now [start, newEnd). */
export interface Touched {
  start: number;
  oldEnd: number;
  newEnd: number;
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

export interface Entry {
  // The store's.
  readonly uri: string;
  readonly languageId: string;
  readonly document: TextDocument;
  readonly fsPath?: string;
  location?: Location;
  /** Whether the document is an argument file (analysed) or only read for references. */
  argument: boolean;
  /** Bumped by anything that makes the analysis stale: an edit, a dependency, a setting. */
  generation: number;
  /** What changed since `parsed`; `all` when a change replaced the whole text. */
  touched?: Touched | 'all';
  // parsing.ts's.
  parsed?: { version: number; doc: ParsedDocument };
  /** `parsed.doc` being parsed in slices (a full parse); analyses wait for it. */
  parsing?: { doc: ParsedDocument; promise: Promise<void> };
  // cache.ts's.
  result?: { generation: number; analysis: Analysis; dependencies: ReadonlySet<string> };
  computing?: { generation: number; promise: Promise<unknown> };
  // publisher.ts's.
  /** The generation and severity epoch last published. */
  published?: { generation: number; epoch: number };
  timer?: ReturnType<typeof setTimeout>;
}

/** The last segment of a uri, decoded: the name the model knows a document outside every folder by. */
function lastSegment(uri: string): string {
  const pathPart = uri.replace(/[?#].*$/, '');
  const name = pathPart.slice(pathPart.lastIndexOf('/') + 1) || pathPart.slice(pathPart.indexOf(':') + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/** The path the model knows a document by: workspace-relative, else its file name. */
export function modelPath(entry: Entry): string {
  return entry.location?.path ?? lastSegment(entry.uri);
}

export class DocumentStore {
  private readonly byUri = new Map<string, Entry>();
  private readonly byPath = new Map<string, Entry>();

  constructor(private readonly log: Logger) {}

  get(uri: string): Entry | undefined {
    return this.byUri.get(uri);
  }

  /** The open document at a file-system path. */
  atPath(fsPath: string): Entry | undefined {
    return this.byPath.get(fsPath);
  }

  all(): IterableIterator<Entry> {
    return this.byUri.values();
  }

  /** Whether `entry` is still the open document of its uri (not closed, not reopened). */
  isOpen(entry: Entry): boolean {
    return this.byUri.get(entry.uri) === entry;
  }

  /** The text of the open buffer at `fsPath`: what referrers read instead of the disk. */
  readonly openText = (fsPath: string): string | undefined => this.byPath.get(fsPath)?.document.getText();

  add(uri: string, languageId: string, version: number, text: string, location: Location | undefined): Entry {
    const entry: Entry = {
      uri,
      languageId,
      document: TextDocument.create(uri, languageId, version, text),
      fsPath: fsPathOf(uri),
      location,
      argument: false,
      generation: 0,
    };
    this.byUri.set(uri, entry);
    if (entry.fsPath) this.byPath.set(entry.fsPath, entry);
    return entry;
  }

  remove(entry: Entry): void {
    this.byUri.delete(entry.uri);
    if (entry.fsPath && this.byPath.get(entry.fsPath) === entry) this.byPath.delete(entry.fsPath);
  }

  /** Applies `didChange`'s edits in order and records what they touched; bumps the generation. */
  applyChanges(entry: Entry, version: number, changes: readonly TextDocumentContentChangeEvent[]): void {
    const doc = entry.document;
    if (!(typeof version === 'number' && version > doc.version)) {
      // Versions only grow; a client that numbers an edit otherwise still made the edit
      // (notifications arrive in order), so it is applied, and published under the
      // current version: a publish never goes back to an older one.
      this.log.warn(`didChange for ${entry.uri} with version ${String(version)}, not after ${doc.version}: applied as version ${doc.version}`);
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
  }
}
