// Graph → analysis: references resolved (across files too), support and citation as a
// least fixpoint (so support that only runs through a cycle does not count), contested
// nodes, circular support, and every diagnostic of the spec with its default severity.
import { buildGraph, type FileGraph } from './graph';
import { insideWorkspace } from './paths';
import { parseDocument, type ParsedDocument } from './parse';
import { figureKey } from './figures';
import { MAX_NESTING } from './blocks';
import { messages } from './messages';
import {
  DEFAULT_SEVERITY,
  type Analysis,
  type AnalyzeOptions,
  type ArgNode,
  type DiagnosticCode,
  type Edge,
  type FileReader,
  type IdLink,
  type LinkTarget,
  type ModelDiagnostic,
  type NodeStatus,
  type Range,
  type Relation,
} from './types';

export const DEFAULT_MAX_FILE_SIZE = 10_000_000;

/** UTF-8 byte length, stopping early once it is known to be over `limit`. */
export function utf8Length(text: string, limit = Infinity): number {
  let n = 0;
  for (let i = 0; i < text.length && n <= limit; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

function tooLarge(text: string, max: number): boolean {
  if (text.length > max) return true;
  if (text.length * 3 <= max) return false;
  return utf8Length(text, max) > max;
}

/** Parsed graphs of other files, kept while their text is unchanged. */
const fileCache = new Map<string, { text: string; graph: FileGraph }>();
const FILE_CACHE_LIMIT = 64;

function graphOf(path: string, text: string): FileGraph {
  const hit = fileCache.get(path);
  if (hit && hit.text === text) return hit.graph;
  const graph = buildGraph(parseDocument(text), path);
  fileCache.delete(path);
  fileCache.set(path, { text, graph });
  if (fileCache.size > FILE_CACHE_LIMIT) fileCache.delete(fileCache.keys().next().value as string);
  return graph;
}

/** A node anywhere in the workspace graph: a file's index and the node's index in it. */
interface GlobalNode {
  file: number;
  node: ArgNode;
}

interface GlobalEdge {
  from: number;
  to: number;
  relation: Relation;
  /** Global index of the reference node that made the edge. */
  via?: number;
}

/** The files an analysis reaches through references, as one graph. */
class Workspace {
  readonly files: FileGraph[] = [];
  private readonly offsets: number[] = [];
  readonly errors = new Map<string, string>();
  private readonly byPath = new Map<string, number>();
  readonly nodes: GlobalNode[] = [];

  constructor(
    private readonly readFile: FileReader | undefined,
    private readonly maxFileSize: number,
  ) {}

  add(graph: FileGraph): number {
    const index = this.files.length;
    this.files.push(graph);
    this.byPath.set(graph.path, index);
    this.offsets.push(this.nodes.length);
    for (const node of graph.nodes) this.nodes.push({ file: index, node });
    return index;
  }

  global(file: number, node: number): number {
    return this.offsets[file] + node;
  }

  /** The file at `path`, read and parsed on first use; undefined with a reason in `errors`. */
  file(path: string): number | undefined {
    const known = this.byPath.get(path);
    if (known !== undefined) return known;
    if (this.errors.has(path)) return undefined;
    let error: string | undefined;
    if (!insideWorkspace(path)) error = 'it is outside the workspace';
    else if (!this.readFile) error = 'no workspace to read it from';
    else {
      let read: string | { error: string };
      try {
        read = this.readFile(path);
      } catch (e) {
        read = { error: e instanceof Error ? e.message : String(e) };
      }
      if (typeof read !== 'string') error = read.error;
      else if (tooLarge(read, this.maxFileSize)) error = 'it is larger than argmap.maxFileSize';
      else return this.add(graphOf(path, read));
    }
    this.errors.set(path, error);
    return undefined;
  }
}

interface Resolution {
  target?: number;
  linkTarget?: LinkTarget;
  error?: string;
}

/** The 8 possible statuses, shared: a huge file has tens of thousands of nodes. */
const STATUSES: readonly NodeStatus[] = Array.from({ length: 8 }, (_, bits) =>
  Object.freeze({ supported: (bits & 1) !== 0, cited: (bits & 2) !== 0, contested: (bits & 4) !== 0 }),
);

class Analyzer {
  private readonly ws: Workspace;
  private readonly edges: GlobalEdge[] = [];
  /** Edges into each node as linked lists (head per node, next per edge): no array per node. */
  private inHead = new Int32Array(0);
  private inNext: number[] = [];
  /** Supports edges out of each node, the same way. */
  private outHead = new Int32Array(0);
  private outNext: number[] = [];
  private readonly resolutions = new Map<number, Resolution>();
  private cited: Uint8Array = new Uint8Array(0);
  private supported: Uint8Array = new Uint8Array(0);
  /** Attacked by at least one challenge. */
  private attackedBy: Uint8Array = new Uint8Array(0);
  /** Attacked by a challenge that nothing attacks. */
  private contested: Uint8Array = new Uint8Array(0);
  private readonly localKeys: Edge['from'][] = [];

  constructor(
    private readonly local: FileGraph,
    options: AnalyzeOptions,
  ) {
    this.ws = new Workspace(options.readFile, options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
    this.ws.add(local);
  }

  run(): Analysis {
    this.connect();
    this.index();
    this.computeStatus();
    for (const res of this.resolutions.values()) if (res.linkTarget && res.target !== undefined) res.linkTarget.status = this.statusOf(res.target);
    const status = this.local.nodes.map((n) => this.statusOf(this.refTarget(n.index) ?? n.index));
    const analysis: Analysis = {
      path: this.local.path,
      lineCount: this.local.lineCount,
      nodes: this.local.nodes,
      status,
      edges: this.localEdges(),
      headings: this.local.headings,
      footnoteDefinitions: this.local.footnoteDefinitions,
      footnoteRefs: this.local.footnoteRefs,
      idLinks: this.local.idLinks,
      diagnostics: [],
      tooLarge: false,
      dependencies: this.ws.files.slice(1).map((f) => f.path).concat([...this.ws.errors.keys()]),
    };
    analysis.diagnostics = this.diagnose(analysis);
    return analysis;
  }

  /** Edges of every file reached: tree edges, and reference edges from target to the reference's parent. */
  private connect(): void {
    // Files are added while we go: resolving a reference may read another file.
    for (let f = 0; f < this.ws.files.length; f++) {
      const graph = this.ws.files[f];
      for (const node of graph.nodes) {
        if (node.parent === undefined && !node.reference) continue;
        const g = this.ws.global(f, node.index);
        if (node.reference) {
          const res = this.resolve(f, node.reference, true);
          this.resolutions.set(g, res);
          if (f === 0) {
            node.reference.target = res.linkTarget;
            node.reference.error = res.error;
          }
          if (res.target !== undefined && node.parent !== undefined) {
            this.addEdge(res.target, this.ws.global(f, node.parent), node.kind === 'challenge' ? 'attacks' : 'supports', g);
          }
        } else if (node.parent !== undefined) {
          this.addEdge(g, this.ws.global(f, node.parent), node.kind === 'challenge' ? 'attacks' : 'supports');
        }
      }
    }
    this.local.idLinks.forEach((link, i) => {
      const res = this.resolve(0, link, false);
      link.target = res.linkTarget;
      link.error = res.error;
      // Kept apart from node keys (negative), so their targets get a status too.
      this.resolutions.set(-1 - i, res);
    });
  }

  private addEdge(from: number, to: number, relation: Relation, via?: number): void {
    this.edges.push({ from, to, relation, via });
  }

  /** Adjacency and attack facts, once every file the analysis reaches is connected. */
  private index(): void {
    const n = this.ws.nodes.length;
    this.inHead = new Int32Array(n).fill(-1);
    this.outHead = new Int32Array(n).fill(-1);
    this.inNext = new Array<number>(this.edges.length);
    this.outNext = new Array<number>(this.edges.length);
    this.attackedBy = new Uint8Array(n);
    this.contested = new Uint8Array(n);
    this.edges.forEach((e, i) => {
      this.inNext[i] = this.inHead[e.to];
      this.inHead[e.to] = i;
      if (e.relation === 'supports') {
        this.outNext[i] = this.outHead[e.from];
        this.outHead[e.from] = i;
      } else this.attackedBy[e.to] = 1;
    });
    for (const e of this.edges) if (e.relation === 'attacks' && !this.attackedBy[e.from]) this.contested[e.to] = 1;
  }

  /** Resolves a link to an id in file `f`; a reference must land on a node. */
  private resolve(f: number, link: IdLink, mustBeNode: boolean): Resolution {
    const here = this.ws.files[f];
    const samePath = link.file === undefined || link.file === here.path;
    const fileIndex = samePath ? f : this.ws.file(link.file as string);
    if (fileIndex === undefined) {
      return { error: messages.unreadableFile(link.rawFile ?? link.file ?? '', this.ws.errors.get(link.file as string) ?? 'it cannot be read') };
    }
    const graph = this.ws.files[fileIndex];
    const where = samePath ? undefined : graph.path;
    const byId = graph.ids.get(link.id);
    const byHeading = byId === undefined ? graph.slugs.get(link.id) : undefined;
    const index = byId ?? byHeading;
    if (index !== undefined) {
      const node = graph.nodes[index];
      return {
        target: this.ws.global(fileIndex, index),
        linkTarget: { file: where, node: index, kind: node.kind, text: node.text, range: node.range },
      };
    }
    if (!mustBeNode && graph.slugs.has(link.id)) {
      const heading = graph.headings.find((h) => h.slug === link.id);
      return { linkTarget: { file: where, text: heading?.text ?? link.id, range: heading?.range ?? zero() } };
    }
    return { error: messages.missingTarget(link.id, where === undefined ? undefined : link.rawFile ?? where, mustBeNode) };
  }

  private refTarget(index: number): number | undefined {
    return this.local.nodes[index].reference ? this.resolutions.get(index)?.target : undefined;
  }

  /** Least fixpoint: evidence is cited by its own sources or cited corroboration; claims by cited evidence or supported claims. */
  private computeStatus(): void {
    const all = this.ws.nodes;
    this.cited = new Uint8Array(all.length);
    this.supported = new Uint8Array(all.length);
    const queue: number[] = [];
    all.forEach((g, i) => {
      if (g.node.kind === 'evidence' && !g.node.reference && g.node.citations.some((c) => c.kind === 'url' || c.defined)) {
        this.cited[i] = 1;
        queue.push(i);
      }
    });
    while (queue.length) {
      const x = queue.pop() as number;
      for (let i = this.outHead[x]; i >= 0; i = this.outNext[i]) {
        const y = this.edges[i].to;
        const parentKind = all[y].node.kind;
        if (parentKind === 'evidence') {
          // Only cited evidence corroborates evidence.
          if (all[x].node.kind === 'evidence' && !this.cited[y]) {
            this.cited[y] = 1;
            queue.push(y);
          }
        } else if (!this.supported[y]) {
          this.supported[y] = 1;
          // A supported challenge supports nothing further: its edges attack.
          if (parentKind === 'claim') queue.push(y);
        }
      }
    }
  }

  private statusOf(g: number): NodeStatus {
    return STATUSES[this.supported[g] | (this.cited[g] << 1) | (this.contested[g] << 2)];
  }

  private attacked(g: number): boolean {
    return this.attackedBy[g] === 1;
  }

  private localEdges(): Edge[] {
    const out: Edge[] = [];
    const key = (g: number): Edge['from'] => {
      const { file, node } = this.ws.nodes[g];
      if (file === 0) return (this.localKeys[node.index] ??= { local: node.index });
      const path = this.ws.files[file].path;
      const raw = this.local.nodes.find((n) => n.reference?.file === path)?.reference?.rawFile ?? path;
      return { file: raw, id: node.id, kind: node.kind, status: this.statusOf(g) };
    };
    for (const e of this.edges) {
      if (this.ws.nodes[e.to].file !== 0) continue;
      out.push({ from: key(e.from), to: key(e.to), relation: e.relation, via: e.via });
    }
    return out;
  }

  /** Reference nodes of this file that close a cycle of supports. */
  private circularReferences(): Set<number> {
    const out = new Set<number>();
    // Only a reference can close a cycle: without supports through one, skip the search.
    if (!this.edges.some((e) => e.relation === 'supports' && e.via !== undefined)) return out;
    const comp = stronglyConnected(this.ws.nodes.length, this.outHead, this.outNext, this.edges);
    for (const e of this.edges) {
      if (e.relation !== 'supports' || e.via === undefined || this.ws.nodes[e.via].file !== 0) continue;
      if (e.from === e.to || (comp.id[e.from] === comp.id[e.to] && comp.size[comp.id[e.from]] > 1)) out.add(e.via);
    }
    return out;
  }

  /** Figure keys stated by cited evidence in the support tree under `g`. */
  private statedBelow(g: number): Set<string> {
    const stated = new Set<string>();
    const seen = new Set<number>([g]);
    const stack = [g];
    while (stack.length) {
      const x = stack.pop() as number;
      for (let i = this.inHead[x]; i >= 0; i = this.inNext[i]) {
        const e = this.edges[i];
        if (e.relation !== 'supports' || seen.has(e.from)) continue;
        seen.add(e.from);
        const child = this.ws.nodes[e.from].node;
        if (child.kind === 'evidence' && this.cited[e.from]) {
          for (const f of child.figures) stated.add(figureKey(f));
          for (const f of child.bodyFigures) stated.add(figureKey(f));
        }
        stack.push(e.from);
      }
    }
    return stated;
  }

  private diagnose(analysis: Analysis): ModelDiagnostic[] {
    const out: ModelDiagnostic[] = [];
    const add = (code: DiagnosticCode, range: Range, message: string, node?: number): void => {
      out.push({ code, severity: DEFAULT_SEVERITY[code], message, range, node });
    };
    const circular = this.circularReferences();
    for (const node of this.local.nodes) {
      const i = node.index;
      if (node.reference) {
        if (node.reference.error !== undefined) add('broken-reference', node.range, node.reference.error, i);
        else if (circular.has(i)) add('circular-support', node.range, messages.circular(node.reference.id), i);
        continue;
      }
      if (node.text === '') {
        add('empty-node', node.range, messages.empty(node.label), i);
        continue;
      }
      const status = analysis.status[i];
      const parent = node.parent === undefined ? undefined : this.local.nodes[node.parent];
      if (node.kind === 'claim' && !status.supported) add('unsupported-claim', node.range, messages.unsupported(node.label), i);
      if (node.kind === 'evidence') {
        if (!status.cited) add('uncited-evidence', node.range, messages.uncited(node.label), i);
        if (!parent) add('orphan-evidence', node.range, messages.orphan(node.label), i);
      }
      if (node.kind === 'challenge' && (!parent || parent.kind !== 'challenge') && !this.attacked(i)) {
        add('unanswered-challenge', node.range, messages.unanswered(node.label), i);
      }
      if (node.kind === 'claim' && node.figures.length) {
        const stated = this.statedBelow(i);
        for (const f of node.figures) if (!stated.has(figureKey(f))) add('unsourced-figure', f.range, messages.unsourcedFigure(f.text), i);
      }
    }
    for (const i of this.local.duplicateIds) {
      const node = this.local.nodes[i];
      // The spec: an empty node gets empty-node and nothing else; a reference node only
      // broken-reference or circular-support (its id still loses to the first one).
      if (node.reference || node.text === '') continue;
      const first = this.local.nodes[this.local.ids.get(node.id) as number];
      add('duplicate-id', node.range, messages.duplicateId(node.id, first.range.start.line + 1), i);
    }
    for (const u of this.local.tooDeep) add('nesting-too-deep', u.range, messages.nestingTooDeep(MAX_NESTING, u.depth));
    for (const link of this.local.idLinks) if (link.error !== undefined) add('broken-reference', link.range, link.error);
    for (const ref of this.local.footnoteRefs) {
      if (!this.local.footnoteDefinitions.has(ref.label)) add('undefined-footnote', ref.range, messages.undefinedFootnote(ref.raw));
    }
    return out.sort(byPosition);
  }
}

function zero(): Range {
  return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}

function byPosition(a: ModelDiagnostic, b: ModelDiagnostic): number {
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    a.range.end.line - b.range.end.line ||
    a.range.end.character - b.range.end.character ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
  );
}

/**
 * Tarjan's strongly connected components over supports edges (linked lists from
 * `head`/`next`), iterative so long chains cannot overflow the stack.
 */
function stronglyConnected(
  n: number,
  head: Int32Array,
  nextEdge: readonly number[],
  edges: readonly GlobalEdge[],
): { id: Int32Array; size: number[] } {
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const id = new Int32Array(n).fill(-1);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const size: number[] = [];
  let counter = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    // Each frame: a node and the edge to look at next (-1 when its list is done).
    const work: [number, number][] = [[root, head[root]]];
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (work.length) {
      const frame = work[work.length - 1];
      const [v, i] = frame;
      if (i >= 0) {
        frame[1] = nextEdge[i];
        const w = edges[i].to;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          work.push([w, head[w]]);
        } else if (onStack[w]) low[v] = Math.min(low[v], index[w]);
        continue;
      }
      work.pop();
      if (work.length) {
        const u = work[work.length - 1][0];
        low[u] = Math.min(low[u], low[v]);
      }
      if (low[v] === index[v]) {
        const c = size.length;
        let count = 0;
        for (;;) {
          const w = stack.pop() as number;
          onStack[w] = 0;
          id[w] = c;
          count++;
          if (w === v) break;
        }
        size.push(count);
      }
    }
  }
  return { id, size };
}

