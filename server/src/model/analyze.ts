// Parsed document → analysis, in steps each with its own file: the size guard (size.ts),
// this file's graph (graph.ts), the files its references reach (reach.ts), reference
// resolution (resolve.ts), support status (status.ts) and the diagnostics (diagnostics.ts),
// each in slices (slices.ts).
import { claimFigures } from './claimFigures';
import { figureEdit } from './figuresReuse';
import { diagnose, tooLargeDiagnostic } from './diagnostics';
import { buildGraphSteps } from './graph';
import { parseDocument, type ParsedDocument } from './parse';
import { ReachedFiles } from './reach';
import { connect, type Connected } from './resolve';
import { chunksTooLarge, DEFAULT_MAX_FILE_SIZE, isTooLarge } from './size';
import { drain, inPhase, SLICE, type AnalysisPhase } from './slices';
import type { SupportGraph } from './status';
import { noteRecomputed, supportGraph } from './statusMemo';
import { keepAnalysis, previousAnalysis } from './analysisMemo';
import type { Analysis, AnalyzeOptions, Edge, ExternalNodeRef, FileGraph, NodeRef, NodeStatus } from './types';

/** An analysis with nothing in it (also what the server answers when the model fails). */
export function emptyAnalysis(path: string, lineCount: number): Analysis {
  return {
    path,
    lineCount,
    nodes: [],
    status: [],
    edges: [],
    referenceTargets: new Map(),
    headings: [],
    footnoteDefinitions: new Map(),
    footnoteRefs: [],
    idLinks: [],
    links: new Map(),
    diagnostics: [],
    tooLarge: false,
    dependencies: [],
  };
}

function tooLargeAnalysis(path: string, max: number): Analysis {
  return { ...emptyAnalysis(path, 1), diagnostics: [tooLargeDiagnostic(max)], tooLarge: true };
}

/** Builds the graph of a parsed document and analyses it. */
export function analyze(doc: ParsedDocument, options: AnalyzeOptions = {}): Analysis {
  return drain(analysisSteps(doc, options));
}

/**
 * `analyze` in steps: the generator pauses every few chunks of the graph and every
 * `SLICE` nodes or edges of the status, figures, edges and diagnostics (slices.ts), each
 * pause named by its phase, so that a server can let other requests in between (all of a
 * 5 MB file's analysis is hundreds of milliseconds).
 */
export function* analysisSteps(doc: ParsedDocument, options: AnalyzeOptions = {}): Generator<AnalysisPhase, Analysis, void> {
  const path = options.path ?? '';
  const max = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  // A parsed document counts its bytes by chunk (an over-size one is never parsed: the server checks first).
  if (doc.parsed ? chunksTooLarge(doc.text, doc.chunks, max) : isTooLarge(doc.text, max)) return tooLargeAnalysis(path, max);
  const local = yield* inPhase('graph', buildGraphSteps(doc, path));
  yield 'graph';
  return yield* analyzeGraph(local, options);
}

export function analyzeText(text: string, options: AnalyzeOptions = {}): Analysis {
  const max = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  if (isTooLarge(text, max)) return tooLargeAnalysis(options.path ?? '', max);
  return analyze(parseDocument(text, undefined, undefined, options.maxBlockSize), options);
}

