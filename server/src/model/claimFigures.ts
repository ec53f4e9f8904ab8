// The figure walk's findings for this file's claims, placed: each evidence figure named by its
// file's path and its node there, for the diagnostics, the hover and the tests. After an edit,
// only the claims it can reach are walked again (figuresReuse.ts); the rest keep their findings.
import type { FigureSource } from './figureWalk';
import { noteWalked, type FigureEdit } from './figuresReuse';
import type { ReachedFiles } from './reach';
import { SLICE } from './slices';
import type { SupportGraph } from './status';
import type { ClaimFigure, EvidenceFigure, FileGraph } from './types';

/** In slices (slices.ts): the walk pauses every few components, the placing every few claims. Claims in node order. */
export function* claimFigures(
  local: FileGraph,
  support: SupportGraph,
  ws: ReachedFiles,
  reuse?: FigureEdit,
): Generator<void, Map<number, ClaimFigure[]>, void> {
  const claims = local.nodes.filter((n) => n.kind === 'claim' && !n.reference && n.text !== '' && n.figures.length).map((n) => n.index);
  // A claim the edit did not reach has findings to keep (the same node, so the same claim); if not, all are walked.
  const edit = reuse && claims.every((c) => reuse.dirty[c] || reuse.prev.has(c)) ? reuse : undefined;
  const redo = edit ? claims.filter((c) => edit.dirty[c]) : claims;
  const found = yield* support.figureFindingSteps(redo, edit?.scope);
  const placed = (s: FigureSource): EvidenceFigure => {
    const { file, node } = ws.nodes[s.node];
    return { path: ws.files[file].path, node: node.index, figure: s.figure };
  };
  const out = new Map<number, ClaimFigure[]>();
  for (let k = 0; k < claims.length; k++) {
    if (k % SLICE === SLICE - 1) yield;
    const claim = claims[k];
    const findings = found.get(claim);
    if (!findings) {
      const kept = edit?.prev.get(claim);
      if (kept) out.set(claim, kept);
      continue;
    }
    const figures = local.nodes[claim].figures;
    out.set(
      claim,
      findings.map((finding, i): ClaimFigure => {
        const figure = figures[i];
        if (finding.state === 'stated') return { figure, state: 'stated', at: placed(finding.source) };
        if (finding.state === 'mismatch') return { figure, state: 'mismatch', differing: finding.differing.map(placed) };
        return { figure, state: 'unsourced' };
      }),
    );
  }
  noteWalked(out, edit ? redo : 'all');
  return out;
}
