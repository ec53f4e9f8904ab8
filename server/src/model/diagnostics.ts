// Every diagnostic of the spec, with its default severity, for the file under analysis.
// File 0's nodes are numbered 0… in the reached graph too, so a node's index is its number.
import { MAX_NESTING } from './parse/nesting';
import { messages } from './messages';
import { zeroRange } from './positions';
import { compareDiagnostics, patchSorted, sameDiagnostics } from './diagnosticsPatch';
import { SLICE } from './slices';
import type { SupportGraph } from './status';
import { reusable, type NodeDiagnostics } from './diagnosticsReuse';
import { DEFAULT_SEVERITY, type ClaimFigure, type ArgNode, type DiagnosticCode, type EvidenceFigure, type Figure, type FileGraph, type IdLink, type LinkResolution, type ModelDiagnostic, type NodeStatus, type Range } from './types';

function diagnostic(code: DiagnosticCode, range: Range, message: string, node?: number): ModelDiagnostic {
  return { code, severity: DEFAULT_SEVERITY[code], message, range, node };
}

/** Messages that depend on the label alone, made once per kind and label (a large file repeats them thousands of times). */
type LabelMessage = 'unsupported' | 'uncited' | 'unanswered' | 'orphan' | 'empty';
const byLabel: Record<LabelMessage, Map<string, string>> = {
  unsupported: new Map(),
  uncited: new Map(),
  unanswered: new Map(),
  orphan: new Map(),
  empty: new Map(),
};

function labelMessage(what: LabelMessage, label: string): string {
  const memo = byLabel[what];
  let message = memo.get(label);
  if (message === undefined) {
    message = messages[what](label);
    // Bounded: labels are the spec's few words, in the few ways people write them.
    if (memo.size < 256) memo.set(label, message);
  }
  return message;
}

/**
 * The diagnostics of `local` (file 0), sorted by position, then code; `links` are what its
 * links resolved to, `figures` its claims' figure findings. A node whose facts are those of
 * `prev` (the last analysis's) keeps its diagnostics objects (diagnosticsReuse.ts). In slices
 * of nodes (slices.ts). When only some nodes' diagnostics were made again, the last sorted list
 * is patched in place of a sort (diagnosticsPatch.ts). Also returns the memo for the next analysis.
 */
export function* diagnose(
  local: FileGraph,
  links: ReadonlyMap<IdLink, LinkResolution>,
  status: readonly NodeStatus[],
  support: SupportGraph,
  figures: ReadonlyMap<number, ClaimFigure[]>,
  prev?: NodeDiagnostics,
): Generator<void, { diagnostics: ModelDiagnostic[]; memo: NodeDiagnostics }, void> {
  const out: ModelDiagnostic[] = [];
  const circular = yield* support.circularReferenceSteps();
  const made: NodeDiagnostics['made'] = new Array(local.nodes.length);
  const memo: NodeDiagnostics = { nodes: local.nodes, status, support, circular, links, figures, made, sorted: [], extra: [] };
  // The nodes whose diagnostics were made again: what they had, what they have (for patching the last list).
  const was: (readonly ModelDiagnostic[])[] = [];
  const now: ModelDiagnostic[][] = [];
  for (const node of local.nodes) {
    const i = node.index;
    if (i % SLICE === SLICE - 1) yield;
    const kept = reusable(prev, memo, i);
    if (kept) {
      for (const d of kept) out.push(d);
      if (kept.length) made[i] = kept as ModelDiagnostic[];
      continue;
    }
    const start = out.length;
    nodeDiagnostics(memo, node, local.path, out);
    if (out.length > start) made[i] = out.slice(start);
    if (prev) {
      was.push(prev.made[i] ?? []);
      now.push(made[i] ?? []);
    }
  }
  const extra = yield* otherDiagnostics(local, links);
  // Those outside the node loop as they were: the last objects, so that the last list can be patched.
  const extraKept = prev !== undefined && sameDiagnostics(prev.extra, extra);
  memo.extra = extraKept ? prev.extra : extra;
  const patched = extraKept && prev.nodes.length === local.nodes.length ? patchSorted(prev.sorted, was, now) : undefined;
  if (patched) {
    memo.sorted = patched;
    noteSorted(patched, false);
    return { diagnostics: patched, memo };
  }
  for (const d of memo.extra) out.push(d);
  yield;
  out.sort(compareDiagnostics);
  memo.sorted = out;
  noteSorted(out, true);
  return { diagnostics: out, memo };
}

