// Parsing a document's current text. A full parse (first open, a whole-text change) runs in
// slices with the event loop free in between, so that requests on other documents are
// answered meanwhile; an incremental update is small and runs at once. The first parse of
// a large document has its chunks parsed in worker threads first, when there are any.
import { DEFAULT_MAX_BLOCK_SIZE, parseDocument, type ParsedDocument } from '../model';
import type { ParallelParser } from '../pool/parallelParser';
import type { Entry } from './store';

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

/** A text that is not open (another file's), parsed in slices. */
export async function parseInSlices(text: string, maxFileSize: number, maxBlockSize = DEFAULT_MAX_BLOCK_SIZE): Promise<ParsedDocument> {
  const parsed = parseDocument(text, undefined, undefined, maxBlockSize);
  if (!overLimit(text, maxFileSize)) while (!parsed.parseSome(sliceDeadline())) await nextTurn();
  return parsed;
}

/**
 * The current text of open documents, parsed: incrementally on the previous parse when an
 * edit allows it, else afresh in slices.
 */
export class SlicedParser {
  /** `isOpen(entry)`: the document is still open (not closed or reopened); `maxBlockSize()`: the setting now. */
  constructor(
    private readonly isOpen: (entry: Entry) => boolean,
    private readonly maxBlockSize: () => number = () => DEFAULT_MAX_BLOCK_SIZE,
    private readonly parallel?: ParallelParser,
  ) {}

  /** The current text of `entry`, parsed; undefined when the analysis is no longer wanted. */
  async parsed(entry: Entry, maxFileSize: number, stillWanted: () => boolean): Promise<ParsedDocument | undefined> {
    for (;;) {
      // A parse under way is finished first: the edits made meanwhile are then an update
      // of it rather than a second full parse (typing while a huge file opens).
      while (entry.parsing) await entry.parsing.promise;
      if (!stillWanted()) return undefined;
      const doc = this.parse(entry);
      // The model refuses an over-size text without parsing it (only a fresh parse can be
      // over the limit: an over-size text is never parsed, so never the base of an update).
      if (doc.base === undefined && overLimit(doc.text, maxFileSize)) return doc;
      const inWorkers = this.parallel?.worthIt(doc) === true;
      if (!inWorkers && doc.parseSome(sliceDeadline())) return doc;
      const promise = this.finishParse(entry, doc, inWorkers);
      entry.parsing = { doc, promise };
      await promise;
      // Then loop: the same document, now parsed, unless an edit came meanwhile.
    }
  }

  /** Drops the parse: the next one starts from scratch (after a parse that failed). */
  forget(entry: Entry): void {
    entry.parsed = undefined;
  }

  /**
   * Parses the rest of `doc` slice by slice (its chunks first in the workers, `inWorkers`);
   * gives up when nothing can use it any more.
   */
  private async finishParse(entry: Entry, doc: ParsedDocument, inWorkers: boolean): Promise<void> {
    // Closed, or the whole text replaced: later versions will not be built on it.
    const wanted = () => this.isOpen(entry) && entry.parsed?.doc === doc && entry.touched !== 'all';
    try {
      if (inWorkers) await this.parallel?.prepare(doc, entry.uri, wanted);
      for (;;) {
        await nextTurn();
        if (!wanted()) return;
        if (doc.parseSome(sliceDeadline())) return;
      }
    } finally {
      if (entry.parsing?.doc === doc) entry.parsing = undefined;
    }
  }

  private parse(entry: Entry): ParsedDocument {
    const version = entry.document.version;
    const maxBlock = this.maxBlockSize();
    if (entry.parsed && entry.parsed.version === version && entry.touched === undefined && entry.parsed.doc.maxBlockSize === maxBlock) return entry.parsed.doc;
    const text = entry.document.getText();
    const { parsed: previous, touched } = entry;
    let doc: ParsedDocument;
    if (previous && touched && touched !== 'all' && touched.newEnd - touched.start <= LARGE_EDIT) {
      // The edits since the last parse, merged into one edit of that parse's text.
      doc = parseDocument(text, previous.doc, [{ start: touched.start, end: touched.oldEnd, text: text.slice(touched.start, touched.newEnd) }], maxBlock);
    } else {
      doc = parseDocument(text, undefined, undefined, maxBlock);
    }
    entry.parsed = { version, doc };
    entry.touched = undefined;
    return doc;
  }
}
