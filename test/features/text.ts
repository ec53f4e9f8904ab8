// Feature tests start from Markdown text: a real analysis of it, and `$$CURSOR$$` marking
// where a request stands (as vscode-markdown-languageservice's tests do).
import type { Position } from 'vscode-languageserver';
import { analyzeText, type Analysis } from '../../server/src/model';

export const CURSOR = '$$CURSOR$$';

export const joinLines = (...lines: string[]): string => lines.join('\n');

/** The text without its `$$CURSOR$$` marker, and the marker's position. */
export function withCursor(marked: string): { text: string; position: Position } {
  const at = marked.indexOf(CURSOR);
  if (at < 0 || marked.indexOf(CURSOR, at + 1) >= 0) throw new Error('the text needs exactly one $$CURSOR$$');
  const lines = marked.slice(0, at).split('\n');
  return { text: marked.slice(0, at) + marked.slice(at + CURSOR.length), position: { line: lines.length - 1, character: lines[lines.length - 1].length } };
}

/** The analysis of `text` as the file `path` of a workspace holding `files` (path → text). */
export function analysisOf(text: string, path = 'test.arg.md', files: Record<string, string> = {}): Analysis {
  return analyzeText(text, { path, readFile: (p) => files[p] ?? { error: 'it does not exist' } });
}
