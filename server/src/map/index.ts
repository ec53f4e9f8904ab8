// The map: graph JSON → layout → SVG. Pure (no DOM, no Node built-ins): the CLI, the client and the
// webview share it.
export type { MapGraph, MapGraphNode, MapGraphEdge, MapKind, MapRelation } from './graph';
export { layoutMap, type MapBox, type MapEdgeShape, type MapLayout } from './layout';
export { svgTree, type SvgOptions } from './svg';
export { renderSvg } from './svgText';
export { serialize, type SvgElement } from './element';
export { MAP_CSS } from './style';
