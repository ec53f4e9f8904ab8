/// <reference lib="dom" />
// The map's element tree as DOM nodes: attributes set one by one and text as text nodes, so no
// string from the file is ever parsed as markup (map.md: "Text goes into the DOM as text").
import type { SvgElement } from '../../../../server/src/map';

const SVG_NS = 'http://www.w3.org/2000/svg';

export function toDom(node: SvgElement): SVGElement {
  const element = document.createElementNS(SVG_NS, node.tag);
  for (const key in node.attrs) if (key !== 'xmlns') element.setAttribute(key, String(node.attrs[key]));
  for (const child of node.children) element.appendChild(typeof child === 'string' ? document.createTextNode(child) : toDom(child));
  return element;
}
