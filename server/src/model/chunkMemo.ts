// What the graph walk (graph.ts) found in each chunk, kept beside the chunk's parse result
// (weakly: it goes with the chunk), so that the next build copies an unchanged chunk's
// records whole instead of walking its blocks again. A memo is only taken when everything
// the walk of that chunk reads is the same as when it was made: the chunk's line, the node
// index it starts at, the heading stack and open list/paragraph before it, the slugs its
// headings get, the path, and the document-wide facts (footnote definitions, reference
// definitions), or, when those changed, the ones its nodes name (`sameFactsRead`).
// A build that copies a memo points it at itself (`facts`, `build`: the rest
// is the same by the checks, and a build's nodes there are made from the same drafts).
import type { ChunkResult, NodeDraft } from './drafts';
import { labelOf } from './footnoteFacts';
import { normalizeLabel } from './parse/definitions';
import type { HeadingRecord } from './headingAssembly';
import type { IdState } from './ids';
import type { PlacedNode } from './placement';
import type { ArgNode, Citation, FootnoteDefinition, IdLink } from './types';

/** The block before the next one: a list goes on, or belongs to a labelled paragraph. */
export type Prev = { type: 'other' } | { type: 'paragraph'; node: number } | { type: 'list'; key: string; owner: number | undefined };

/** An open heading: its level and its node, if labelled. Entries are never changed once pushed. */
export interface StackEntry {
  readonly depth: number;
  readonly node?: number;
}

/**
 * What a build leaves for the next one: its nodes (once made) and its ids. The nodes are held
 * weakly: a memo outlives its build when its chunk leaves the document but its parse result is
 * kept (parse/recent.ts keeps replaced chunks for a fence's close), and a whole old graph's nodes
 * must not stay alive with it (the bench's 5 MB edits: +230 MB). The current graph's nodes are
 * held by its analysis; once they are gone, the next build makes its nodes without hints.
 */
export interface BuildState {
  nodes?: WeakRef<readonly ArgNode[]>;
  ids?: IdState;
}

/** The facts of the whole document that a chunk's nodes read (citations, links by reference). */
export interface DocFacts {
  readonly definitions: ReadonlyMap<string, string>;
  readonly footnotes: ReadonlyMap<string, FootnoteDefinition>;
}

export interface ChunkMemo {
  readonly path: string;
  readonly line: number;
  readonly first: number;
  facts: DocFacts;
  readonly stackIn: readonly StackEntry[];
  readonly prevIn: Prev;
  readonly slugs: readonly string[];
  readonly stackOut: readonly StackEntry[];
  readonly prevOut: Prev;
  readonly drafts: readonly NodeDraft[];
  readonly parents: readonly (number | undefined)[];
  readonly placed: readonly PlacedNode[];
  readonly citations: readonly Citation[][];
  readonly references: readonly (IdLink | undefined)[];
  readonly headings: readonly HeadingRecord[];
  /** The build that made or last copied this memo: its nodes are the hints for reuse. */
  build: BuildState;
}

const memos = new WeakMap<ChunkResult, ChunkMemo>();

export function chunkMemo(result: ChunkResult): ChunkMemo | undefined {
  return memos.get(result);
}

export function keepChunkMemo(result: ChunkResult, memo: ChunkMemo): void {
  memos.set(result, memo);
}

export function sameStack(a: readonly StackEntry[], b: readonly StackEntry[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i].depth !== b[i].depth || a[i].node !== b[i].node) return false;
  return true;
}

export function samePrev(a: Prev, b: Prev): boolean {
  if (a.type === 'other' || b.type === 'other') return a.type === b.type;
  if (a.type === 'paragraph') return b.type === 'paragraph' && a.node === b.node;
  return b.type === 'list' && a.key === b.key && a.owner === b.owner;
}

/** Whether `slugs` are `all[from ..]` (the slugs the chunk's top-level headings get now). */
export function sameSlugs(slugs: readonly string[], all: readonly string[], from: number): boolean {
  if (from + slugs.length > all.length) return false;
  for (let i = 0; i < slugs.length; i++) if (slugs[i] !== all[from + i]) return false;
  return true;
}

/**
 * Whether two builds' document-wide facts give every node the same citations and links:
 * the same reference definitions, and the same footnote labels defined, each saying
 * something or not alike (`says`).
 */
export function sameFacts(a: DocFacts, b: DocFacts, says: (d: FootnoteDefinition) => boolean): boolean {
  if (a === b) return true;
  if (a.definitions !== b.definitions) {
    if (a.definitions.size !== b.definitions.size) return false;
    for (const [label, url] of a.definitions) if (b.definitions.get(label) !== url) return false;
  }
  if (a.footnotes !== b.footnotes) {
    if (a.footnotes.size !== b.footnotes.size) return false;
    for (const [label, d] of a.footnotes) {
      const other = b.footnotes.get(label);
      if (!other || (other !== d && says(other) !== says(d))) return false;
    }
  }
  return true;
}

/**
 * Whether the facts a chunk's nodes read come out the same under `b` as under `a` when the
 * whole file's differ: the footnotes its citations name (defined or not, saying something or
 * not) and the reference definitions its links by label name. A fence opened above a
 * definition hides it, and every chunk's memo holds the old facts: only the chunks naming
 * what changed need walking again.
 */
export function sameFactsRead(drafts: readonly NodeDraft[], a: DocFacts, b: DocFacts, says: (d: FootnoteDefinition) => boolean): boolean {
  for (const d of drafts) {
    for (const c of d.citations) {
      if (c.kind === 'link') {
        if (!sameUrl(c, a, b)) return false;
        continue;
      }
      const label = labelOf(c);
      const x = a.footnotes.get(label);
      const y = b.footnotes.get(label);
      if (x !== y && (x === undefined || y === undefined || says(x) !== says(y))) return false;
    }
    if (d.reference && !sameUrl(d.reference, a, b)) return false;
  }
  return true;
}

/** Whether a link's URL is the same under both facts (an inline one always is). */
function sameUrl(l: { url?: string; identifier?: string }, a: DocFacts, b: DocFacts): boolean {
  if (l.url !== undefined || l.identifier === undefined || a.definitions === b.definitions) return true;
  const label = normalizeLabel(l.identifier);
  return a.definitions.get(label) === b.definitions.get(label);
}
