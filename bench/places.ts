// Where the bench types and hovers in a document: the keystroke places (a deep list item,
// a heading, near the start and the end), a claim's words to hover, and an insertion kept
// in step with the server's text.
import type { Position } from 'vscode-languageserver-protocol';

export interface Place {
  name: string;
  position: Position;
}

/** The line and a column inside a word of it (never at the start, so a label stays a label). */
function inWord(lines: readonly string[], line: number): Position {
  const text = lines[line];
  let at = Math.floor(text.length * 0.6);
  while (at > 0 && !/\w/.test(text[at - 1] ?? '')) at--;
  return { line, character: Math.max(1, Math.min(at, text.length)) };
}

/** First line index in [from, to) that matches, searching forward. */
function findLine(lines: readonly string[], from: number, to: number, re: RegExp): number | undefined {
  for (let i = Math.max(0, from); i < Math.min(to, lines.length); i++) if (re.test(lines[i])) return i;
  return undefined;
}

/** Last line index in [from, to) that matches. */
function findLineBack(lines: readonly string[], from: number, to: number, re: RegExp): number | undefined {
  for (let i = Math.min(to, lines.length) - 1; i >= Math.max(0, from); i--) if (re.test(lines[i])) return i;
  return undefined;
}

const DEEP_LIST_ITEM = /^ {4,}(?:[-*]|\d+\.) \S.{20,}/;
const ANY_LIST_ITEM = /^\s*(?:[-*]|\d+\.) \S.{20,}/;
const HEADING = /^#{2,6} \S.{8,}/;
const PROSE = /^[A-Za-z*].{30,}/;

/**
 * The places a keystroke goes: a list item nested deep in the file, a heading, near
 * the start and near the end. Documents without such lines get what they have.
 */
export function keystrokePlaces(text: string): Place[] {
  const lines = text.split(/\r\n|\r|\n/);
  const n = lines.length;
  const places: Place[] = [];
  const add = (name: string, line: number | undefined) => {
    if (line !== undefined && !places.some((p) => p.position.line === line)) places.push({ name, position: inWord(lines, line) });
  };
  add('deep list item', findLine(lines, Math.floor(n * 0.6), n, DEEP_LIST_ITEM) ?? findLine(lines, 0, n, DEEP_LIST_ITEM) ?? findLine(lines, Math.floor(n * 0.6), n, ANY_LIST_ITEM));
  add('heading', findLine(lines, Math.floor(n * 0.45), n, HEADING) ?? findLine(lines, 0, n, HEADING));
  add('near start', findLine(lines, 0, Math.max(20, Math.floor(n * 0.02)), PROSE) ?? findLine(lines, 0, n, PROSE));
  // The end of a file is often its footnote definitions: then one of those.
  add('near end', findLineBack(lines, Math.floor(n * 0.95), n, ANY_LIST_ITEM) ?? findLineBack(lines, 0, n, /\S.{20,}/));
  return places;
}

const NODE_LINE = /^(?:[ >]*(?:[-*]|\d+\.) |#{1,6} )?(?:\*\*)?(?:Claim|Thesis|Reason)\b/i;

/** A position in a claim's text about `fraction` into the document, for hovers: never in a code block (no node there). */
export function hoverPlace(text: string, fraction = 0.5): Position {
  const lines = text.split(/\r\n|\r|\n/);
  const inCode = fencedLines(lines);
  const isClaim = (i: number) => !inCode[i] && NODE_LINE.test(lines[i]);
  const from = Math.floor(lines.length * fraction);
  let line = 0;
  for (let k = 0; k < lines.length; k++) {
    if (isClaim((from + k) % lines.length)) {
      line = (from + k) % lines.length;
      break;
    }
  }
  // Past the label and its colon, into the claim's own words.
  const label = /(?:Claim|Thesis|Reason)\W*\s*/i.exec(lines[line]);
  return { line, character: label ? Math.min(lines[line].length, label.index + label[0].length + 2) : 0 };
}

/** Per line, whether it lies inside a fenced code block (or is one of its fences). */
function fencedLines(lines: readonly string[]): boolean[] {
  const out: boolean[] = [];
  let fence: string | undefined;
  for (const l of lines) {
    const m = /^ {0,3}(`{3,}|~{3,})/.exec(l);
    if (fence === undefined && m) {
      fence = m[1];
      out.push(true);
    } else if (fence !== undefined) {
      if (m && m[1][0] === fence[0] && m[1].length >= fence.length && l.trim() === m[1]) fence = undefined;
      out.push(true);
    } else out.push(false);
  }
  return out;
}

/** Applies an insertion to a line array (kept in step with the server's text). */
export function insertAt(lines: string[], at: Position, insert: string): void {
  const l = lines[at.line];
  lines[at.line] = l.slice(0, at.character) + insert + l.slice(at.character);
}
