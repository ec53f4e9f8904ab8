// Chunks → the file's nodes in document order with their parents (the spec's structure
// rules), headings with their sections and slugs, ids, footnotes and links, all placed
// in the document. References are resolved later (resolve.ts), since they may cross files.
// The walk records each node's facts; nodeAssembly.ts makes the nodes, reusing the last
// build's object for a draft wherever nothing of it changed. Nothing changes a node or a
// link once the graph is built: the next version's graph may share them.
import type { Block, Item, LinkDraft, NodeDraft } from './drafts';
import { normalizeLabel, type Chunk, type ParsedDocument } from './parse';
import type { Citation, FileGraph, IdLink } from './types';
import { shiftRange as shift } from './positions';
import { parseIdUrl, placedIdLink, sameIdLink, SCHEME } from './idLinks';
import { Slugger } from './slugger';
import { Citations } from './citations';
import { says } from './footnoteFacts';
import { placedLinks, placeFootnotes, placeNode } from './placement';
import { assembleHeadings, type HeadingRecord } from './headingAssembly';
import { drain } from './slices';
import { assembleNodes, patchNodes, previousNode, type NodeRecords } from './nodeAssembly';
import { assignIds, patchIds } from './ids';
import { keepBuildCounts, type BuildCounts } from './buildCounts';
import { chunkMemo, keepChunkMemo, sameFacts, sameFactsRead, samePrev, sameSlugs, sameStack, type BuildState, type ChunkMemo, type DocFacts, type Prev, type StackEntry } from './chunkMemo';

class GraphBuilder {
  readonly graph: FileGraph;
  private chunkLine = 0;
  /** Slugs of top-level headings, consumed in order as their blocks are met. */
  private readonly topSlugs: string[] = [];
  /** What the walk found of each node, by node index; the nodes are made from it at the end. */
  private readonly headingRecords: HeadingRecord[] = [];
  private readonly records: NodeRecords = { drafts: [], previous: [], parents: [], placed: [], citations: [], references: [], ids: [] };
  private topSlugIndex = 0;
  private readonly headingStack: StackEntry[] = [];
  /** What this build leaves for the next (chunkMemo.ts). */
  private readonly state: BuildState = {};
  private facts: DocFacts = { definitions: new Map(), footnotes: new Map() };
  /** Earlier builds' facts found the same as this build's (or not): compared once each. */
  private readonly factsChecked = new Map<DocFacts, boolean>();
  /** The builds whose memos were copied, and the node ranges walked instead (first, end, …): for `patchIds`. */
  private readonly citations: Citations;
  private readonly copiedFrom = new Set<BuildState>();
  private readonly walked: number[] = [];
  private readonly counts: BuildCounts = { walked: 0, copied: 0 };

  constructor(
    private readonly doc: ParsedDocument,
    path: string,
  ) {
    this.graph = {
      path,
      lineCount: 1,
      end: { line: 0, character: 0 },
      nodes: [],
      headings: [],
      slugs: new Map(),
      ids: new Map(),
      duplicateIds: [],
      footnoteDefinitions: new Map(),
      footnoteRefs: [],
      idLinks: [],
      tooDeep: [],
      largeBlocks: [],
      labelTypos: [],
    };
    this.citations = new Citations(this.graph.footnoteDefinitions, (l) => this.url(l));
  }

  /** Builds the graph, pausing every `STEP_CHUNKS` chunks (see `buildGraphSteps`). */
  *build(): Generator<void, FileGraph, void> {
    const chunks = this.doc.chunks;
    const slugger = new Slugger();
    // Document-wide facts first, so that nodes know which footnotes are defined.
    for (let i = 0; i < chunks.length; i++) {
      const chunk = chunks[i];
      this.chunkLine = chunk.line;
      this.collectDocumentWide(chunk, slugger);
      if (i % STEP_CHUNKS === STEP_CHUNKS - 1) yield;
    }
    this.facts = { definitions: this.doc.definitions, footnotes: this.graph.footnoteDefinitions };
    let previous: Prev = { type: 'other' };
    for (let i = 0; i < chunks.length; i++) {
      const chunk = chunks[i];
      this.chunkLine = chunk.line;
      previous = this.chunk(chunk, previous);
      if (i % STEP_CHUNKS === STEP_CHUNKS - 1) yield;
    }
    const last = chunks[chunks.length - 1];
    // Only the last chunk ends where the file does: a block open there runs to the end.
    const open = last?.result.unclosed;
    if (open) this.graph.unclosed = { ...open, range: shift(open.range, last.line) };
    if (last) {
      const lines = last.text.split(/\r\n|\r|\n/);
      this.graph.lineCount = last.line + lines.length;
      this.graph.end = { line: last.line + lines.length - 1, character: lines[lines.length - 1].length };
    }
    this.graph.headings = assembleHeadings(this.headingRecords, this.graph.end);
    const r = this.records;
    const [from] = this.copiedFrom;
    const patched = this.copiedFrom.size === 1 && from.ids ? patchIds(from.ids, r.drafts, r.references, this.walked) : undefined;
    const ids = patched ?? assignIds(r.drafts, r.references, r.ids);
    r.ids = ids.ids;
    this.graph.ids = ids.explicit;
    this.graph.duplicateIds = ids.duplicates;
    // Ids patched: every node outside the walked chunks is the last build's own, and so are its subtree's.
    const fromNodes = patched && from.nodes?.deref();
    this.graph.nodes = fromNodes ? patchNodes(r, fromNodes, this.walked) : assembleNodes(r);
    this.state.nodes = new WeakRef(this.graph.nodes);
    keepBuildCounts(this.graph.nodes, this.counts);
    this.state.ids = ids;
    return this.graph;
  }

