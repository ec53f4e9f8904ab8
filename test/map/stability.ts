// map.md's stability figure: after one edit, how many untouched boxes (same id, same text, same size)
// move more than 5 px, and whether any edit changes the reading order of untouched boxes.
import type { MapLayout } from '../../server/src/map';

export interface Movement {
  untouched: number;
  moved: number;
  /** Empty when the order held; else the two ids whose order changed. */
  orderBroken: string[];
}

export function movement(before: MapLayout, after: MapLayout, threshold = 5): Movement {
  const afterById = new Map(after.boxes.map((b) => [b.id, b]));
  const pairs = [];
  for (const a of before.boxes) {
    const b = afterById.get(a.id);
    if (!b || b.title !== a.title || b.width !== a.width || b.height !== a.height) continue;
    pairs.push({ id: a.id, before: a, after: b });
  }
  let moved = 0;
  for (const p of pairs) if (Math.hypot(p.after.x - p.before.x, p.after.y - p.before.y) > threshold) moved++;

  // Reading order: top to bottom, then left to right within a row. Two untouched boxes in one row
  // stay in one row in the same left-to-right order; boxes in different rows keep their rows' order.
  pairs.sort((p, q) => p.before.y - q.before.y || p.before.x - q.before.x);
  const orderBroken: string[] = [];
  for (let k = 1; k < pairs.length && !orderBroken.length; k++) {
    const p = pairs[k - 1];
    const q = pairs[k];
    const sameRow = p.before.y === q.before.y;
    const held = sameRow ? p.after.y === q.after.y && p.after.x < q.after.x : p.after.y < q.after.y;
    if (!held) orderBroken.push(p.id, q.id);
  }
  return { untouched: pairs.length, moved, orderBroken };
}
