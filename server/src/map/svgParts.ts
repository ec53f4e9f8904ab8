// What the two SVG writers share (svg.ts builds the element tree the view draws, svgText.ts writes the
// XML text the CLI prints): every value they put in an attribute, worked out once, so the tree and the
// text cannot drift apart. test/map/svg.test.ts checks that they give the same document.
import type { MapBox, MapEdgeShape, MapLayout } from './layout';
import { FONT_SIZE, LINE_HEIGHT, PAD_X, PAD_Y, SMALL_LINE_HEIGHT } from './metrics';

/** The root element's attributes, in the order they are written. */
export function rootAttrs(layout: MapLayout): Record<string, string | number> {
  const { x, y, width, height } = layout.bounds;
  return { xmlns: 'http://www.w3.org/2000/svg', class: 'argmap-map', viewBox: `${x} ${y} ${width} ${height}`, width, height, role: 'img' };
}

export function mapTitle(layout: MapLayout): string {
  return `Argument map: ${layout.boxes.length} nodes`;
}

/** The SVG's own ids start with a prefix that no node id starts with, so they never clash. */
export function ownPrefix(boxes: MapBox[]): string {
  let prefix = 'argmap-';
  while (boxes.some((b) => b.id.startsWith(prefix))) prefix += '-';
  return prefix;
}

export function boxClass(b: MapBox): string {
  let cls = 'node ' + b.kind;
  for (const word of b.status) cls += ' ' + word;
  return cls;
}

/** The left edge of a box's text. */
export function textLeft(b: MapBox): number {
  return b.x + PAD_X;
}

/** The header line's baseline, unrounded: the other lines are placed from it. */
function headerBaseline(b: MapBox): number {
  return b.y + PAD_Y + SMALL_LINE_HEIGHT - 3;
}

export function headerY(b: MapBox): number {
  return round(headerBaseline(b));
}

/** The baseline of text line `k` (0-based). */
export function lineY(b: MapBox, k: number): number {
  return round(headerBaseline(b) + (k + 1) * LINE_HEIGHT + 1);
}

/** The baseline of figure line `k` (0-based), under the text lines. */
export function figureY(b: MapBox, k: number): number {
  const base = headerBaseline(b) + (b.lines.length * LINE_HEIGHT + (LINE_HEIGHT - FONT_SIZE));
  return round(base + (k + 1) * SMALL_LINE_HEIGHT);
}

/** The four classes an edge of the layout can have, made once (20,000 edges in a large map). */
const EDGE_CLASSES: Record<string, readonly [string, string] | undefined> = {
  supports: ['edge supports secondary', 'edge supports tree'],
  attacks: ['edge attacks secondary', 'edge attacks tree'],
};

export function edgeClass(e: MapEdgeShape): string {
  const made = Object.hasOwn(EDGE_CLASSES, e.relation) ? EDGE_CLASSES[e.relation] : undefined;
  return made ? made[e.tree ? 1 : 0] : `edge ${e.relation} ${e.tree ? 'tree' : 'secondary'}`;
}

export function edgePath(e: MapEdgeShape): string {
  const [x0, y0, c1x, c1y, c2x, c2y, x1, y1] = e.points;
  // The layout's curves leave and arrive square (c1x = x0, c2y = c1y, c2x = x1): each number is made
  // into text once (20,000 edges: the conversions were a third of the path's cost).
  if (c1x === x0 && c2y === c1y && c2x === x1) {
    const sx0 = String(x0);
    const smid = String(c1y);
    const sx1 = String(x1);
    return 'M' + sx0 + ',' + y0 + ' C' + sx0 + ',' + smid + ' ' + sx1 + ',' + smid + ' ' + sx1 + ',' + y1;
  }
  return `M${x0},${y0} C${c1x},${c1y} ${c2x},${c2y} ${x1},${y1}`;
}

export function markerUrl(prefix: string, relation: MapEdgeShape['relation']): string {
  return `url(#${prefix}arrow-${relation})`;
}

function round(v: number): number {
  return Math.round(v * 100) / 100 + 0;
}
