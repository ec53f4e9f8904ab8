// The layout as SVG (map.md "SVG"): one `<g class="node …" id>` per box whose first `<rect>` holds the
// box's absolute position (no transforms: tools and tests read positions back), tree edges under the
// boxes, every other edge over them. No script, no foreignObject, no external reference.
// This is the element tree the view draws; svgText.ts writes the same document as text.
import { el, type SvgElement } from './element';
import type { MapBox, MapEdgeShape, MapLayout } from './layout';
import { boxClass, edgeClass, edgePath, figureY, headerY, lineY, mapTitle, markerUrl, ownPrefix, rootAttrs, textLeft } from './svgParts';
import { MAP_CSS } from './style';

export interface SvgOptions {
  /** Embed the CSS in a `<style>` (stand-alone files); the webview adopts the same CSS itself. */
  style?: boolean;
}

export function svgTree(layout: MapLayout, options: SvgOptions = {}): SvgElement {
  const prefix = ownPrefix(layout.boxes);
  const children: SvgElement[] = [el('title', {}, [mapTitle(layout)])];
  if (options.style) children.push(el('style', {}, [MAP_CSS]));
  children.push(
    markers(prefix),
    el('g', { class: 'edges tree-edges' }, layout.edges.filter((e) => e.tree).map((e) => edge(e, prefix))),
    el('g', { class: 'nodes' }, layout.boxes.map(box)),
    el('g', { class: 'edges secondary-edges' }, layout.edges.filter((e) => !e.tree).map((e) => edge(e, prefix))),
  );
  return el('svg', rootAttrs(layout), children);
}

/** The arrow heads' `<defs>`: small and fixed, so the text writer serialises this element as it is. */
export function markers(prefix: string): SvgElement {
  return el('defs', {}, [marker(`${prefix}arrow-supports`, 'arrow-supports'), marker(`${prefix}arrow-attacks`, 'arrow-attacks')]);
}

function marker(id: string, cls: string): SvgElement {
  return el('marker', { id, class: cls, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 8, markerHeight: 8, orient: 'auto-start-reverse' }, [
    el('path', { d: 'M0,0 L10,5 L0,10 z' }),
  ]);
}

function edge(e: MapEdgeShape, prefix: string): SvgElement {
  return el('path', { class: edgeClass(e), d: edgePath(e), 'marker-end': markerUrl(prefix, e.relation) });
}

function box(b: MapBox, index: number): SvgElement {
  const attrs: SvgElement['attrs'] = { class: boxClass(b), id: b.id, 'data-index': index };
  if (b.line !== undefined) attrs['data-line'] = b.line;
  const left = textLeft(b);
  const children: SvgElement['children'] = [el('title', {}, [b.title]), el('rect', { class: 'box', x: b.x, y: b.y, width: b.width, height: b.height, rx: 6 })];
  if (b.kind !== 'external') children.push(el('rect', { class: 'mark', x: b.x + 1, y: b.y + 1, width: 4, height: b.height - 2, rx: 2 }));
  children.push(
    el('text', { class: 'header', x: left, y: headerY(b) }, [b.header]),
    el('text', { class: 'body' }, b.lines.map((line, k) => el('tspan', { x: left, y: lineY(b, k) }, [line]))),
  );
  if (b.figureLines.length) children.push(el('text', { class: 'figures' }, b.figureLines.map((line, k) => el('tspan', { x: left, y: figureY(b, k) }, [line]))));
  return el('g', attrs, children);
}
