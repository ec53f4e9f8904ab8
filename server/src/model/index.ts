// The argument model: Markdown → graph → analysis. Pure: the server, the CLI and the tests share it.
export * from './types';
export { findFigures, figureKey } from './figures';
export { parseDocument, type ParsedDocument, type TextEdit } from './parse';
export { analyze, analyzeText, emptyAnalysis } from './analyze';
