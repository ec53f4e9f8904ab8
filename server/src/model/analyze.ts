// Parsed document → analysis, in steps each with its own file: the size guard (size.ts),
// this file's graph (graph.ts), the files its references reach (reach.ts), reference
// resolution (resolve.ts), support status (status.ts) and the diagnostics (diagnostics.ts).
import { claimFigures } from './claimFigures';
import { diagnose, tooLargeDiagnostic } from './diagnostics';
import { buildGraphSteps } from './graph';
import { parseDocument, type ParsedDocument } from './parse';
import { ReachedFiles } from './reach';
import { connect, type Connected } from './resolve';
import { chunksTooLarge, DEFAULT_MAX_FILE_SIZE, isTooLarge } from './size';
import { SupportGraph } from './status';
import type { Analysis, AnalyzeOptions, Edge, ExternalNodeRef, FileGraph, NodeRef } from './types';

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
  const steps = analysisSteps(doc, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `analyze` in steps: the generator pauses between the graph, the connection and status,
 * the figures and the diagnostics, so that a server can let other requests in between
 * (each step of a 5 MB file is tens of milliseconds; all of them together, hundreds).
 */
export function* analysisSteps(doc: ParsedDocument, options: AnalyzeOptions = {}): Generator<void, Analysis, void> {
  const path = options.path ?? '';
  const max = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  // A parsed document counts its bytes by chunk (an over-size one is never parsed: the server checks first).
  if (doc.parsed ? chunksTooLarge(doc.text, doc.chunks, max) : isTooLarge(doc.text, max)) return tooLargeAnalysis(path, max);
  const local = yield* buildGraphSteps(doc, path);
  yield;
  return yield* analyzeGraph(local, options);
}

export function analyzeText(text: string, options: AnalyzeOptions = {}): Analysis {
  const max = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  if (isTooLarge(text, max)) return tooLargeAnalysis(options.path ?? '', max);
  return analyze(parseDocument(text, undefined, undefined, options.maxBlockSize), options);
}

function* analyzeGraph(local: FileGraph, options: AnalyzeOptions): Generator<void, Analysis, void> {
  const ws = new ReachedFiles(options.readFile, options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE, options.graphCache);
  ws.add(local);
  const connected = connect(ws);
  const support = new SupportGraph(ws.nodes, connected.edges);
  for (const res of connected.resolutions.values()) {
    if (res.linkTarget && res.target !== undefined) res.linkTarget.status = support.statusOf(res.target);
  }
  // A reference node has its target's status.
  const targetOf = (i: number): number | undefined => (local.nodes[i].reference ? connected.resolutions.get(i)?.target : undefined);
  const status = local.nodes.map((n) => support.statusOf(targetOf(n.index) ?? n.index));
  yield;
  const figures = claimFigures(local, support, ws);
  yield;
  const refs = new LocalRefs(ws, local, support);
  const referenceTargets = new Map<number, NodeRef>();
  for (const node of local.nodes) {
    const target = targetOf(node.index);
    if (target !== undefined) referenceTargets.set(node.index, refs.of(target));
  }
  const edges = localEdges(connected, ws, refs);
  yield;
  return {
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
    diagnostics: diagnose(local, connected.links, status, support, figures),
    claimFigures: figures,
    tooLarge: false,
    dependencies: ws.files
      .slice(1)
      .map((f) => f.path)
      .concat([...ws.errors.keys()]),
  };
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

/** The edges into this file's nodes (the others do not show in its graph). */
function localEdges(connected: Connected, ws: ReachedFiles, refs: LocalRefs): Edge[] {
  const out: Edge[] = [];
  for (const e of connected.edges) {
    if (ws.nodes[e.to].file !== 0) continue;
    out.push({ from: refs.of(e.from), to: refs.of(e.to), relation: e.relation, via: e.via });
  }
  return out;
}
