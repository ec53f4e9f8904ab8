// The oracle's view of a document: one remark parse of the whole text (never cut into
// pieces), and positions the way LSP counts them. Written from the contract alone; it
// shares no code with server/src/model.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';
import { fillPositions } from './positions';

export interface Pos {
  line: number;
  character: number;
}

export interface Span {
  start: Pos;
  end: Pos;
}

const plain = unified().use(remarkParse).use(remarkGfm).freeze();
const withFrontMatter = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();

/**
 * Front matter is YAML between `---` lines at the very start. Unclosed, it is not front
 * matter (the spec's "between `---` lines"), so the text is parsed as plain Markdown.
 */
function hasClosedFrontMatter(text: string): boolean {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines[0] !== '---') return false;
  return lines.slice(1).some((l) => l === '---' || l === '...');
}

export interface Document {
  text: string;
  root: Root;
  /** Added to every mdast offset: a byte-order mark is not part of the Markdown. */
  shift: number;
  lineStarts: number[];
}

export function parse(text: string): Document {
  const shift = text.startsWith('\uFEFF') ? 1 : 0;
  const body = text.slice(shift);
  const root = (hasClosedFrontMatter(body) ? withFrontMatter : plain).parse(body) as Root;
  fillPositions(root, body);
  return { text, root, shift, lineStarts: lineStarts(text) };
}

/** Where each line starts: CRLF, CR and LF each end a line. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    if (c === 10 || c === 13) starts.push(i + 1);
  }
  return starts;
}

export function position(doc: Document, offset: number): Pos {
  let line = 0;
  while (line + 1 < doc.lineStarts.length && doc.lineStarts[line + 1] <= offset) line++;
  return { line, character: offset - doc.lineStarts[line] };
}

export function span(doc: Document, start: number, end: number): Span {
  return { start: position(doc, start), end: position(doc, end) };
}

/** The offset where the line holding `offset` ends (before its line break). */
export function lineEndAt(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

/** Start and end offsets of an mdast node in the whole text. */
export function offsets(doc: Document, n: { position?: { start: { offset?: number }; end: { offset?: number } } }): [number, number] {
  return [(n.position?.start.offset ?? 0) + doc.shift, (n.position?.end.offset ?? 0) + doc.shift];
}
