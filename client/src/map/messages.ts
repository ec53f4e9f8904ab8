// Messages between the map panel and its webview (map.md "Security"): typed, each carrying the
// document URI and version, and checked against an allow-list in both directions. The page can ask
// for nothing but `reveal` and `exportSvg`; the extension sends only `graph` and `select`.
// Pure (no vscode): the webview script and the tests import it too.
import type { MapGraph } from '../../../server/src/map';

interface Stamped {
  /** The document the message is about, as a URI string. */
  uri: string;
  /** The document version the graph or position was taken from. */
  version: number;
}

/** Extension → page: draw this graph (the latest version's). */
export interface GraphMessage extends Stamped {
  type: 'graph';
  graph: MapGraph;
}
/** Extension → page: the cursor is in this node (highlight its box), or in none (`id: null`). */
export interface SelectMessage extends Stamped {
  type: 'select';
  id: string | null;
}
/** Page → extension: the user clicked this node's box. */
export interface RevealMessage extends Stamped {
  type: 'reveal';
  id: string;
  line: number;
}
/** Page → extension: save the map as SVG (the extension renders it itself, from its own graph). */
export interface ExportSvgMessage extends Stamped {
  type: 'exportSvg';
}

export type ToPage = GraphMessage | SelectMessage;
export type FromPage = RevealMessage | ExportSvgMessage;

/** Ids, URIs and lines within these bounds; anything larger is not a message we sent or expect. */
const MAX_STRING = 10_000;
const MAX_LINE = 100_000_000;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isShortString = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_STRING;
const isCount = (v: unknown, max: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max;

function stamped(v: Record<string, unknown>): boolean {
  return isShortString(v.uri) && v.uri.length > 0 && isCount(v.version, Number.MAX_SAFE_INTEGER);
}

/** A message from the page if it is one of the allowed kinds with well-formed fields, else undefined. */
export function parseFromPage(value: unknown): FromPage | undefined {
  if (!isRecord(value) || !stamped(value)) return undefined;
  const { uri, version } = value as unknown as Stamped;
  switch (value.type) {
    case 'reveal':
      if (!isShortString(value.id) || !isCount(value.line, MAX_LINE)) return undefined;
      return { type: 'reveal', uri, version, id: value.id, line: value.line };
    case 'exportSvg':
      return { type: 'exportSvg', uri, version };
    default:
      return undefined;
  }
}

/** A message from the extension if it is an allowed kind with well-formed fields, else undefined. */
export function parseToPage(value: unknown): ToPage | undefined {
  if (!isRecord(value) || !stamped(value)) return undefined;
  const { uri, version } = value as unknown as Stamped;
  switch (value.type) {
    case 'graph': {
      const graph = value.graph;
      if (!isRecord(graph) || !Array.isArray(graph.nodes) || !Array.isArray(graph.edges)) return undefined;
      if (!graph.nodes.every(isGraphNode) || !graph.edges.every(isGraphEdge)) return undefined;
      return { type: 'graph', uri, version, graph: graph as unknown as MapGraph };
    }
    case 'select':
      if (value.id !== null && !isShortString(value.id)) return undefined;
      return { type: 'select', uri, version, id: value.id };
    default:
      return undefined;
  }
}

function isGraphNode(n: unknown): boolean {
  return (
    isRecord(n) &&
    typeof n.id === 'string' &&
    (n.kind === 'claim' || n.kind === 'evidence' || n.kind === 'challenge') &&
    typeof n.text === 'string' &&
    typeof n.status === 'string' &&
    typeof n.contested === 'boolean' &&
    Array.isArray(n.figures) &&
    (n.parent === undefined || n.parent === null || typeof n.parent === 'string')
  );
}

function isGraphEdge(e: unknown): boolean {
  return isRecord(e) && typeof e.from === 'string' && typeof e.to === 'string' && (e.relation === 'supports' || e.relation === 'attacks');
}
