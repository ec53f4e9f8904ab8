// The figures block of a claim's hover (editing.md, "Figures across claims and evidence"): each of
// the claim's own figures with the evidence that states it and that evidence's source, or what the
// evidence states instead, or that no cited evidence states it. Format: docs/editing.md, "Hover".
import type { Analysis, ArgNode, ClaimFigure, EvidenceFigure } from '../model';
import { citationText, sourceOf, type Format } from './hoverFormat';

/** Analyses of other files (workspace-relative posix paths), loaded by the caller beforehand. */
type OtherFiles = (path: string) => Analysis | undefined;

/** Differing evidence figures a line names; the diagnostic's related information has them all. */
const NAMED = 3;

/** The other files whose evidence states a figure of claim `node`: the hover reads their footnotes. */
export function figureFiles(analysis: Analysis, node: ArgNode): string[] {
  const out = new Set<string>();
  for (const c of analysis.claimFigures?.get(node.index) ?? []) {
    if (c.state === 'stated' && c.at.path !== analysis.path) out.add(c.at.path);
  }
  return [...out];
}

/** `line 3`, or `line 3 of other.arg.md`. */
function where(f: Format, analysis: Analysis, e: EvidenceFigure): string {
  const line = `line ${e.figure.range.start.line + 1}`;
  return e.path === analysis.path ? line : `${line} of ${f.text(e.path)}`;
}

function statedLine(f: Format, analysis: Analysis, e: EvidenceFigure, claimText: string, others: OtherFiles): string {
  const home = e.path === analysis.path ? analysis : others(e.path);
  const evidence = home?.nodes[e.node];
  const citation = evidence ? sourceOf(evidence, e.figure) : undefined;
  const source = home && citation ? ` · ${citationText(f, home, citation)}` : '';
  // The evidence's own words only when they differ from the claim's (`over 9,200` stated as `9,200`).
  const written = e.figure.text.toLowerCase() === claimText.toLowerCase() ? '' : ` (“${f.text(e.figure.text, 80)}”)`;
  return `stated on ${where(f, analysis, e)}${written}${source}`;
}

function mismatchLine(f: Format, analysis: Analysis, differing: readonly EvidenceFigure[]): string {
  const named = differing.slice(0, NAMED).map((e) => `“${f.text(e.figure.text, 80)}” (${where(f, analysis, e)})`);
  const more = differing.length > NAMED ? ' and more' : '';
  return `differs from the evidence: ${named.join(', ')}${more}`;
}

function figureLine(f: Format, analysis: Analysis, c: ClaimFigure, others: OtherFiles): string {
  const what =
    c.state === 'stated'
      ? statedLine(f, analysis, c.at, c.figure.text, others)
      : c.state === 'mismatch'
        ? mismatchLine(f, analysis, c.differing)
        : 'stated by no cited evidence';
  return `- ${f.strong(f.text(c.figure.text, 80))}: ${what}`;
}

/** The `Figures:` block of claim `node`'s hover, or undefined when it has no figures. */
export function figuresBlock(f: Format, analysis: Analysis, node: ArgNode, others: OtherFiles): string | undefined {
  const figures = analysis.claimFigures?.get(node.index);
  if (!figures?.length) return undefined;
  return `Figures:\n\n${figures.map((c) => figureLine(f, analysis, c, others)).join('\n')}`;
}
