// Edits shared by several fixes: appending at the end of the file, and finding where a
// node's text ends on its line (before trailing spaces and a heading's closing `#`s).
import type { Position, TextEdit } from 'vscode-languageserver';
import type { TextLines } from '../../model';

/** `content` as a new last block of the file, after one blank line. */
export function appendBlock(lines: TextLines, content: string, eol: string): TextEdit {
  const end = lines.end;
  const last = lines.line(end.line);
  let prefix: string;
  if (lines.text === '') prefix = '';
  else if (last !== '') prefix = eol + eol;
  else if (end.line === 0 || lines.isBlank(end.line - 1)) prefix = '';
  else prefix = eol;
  return { range: { start: end, end }, newText: `${prefix}${content}${eol}` };
}

/** The end of the text on `line` up to `limit`: trailing spaces and a heading's closing `#`s left out. */
export function textEnd(lines: TextLines, line: number, limit?: number): Position {
  let text = lines.line(line);
  if (limit !== undefined) text = text.slice(0, limit);
  text = text.replace(/[ \t]+$/, '');
  if (/^[ \t]*(>[ \t]?)*#{1,6}[ \t]/.test(text)) text = text.replace(/[ \t]+#+$/, '').replace(/[ \t]+$/, '');
  return { line, character: text.length };
}

/** The article for a label in a title (`a Claim`, `an Objection`). */
export function article(label: string): string {
  return /^[aeiou]/i.test(label) ? 'an' : 'a';
}
