// Refactors offered on any block, labelled or not: make it a claim, evidence or challenge
// (the label added or replaced, in the file's style), and give a node an explicit id.
import type { Position } from 'vscode-languageserver';
import { blockAt, unusedSlug, writeId, writeLabel, writtenLabel, type NodeKind } from '../../model';
import type { Fix, FixInput } from './types';
import { textEnd } from './text';

const KINDS: readonly { kind: NodeKind; label: string; title: string }[] = [
  { kind: 'claim', label: 'Claim', title: 'Make this a claim' },
  { kind: 'evidence', label: 'Evidence', title: 'Make this evidence' },
  { kind: 'challenge', label: 'Challenge', title: 'Make this a challenge' },
];

export type RefactorInput = Omit<FixInput, 'diagnostic' | 'model'>;

export function refactors(input: RefactorInput, position: Position): Fix[] {
  const { analysis, lines } = input;
  const block = blockAt(analysis, input.text, position);
  if (!block) return [];
  const node = block.node === undefined ? undefined : analysis.nodes[block.node];
  const written = node ? writtenLabel(lines.line(block.line), block.labelAt) : undefined;
  const out: Fix[] = [];
  for (const k of KINDS) {
    if (node?.kind === k.kind) continue;
    const start = { line: block.line, character: block.labelAt };
    const end = { line: block.line, character: written?.end ?? block.labelAt };
    out.push({ title: k.title, edits: [{ range: { start, end }, newText: writeLabel(k.label, input.style.bold) }] });
  }
  if (node && !node.explicitId && !node.reference) {
    const id = unusedSlug(analysis, node.index, node.text);
    const at = textEnd(lines, node.blockRange.end.line, node.blockRange.end.character);
    out.push({ title: 'Add an id', edits: [{ range: { start: at, end: at }, newText: ` ${writeId(id, input.idStyle)}` }] });
  }
  return out;
}
