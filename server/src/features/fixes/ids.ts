// Ids: a broken link changed to a near id of its target file (or unlinked, keeping its text),
// and the second of two equal ids renamed to the first free `-n`.
import type { Range, TextEdit } from 'vscode-languageserver';
import { editDistance, usedIds, type IdLink } from '../../model';
import type { Fix, FixInput } from './types';

const sameRange = (a: Range, b: Range): boolean =>
  a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;

/** The link a `broken-reference` covers: a prose link (same range) or a reference node's link. */
function brokenLink(input: FixInput): IdLink | undefined {
  const r = input.diagnostic.range;
  const node = input.model?.node !== undefined ? input.analysis.nodes[input.model.node] : undefined;
  if (node?.reference) return node.reference;
  return input.analysis.idLinks.find((l) => sameRange(l.range, r));
}

/** Where the link's text ends (its matching `]`), in the link's source; -1 when unbalanced. */
function closingBracket(source: string): number {
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') depth++;
    else if (c === ']' && --depth === 0) return i;
  }
  return -1;
}

export function fixBrokenReference(input: FixInput): Fix[] {
  const link = brokenLink(input);
  if (!link) return [];
  const source = input.lines.slice(link.range);
  const close = closingBracket(source);
  if (!source.startsWith('[') || close < 0) return [];
  const fixes: Fix[] = [];
  // Only an inline link's fragment is here to change; a reference-style link's is in its definition.
  const dest = /^\([ \t]*<?([^)\s>#]*)#([^)\s>]*)/.exec(source.slice(close + 1));
  if (dest) {
    const ids =
      link.file === undefined || link.file === input.analysis.path
        ? input.analysis.nodes.filter((n) => n.explicitId).map((n) => n.id)
        : input.idsOf?.(link.file);
    const near = [...new Set(ids ?? [])]
      .map((id) => ({ id, distance: editDistance(link.id, id) }))
      .filter((x) => x.distance <= 2 && x.id !== link.id)
      .sort((a, b) => a.distance - b.distance || (a.id < b.id ? -1 : 1))
      .slice(0, 3);
    const start = close + 1 + dest[0].length - dest[2].length;
    const at = (offset: number) => input.lines.positionAt(input.lines.offset(link.range.start) + offset);
    for (const { id } of near) {
      const edit: TextEdit = { range: { start: at(start), end: at(start + dest[2].length) }, newText: id };
      fixes.push({ title: `Change to #${id}`, edits: [edit], preferred: near.length === 1 });
    }
  }
  fixes.push({ title: 'Remove the link, keep its text', edits: [{ range: link.range, newText: source.slice(1, close) }] });
  return fixes;
}

export function renameDuplicateId(input: FixInput): Fix[] {
  const i = input.model?.node;
  const node = i === undefined ? undefined : input.analysis.nodes[i];
  if (!node?.idRange) return [];
  const source = input.lines.slice(node.idRange);
  const opener = /\{#|(?:id|name)=["']?/.exec(source);
  if (!opener || !source.startsWith(node.id, opener.index + opener[0].length)) return [];
  const ids = usedIds(input.analysis);
  let k = 2;
  while (ids.has(`${node.id}-${k}`)) k++;
  const next = `${node.id}-${k}`;
  const start = input.lines.positionAt(input.lines.offset(node.idRange.start) + opener.index + opener[0].length);
  const end = { line: start.line, character: start.character + node.id.length };
  return [{ title: `Rename this id to ${next}`, edits: [{ range: { start, end }, newText: next }], preferred: true }];
}
