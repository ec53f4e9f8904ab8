// Labels: remove an empty one (the line's other text stays), and make a would-be label
// (`label-typo`) the label it would be, in the file's style.
import { wouldBeLabel, writeLabel, writtenLabel } from '../../model';
import type { Fix, FixInput } from './types';
import { article } from './text';

export function removeEmptyLabel(input: FixInput): Fix[] {
  const start = input.diagnostic.range.start;
  const label = writtenLabel(input.lines.line(start.line), start.character);
  if (!label) return [];
  return [{ title: 'Remove the empty label', edits: [{ range: { start, end: { line: start.line, character: label.end } }, newText: '' }], preferred: true }];
}

export function makeLabel(input: FixInput): Fix[] {
  const line = input.lines.line(input.diagnostic.range.start.line);
  // The range may start at the word or at its emphasis: the emphasis is replaced too.
  let character = input.diagnostic.range.start.character;
  while (character > 0 && /[*_]/.test(line.charAt(character - 1)) && !/^[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?$/.test(line.slice(0, character))) character--;
  const start = { line: input.diagnostic.range.start.line, character };
  const would = wouldBeLabel(line, start.character);
  if (!would) return [];
  const edit = { range: { start, end: { line: start.line, character: would.end } }, newText: writeLabel(would.label, input.style.bold) };
  return [{ title: `Make this ${article(would.label)} ${would.label}`, edits: [edit], preferred: true }];
}