  /** Walks a chunk's blocks, or copies what the last build found there when nothing it reads changed. */
  private chunk(chunk: Chunk, previous: Prev): Prev {
    const r = this.records;
    const first = r.drafts.length;
    const memo = chunkMemo(chunk.result);
    if (memo && this.fits(memo, chunk, first, previous)) {
      this.copy(memo);
      this.counts.copied++;
      this.copiedFrom.add(memo.build);
      memo.facts = this.facts;
      memo.build = this.state;
      return memo.prevOut;
    }
    const stackIn = this.headingStack.slice();
    const slugFrom = this.topSlugIndex;
    const headingFrom = this.headingRecords.length;
    const prevIn = previous;
    this.counts.walked++;
    for (const block of chunk.result.blocks) previous = this.topLevel(block, previous);
    if (r.drafts.length > first) this.walked.push(first, r.drafts.length);
    keepChunkMemo(chunk.result, {
      path: this.graph.path,
      line: chunk.line,
      first,
      facts: this.facts,
      stackIn,
      prevIn,
      slugs: this.topSlugs.slice(slugFrom, this.topSlugIndex),
      stackOut: this.headingStack.slice(),
      prevOut: previous,
      drafts: r.drafts.slice(first),
      parents: r.parents.slice(first),
      placed: r.placed.slice(first),
      citations: r.citations.slice(first),
      references: r.references.slice(first),
      headings: this.headingRecords.slice(headingFrom),
      build: this.state,
    });
    return previous;
  }

  /** Whether the walk of `chunk` now would find what `memo` holds. */
  private fits(memo: ChunkMemo, chunk: Chunk, first: number, previous: Prev): boolean {
    if (memo.line !== chunk.line || memo.first !== first || memo.path !== this.graph.path) return false;
    if (!samePrev(memo.prevIn, previous) || !sameStack(memo.stackIn, this.headingStack)) return false;
    if (!sameSlugs(memo.slugs, this.topSlugs, this.topSlugIndex)) return false;
    let same = this.factsChecked.get(memo.facts);
    if (same === undefined) this.factsChecked.set(memo.facts, (same = sameFacts(memo.facts, this.facts, says)));
    // The file's facts changed: the chunk still fits when the ones its nodes name did not.
    return same || sameFactsRead(memo.drafts, memo.facts, this.facts, says);
  }

  /** Takes a chunk's records from its memo, as the walk would have made them. */
  private copy(memo: ChunkMemo): void {
    const r = this.records;
    const built = memo.build.nodes?.deref();
    for (let k = 0; k < memo.drafts.length; k++) {
      const d = memo.drafts[k];
      r.drafts.push(d);
      r.previous.push(built ? built[memo.first + k] : previousNode(d));
      r.parents.push(memo.parents[k]);
      r.placed.push(memo.placed[k]);
      r.citations.push(memo.citations[k]);
      r.references.push(memo.references[k]);
      r.ids.push(d.explicitId ?? '');
    }
    for (const h of memo.headings) {
      this.headingRecords.push(h);
      if (h.node !== undefined) this.graph.slugs.set(h.slug, h.node);
    }
    this.topSlugIndex += memo.slugs.length;
    this.headingStack.length = 0;
    for (const e of memo.stackOut) this.headingStack.push(e);
  }

  private collectDocumentWide(chunk: Chunk, slugger: Slugger): void {
    const g = this.graph;
    const r = chunk.result;
    if (r.tooDeep) g.tooDeep.push({ range: shift(r.tooDeep.range, chunk.line), depth: r.tooDeep.depth });
    for (const b of r.largeBlocks ?? []) g.largeBlocks.push({ ...b, range: shift(b.range, chunk.line) });
    for (const t of r.labelTypos) g.labelTypos.push({ ...t, range: shift(t.range, chunk.line) });
    for (const h of r.headingTexts) {
      const s = slugger.unique(h.slug);
      if (!g.slugs.has(s)) g.slugs.set(s, undefined);
      if (h.top) this.topSlugs.push(s);
    }
    const placed = placeFootnotes(chunk);
    for (const d of placed.definitions) if (!g.footnoteDefinitions.has(d.label)) g.footnoteDefinitions.set(d.label, d);
    for (const c of placed.calls) g.footnoteRefs.push(c);
    for (const l of r.links) {
      const link = this.idLink(l);
      if (link) g.idLinks.push(link);
    }
  }

