// The file's `ArgNode`s from the graph walk's records (graph.ts), reusing the node the last
// build made from the same draft wherever every field comes out the same: after a keystroke
// in one claim, the nodes of every other chunk are the previous analysis's objects, so the
// garbage collector does not copy 26,000 fresh nodes of a 5 MB file on every keystroke.
// A reused node is shared with the previous analysis: nothing here (or anywhere after the
// build) changes a node, its children, ranges, citations or reference once it is made.
import type { NodeDraft } from './drafts';
import type { PlacedNode } from './placement';
import { isBefore } from './positions';
import type { ArgNode, Citation, IdLink, Position, Range } from './types';

/** The last node built from each draft (weakly: it goes with the chunk); only a hint, every field is checked. */
const builtFrom = new WeakMap<NodeDraft, ArgNode>();

/** What the walk found for node `i` (parallel arrays, indexed by node). */
export interface NodeRecords {
  drafts: NodeDraft[];
  /** The last node built from each draft (`previousNode`), looked up once by the walk. */
  previous: (ArgNode | undefined)[];
  parents: (number | undefined)[];
  placed: PlacedNode[];
  citations: Citation[][];
  references: (IdLink | undefined)[];
  ids: string[];
}

/** The nodes, in document order: each the previous build's object when nothing of it changed. */
export function assembleNodes(r: NodeRecords): ArgNode[] {
  const n = r.drafts.length;
  // Children as one flat table (node p's are kids[first[p] .. first[p + 1]]): no array per node until one is needed.
  const first = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const p = r.parents[i];
    if (p !== undefined) first[p + 1]++;
  }
  for (let i = 0; i < n; i++) first[i + 1] += first[i];
  const kids = new Int32Array(first[n]);
  const filled = first.slice(0, n);
  for (let i = 0; i < n; i++) {
    const p = r.parents[i];
    if (p !== undefined) kids[filled[p]++] = i;
  }
  // Outline ranges: a node's covers everything nested under it (parents precede children).
  const starts: Position[] = new Array<Position>(n);
  const ends: Position[] = new Array<Position>(n);
  for (let i = 0; i < n; i++) {
    starts[i] = r.placed[i].fullRange.start;
    ends[i] = r.placed[i].fullRange.end;
  }
  for (let i = n - 1; i >= 0; i--) {
    const p = r.parents[i];
    if (p === undefined) continue;
    if (isBefore(starts[i], starts[p])) starts[p] = starts[i];
    if (isBefore(ends[p], ends[i])) ends[p] = ends[i];
  }
  const nodes = new Array<ArgNode>(n);
  for (let i = 0; i < n; i++) {
    const d = r.drafts[i];
    const placed = r.placed[i];
    const prev = r.previous[i];
    if (
      prev &&
      prev.index === i &&
      prev.parent === r.parents[i] &&
      prev.id === r.ids[i] &&
      prev.range === placed.range &&
      prev.citations === r.citations[i] &&
      prev.reference === r.references[i] &&
      sameChildren(prev.children, kids, first[i], first[i + 1]) &&
      samePositions(prev.fullRange, starts[i], ends[i])
    ) {
      nodes[i] = prev;
      continue;
    }
    const node: ArgNode = {
      index: i,
      id: r.ids[i],
      explicitId: d.explicitId !== undefined,
      kind: d.kind,
      label: d.label,
      blockType: d.blockType,
      depth: d.depth,
      text: d.text,
      body: d.body,
      range: placed.range,
      fullRange: outline(placed.fullRange, starts[i], ends[i]),
      blockRange: placed.blockRange,
      idRange: placed.idRange,
      idValueRange: placed.idValueRange,
      idStyle: d.idStyle,
      figures: placed.figures,
      bodyFigures: placed.bodyFigures,
      citations: r.citations[i],
      parent: r.parents[i],
      children: Array.from(kids.subarray(first[i], first[i + 1])),
    };
    const reference = r.references[i];
    if (reference) node.reference = reference;
    builtFrom.set(d, node);
    nodes[i] = node;
  }
  return nodes;
}

/** The last node built from `d`, whose citations and reference a new build may take when they come out the same. */
export function previousNode(d: NodeDraft): ArgNode | undefined {
  return builtFrom.get(d);
}

/** The node's own outline range when its children stay inside it (the usual case: no new object). */
function outline(own: Range, start: Position, end: Position): Range {
  return start === own.start && end === own.end ? own : { start, end };
}

function sameChildren(children: readonly number[], kids: Int32Array, from: number, to: number): boolean {
  if (children.length !== to - from) return false;
  for (let k = from; k < to; k++) if (children[k - from] !== kids[k]) return false;
  return true;
}

function samePositions(r: Range, start: Position, end: Position): boolean {
  return samePosition(r.start, start) && samePosition(r.end, end);
}

function samePosition(a: Position, b: Position): boolean {
  return a.line === b.line && a.character === b.character;
}

/** Whether `placed` is `relative` moved down `line` lines. */
export function shifted(placed: Range, relative: Range, line: number): boolean {
  return (
    placed.start.line === relative.start.line + line &&
    placed.start.character === relative.start.character &&
    placed.end.line === relative.end.line + line &&
    placed.end.character === relative.end.character
  );
}

export function sameRange(a: Range | undefined, b: Range | undefined): boolean {
  if (a === b) return true;
  return a !== undefined && b !== undefined && samePositions(a, b.start, b.end);
}
