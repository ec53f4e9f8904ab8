// The traps that silently change the map (spec "Additions in contract v2"): a fenced code or raw
// HTML block left open to the end of the file (`unclosed-code-block`), and a block that starts
// like a label but is not one (`label-typo`). Both read one chunk's mdast and its source text.
import type { Nodes, PhrasingContent, Root } from 'mdast';
import { labelKind } from '../shared/labels';
import { HTML_END } from './parse/cuts';
import { lineEnd } from './parse/lines';
import type { BlockType, NodeKind, TypoReason } from './types';

export interface FoundUnclosed {
  kind: 'code' | 'html';
  /** Offset of the fence or of the `<` on the opening line. */
  start: number;
  /** What would close it: the fence again, or the HTML end (`-->`, `</script>`…). */
  closer: string;
}

/** Blocks that hold other blocks: the last block of a file may sit at the end of one. */
const CONTAINERS = new Set(['list', 'listItem', 'blockquote', 'footnoteDefinition']);
const FENCE = /^[ \t]*(`{3,}|~{3,})/;

const startOf = (n: Nodes): number => n.position?.start.offset ?? 0;
const endOf = (n: Nodes): number => n.position?.end.offset ?? 0;

/**
 * The fence or raw HTML block left open at the end of a chunk (`text` up to `limit`; anything
 * after `limit` was appended for parsing). Only the last block can run to the end, so the walk
 * follows last children down through containers. The caller keeps it only for the file's last chunk.
 */
export function unclosedBlock(root: Root, text: string, limit: number): FoundUnclosed | undefined {
  let n: Nodes | undefined = root;
  for (;;) {
    const kids: Nodes[] = 'children' in n ? (n.children as Nodes[]).filter((c) => startOf(c) < limit) : [];
    const last: Nodes | undefined = kids[kids.length - 1];
    if (!last) return undefined;
    if (CONTAINERS.has(last.type)) {
      n = last;
      continue;
    }
    if (last.type === 'code') return unclosedFence(last, text, limit);
    if (last.type === 'html') return unclosedHtml(last, text, limit);
    return undefined;
  }
}

function unclosedFence(node: Nodes & { type: 'code' }, text: string, limit: number): FoundUnclosed | undefined {
  const start = startOf(node);
  const open = FENCE.exec(text.slice(start, lineEnd(text, start)));
  if (!open) return undefined; // an indented code block has nothing to close
  const at = start + open[0].length - open[1].length;
  const found = { kind: 'code' as const, start: at, closer: open[1] };
  // It runs into the text appended after the chunk (parse/chunk.ts closes it there).
  if (endOf(node) > limit) return found;
  // Closed, the block's last source line is its closing fence, one line more than its content
  // (blank lines at the end of a block quote or item are left out of the value, so both are needed).
  const end = endOf(node);
  const spanned = linesAfterOpening(text, start, end);
  const content = node.value === '' ? 0 : node.value.split(/\r\n|\r|\n/).length;
  const fenced = text.slice(lastLineStart(text, end), end).includes(open[1]);
  return spanned > 0 && fenced && (node.value === '' || spanned === content + 1) ? undefined : found;
}

/** Source lines after the one at `start` that a block ending at `end` covers (a trailing line break opens none). */
function linesAfterOpening(text: string, start: number, end: number): number {
  let lines = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    if ((c === 10 || c === 13) && i + 1 < end) lines++;
  }
  return lines;
}

function lastLineStart(text: string, end: number): number {
  let i = end;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

function unclosedHtml(node: Nodes & { type: 'html' }, text: string, limit: number): FoundUnclosed | undefined {
  const start = startOf(node);
  const first = text.slice(start, lineEnd(text, start));
  const kind = HTML_END.findIndex(([opener]) => opener.test(first));
  if (kind < 0) return undefined; // other HTML blocks end at a blank line: never "unclosed"
  const at = start + (first.length - first.trimStart().length);
  const closer = kind === 0 ? `</${(/<([A-Za-z]+)/.exec(first) as RegExpExecArray)[1].toLowerCase()}>` : HTML_CLOSERS[kind];
  if (endOf(node) <= limit && HTML_END[kind][1].test(node.value.slice(1))) return undefined;
  return { kind: 'html', start: at, closer };
}

/** What closes each kind of HTML_END block but the first (whose closer is its own tag). */
const HTML_CLOSERS = ['', '-->', '?>', '>', ']]>'];

export interface FoundTypo {
  /** Offsets of the would-be label, emphasis marks and colon included. */
  start: number;
  end: number;
  /** The would-be label as written (`Claims :`, `*Claim:*`). */
  written: string;
  /** The label it would be, in the word's own case (`Claim`). */
  label: string;
  kind: NodeKind;
  reason: TypoReason;
}

/** The singular of each label's plural (`theses` → `thesis`, else without its `s`). */
function singular(word: string): string | undefined {
  const lower = word.toLowerCase();
  if (labelKind(lower)) return lower;
  if (lower === 'theses') return 'thesis';
  const stem = lower.slice(0, -1);
  if (lower.endsWith('s') && stem !== 'thesis' && labelKind(stem)) return stem;
  return undefined;
}

/** `label` spelled in the case of `as` (CLAIM, Claim or claim). */
function inCaseOf(label: string, as: string): string {
  if (as.length > 1 && as === as.toUpperCase()) return label.toUpperCase();
  if (as[0] === as[0].toUpperCase()) return label[0].toUpperCase() + label.slice(1);
  return label;
}

// From the block's first character: optional emphasis marks, a word, and where the colon stands.
const EMPHASISED = /^(\*\*|__|\*|_)([A-Za-z]+)([ \t]*)(:?)(\*\*|__|\*|_)([ \t]*)(:?)/;
const PLAIN = /^([A-Za-z]+)([ \t]*):/;

/**
 * The would-be label at the start of a heading, paragraph or list item that did not read as a
 * node, if it looks like a typo of one: `Claim :`, a plural on a list item or heading with text
 * after it, `*Claim:*`, `**Claim:**text`. `first` is the block's first inline node, `blockEnd` where its text ends.
 */
export function labelTypo(first: PhrasingContent | undefined, text: string, blockType: BlockType, blockEnd: number): FoundTypo | undefined {
  if (!first?.position || (first.type !== 'text' && first.type !== 'emphasis' && first.type !== 'strong')) return undefined;
  const start = startOf(first);
  const line = text.slice(start, lineEnd(text, start));
  const em = EMPHASISED.exec(line);
  let written: string;
  let word: string;
  let reasons: TypoReason[] = [];
  if (em) {
    const [, open, w, before, colonIn, close, after, colonOut] = em;
    if (open !== close || (colonIn === '') === (colonOut === '')) return undefined;
    word = w;
    written = colonIn ? `${open}${w}${before}:${close}` : em[0];
    if (open.length === 1) reasons.push('emphasis');
    if (colonIn ? before : after || before) reasons.push('space');
    // `**Claim:**text`: a closing `**` right after the colon and before a letter closes nothing.
    if (colonIn && open.length === 2 && line.length > written.length && !/\s/.test(line[written.length])) reasons.push('glued');
  } else {
    const plain = PLAIN.exec(line);
    if (!plain) return undefined;
    [written, word] = plain;
    if (plain[2]) reasons.push('space');
  }
  const label = singular(word);
  if (!label) return undefined;
  if (label !== word.toLowerCase()) {
    // A plural on a paragraph (`Sources:` before a list) or with nothing after it is a title, not a typo.
    const rest = text.slice(start + written.length, blockEnd).trim();
    if (blockType === 'paragraph' || rest === '') return undefined;
    reasons = ['plural', ...reasons];
  }
  if (!reasons.length) return undefined;
  return { start, end: start + written.length, written, label: inCaseOf(label, word), kind: labelKind(label) as NodeKind, reason: reasons[0] };
}
