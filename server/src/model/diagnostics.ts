// Every diagnostic of the spec, with its default severity, for the file under analysis.
// File 0's nodes are numbered 0… in the reached graph too, so a node's index is its number.
import { MAX_NESTING } from './parse/nesting';
import type { FigureSource } from './figureWalk';
import { messages } from './messages';
import { compareRanges, zeroRange } from './positions';
import type { SupportGraph } from './status';
import { DEFAULT_SEVERITY, type DiagnosticCode, type Figure, type FileGraph, type ModelDiagnostic, type NodeStatus, type Range } from './types';

function diagnostic(code: DiagnosticCode, range: Range, message: string, node?: number): ModelDiagnostic {
  return { code, severity: DEFAULT_SEVERITY[code], message, range, node };
}

/**
 * The diagnostics of `local` (file 0), sorted by position, then code. `paths` are the reached
 * files' paths (file 0 first), for figures that other files' evidence states.
 */
export function diagnose(local: FileGraph, status: readonly NodeStatus[], support: SupportGraph, paths: readonly string[] = [local.path]): ModelDiagnostic[] {
  const out: ModelDiagnostic[] = [];
  const add = (code: DiagnosticCode, range: Range, message: string, node?: number): void => {
    out.push(diagnostic(code, range, message, node));
  };
  const circular = support.circularReferences();
  const findings = support.figureFindings(local.nodes.filter((n) => n.kind === 'claim' && !n.reference && n.text !== '').map((n) => n.index));
  for (const node of local.nodes) {
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
    const parent = node.parent === undefined ? undefined : local.nodes[node.parent];
    if (node.kind === 'claim' && !status[i].supported) add('unsupported-claim', node.range, messages.unsupported(node.label), i);
    if (node.kind === 'evidence') {
      if (!status[i].cited) add('uncited-evidence', node.range, messages.uncited(node.label), i);
      if (!parent) add('orphan-evidence', node.range, messages.orphan(node.label), i);
    }
    if (node.kind === 'challenge' && (!parent || parent.kind !== 'challenge') && !support.attacked(i)) {
      add('unanswered-challenge', node.range, messages.unanswered(node.label), i);
    }
    findings.get(i)?.forEach((finding, k) => {
      const f = node.figures[k];
      if (finding.state === 'unsourced') add('unsourced-figure', f.range, messages.unsourcedFigure(f.text), i);
      else if (finding.state === 'mismatch') out.push(mismatch(f, finding.differing, support, paths, i));
    });
  }
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
  for (const link of local.idLinks) if (link.error !== undefined) add('broken-reference', link.range, link.error);
  for (const ref of local.footnoteRefs) {
    if (!local.footnoteDefinitions.has(ref.label)) add('undefined-footnote', ref.range, messages.undefinedFootnote(ref.raw));
  }
  return out.sort((a, b) => compareRanges(a.range, b.range) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** `figure-mismatch` on the claim's figure `f`, pointing at each differing evidence figure. */
function mismatch(f: Figure, differing: readonly FigureSource[], support: SupportGraph, paths: readonly string[], node: number): ModelDiagnostic {
  const places = differing.map((d) => {
    const file = support.fileOf(d.node);
    return { text: d.figure.text, line: d.figure.range.start.line + 1, file: file === 0 ? undefined : paths[file], path: paths[file], range: d.figure.range };
  });
  const d = diagnostic('figure-mismatch', f.range, messages.figureMismatch(f.text, places), node);
  d.related = places.map((p) => ({ path: p.path, range: p.range, message: messages.figureDiffers(p.text) }));
  if (places.length === 1) d.replacement = places[0].text;
  return d;
}

/** The one diagnostic of a file over the size limit. */
export function tooLargeDiagnostic(max: number): ModelDiagnostic {
  return { code: 'file-too-large', severity: DEFAULT_SEVERITY['file-too-large'], message: messages.tooLarge(max), range: zeroRange() };
}
