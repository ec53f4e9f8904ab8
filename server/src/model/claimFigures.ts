// The figure walk's findings for this file's claims, placed: each evidence figure named by its
// file's path and its node there, for the diagnostics, the hover and the tests.
import type { FigureSource } from './figureWalk';
import type { ReachedFiles } from './reach';
import { SLICE } from './slices';
import type { SupportGraph } from './status';
import type { ClaimFigure, EvidenceFigure, FileGraph } from './types';

/** In slices (slices.ts): the walk pauses every few components, the placing every few claims. */
export function* claimFigures(local: FileGraph, support: SupportGraph, ws: ReachedFiles): Generator<void, Map<number, ClaimFigure[]>, void> {
  const claims = local.nodes.filter((n) => n.kind === 'claim' && !n.reference && n.text !== '' && n.figures.length).map((n) => n.index);
  const placed = (s: FigureSource): EvidenceFigure => {
    const { file, node } = ws.nodes[s.node];
    return { path: ws.files[file].path, node: node.index, figure: s.figure };
  };
  const out = new Map<number, ClaimFigure[]>();
  let placedClaims = 0;
  for (const [claim, findings] of yield* support.figureFindingSteps(claims)) {
    if (++placedClaims % SLICE === 0) yield;
    const figures = local.nodes[claim].figures;
    out.set(
      claim,
      findings.map((finding, k): ClaimFigure => {
        const figure = figures[k];
        if (finding.state === 'stated') return { figure, state: 'stated', at: placed(finding.source) };
        if (finding.state === 'mismatch') return { figure, state: 'mismatch', differing: finding.differing.map(placed) };
        return { figure, state: 'unsourced' };
      }),
    );
  }
  return out;
}
