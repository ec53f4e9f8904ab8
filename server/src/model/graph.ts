// Chunks → the file's nodes in document order with their parents (the spec's structure
// rules), headings with their sections and slugs, ids, footnotes and links, all placed
// in the document. References are resolved later (resolve.ts), since they may cross files.
import type { Block, CitationDraft, Item, LinkDraft, NodeDraft } from './drafts';
import { normalizeLabel, type Chunk, type ParsedDocument } from './parse';
import type { ArgNode, Citation, FileGraph, Heading, IdLink, Range } from './types';
import { isBefore, shiftRange as shift } from './positions';
import { parseIdUrl, SCHEME } from './idLinks';
import { placedLinks, placeFootnotes, placeNode } from './placement';

class GraphBuilder {
  readonly graph: FileGraph;
  private chunkLine = 0;
  /** Slugs of top-level headings, consumed in order as their blocks are met. */
  private readonly topSlugs: string[] = [];
  /** Each node's text slug, from its draft, by node index (an array: no hashing of fresh nodes). */
  private readonly slugOf: string[] = [];
  private topSlugIndex = 0;
  private readonly headingStack: { depth: number; node?: number }[] = [];

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
    let previous: Prev = { type: 'other' };
    for (let i = 0; i < chunks.length; i++) {
      const chunk = chunks[i];
      this.chunkLine = chunk.line;
      for (const block of chunk.result.blocks) previous = this.topLevel(block, previous);
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
    this.finishHeadings();
    this.assignIds();
    this.computeFullRanges();
    return this.graph;
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
    // An inline link's target never changes while its chunk stays: parse it once.
    const hit = l.url !== undefined ? placedLinks.get(l) : undefined;
    if (hit && hit.line === line && hit.path === path) return hit.target && placedIdLink(hit.target, hit.ranges);
    const url = this.url(l);
    const target = url === undefined ? undefined : parseIdUrl(url, path);
    // Keys only when present: links without them compare equal to before.
    const ranges: { range: Range; destination?: Range; fragment?: Range } = { range: shift(l.range, line) };
    if (l.destination) ranges.destination = shift(l.destination, line);
    if (l.fragment) ranges.fragment = shift(l.fragment, line);
    if (l.url !== undefined) placedLinks.set(l, { line, path, target, ranges });
    return target && placedIdLink(target, ranges);
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
        this.graph.headings.push({
          depth: block.depth,
          text: block.text,
          slug,
          range: shift(block.range, this.chunkLine),
          sectionRange: shift(block.range, this.chunkLine),
          node,
        });
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
    const g = this.graph;
    const index = g.nodes.length;
    const line = this.chunkLine;
    const placed = placeNode(d, line);
    const node: ArgNode = {
      index,
      id: d.explicitId ?? '',
      explicitId: d.explicitId !== undefined,
      kind: d.kind,
      label: d.label,
      blockType: d.blockType,
      depth: d.depth,
      text: d.text,
      body: d.body,
      range: placed.range,
      fullRange: placed.fullRange,
      blockRange: placed.blockRange,
      idRange: placed.idRange,
      idValueRange: placed.idValueRange,
      idStyle: d.idStyle,
      figures: placed.figures,
      bodyFigures: placed.bodyFigures,
      citations: d.citations.length ? this.citations(d.citations) : [],
      parent,
      children: [],
    };
    if (d.reference) {
      const ref = this.idLink(d.reference);
      if (ref) node.reference = ref;
      else {
        // A link that is not to an id: the node is ordinary, and the link is prose.
        const url = this.url(d.reference);
        if (url !== undefined && SCHEME.test(url)) node.citations.push({ kind: 'url', url, range: shift(d.reference.range, line) });
      }
    }
    if (parent !== undefined) g.nodes[parent].children.push(index);
    g.nodes.push(node);
    this.slugOf.push(d.slug);
    return index;
  }

  private citations(drafts: readonly CitationDraft[]): Citation[] {
    const out: Citation[] = [];
    for (const c of drafts) {
      const citation = this.citation(c);
      if (citation) out.push(citation);
    }
    return out;
  }

  private citation(c: CitationDraft): Citation | undefined {
    const range = shift(c.range, this.chunkLine);
    if (c.kind === 'footnote') {
      const label = labelOf(c);
      const definition = this.graph.footnoteDefinitions.get(label);
      return { kind: 'footnote', label, raw: c.raw, defined: definition !== undefined, cites: definition !== undefined && !isPlaceholder(definition.text), range };
    }
    const url = this.url(c);
    return url !== undefined && SCHEME.test(url) ? { kind: 'url', url, range } : undefined;
  }

