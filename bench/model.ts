// The two in-process measurements on each Markdown input: the baseline (a bare
// remark parse with GFM, what any remark-based tool pays once per keystroke if it
// re-parses) and argmap's whole analysis, the model the server and the CLI share.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { analyze, parseDocument, type Analysis } from '../server/src/model';

const bare = unified().use(remarkParse).use(remarkGfm);

/** The baseline: `unified().use(remarkParse).use(remarkGfm).parse(text)`. */
export function bareParse(text: string): unknown {
  return bare.parse(text);
}

/** argmap's full analysis of a file, as the server runs it on open. */
export function argmapAnalyze(text: string, path: string): Analysis {
  return analyze(parseDocument(text), { path });
}

/** What the analysis found: a stub model finds nothing, which the report must say. */
export function describeAnalysis(a: Analysis): { nodes: number; edges: number; diagnostics: number } {
  return { nodes: a.nodes.length, edges: a.edges.length, diagnostics: a.diagnostics.length };
}