/** An analysis with nothing in it (also what the server answers when the model fails). */
export function emptyAnalysis(path: string, lineCount: number): Analysis {
  return {
    path,
    lineCount,
    nodes: [],
    status: [],
    edges: [],
    headings: [],
    footnoteDefinitions: new Map(),
    footnoteRefs: [],
    idLinks: [],
    diagnostics: [],
    tooLarge: false,
    dependencies: [],
  };
}

function tooLargeAnalysis(path: string, max: number): Analysis {
  return {
    ...emptyAnalysis(path, 1),
    diagnostics: [{ code: 'file-too-large', severity: DEFAULT_SEVERITY['file-too-large'], message: messages.tooLarge(max), range: zero() }],
    tooLarge: true,
  };
}

/** Builds the graph of a parsed document and analyses it. */
export function analyze(doc: ParsedDocument, options: AnalyzeOptions = {}): Analysis {
  const path = options.path ?? '';
  const max = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  if (tooLarge(doc.text, max)) return tooLargeAnalysis(path, max);
  return new Analyzer(buildGraph(doc, path), options).run();
}

export function analyzeText(text: string, options: AnalyzeOptions = {}): Analysis {
  const max = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  if (tooLarge(text, max)) return tooLargeAnalysis(options.path ?? '', max);
  return analyze(parseDocument(text), options);
}
