// Where the spec says no node may come from, read off one remark parse of the whole document
// (the oracle's: test/oracle/markdown.ts, which shares no code with the model).
import type { Nodes } from 'mdast';
import { lineStarts } from './invariants';
import assert from 'node:assert/strict';
import type { Position } from '../../server/src/model';
import { parse } from '../oracle/markdown';

const FORBIDDEN = new Set(['code', 'inlineCode', 'html', 'table', 'yaml', 'footnoteDefinition', 'definition']);

/** Offset ranges of code, HTML, tables, front matter and footnote/link definitions in a whole-document parse. */
export function forbiddenRegions(text: string): { type: string; start: number; end: number }[] {
  const out: { type: string; start: number; end: number }[] = [];
  const doc = parse(text);
  const stack: Nodes[] = [doc.root];
  while (stack.length) {
    const n = stack.pop() as Nodes;
    if (FORBIDDEN.has(n.type) && n.position) {
      out.push({ type: n.type, start: (n.position.start.offset ?? 0) + doc.shift, end: (n.position.end.offset ?? 0) + doc.shift });
      continue;
    }
    if ('children' in n) for (const c of n.children) stack.push(c as Nodes);
  }
  return out;
}

export function offsetOf(starts: number[], p: Position): number {
  return starts[p.line] + p.character;
}

/**
 * No node's label starts inside code, HTML, a table, front matter or a definition of a
 * whole-document parse. (A model that finds no nodes passes this trivially; the oracle
 * comparison in test/oracle/ is what fails then.)
 */
export function checkNoForbiddenNodes(text: string, nodes: { range: { start: { line: number; character: number } }; index: number }[]): void {
  const regions = forbiddenRegions(text);
  const starts = lineStarts(text);
  for (const node of nodes) {
    const at = offsetOf(starts, node.range.start);
    const inside = regions.find((r) => r.start <= at && at < r.end);
    assert.equal(inside, undefined, `node ${node.index} at offset ${at} comes from ${inside?.type} [${inside?.start}, ${inside?.end})`);
  }
}