  private url(l: { url?: string; identifier?: string }): string | undefined {
    return l.url ?? (l.identifier !== undefined ? this.doc.definitions.get(normalizeLabel(l.identifier)) : undefined);
  }

  private idLink(l: LinkDraft): IdLink | undefined {
    const line = this.chunkLine;
    const path = this.graph.path;
    // An inline link never changes while its chunk stays on its line: place it once.
    const hit = l.url !== undefined ? placedLinks.get(l) : undefined;
    if (hit && hit.line === line && hit.path === path) return hit.link;
    const url = this.url(l);
    const target = url === undefined ? undefined : parseIdUrl(url, path);
    const link = target && placedIdLink(target, l, line);
    if (l.url !== undefined) placedLinks.set(l, { line, path, link });
    return link;
  }

  /** The innermost labelled heading whose section we are in. */
  private sectionParent(): number | undefined {
    for (let i = this.headingStack.length - 1; i >= 0; i--) {
      const n = this.headingStack[i].node;
      if (n !== undefined) return n;
    }
    return undefined;
  }

  private topLevel(block: Block, previous: Prev): Prev {
    switch (block.type) {
      case 'heading': {
        while (this.headingStack.length && this.headingStack[this.headingStack.length - 1].depth >= block.depth) this.headingStack.pop();
        const node = block.node ? this.addNode(block.node, this.sectionParent()) : undefined;
        const slug = this.topSlugs[this.topSlugIndex++] ?? '';
        if (node !== undefined) this.graph.slugs.set(slug, node);
        this.headingRecords.push({ block, line: this.chunkLine, slug, node });
        this.headingStack.push({ depth: block.depth, node });
        return { type: 'other' };
      }
      case 'paragraph':
        return block.node ? { type: 'paragraph', node: this.addNode(block.node, this.sectionParent()) } : { type: 'other' };
      case 'list':
        return this.list(block.key, block.items, previous, this.sectionParent());
      default:
        return { type: 'other' };
    }
  }

  /** A list belongs to the labelled paragraph right before it, or continues the list before it. */
  private list(key: string, items: Item[], previous: Prev, fallback: number | undefined): Prev {
    // A list the parser split at a chunk cut goes on; a quoted one never spans a cut (a blank line ends the quote).
    const goesOn = previous.type === 'list' && previous.key === key && !key.startsWith('>');
    const owner = previous.type === 'paragraph' ? previous.node : goesOn ? previous.owner : fallback;
    for (const item of items) {
      const parent = item.node ? this.addNode(item.node, owner) : owner;
      this.container(item.blocks, parent);
    }
    return { type: 'list', key, owner };
  }

  /** Blocks inside a list item: nodes there are children of the item's node. */
  private container(blocks: Block[], parent: number | undefined): void {
    let previous: Prev = { type: 'other' };
    for (const block of blocks) {
      if ((block.type === 'heading' || block.type === 'paragraph') && block.node) {
        previous = { type: 'paragraph', node: this.addNode(block.node, parent) };
      } else if (block.type === 'list') {
        previous = this.list(block.key, block.items, previous, parent);
      } else {
        previous = { type: 'other' };
      }
    }
  }

  private addNode(d: NodeDraft, parent: number | undefined): number {
    const r = this.records;
    const index = r.drafts.length;
    const line = this.chunkLine;
    const prev = previousNode(d);
    let reference = d.reference && this.idLink(d.reference);
    if (reference && prev?.reference && reference !== prev.reference && sameIdLink(reference, prev.reference)) reference = prev.reference;
    // The last build's citations when they come out the same (checked without making new ones).
    const proseLink = d.reference && !reference ? d.reference : undefined;
    let citations: Citation[];
    if (prev && this.citations.same(prev.citations, d.citations, proseLink, line)) citations = prev.citations;
    else {
      citations = [];
      for (const c of d.citations) {
        const citation = this.citations.citation(c, line);
        if (citation) citations.push(citation);
      }
      // A link that is not to an id: the node is ordinary, and the link is prose.
      const url = proseLink && this.url(proseLink);
      if (proseLink && url !== undefined && SCHEME.test(url)) citations.push({ kind: 'url', url, range: shift(proseLink.range, line) });
    }
    r.drafts.push(d);
    r.previous.push(prev);
    r.parents.push(parent);
    r.placed.push(placeNode(d, line));
    r.citations.push(citations);
    r.references.push(reference);
    r.ids.push(d.explicitId ?? '');
    return index;
  }
}

/** Chunks a step of `buildGraphSteps` covers: a few milliseconds of a large file's graph. */
const STEP_CHUNKS = 64;

export function buildGraph(doc: ParsedDocument, path: string): FileGraph {
  return drain(buildGraphSteps(doc, path));
}

/** `buildGraph` in steps: the generator pauses every few chunks, so that a server can answer other requests in between. */
export function buildGraphSteps(doc: ParsedDocument, path: string): Generator<void, FileGraph, void> {
  return new GraphBuilder(doc, path).build();
}
