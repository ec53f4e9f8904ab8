// The figure walk's findings for this file's claims, placed: each evidence figure named by its
// file's path and its node there, for the diagnostics, the hover and the tests.
import type { FigureSource } from './figureWalk';
import type { ReachedFiles } from './reach';
import type { SupportGraph } from './status';
import type { ClaimFigure, EvidenceFigure, FileGraph } from './types';

export function claimFigures(local: FileGraph, support: SupportGraph, ws: ReachedFiles): Map<number, ClaimFigure[]> {
  const claims = local.nodes.filter((n) => n.kind === 'claim' && !n.reference && n.text !== '' && n.figures.length).map((n) => n.index);
  const placed = (s: FigureSource): EvidenceFigure => {
    const { file, node } = ws.nodes[s.node];
    return { path: ws.files[file].path, node: node.index, figure: s.figure };
  };
  const out = new Map<number, ClaimFigure[]>();
  for (const [claim, findings] of support.figureFindings(claims)) {
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
