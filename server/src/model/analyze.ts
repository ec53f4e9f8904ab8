import type { Analysis, AnalyzeOptions } from './types';
import { parseDocument, type ParsedDocument } from './parse';

/** Builds the graph of a parsed document and analyses it (stub: being written). */
export function analyze(doc: ParsedDocument, options: AnalyzeOptions = {}): Analysis {
  return {
    path: options.path ?? '',
    lineCount: doc.text.split(/\r\n|\r|\n/).length,
    nodes: [],
    status: [],
    edges: [],
    headings: [],
    footnoteDefinitions: new Map(),
    footnoteRefs: [],
    idLinks: [],
    diagnostics: [],
    tooLarge: false,
    dependencies: [],
  };
}

export function analyzeText(text: string, options: AnalyzeOptions = {}): Analysis {
  return analyze(parseDocument(text), options);
}
