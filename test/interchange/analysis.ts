// Checks an imported file as `argmap check` would: the model's analysis and the spec's graph JSON.
import { analyzeText, type Analysis } from '../../server/src/model';
import { toGraphJson, type GraphJson } from '../../server/src/model';

export function analyse(markdown: string): { analysis: Analysis; graph: GraphJson; errors: string[] } {
  const analysis = analyzeText(markdown, { path: 'imported.arg.md' });
  const errors = analysis.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code}@${d.range.start.line + 1}: ${d.message}`);
  return { analysis, graph: toGraphJson(analysis), errors };
}

/** Edges as `child --relation--> parent`, by node text, for assertions written by hand. */
export function edgesByText(graph: GraphJson): string[] {
  const text = new Map(graph.nodes.map((n) => [n.id, n.text]));
  return graph.edges.map((e) => `${text.get(e.from) ?? e.from} --${e.relation}--> ${text.get(e.to) ?? e.to}`);
}
