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
    const prev = r.previous[i];
    nodes[i] =
      prev && reusable(prev, r, i) && sameChildren(prev.children, kids, first[i], first[i + 1]) && samePositions(prev.fullRange, starts[i], ends[i])
        ? prev
        : newNode(r, i, Array.from(kids.subarray(first[i], first[i + 1])), starts[i], ends[i]);
  }
  return nodes;
}

/**
 * The nodes after an edit that re-made the nodes in `walked` (pairs of first and end index)
 * and left every other one as in the build that made `old` (same count, same parents, ids and
 * ranges): `old` with the walked nodes and their ancestors, old and new, made again. Any
 * other node's children and outline are those of a subtree the edit did not reach.
 */
export function patchNodes(r: NodeRecords, old: readonly ArgNode[], walked: readonly number[]): ArgNode[] {
  const nodes = old.slice();
  const isWalked = new Set<number>();
  const dirty = new Set<number>();
  const walkedKids = new Map<number, number[]>();
  for (let c = 0; c < walked.length; c += 2) {
    for (let i = walked[c]; i < walked[c + 1]; i++) {
      isWalked.add(i);
      dirty.add(i);
      const p = r.parents[i];
      if (p !== undefined) {
        const kids = walkedKids.get(p);
        if (kids) kids.push(i);
        else walkedKids.set(p, [i]);
      }
      for (let a = p; a !== undefined && !dirty.has(a); a = r.parents[a]) dirty.add(a);
      for (let a = old[i].parent; a !== undefined && !dirty.has(a); a = old[a].parent) dirty.add(a);
    }
  }
  // Children come after their parent: made last to first, a node's children are final when it is made.
  for (const p of [...dirty].sort((a, b) => b - a)) {
    const children = old[p].children.filter((c) => !isWalked.has(c));
    for (const c of walkedKids.get(p) ?? []) children.push(c);
    children.sort((a, b) => a - b);
    let { start, end } = r.placed[p].fullRange;
    for (const c of children) {
      const o = nodes[c].fullRange;
      if (isBefore(o.start, start)) start = o.start;
      if (isBefore(end, o.end)) end = o.end;
    }
    const prev = r.previous[p];
    nodes[p] = prev && reusable(prev, r, p) && sameNumbers(prev.children, children) && samePositions(prev.fullRange, start, end) ? prev : newNode(r, p, children, start, end);
  }
  return nodes;
}

/**
 * Whether `prev` has node `i`'s own fields as the walk found them now (children and outline
 * apart). Its ranges need no check: `prev` was made from the same draft, so they are the
 * draft's moved down some line, and its outline's start (its own, since children come after
 * it) is checked against this line's by the caller.
 */
function reusable(prev: ArgNode, r: NodeRecords, i: number): boolean {
  return (
    prev.index === i &&
    prev.parent === r.parents[i] &&
    prev.id === r.ids[i] &&
    prev.citations === r.citations[i] &&
    prev.reference === r.references[i]
  );
}

function newNode(r: NodeRecords, i: number, children: number[], start: Position, end: Position): ArgNode {
  const d = r.drafts[i];
  const placed = r.placed[i];
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
    fullRange: outline(placed.fullRange, start, end),
    blockRange: placed.blockRange,
    idRange: placed.idRange,
    idValueRange: placed.idValueRange,
    idStyle: d.idStyle,
    figures: placed.figures,
    bodyFigures: placed.bodyFigures,
    citations: r.citations[i],
    parent: r.parents[i],
    children,
  };
  const reference = r.references[i];
  if (reference) node.reference = reference;
  builtFrom.set(d, node);
  return node;
}

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
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
