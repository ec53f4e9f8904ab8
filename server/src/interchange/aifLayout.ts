// Where each I-node goes in OVA: a simple deterministic layered placement, one tree per root,
// parents above children, leaves left to right in document order. The map's own layout
// (map.md) replaces this function once it exists; nothing else depends on how it places boxes.
import type { GraphJson } from '../model';

export interface Point {
  x: number;
  y: number;
}

/** Box pitch in OVA pixels: wide enough for OVA's default box, tall enough for a scheme node between. */
export const COLUMN = 320;
export const ROW = 200;

/**
 * The top-left corner of every graph end (node ids and `file.arg.md#id` targets), keyed by name.
 * A node reached twice (a reference) stays where it was first placed.
 */
export function placeNodes(graph: GraphJson): Map<string, Point> {
  const names = new Set(graph.nodes.map((n) => n.id));
  for (const e of graph.edges) names.add(e.from).add(e.to);
  const children = new Map<string, string[]>();
  const hasParent = new Set<string>();
  for (const e of graph.edges) {
    children.set(e.to, [...(children.get(e.to) ?? []), e.from]);
    hasParent.add(e.from);
  }
  const placed = new Map<string, Point>();
  let column = 0;
  const place = (root: string) => {
    // Iterative post-order: a parent sits over its first child; a leaf takes the next column.
    const stack: { name: string; depth: number; next: number; firstX?: number }[] = [{ name: root, depth: 0, next: 0 }];
    placed.set(root, { x: NaN, y: 0 });
    while (stack.length) {
      const top = stack[stack.length - 1];
      const kids = children.get(top.name) ?? [];
      if (top.next < kids.length) {
        const kid = kids[top.next++];
        if (!placed.has(kid)) {
          placed.set(kid, { x: NaN, y: (top.depth + 1) * ROW });
          stack.push({ name: kid, depth: top.depth + 1, next: 0 });
        }
        continue;
      }
      stack.pop();
      const point = placed.get(top.name)!;
      point.x = top.firstX ?? column++ * COLUMN;
      const parent = stack[stack.length - 1];
      if (parent && parent.firstX === undefined) parent.firstX = point.x;
    }
  };
  for (const name of names) if (!hasParent.has(name) && !placed.has(name)) place(name);
  // Whatever is only reachable through a cycle starts a tree of its own.
  for (const name of names) if (!placed.has(name)) place(name);
  return placed;
}
