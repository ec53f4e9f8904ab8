// The layout as SVG (map.md "SVG"): one `<g class="node …" id>` per box whose first `<rect>` holds the
// box's absolute position (no transforms: tools and tests read positions back), tree edges under the
// boxes, every other edge over them. No script, no foreignObject, no external reference.
import { el, serialize, type SvgElement } from './element';
import type { MapBox, MapEdgeShape, MapLayout } from './layout';
import { FONT_SIZE, LINE_HEIGHT, PAD_X, PAD_Y, SMALL_LINE_HEIGHT } from './metrics';
import { MAP_CSS } from './style';

export interface SvgOptions {
  /** Embed the CSS in a `<style>` (stand-alone files); the webview adopts the same CSS itself. */
  style?: boolean;
}

/** The stand-alone SVG document for a layout (what `argmap graph --format svg` prints). */
export function renderSvg(layout: MapLayout): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serialize(svgTree(layout, { style: true }))}\n`;
}

export function svgTree(layout: MapLayout, options: SvgOptions = {}): SvgElement {
  const prefix = ownPrefix(layout.boxes);
  const { x, y, width, height } = layout.bounds;
  const children: SvgElement[] = [el('title', {}, [`Argument map: ${layout.boxes.length} nodes`])];
  if (options.style) children.push(el('style', {}, [MAP_CSS]));
  children.push(
    el('defs', {}, [marker(`${prefix}arrow-supports`, 'arrow-supports'), marker(`${prefix}arrow-attacks`, 'arrow-attacks')]),
    el('g', { class: 'edges tree-edges' }, layout.edges.filter((e) => e.tree).map((e) => edge(e, prefix))),
    el('g', { class: 'nodes' }, layout.boxes.map(box)),
    el('g', { class: 'edges secondary-edges' }, layout.edges.filter((e) => !e.tree).map((e) => edge(e, prefix))),
  );
  return el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      class: 'argmap-map',
      viewBox: `${x} ${y} ${width} ${height}`,
      width,
      height,
      role: 'img',
    },
    children,
  );
}

/** The SVG's own ids start with a prefix that no node id starts with, so they never clash. */
export function ownPrefix(boxes: MapBox[]): string {
  let prefix = 'argmap-';
  while (boxes.some((b) => b.id.startsWith(prefix))) prefix += '-';
  return prefix;
}

function marker(id: string, cls: string): SvgElement {
  return el('marker', { id, class: cls, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 8, markerHeight: 8, orient: 'auto-start-reverse' }, [
    el('path', { d: 'M0,0 L10,5 L0,10 z' }),
  ]);
}

function edge(e: MapEdgeShape, prefix: string): SvgElement {
  const [x0, y0, c1x, c1y, c2x, c2y, x1, y1] = e.points;
  return el('path', {
    class: `edge ${e.relation} ${e.tree ? 'tree' : 'secondary'}`,
    d: `M${x0},${y0} C${c1x},${c1y} ${c2x},${c2y} ${x1},${y1}`,
    'marker-end': `url(#${prefix}arrow-${e.relation})`,
  });
}

function box(b: MapBox, index: number): SvgElement {
  const cls = ['node', b.kind, ...b.status].join(' ');
  const attrs: SvgElement['attrs'] = { class: cls, id: b.id, 'data-index': index };
  if (b.line !== undefined) attrs['data-line'] = b.line;
  const left = b.x + PAD_X;
  let baseline = b.y + PAD_Y + SMALL_LINE_HEIGHT - 3;
  const texts: SvgElement[] = [el('text', { class: 'header', x: left, y: round(baseline) }, [b.header])];
  const body = b.lines.map((line, k) => el('tspan', { x: left, y: round(baseline + (k + 1) * LINE_HEIGHT + 1) }, [line]));
  texts.push(el('text', { class: 'body' }, body));
  baseline += b.lines.length * LINE_HEIGHT + (LINE_HEIGHT - FONT_SIZE);
  if (b.figureLines.length) {
    const lines = b.figureLines.map((line, k) => el('tspan', { x: left, y: round(baseline + (k + 1) * SMALL_LINE_HEIGHT) }, [line]));
    texts.push(el('text', { class: 'figures' }, lines));
  }
  const shapes = [el('rect', { class: 'box', x: b.x, y: b.y, width: b.width, height: b.height, rx: 6 })];
  if (b.kind !== 'external') shapes.push(el('rect', { class: 'mark', x: b.x + 1, y: b.y + 1, width: 4, height: b.height - 2, rx: 2 }));
  return el('g', attrs, [el('title', {}, [b.title]), ...shapes, ...texts]);
}

function round(v: number): number {
  return Math.round(v * 100) / 100 + 0;
}
