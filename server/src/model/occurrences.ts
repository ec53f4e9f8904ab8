// Where ids, links to them and footnotes stand in one analysed file, for navigation and
// rename: computed once per analysis (kept beside it, weakly) and read by every feature.
import { isBefore } from './positions';
import type { Analysis, FootnoteDefinition, FootnoteRef, IdLink, Position, Range } from './types';

/** A link to an id in the file: a prose link, or the link a reference node is made of. */
export interface LinkOccurrence {
  link: IdLink;
  /** The reference node the link makes, when it is one's whole text. */
  node?: number;
  /** Workspace-relative path of the file the link points into (this file's own for `#x`). */
  path: string;
  /** The node it resolved to there (by explicit id or by a labelled heading's slug). */
  target?: number;
}

export interface FootnoteOccurrences {
  label: string;
  /** Each `[^label]`, with the range of its label's characters. */
  calls: { ref: FootnoteRef; label: Range }[];
  definition?: { definition: FootnoteDefinition; label: Range };
}

export interface Occurrences {
  /** Every link to an id, in document order. */
  links: LinkOccurrence[];
  /** Footnotes by normalised label, called or defined. */
  footnotes: Map<string, FootnoteOccurrences>;
  /** Explicit id → the node that defines it first. */
  ids: Map<string, number>;
  /** The links that resolve to node `node` of the file `path`. */
  linksTo(path: string, node: number): LinkOccurrence[];
}

/** What stands at a position, most specific first. */
export type Spot =
  | { kind: 'id'; node: number; range: Range }
  | { kind: 'link'; occurrence: LinkOccurrence }
  | { kind: 'footnote'; label: string; range: Range; definition: boolean }
  | { kind: 'node'; node: number };

const cache = new WeakMap<Analysis, Occurrences>();

export function occurrences(analysis: Analysis): Occurrences {
  let found = cache.get(analysis);
  if (!found) {
    found = collect(analysis);
    cache.set(analysis, found);
  }
  return found;
}

function collect(analysis: Analysis): Occurrences {
  const links: LinkOccurrence[] = [];
  const add = (link: IdLink, node?: number) => {
    const path = link.file ?? analysis.path;
    const target = analysis.links.get(link)?.target?.node;
    links.push({ link, node, path, target });
  };
  for (const link of analysis.idLinks) add(link);
  for (const node of analysis.nodes) if (node.reference) add(node.reference, node.index);
  links.sort((a, b) => (isBefore(a.link.range.start, b.link.range.start) ? -1 : isBefore(b.link.range.start, a.link.range.start) ? 1 : 0));

  const byTarget = new Map<string, LinkOccurrence[]>();
  for (const o of links) {
    if (o.target === undefined) continue;
    const key = `${o.target}\u0000${o.path}`;
    const list = byTarget.get(key);
    if (list) list.push(o);
    else byTarget.set(key, [o]);
  }

  const footnotes = new Map<string, FootnoteOccurrences>();
  const entry = (label: string) => {
    let e = footnotes.get(label);
    if (!e) footnotes.set(label, (e = { label, calls: [] }));
    return e;
  };
  for (const ref of analysis.footnoteRefs) entry(ref.label).calls.push({ ref, label: labelRange(ref.range.start, ref.raw) });
  for (const [label, definition] of analysis.footnoteDefinitions) {
    entry(label).definition = { definition, label: labelRange(definition.range.start, definition.raw) };
  }

  const ids = new Map<string, number>();
  for (const node of analysis.nodes) if (node.explicitId && !ids.has(node.id)) ids.set(node.id, node.index);

  return { links, footnotes, ids, linksTo: (path, node) => byTarget.get(`${node}\u0000${path}`) ?? [] };
}

/** The label's characters of `[^label]` starting at `start` (one line: labels hold no line break). */
function labelRange(start: Position, raw: string): Range {
  const from = { line: start.line, character: start.character + 2 };
  return { start: from, end: { line: from.line, character: from.character + raw.length } };
}

/** Whether `p` lies in `r`, both ends included (a cursor right after a word is on it). */
export function touches(r: Range, p: Position): boolean {
  return !isBefore(p, r.start) && !isBefore(r.end, p);
}

/** What stands at `position`: an explicit id, a link to an id, a footnote, a node's first line, or nothing. */
export function spotAt(analysis: Analysis, position: Position): Spot | undefined {
  const found = occurrences(analysis);
  for (const node of analysis.nodes) {
    if (node.idRange && touches(node.idRange, position)) return { kind: 'id', node: node.index, range: node.idRange };
  }
  for (const occurrence of found.links) if (touches(occurrence.link.range, position)) return { kind: 'link', occurrence };
  for (const f of found.footnotes.values()) {
    for (const c of f.calls) if (touches(c.ref.range, position)) return { kind: 'footnote', label: f.label, range: c.label, definition: false };
    const d = f.definition;
    // The definition's own `[^label]:`, not the text after it.
    if (d && touches({ start: d.definition.range.start, end: { line: d.label.end.line, character: d.label.end.character + 2 } }, position)) {
      return { kind: 'footnote', label: f.label, range: d.label, definition: true };
    }
  }
  for (const node of analysis.nodes) if (touches(node.range, position)) return { kind: 'node', node: node.index };
  return undefined;
}

/** The range of a node's `{#id}` text without the braces and `#` (what a rename replaces). */
export function idTextRange(idRange: Range): Range {
  return { start: { line: idRange.start.line, character: idRange.start.character + 2 }, end: { line: idRange.end.line, character: idRange.end.character - 1 } };
}