function* analyzeGraph(local: FileGraph, options: AnalyzeOptions): Generator<AnalysisPhase, Analysis, void> {
  const ws = new ReachedFiles(options.readFile, options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE, options.graphCache);
  ws.add(local);
  const connected = connect(ws);
  yield 'status';
  const prev = previousAnalysis(local);
  const { support, memo: supportMemo, shared } = yield* inPhase('status', supportGraph(ws, connected.edges, prev?.support));
  const status = yield* inPhase('status', statusSteps(local, connected, support));
  yield 'status';
  const figureReuse = yield* inPhase('figures', figureEdit(prev?.support, prev?.diagnosed.figures, supportMemo, support));
  const figures = yield* inPhase('figures', claimFigures(local, support, ws, figureReuse));
  yield 'figures';
  const refs = new LocalRefs(ws, local, support);
  const referenceTargets = new Map<number, NodeRef>();
  for (const node of local.nodes) {
    const target = targetOf(local, connected, node.index);
    if (target !== undefined) referenceTargets.set(node.index, refs.of(target));
    if (node.index % SLICE === SLICE - 1) yield 'edges';
  }
  // The same edges, each where it was, in a file that reaches no other: the last list (a node's ref is its index).
  const edges = shared && prev ? (prev.edges as Edge[]) : yield* inPhase('edges', localEdges(connected, ws, refs));
  yield 'edges';
  const { diagnostics, memo: diagnosed } = yield* inPhase('diagnose', diagnose(local, connected.links, status, support, figures, prev?.diagnosed));
  keepAnalysis(local, { path: local.path, support: supportMemo, diagnosed, edges }, prev);
  const analysis: Analysis = {
    path: local.path,
    lineCount: local.lineCount,
    nodes: local.nodes,
    status,
    edges,
    referenceTargets,
    headings: local.headings,
    footnoteDefinitions: local.footnoteDefinitions,
    footnoteRefs: local.footnoteRefs,
    idLinks: local.idLinks,
    links: connected.links,
    diagnostics,
    claimFigures: figures,
    tooLarge: false,
    dependencies: ws.files
      .slice(1)
      .map((f) => f.path)
      .concat([...ws.errors.keys()]),
  };
  noteRecomputed(analysis, support);
  return analysis;
}

/** A reference node's target in the reached graph (a reference node has its target's status). */
function targetOf(local: FileGraph, connected: Connected, i: number): number | undefined {
  return local.nodes[i].reference ? connected.resolutions.get(i)?.target : undefined;
}

/** Each node's status (a reference's is its target's), and the status of each resolved link's target. */
function* statusSteps(local: FileGraph, connected: Connected, support: SupportGraph): Generator<void, NodeStatus[], void> {
  let done = 0;
  for (const res of connected.resolutions.values()) {
    if (res.linkTarget && res.target !== undefined) res.linkTarget.status = support.statusOf(res.target);
    if (++done % SLICE === 0) yield;
  }
  const status = new Array<NodeStatus>(local.nodes.length);
  for (let i = 0; i < local.nodes.length; i++) {
    status[i] = support.statusOf(targetOf(local, connected, i) ?? i);
    if (i % SLICE === SLICE - 1) yield;
  }
  return status;
}

/** Nodes of the reached graph as this file names them (`NodeRef`), each made once. */
class LocalRefs {
  private readonly locals: NodeRef[];
  private readonly written = new Map<string, string>();

  constructor(
    private readonly ws: ReachedFiles,
    local: FileGraph,
    private readonly support: SupportGraph,
  ) {
    this.locals = new Array<NodeRef>(local.nodes.length);
    // Another file is named as this file's first reference to it writes it.
    for (const n of local.nodes) {
      const ref = n.reference;
      if (ref?.file !== undefined && !this.written.has(ref.file)) this.written.set(ref.file, ref.rawFile ?? ref.file);
    }
  }

  of(g: number): NodeRef {
    const { file, node } = this.ws.nodes[g];
    if (file === 0) return (this.locals[node.index] ??= { local: node.index });
    const path = this.ws.files[file].path;
    const external: ExternalNodeRef = {
      file: this.written.get(path) ?? path,
      id: node.id,
      path,
      node: node.index,
      kind: node.kind,
      status: this.support.statusOf(g),
    };
    return external;
  }
}

/** The edges into this file's nodes (the others do not show in its graph), in slices. */
function* localEdges(connected: Connected, ws: ReachedFiles, refs: LocalRefs): Generator<void, Edge[], void> {
  const out: Edge[] = [];
  for (let i = 0; i < connected.edges.length; i++) {
    const e = connected.edges[i];
    if (i % SLICE === SLICE - 1) yield;
    if (ws.nodes[e.to].file !== 0) continue;
    out.push({ from: refs.of(e.from), to: refs.of(e.to), relation: e.relation, via: e.via });
  }
  return out;
}
