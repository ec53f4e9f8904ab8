// The layout as SVG text: what `argmap graph --format svg` prints and "Export SVG…" saves. The same
// document as `serialize(svgTree(layout, { style: true }))` (test/map/svg.test.ts compares them), but
// written straight from the layout, one string per box and per edge, with the values svgParts.ts works
// out for both. At 10,000 boxes the element tree and its walk cost several times the map itself; the
// view needs the tree (it builds DOM from it), the text does not.
import { escapeAttribute as attr, escapeText as text, serialize, startTag } from './element';
import type { MapBox, MapEdgeShape, MapLayout } from './layout';
import { MAP_CSS } from './style';
import { markers } from './svg';
import { boxClass, edgeClass, edgePath, figureY, headerY, lineY, mapTitle, markerUrl, ownPrefix, rootAttrs, textLeft } from './svgParts';

/** The stand-alone SVG document for a layout. */
export function renderSvg(layout: MapLayout): string {
  const prefix = ownPrefix(layout.boxes);
  const out = ['<?xml version="1.0" encoding="UTF-8"?>\n', startTag('svg', rootAttrs(layout)), '>'];
  out.push(`\n  <title>${text(mapTitle(layout))}</title>\n  <style>${text(MAP_CSS)}</style>\n`, serialize(markers(prefix), '  '));
  // The two marker references, made once for every edge.
  const urls = { supports: markerUrl(prefix, 'supports'), attacks: markerUrl(prefix, 'attacks') };
  const edge = (e: MapEdgeShape) => edgeText(e, e.relation === 'supports' || e.relation === 'attacks' ? urls[e.relation] : markerUrl(prefix, e.relation));
  group(out, 'edges tree-edges', layout.edges.filter((e) => e.tree).map(edge));
  group(out, 'nodes', layout.boxes.map(box));
  group(out, 'edges secondary-edges', layout.edges.filter((e) => !e.tree).map(edge));
  out.push('\n</svg>\n');
  return out.join('');
}

function group(out: string[], cls: string, members: string[]): void {
  out.push(`\n  <g class="${attr(cls)}"`);
  if (!members.length) {
    out.push('/>');
    return;
  }
  out.push('>');
  for (const member of members) out.push(member); // not push(...members): 100,000 arguments overflow the stack
  out.push('\n  </g>');
}

function edgeText(e: MapEdgeShape, url: string): string {
  // Class, path and marker are made of the renderer's own words and numbers: nothing to escape.
  return flat(`\n    <path class="${edgeClass(e)}" d="${edgePath(e)}" marker-end="${url}"/>`);
}

function box(b: MapBox, index: number): string {
  const left = String(textLeft(b)); // written on every line of the box: made into text once
  const line = b.line === undefined ? '' : ` data-line="${b.line}"`;
  let s =
    `\n    <g class="${boxClass(b)}" id="${attr(b.id)}" data-index="${index}"${line}>` +
    `\n      <title>${text(b.title)}</title>` +
    `\n      <rect class="box" x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}" rx="6"/>`;
  if (b.kind !== 'external') s += `\n      <rect class="mark" x="${b.x + 1}" y="${b.y + 1}" width="4" height="${b.height - 2}" rx="2"/>`;
  s += `\n      <text class="header" x="${left}" y="${headerY(b)}">${text(b.header)}</text>\n      <text class="body"`;
  if (!b.lines.length) s += '/>';
  else {
    s += '>';
    for (let k = 0; k < b.lines.length; k++) s += `\n        <tspan x="${left}" y="${lineY(b, k)}">${text(b.lines[k])}</tspan>`;
    s += '\n      </text>';
  }
  if (b.figureLines.length) {
    s += '\n      <text class="figures">';
    for (let k = 0; k < b.figureLines.length; k++) s += `\n        <tspan x="${left}" y="${figureY(b, k)}">${text(b.figureLines[k])}</tspan>`;
    s += '\n      </text>';
  }
  return flat(s + '\n    </g>');
}

/**
 * V8 keeps a string built with `+` as a tree of pieces until a character is read; reading one makes it
 * one run of characters. Done per box, the pieces die young instead of living (and being copied by the
 * collector) until the final join: about half the time of the text at 10,000 boxes. Harmless elsewhere.
 */
let _flattened = 0; // written so that the read is never optimised away

function flat(s: string): string {
  _flattened ^= s.charCodeAt(0);
  return s;
}
