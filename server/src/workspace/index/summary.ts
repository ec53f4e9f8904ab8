// What the index keeps of one closed file: enough to publish its diagnostics, to know
// which files it reads, to list its nodes, and to answer references and rename from its
// links without parsing it again. Plain data made from an Analysis alone (it may be made
// in a worker), so that it round-trips through the disk cache as JSON.
import { occurrences, type Analysis, type ModelDiagnostic, type NodeKind, type Range } from '../../model';
import { symbolName } from '../../features/symbolName';

/** A node as workspace symbols list it. */
export interface NodeSummary {
  id: string;
  explicitId: boolean;
  kind: NodeKind;
  /** Its workspace symbol's name: the text on one line, cut at the spec's 120 characters. */
  name: string;
  range: Range;
  /** Present (true) on a reference node, which workspace symbols leave out. */
  reference?: true;
}

/** A link to an id (`#x`, `other.arg.md#x`) as the model's occurrences see it. */
export interface LinkSummary {
  /** Workspace-relative path of the target file, or absent for a link inside the file. */
  file?: string;
  /** The fragment as written (decoded). */
  id: string;
  /** The whole link. */
  range: Range;
  /** An inline link's destination (`#x`, `../a.arg.md#x`); absent for `[t][ref]`. */
  destination?: Range;
  /** The fragment's characters after `#` (what a rename replaces); absent for `[t][ref]`. */
  fragment?: Range;
  /** The node of the target file it resolved to (by explicit id or labelled heading slug), when it did. */
  target?: number;
}

export interface FileSummary {
  /** The file's workspace-relative path, as its analysis knows it. */
  path: string;
  lineCount: number;
  nodes: NodeSummary[];
  /** Links to ids, reference nodes' links included, in document order. */
  links: LinkSummary[];
  /** The model's diagnostics, before severity settings (those apply when publishing). */
  diagnostics: ModelDiagnostic[];
  /** Workspace-relative paths of the files the analysis read (transitively). */
  dependencies: string[];
}

export function summarize(analysis: Analysis): FileSummary {
  return {
    path: analysis.path,
    lineCount: analysis.lineCount,
    nodes: analysis.nodes.map((n) => {
      const s: NodeSummary = { id: n.id, explicitId: n.explicitId, kind: n.kind, name: symbolName(n.text, n.kind), range: n.range };
      if (n.reference) s.reference = true;
      return s;
    }),
    links: occurrences(analysis).links.map(({ link, target }) => {
      // Absent rather than undefined: the summary is the same before and after JSON.
      const s: LinkSummary = { id: link.id, range: link.range };
      if (link.file !== undefined) s.file = link.file;
      if (link.destination) s.destination = link.destination;
      if (link.fragment) s.fragment = link.fragment;
      if (target !== undefined) s.target = target;
      return s;
    }),
    diagnostics: analysis.diagnostics,
    dependencies: analysis.dependencies,
  };
}

/** Whether a value read back from the disk cache is a link summary (a hand-edited cache must not throw later). */
export function isLinkSummary(value: unknown): value is LinkSummary {
  if (typeof value !== 'object' || value === null) return false;
  const l = value as Record<string, unknown>;
  return (
    typeof l.id === 'string' &&
    isRange(l.range) &&
    (l.file === undefined || typeof l.file === 'string') &&
    (l.destination === undefined || isRange(l.destination)) &&
    (l.fragment === undefined || isRange(l.fragment)) &&
    (l.target === undefined || Number.isInteger(l.target))
  );
}

const KINDS: readonly string[] = ['claim', 'evidence', 'challenge'] satisfies NodeKind[];

/** Whether a value read back from the disk cache is a node summary (workspace symbols read each one). */
export function isNodeSummary(value: unknown): value is NodeSummary {
  if (typeof value !== 'object' || value === null) return false;
  const n = value as Record<string, unknown>;
  return (
    typeof n.id === 'string' &&
    typeof n.name === 'string' &&
    typeof n.explicitId === 'boolean' &&
    typeof n.kind === 'string' &&
    KINDS.includes(n.kind) &&
    isRange(n.range) &&
    (n.reference === undefined || n.reference === true)
  );
}

function isRange(value: unknown): boolean {
  const r = value as { start?: unknown; end?: unknown } | null;
  return typeof r === 'object' && r !== null && isPosition(r.start) && isPosition(r.end);
}

function isPosition(value: unknown): boolean {
  const p = value as { line?: unknown; character?: unknown } | null;
  return typeof p === 'object' && p !== null && Number.isInteger(p.line) && Number.isInteger(p.character);
}
