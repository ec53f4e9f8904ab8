// Graph JSON → boxes and edges (map.md "One layout, two renderers"): one tidy tree per root, parents
// above children, children in document order, the trees stacked top to bottom in document order,
// every other edge drawn over them without moving a box. A pure function: no memory of the last
// layout, so the room that keeps the map still while you type comes from fixed measures and slots.
import { hierarchy, tree, type HierarchyPointNode } from 'd3-hierarchy';
import { externalBox, localBox, type BoxContent, type MapBox } from './boxes';
import { toForest, type MapGraph, type MapRelation } from './graph';
import {
  COUSIN_GAP,
  EXTERNALS_PER_ROW,
  LEVEL_PITCH,
  SIBLING_GAP,
  SLOT_MIN_LEVELS,
  SLOT_QUANTUM,
  TREE_GAP,
  WRAPPED_WIDTH,
} from './metrics';

export type { MapBox } from './boxes';

export interface MapEdgeShape {
  /** Box indexes: the child (the supporting or attacking node) and its target. */
  from: number;
  to: number;
  relation: MapRelation;
  /** The edge to the child's structural parent; every other edge is drawn over the trees. */
  tree: boolean;
  /** A cubic Bézier: start, first control, second control, end (the arrow's tip). */
  points: [number, number, number, number, number, number, number, number];
}

export interface MapLayout {
  /** This file's nodes in document order (box i is `graph.nodes[i]`), then other files' nodes. */
  boxes: MapBox[];
  edges: MapEdgeShape[];
  /** The smallest rectangle holding every box, with a margin. */
  bounds: { x: number; y: number; width: number; height: number };
}

const MARGIN = 16;

export function layoutMap(graph: MapGraph): MapLayout {
  const forest = toForest(graph);
  const boxes = graph.nodes.map((node, i) => localBox(node, forest, i));

  const layoutTree = tree<number>()
    .nodeSize([1, LEVEL_PITCH])
    .separation((a, b) => (columnWidth(boxes[a.data]) + columnWidth(boxes[b.data])) / 2 + (a.parent === b.parent ? SIBLING_GAP : COUSIN_GAP));

  // A leaf gives d3 no list at all: d3 copies every list it is given (Array.from), even an empty one.
  const childrenOf = (i: number) => (forest.children[i].length ? forest.children[i] : null);
  let top = 0;
  for (const root of forest.roots) {
    if (!forest.children[root].length) {
      // A lone root: d3 would place it at x = 0, y = 0 with a height of 0; no nodes need making for that.
      const box = boxes[root];
      box.x = round(0 - box.width / 2);
      box.y = round(top);
      top += slotLevels(1) * LEVEL_PITCH + TREE_GAP;
      continue;
    }
    const laidOut: HierarchyPointNode<number> = layoutTree(hierarchy(root, childrenOf));
    // A plain walk, not d3's `each`: that one runs a generator, a resumption per node.
    const stack = [laidOut];
    for (let n = stack.pop(); n; n = stack.pop()) {
      const box = boxes[n.data];
      box.x = round(n.x - box.width / 2);
      box.y = round(top + n.y);
      if (n.children) for (const child of n.children) stack.push(child);
    }
    top += slotLevels(laidOut.height + 1) * LEVEL_PITCH + TREE_GAP;
  }

  // Other files' nodes: a band under the trees, so a reference to one never moves a tree's box.
  const externals = forest.externals.map(externalBox);
  for (let row = 0; row * EXTERNALS_PER_ROW < externals.length; row++) {
    const members = externals.slice(row * EXTERNALS_PER_ROW, (row + 1) * EXTERNALS_PER_ROW);
    const width = members.reduce((sum, b) => sum + b.width, 0) + COUSIN_GAP * (members.length - 1);
    let x = -width / 2;
    for (const box of members) {
      box.x = round(x);
      box.y = top;
      x += box.width + COUSIN_GAP;
    }
    top += LEVEL_PITCH;
  }
  for (const box of externals) boxes.push(box);

  const edges: MapEdgeShape[] = [];
  for (const { from, to, relation, tree } of forest.edges) {
    if (from !== to) edges.push({ from, to, relation, tree, points: curve(boxes[from], boxes[to]) });
  }
  return { boxes, edges, bounds: bounds(boxes) };
}

/**
 * The room a box takes in its row: every box up to WRAPPED_WIDTH gets that much, so retyping a node's
 * text moves no other box unless the box outgrows it (a line of wide letters).
 */
function columnWidth(box: BoxContent): number {
  return Math.max(box.width, WRAPPED_WIDTH);
}

/** The levels of room a tree of `levels` levels is given (see metrics.ts). */
export function slotLevels(levels: number): number {
  if (levels <= SLOT_MIN_LEVELS) return SLOT_MIN_LEVELS;
  return SLOT_MIN_LEVELS + Math.ceil((levels - SLOT_MIN_LEVELS) / SLOT_QUANTUM) * SLOT_QUANTUM;
}

/** From the child's side facing the target to the target's facing side, leaving and arriving square. */
function curve(from: MapBox, to: MapBox): MapEdgeShape['points'] {
  const fromX = from.x + from.width / 2;
  const toX = to.x + to.width / 2;
  // Every value rounded once, in place (no copied arrays: this runs for every edge).
  if (to.y + to.height <= from.y || from.y + from.height <= to.y) {
    const up = to.y < from.y;
    const y0 = up ? from.y : from.y + from.height;
    const y1 = up ? to.y + to.height : to.y;
    const mid = round((y0 + y1) / 2);
    const x0 = round(fromX);
    const x1 = round(toX);
    return [x0, round(y0), x0, mid, x1, mid, x1, round(y1)];
  }
  // Side by side (one row): from the facing sides, bowing up over the boxes in between.
  const right = toX > fromX;
  const x0 = round(right ? from.x + from.width : from.x);
  const x1 = round(right ? to.x : to.x + to.width);
  const lift = round(Math.min(from.y, to.y) - LEVEL_PITCH / 4);
  return [x0, round(from.y + from.height / 2), x0, lift, x1, lift, x1, round(to.y + to.height / 2)];
}

function bounds(boxes: MapBox[]): MapLayout['bounds'] {
  if (!boxes.length) return { x: 0, y: 0, width: 2 * MARGIN, height: 2 * MARGIN };
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const b of boxes) {
    minX = Math.min(minX, b.x);
    minY = Math.min(minY, b.y);
    maxX = Math.max(maxX, b.x + b.width);
    maxY = Math.max(maxY, b.y + b.height);
  }
  return { x: round(minX - MARGIN), y: round(minY - MARGIN), width: round(maxX - minX + 2 * MARGIN), height: round(maxY - minY + 2 * MARGIN) };
}

/** Two decimals: short SVG, the same digits on every machine. */
function round(v: number): number {
  return Math.round(v * 100) / 100 + 0;
}
