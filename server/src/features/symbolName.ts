// A node's name in workspace symbols (editing.md: its text, cut at 120 characters): shared by
// the request and by the index's summaries, so a closed file lists as an open one does.
import { oneLine } from './markdown';

const MAX_NAME = 120;

/** The text on one line, at most 120 characters with the ellipsis when cut; the kind when there is no text. */
export function symbolName(text: string, kind: string): string {
  const whole = oneLine(text, Infinity);
  return (whole.length <= MAX_NAME ? whole : oneLine(text, MAX_NAME - 1)) || kind;
}
