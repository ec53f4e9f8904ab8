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
import { cleanText, measureText, wrapText } from './text';

export interface BoxContent {
  /** `claim`, `evidence`, `challenge`, or `external` for a node of another file. */
  kind: MapGraphNode['kind'] | 'external';
  /** The status words, in the views' shared vocabulary (argument-markdown.md, "Further v2 rules"). */
  status: string[];
  /** The top line: `Claim · supported · contested`, or a file name. */
  header: string;
  lines: string[];
  figureLines: string[];
  /** The full text for the `<title>` tooltip. */
  title: string;
  width: number;
  height: number;
}

const KIND_TITLE = { claim: 'Claim', evidence: 'Evidence', challenge: 'Challenge' } as const;

/** The status words of a node: the views' one vocabulary (server/src/shared/statusWords.ts). */
export function statusWords(node: MapGraphNode, attacked: boolean): string[] {
  return graphStatusWords(node, attacked);
}

export function localBox(node: MapGraphNode, forest: MapForest, index: number): BoxContent {
  // Not `in KIND_TITLE`: that would take `toString` from the prototype as a kind.
  const kind = node.kind === 'evidence' || node.kind === 'challenge' ? node.kind : 'claim';
  const status = statusWords(node, forest.attacked.has(index));
  const header = [KIND_TITLE[kind], ...status].join(' · ');
  const text = cleanText(String(node.text ?? ''));
  const lines = wrapText(text || '(empty)', WRAP_WIDTH, MAX_TEXT_LINES);
  const figures = kind === 'evidence' && Array.isArray(node.figures) ? node.figures.map((f) => cleanText(String(f.text))) : [];
  const figureLines = figures.length ? wrapText(`Figures: ${figures.join(' · ')}`, WRAP_WIDTH, MAX_FIGURE_LINES) : [];
  return sized({ kind, status, header, lines, figureLines, title: cut(`${header}\n${text || '(empty)'}`) });
}

/** A node of another file, `file.arg.md#id`: the graph JSON knows only its name. */
export function externalBox(name: string): BoxContent {
  const [file, id] = splitExternal(cleanText(name));
  const header = wrapText(file, WRAP_WIDTH, 1)[0] ?? '';
  const lines = wrapText(`#${id}`, WRAP_WIDTH, 2);
  return sized({ kind: 'external', status: [], header, lines, figureLines: [], title: cut(`In another file: ${file}#${id}`) });
}

/** `dir/file.arg.md#id` → file and id; the id starts after the `#` that follows `.md` when there is one. */
export function splitExternal(name: string): [string, string] {
  const md = name.toLowerCase().lastIndexOf('.md#');
  const hash = md >= 0 ? md + 3 : name.lastIndexOf('#');
  return hash < 0 ? [name, ''] : [name.slice(0, hash), name.slice(hash + 1)];
}

function sized(content: Omit<BoxContent, 'width' | 'height'>): BoxContent {
  // Loops, not spread arguments: this runs for every box (10,000 in the large map).
  let textWidth = measureText(content.header, SMALL_FONT_SIZE);
  for (const line of content.lines) textWidth = Math.max(textWidth, measureText(line, FONT_SIZE));
  for (const line of content.figureLines) textWidth = Math.max(textWidth, measureText(line, SMALL_FONT_SIZE));
  const least = content.lines.length > 1 ? WRAPPED_WIDTH : MIN_WIDTH;
  const width = Math.max(least, Math.ceil((textWidth + 2 * PAD_X) / WIDTH_STEP) * WIDTH_STEP);
  const height =
    2 * PAD_Y + SMALL_LINE_HEIGHT + content.lines.length * LINE_HEIGHT + content.figureLines.length * SMALL_LINE_HEIGHT;
  const { kind, status, header, lines, figureLines, title } = content;
  return { kind, status, header, lines, figureLines, title, width, height: Math.min(height, MAX_BOX_HEIGHT) };
}

function cut(text: string): string {
  if (text.length <= MAX_TITLE) return text; // code points ≤ UTF-16 units: nothing to cut
  const points = Array.from(text);
  return points.length <= MAX_TITLE ? text : points.slice(0, MAX_TITLE - 1).join('') + '…';
}