/** The diagnostics that are not about one node's facts (ids, nesting, blocks, fences, labels, links, footnotes), unsorted. */
function* otherDiagnostics(local: FileGraph, links: ReadonlyMap<IdLink, LinkResolution>): Generator<void, ModelDiagnostic[], void> {
  const out: ModelDiagnostic[] = [];
  const add = (code: DiagnosticCode, range: Range, message: string, node?: number): void => {
    out.push(diagnostic(code, range, message, node));
  };
  for (const i of local.duplicateIds) {
    const node = local.nodes[i];
    // The spec: an empty node gets empty-node and nothing else; a reference node only
    // broken-reference or circular-support (its id still loses to the first one).
    if (node.reference || node.text === '') continue;
    const first = local.nodes[local.ids.get(node.id) as number];
    add('duplicate-id', node.range, messages.duplicateId(node.id, first.range.start.line + 1), i);
  }
  for (const u of local.tooDeep) add('nesting-too-deep', u.range, messages.nestingTooDeep(MAX_NESTING, u.depth));
  for (const b of local.largeBlocks) add('block-too-large', b.range, messages.blockTooLarge(b.size, b.max));
  if (local.unclosed) add('unclosed-code-block', local.unclosed.range, messages.unclosed(local.unclosed));
  for (const t of local.labelTypos) add('label-typo', t.range, messages.labelTypo(t));
  for (const link of local.idLinks) {
    const error = links.get(link)?.error;
    if (error !== undefined) add('broken-reference', link.range, error);
  }
  yield;
  for (const ref of local.footnoteRefs) {
    if (!local.footnoteDefinitions.has(ref.label)) add('undefined-footnote', ref.range, messages.undefinedFootnote(ref.raw));
  }
  return out;
}

/** Whether each diagnostics list was sorted afresh (true) or patched from the last (false), for tests and the bench. */
const sortedAfresh = new WeakMap<readonly ModelDiagnostic[], boolean>();

function noteSorted(list: readonly ModelDiagnostic[], afresh: boolean): void {
  sortedAfresh.set(list, afresh);
}

/** Whether `analysis`'s diagnostics were sorted afresh rather than patched from the last analysis's list. */
export function diagnosticsSortedAfresh(analysis: { diagnostics: readonly ModelDiagnostic[] }): boolean | undefined {
  return sortedAfresh.get(analysis.diagnostics);
}

/** The node loop's diagnostics of `node` (those that read its own facts), pushed onto `out`. */
function nodeDiagnostics(facts: NodeDiagnostics, node: ArgNode, path: string, out: ModelDiagnostic[]): void {
  const { nodes, links, status, support, circular, figures } = facts;
  const i = node.index;
  const add = (code: DiagnosticCode, range: Range, message: string): void => {
    out.push(diagnostic(code, range, message, i));
  };
  if (node.reference) {
    const error = links.get(node.reference)?.error;
    if (error !== undefined) add('broken-reference', node.range, error);
    else if (circular.has(i)) add('circular-support', node.range, messages.circular(node.reference.id));
    return;
  }
  if (node.text === '') {
    add('empty-node', node.range, labelMessage('empty', node.label));
    return;
  }
  const parent = node.parent === undefined ? undefined : nodes[node.parent];
  if (node.kind === 'claim' && !status[i].supported) add('unsupported-claim', node.range, labelMessage('unsupported', node.label));
  if (node.kind === 'evidence') {
    if (!status[i].cited) add('uncited-evidence', node.range, labelMessage('uncited', node.label));
    if (!parent) add('orphan-evidence', node.range, labelMessage('orphan', node.label));
  }
  if (node.kind === 'challenge' && (!parent || parent.kind !== 'challenge') && !support.attacked(i)) {
    add('unanswered-challenge', node.range, labelMessage('unanswered', node.label));
  }
  for (const c of figures.get(i) ?? []) {
    if (c.state === 'unsourced') add('unsourced-figure', c.figure.range, messages.unsourcedFigure(c.figure.text));
    else if (c.state === 'mismatch') out.push(mismatch(c.figure, c.differing, path, i));
  }
}

/** `figure-mismatch` on the claim's figure `f`, pointing at each differing evidence figure. */
function mismatch(f: Figure, differing: readonly EvidenceFigure[], path: string, node: number): ModelDiagnostic {
  const named = differing.map((e) => ({ text: e.figure.text, line: e.figure.range.start.line + 1, file: e.path === path ? undefined : e.path }));
  const d = diagnostic('figure-mismatch', f.range, messages.figureMismatch(f.text, named), node);
  d.related = differing.map((e) => ({ path: e.path, range: e.figure.range, message: messages.figureDiffers(e.figure.text) }));
  if (differing.length === 1) d.replacement = differing[0].figure.text;
  return d;
}

/** The one diagnostic of a file over the size limit. */
export function tooLargeDiagnostic(max: number): ModelDiagnostic {
  return { code: 'file-too-large', severity: DEFAULT_SEVERITY['file-too-large'], message: messages.tooLarge(max), range: zeroRange() };
}
