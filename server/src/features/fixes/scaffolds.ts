// Fixes that scaffold what the author must still write: a child item `**Evidence:** …` or
// `**Rebuttal:** …` (the `…` is text, so never an empty node), and a citation `[^n]` whose
// definition is `…` (which cites nothing until written). None makes a claim look supported.
import type { ArgNode } from '../../model';
import { childItem, firstFreeFootnote, writeLabel } from '../../model';
import type { Fix, FixInput } from './types';
import { appendBlock, textEnd } from './text';

function nodeOf(input: FixInput): ArgNode | undefined {
  const i = input.model?.node;
  return i === undefined ? undefined : input.analysis.nodes[i];
}

function addChild(input: FixInput, title: string, label: string, content: string): Fix[] {
  const node = nodeOf(input);
  if (!node) return [];
  const { position, newText } = childItem(input.analysis, input.text, node.index, `${writeLabel(label, input.style.bold)}${content}`);
  return [{ title, edits: [{ range: { start: position, end: position }, newText }] }];
}

export const addEvidence = (input: FixInput): Fix[] => addChild(input, 'Add evidence under this claim', 'Evidence', '…');

export const addRebuttal = (input: FixInput): Fix[] => addChild(input, 'Add a rebuttal', 'Rebuttal', '…');

/** An uncited evidence item stating the figure as written: the figure stays unsourced until it is cited. */
export function addFigureEvidence(input: FixInput): Fix[] {
  const node = nodeOf(input);
  const r = input.diagnostic.range;
  const figure =
    node?.figures.find((f) => f.range.start.line === r.start.line && f.range.start.character === r.start.character)?.text ??
    input.lines.slice(r).replace(/\s+/g, ' ');
  return addChild(input, 'Add evidence for this figure', 'Evidence', `… ${figure} …`);
}

/** `[^n]` at the end of the node's first line (before its id) and `[^n]: …` at the end of the file. */
export function citeSource(input: FixInput): Fix[] {
  const node = nodeOf(input);
  if (!node) return [];
  const { lines } = input;
  const line = node.range.start.line;
  const idOnLine = node.idRange && node.idRange.start.line === line ? node.idRange.start.character : undefined;
  const at = textEnd(lines, line, idOnLine);
  const n = firstFreeFootnote(input.analysis);
  // A `!` or `\` right before would make `[^n]` an image or plain text.
  const space = /[!\\]$/.test(lines.line(line).slice(0, at.character)) ? ' ' : '';
  return [
    {
      title: 'Cite a source',
      edits: [{ range: { start: at, end: at }, newText: `${space}[^${n}]` }, appendBlock(lines, `[^${n}]: …`, input.style.eol)],
    },
  ];
}
