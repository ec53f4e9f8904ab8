// What a box says and how big it is: kind and status words on top (status as words, not colour
// alone), the wrapped text, the figures of evidence; a node of another file shows its file and id.
import { graphStatusWords } from '../shared/statusWords';
import type { MapForest, MapGraphNode } from './graph';
import {
  FONT_SIZE,
  MAX_FIGURE_LINES,
  MAX_BOX_HEIGHT,
  MAX_TEXT_LINES,
  MAX_TITLE,
  MIN_WIDTH,
  PAD_X,
  PAD_Y,
  LINE_HEIGHT,
  SMALL_FONT_SIZE,
  SMALL_LINE_HEIGHT,
  WIDTH_STEP,
  WRAP_WIDTH,
  WRAPPED_WIDTH,
} from './metrics';
import { cleanText, measureText, wrapMeasured, wrapText } from './text';

export interface BoxContent {
  /** `claim`, `evidence`, `challenge`, or `external` for a node of another file. */
  kind: MapGraphNode['kind'] | 'external';
  /** The status words, in the views' shared vocabulary (argument-markdown.md, "Further v2 rules"). Frozen: boxes share it. */
  status: readonly string[];
  /** The top line: `Claim · supported · contested`, or a file name. */
  header: string;
  lines: string[];
  figureLines: string[];
  /** The full text for the `<title>` tooltip. */
  title: string;
  width: number;
  height: number;
}

export interface MapBox extends BoxContent {
  /** The node's id in the graph JSON; `file.arg.md#id` for a node of another file. */
  id: string;
  /** The node's 0-based line; undefined for a node of another file. */
  line?: number;
  /** Top-left corner, in raw layout coordinates (a tree's root is centred on x = 0). */
  x: number;
  y: number;
}

const KIND_TITLE = { claim: 'Claim', evidence: 'Evidence', challenge: 'Challenge' } as const;

/** The status words of a node: the views' one vocabulary (server/src/shared/statusWords.ts). */
export function statusWords(node: MapGraphNode, attacked: boolean): string[] {
  return graphStatusWords(node, attacked);
}

/** A node of this file, at the origin until the layout places it. */
export function localBox(node: MapGraphNode, forest: MapForest, index: number): MapBox {
  // Not `in KIND_TITLE`: that would take `toString` from the prototype as a kind.
  const kind = node.kind === 'evidence' || node.kind === 'challenge' ? node.kind : 'claim';
  const { status, header, headerWidth } = labels(node, kind, forest.attacked.has(index));
  const text = cleanText(String(node.text ?? ''));
  const { lines, widest } = wrapMeasured(text || '(empty)', WRAP_WIDTH, MAX_TEXT_LINES, FONT_SIZE);
  const figures = kind === 'evidence' && Array.isArray(node.figures) && node.figures.length ? node.figures.map((f) => cleanText(String(f.text))) : NO_LINES;
  const figureLines = figures.length ? wrapText(`Figures: ${figures.join(' · ')}`, WRAP_WIDTH, MAX_FIGURE_LINES) : NO_LINES;
  const title = cut(`${header}\n${text || '(empty)'}`);
  return sized(kind, status, header, Math.max(headerWidth, widest), lines, figureLines, title, String(node.id), Number.isFinite(node.line) ? node.line : undefined);
}

/** A node of another file, `file.arg.md#id`: the graph JSON knows only its name. */
export function externalBox(name: string): MapBox {
  const [file, id] = splitExternal(cleanText(name));
  const header = wrapText(file, WRAP_WIDTH, 1)[0] ?? '';
  const { lines, widest } = wrapMeasured(`#${id}`, WRAP_WIDTH, 2, FONT_SIZE);
  return sized('external', NO_WORDS, header, Math.max(measureText(header, SMALL_FONT_SIZE), widest), lines, NO_LINES, cut(`In another file: ${file}#${id}`), name, undefined);
}

/** `dir/file.arg.md#id` → file and id; the id starts after the `#` that follows `.md` when there is one. */
export function splitExternal(name: string): [string, string] {
  const md = name.toLowerCase().lastIndexOf('.md#');
  const hash = md >= 0 ? md + 3 : name.lastIndexOf('#');
  return hash < 0 ? [name, ''] : [name.slice(0, hash), name.slice(hash + 1)];
}

const NO_WORDS: readonly string[] = Object.freeze([]);
const NO_LINES: string[] = Object.freeze([]) as unknown as string[]; // shared by boxes without figures; never written to

interface Labels {
  status: readonly string[];
  header: string;
  /** The header's measured width: the same for every box with this header. */
  headerWidth: number;
}
/**
 * Status words, header line and its width, made once for each combination of the facts the words
 * depend on (`graphStatusWords` reads nothing else): 48 exist. The key spells out every fact, so two
 * combinations never share an entry.
 */
const LABELS = new Map<number, Labels>();

function labels(node: MapGraphNode, kind: keyof typeof KIND_TITLE, answered: boolean): Labels {
  const key =
    (kind === 'claim' ? 0 : kind === 'evidence' ? 16 : 32) +
    (node.status === 'supported' ? 8 : 0) +
    (node.status === 'cited' ? 4 : 0) +
    (node.contested === true ? 2 : 0) +
    (answered ? 1 : 0);
  let found = LABELS.get(key);
  if (!found) {
    const status = Object.freeze(statusWords(node, answered));
    const header = [KIND_TITLE[kind], ...status].join(' · ');
    LABELS.set(key, (found = { status, header, headerWidth: measureText(header, SMALL_FONT_SIZE) }));
  }
  return found;
}

/** The box: its size from its text, every field written once in one object shape (10,000 of them in a large map). */
function sized(
  kind: BoxContent['kind'],
  status: readonly string[],
  header: string,
  /** The widest of the header and the text lines, measured (the figure lines are measured here). */
  measuredWidth: number,
  lines: string[],
  figureLines: string[],
  title: string,
  id: string,
  line: number | undefined,
): MapBox {
  let textWidth = measuredWidth;
  for (const l of figureLines) textWidth = Math.max(textWidth, measureText(l, SMALL_FONT_SIZE));
  const least = lines.length > 1 ? WRAPPED_WIDTH : MIN_WIDTH;
  const width = Math.max(least, Math.ceil((textWidth + 2 * PAD_X) / WIDTH_STEP) * WIDTH_STEP);
  const height = 2 * PAD_Y + SMALL_LINE_HEIGHT + lines.length * LINE_HEIGHT + figureLines.length * SMALL_LINE_HEIGHT;
  return { kind, status, header, lines, figureLines, title, width, height: Math.min(height, MAX_BOX_HEIGHT), id, line, x: 0, y: 0 };
}

function cut(text: string): string {
  if (text.length <= MAX_TITLE) return text; // code points ≤ UTF-16 units: nothing to cut
  const points = Array.from(text);
  return points.length <= MAX_TITLE ? text : points.slice(0, MAX_TITLE - 1).join('') + '…';
}
