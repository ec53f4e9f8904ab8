// The argument model's API, and the only way into the model from outside it (server,
// CLI, tests, bench). Pure: no vscode, no LSP, no Node built-ins.
//
// Markdown → chunks (parse) → nodes (extract) → one file's graph (graph) → analysis
// (analyze: reach, resolve, status, diagnostics) → views (export). See docs/architecture-model.md.
//
// Reading an analysis:
// - `analysis.nodes[i]`, `analysis.status[i]`: node i and its status (a reference node has its target's).
// - `analysis.edges`: `from` the child, `to` the parent, both `NodeRef`s: `{ local: i }`, or a node of
//   another file with its `file` (as written), `path` (workspace-relative), `node` (index there), `kind`, `status`.
// - `analysis.referenceTargets.get(i)`: the node reference node i resolved to (a `NodeRef`), resolved once by
//   the analysis; `links.get(nodes[i].reference)` / `links.get(idLinks[k])` say the same for display (its `target`: file,
//   node, text, range, status) or why the link is broken (`error`). Nothing in the graph (nodes, links) is changed by an
//   analysis: the next version's analysis may share them.
// - `statusWord`: the graph JSON's `status` field. `statusWords` / `nodeStatusWords` / `graphStatusWords`:
//   the words every view shows (server/src/shared/statusWords.ts, the one place that makes them).
// - `DEFAULT_SEVERITY` is the table of diagnostic codes (code → default severity), `DIAGNOSTIC_CODES` its keys.
// - `AnalyzeOptions.graphCache`: hand in `createGraphCache()` to keep other files' graphs between analyses.
// - `DEFAULT_MAX_FILE_SIZE`: the size limit's default; `compareRanges`/`isBefore`: the model's range order.

// Shapes
export * from './types';

// Markdown → analysis
export { parseDocument, diffEdit, definitionsChecked, normalizeLabel, type Chunk, type ParsedDocument, type TextEdit } from './parse';
// A first parse's chunks parsed in parallel by the caller (parse/prepared.ts): plan, parse each, hand them in.
export { planChunks, prepareChunk, Prepared, type ChunkSpan, type PreparedChunk } from './parse';
export { analyze, analysisSteps, analyzeText, emptyAnalysis } from './analyze';
export { drain, SLICE, type AnalysisPhase } from './slices';
export { createGraphCache } from './graphCache';
export { DEFAULT_MAX_FILE_SIZE, utf8Length } from './size';
export { messages } from './messages';
export { compareRanges, isBefore } from './positions';
export { formatId, isAnchorId, ID_STYLES, type IdStyle } from './anchors';
export { convertIds, type IdConversion, type IdEdit } from './convertIds';

// Reading an analysis
export {
  statusWord,
  statusWords,
  nodeStatusWords,
  attackedNodes,
  graphStatusWords,
  attackedIds,
  STATUS_MEANING,
  type StatusWord,
  type ViewStatusWord,
  type StatusFacts,
  type GraphStatus,
} from './statusWords';
export { findFigures, figureKey } from './figures';
export { occurrences, spotAt, touches, idTextRange, type Occurrences, type LinkOccurrence, type FootnoteOccurrences, type Spot } from './occurrences';
export { toGraphJson, toMermaid, toDot, toTree, externalName, plainText, labelText, MAX_LABEL, LABEL_LINE, type GraphJson } from './export';

// Writing into a file: completion, quick fixes and refactors (writing/index.ts).
export * from './writing';

// The chunker's knobs and pieces, for tests, fuzzing and benchmarks only.
export { chunking, frontMatterEnd, MAX_NESTING, DEFAULT_MAX_BLOCK_SIZE, RecentResults } from './parse';
export { extractChunk } from './extract';
export type { ChunkResult } from './drafts';
export { chunkMemo } from './chunkMemo';
export { graphBuildCounts, type BuildCounts } from './buildCounts';

// The figure walk and its pieces, for tests: the supports graph, the walk's findings, units.
export { SupportGraph } from './status';
export { statusRecomputed } from './statusMemo';
export { figuresWalked } from './figuresReuse';
export { diagnosticsSortedAfresh } from './diagnostics';
export { patchSorted } from './diagnosticsPatch';
export { previousAnalysis } from './analysisMemo';
export type { ReachedNode } from './reach';
export type { GlobalEdge } from './resolve';
export { MAX_DIFFERING, type FigureFinding, type FigureSource } from './figureWalk';
export { unitKey, singular } from './figureUnits';
export { keyWork as figureKeyWork, MIN_KEYS as MIN_FIGURE_KEYS } from './figures/keys';
