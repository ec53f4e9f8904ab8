/** An edit of the previous text: replace [start, end) (UTF-16 offsets) with `text`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** A document parsed as independent top-level blocks (stub: being written). */
export interface ParsedDocument {
  readonly text: string;
}

/**
 * Parses `text`; with `previous` (and optionally the edits that turned its text into
 * `text`) only the blocks the change touches are parsed again.
 */
export function parseDocument(text: string, previous?: ParsedDocument, edits?: readonly TextEdit[]): ParsedDocument {
  void previous;
  void edits;
  return { text };
}
