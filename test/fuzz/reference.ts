// A reference for the chunked parser: the whole document parsed by remark in one piece.
// `wholeDocument` feeds that single parse through the model's own extraction, so comparing
// it with `parseDocument` checks exactly the claim chunking makes (cutting changes nothing);
// `forbiddenRegions` lists where the spec says no node may come from.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Nodes, Root } from 'mdast';
import { extractChunk, frontMatterEnd, type Chunk, type ParsedDocument, type Position } from '../../server/src/model';
import { lineStarts } from './invariants';
import assert from 'node:assert/strict';

const markdown = unified().use(remarkParse).use(remarkGfm).freeze();
const markdownWithFrontMatter = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();

/**
 * One remark parse of the whole text. Front matter only when it is closed: remark-frontmatter
 * trying an unclosed `---` to the end turns every later list and block quote into paragraphs.
 */
export function parseWhole(text: string): Root {
  return (frontMatterEnd(text) > 0 ? markdownWithFrontMatter : markdown).parse(text) as Root;
}

function countBreaks(text: string): number {
  return lineStarts(text).length - 1;
}

/** The document as one chunk: what the model would see if it never cut. */
export function wholeDocument(text: string): ParsedDocument {
  const result = extractChunk(parseWhole(text), text, text.length);
  const chunk: Chunk = { start: 0, line: 0, text, breaks: countBreaks(text), result, wanted: [], appended: '' };
  const definitions = new Map<string, string>(result.definitions);
  return { text, chunks: [chunk], definitions, parsed: true, base: undefined } as unknown as ParsedDocument;
}

const FORBIDDEN = new Set(['code', 'inlineCode', 'html', 'table', 'yaml', 'footnoteDefinition', 'definition']);

/** Offset ranges of code, HTML, tables, front matter and footnote/link definitions in a whole-document parse. */
export function forbiddenRegions(text: string): { type: string; start: number; end: number }[] {
  const out: { type: string; start: number; end: number }[] = [];
  const stack: Nodes[] = [parseWhole(text)];
  while (stack.length) {
    const n = stack.pop() as Nodes;
    if (FORBIDDEN.has(n.type) && n.position) {
      out.push({ type: n.type, start: n.position.start.offset ?? 0, end: n.position.end.offset ?? 0 });
      continue;
    }
    if ('children' in n) for (const c of n.children) stack.push(c as Nodes);
  }
  return out;
}

export function offsetOf(starts: number[], p: Position): number {
  return starts[p.line] + p.character;
}

/** No node's label starts inside code, HTML, a table, front matter or a definition of a whole-document parse. */
export function checkNoForbiddenNodes(text: string, nodes: { range: { start: { line: number; character: number } }; index: number }[]): void {
  if (!nodes.length) return;
  const regions = forbiddenRegions(text);
  const starts = lineStarts(text);
  for (const node of nodes) {
    const at = offsetOf(starts, node.range.start);
    const inside = regions.find((r) => r.start <= at && at < r.end);
    assert.equal(inside, undefined, `node ${node.index} at offset ${at} comes from ${inside?.type} [${inside?.start}, ${inside?.end})`);
  }
}