  /** Sections end at the next heading of the same or a higher level. */
  private finishHeadings(): void {
    const open: Heading[] = [];
    for (const h of this.graph.headings) {
      while (open.length && open[open.length - 1].depth >= h.depth) {
        const done = open.pop() as Heading;
        done.sectionRange = { start: done.range.start, end: { line: h.range.start.line, character: 0 } };
      }
      open.push(h);
    }
    for (const h of open) h.sectionRange = { start: h.range.start, end: this.graph.end };
  }

  /** Explicit ids first (the first definition wins); generated ids from the text, unique in the file. */
  private assignIds(): void {
    const g = this.graph;
    for (const n of g.nodes) {
      if (!n.explicitId) continue;
      if (g.ids.has(n.id)) g.duplicateIds.push(n.index);
      else g.ids.set(n.id, n.index);
    }
    // Generated ids taken so far; explicit ones are in `g.ids` (no copy of it).
    const generated = new Set<string>();
    const used = (id: string): boolean => generated.has(id) || g.ids.has(id);
    // The suffix tried last per base: `used` only grows, so the search resumes there
    // (without it, 10,000 nodes with the same text took 10^8 lookups). Only bases met
    // twice get an entry: most texts are unique.
    const nextSuffix = new Map<string, number>();
    for (const n of g.nodes) {
      if (n.explicitId || n.reference) continue;
      const base = this.slugOf[n.index] || n.kind;
      let id = base;
      if (used(id)) {
        let k = nextSuffix.get(base) ?? 2;
        for (id = `${base}-${k}`; used(id); ) id = `${base}-${++k}`;
        nextSuffix.set(base, k);
      }
      generated.add(id);
      n.id = id;
    }
  }

  /** A node's outline range covers everything nested under it; parents precede children. */
  private computeFullRanges(): void {
    const nodes = this.graph.nodes;
    for (let i = nodes.length - 1; i >= 0; i--) {
      const p = nodes[i].parent;
      if (p !== undefined) nodes[p].fullRange = cover(nodes[p].fullRange, nodes[i].fullRange);
    }
  }
}

/**
 * GitHub's repeat numbering (`x`, `x-1`, `x-2`…) over slugs computed once per chunk: the
 * slug itself is the costly part, and chunks keep it between keystrokes.
 */
class Slugger {
  private readonly seen = new Map<string, number>();
  unique(base: string): string {
    let result = base;
    while (this.seen.has(result)) {
      const n = (this.seen.get(base) ?? 0) + 1;
      this.seen.set(base, n);
      result = `${base}-${n}`;
    }
    this.seen.set(result, 0);
    return result;
  }
}

/** The smallest range covering both: `a` itself when it already covers `b` (the usual case: no new object). */
function cover(a: Range, b: Range): Range {
  const start = isBefore(b.start, a.start);
  const end = isBefore(a.end, b.end);
  return start || end ? { start: start ? b.start : a.start, end: end ? b.end : a.end } : a;
}

/** An id link placed in the document: a new object per analysis, since the analysis sets its `target` or `error`. */
function placedIdLink(target: IdTarget, ranges: { range: Range; destination?: Range; fragment?: Range }): IdLink {
  const link: IdLink = target.file === undefined ? { id: target.id, range: ranges.range } : { rawFile: target.rawFile, file: target.file, id: target.id, range: ranges.range };
  if (ranges.destination) link.destination = ranges.destination;
  if (ranges.fragment) link.fragment = ranges.fragment;
  return link;
}

/** A footnote citation's normalised label, kept beside its draft (which lives as long as its chunk). */
const citationLabels = new WeakMap<CitationDraft, string>();

function labelOf(c: Extract<CitationDraft, { kind: 'footnote' }>): string {
  let label = citationLabels.get(c);
  if (label === undefined) citationLabels.set(c, (label = normalizeLabel(c.raw)));
  return label;
}

/** The spec's empty citation: a footnote defined as nothing, or only the placeholder `…` (or `...`). */
function isPlaceholder(text: string): boolean {
  return /^(?:…|\.\.\.)?$/.test(text.trim());
}

type IdTarget = NonNullable<ReturnType<typeof parseIdUrl>>;

type Prev = { type: 'other' } | { type: 'paragraph'; node: number } | { type: 'list'; key: string; owner: number | undefined };

/** Chunks a step of `buildGraphSteps` covers: a few milliseconds of a large file's graph. */
const STEP_CHUNKS = 64;

export function buildGraph(doc: ParsedDocument, path: string): FileGraph {
  const steps = buildGraphSteps(doc, path);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** `buildGraph` in steps: the generator pauses every few chunks, so that a server can answer other requests in between. */
export function buildGraphSteps(doc: ParsedDocument, path: string): Generator<void, FileGraph, void> {
  return new GraphBuilder(doc, path).build();
}
