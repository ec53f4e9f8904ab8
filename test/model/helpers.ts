// Small helpers for model tests: documents from lines, nodes by text, codes by line.
import assert from 'node:assert/strict';
import { analyze, analyzeText, parseDocument, type Analysis, type AnalyzeOptions, type ArgNode, type DiagnosticCode } from '../../server/src/model';
import { assertSameAnalysis, withChunking } from '../fuzz/compare';

export const joinLines = (...lines: string[]): string => lines.join('\n');

export function analyzeLines(lines: string[], options: AnalyzeOptions = {}): Analysis {
  return analyzeText(joinLines(...lines), { path: 'test.arg.md', ...options });
}

/** The node whose text is `prefix`, else the first that starts with it (fails loudly when there is none). */
export function node(a: Analysis, prefix: string): ArgNode {
  const found = a.nodes.find((n) => n.text === prefix) ?? a.nodes.find((n) => n.text.startsWith(prefix));
  if (!found) throw new Error(`no node starting with ${JSON.stringify(prefix)} in: ${a.nodes.map((n) => n.text).join(' | ')}`);
  return found;
}

/** The parent's text of the node starting with `prefix`, or undefined for a root. */
export function parentText(a: Analysis, prefix: string): string | undefined {
  const p = node(a, prefix).parent;
  return p === undefined ? undefined : a.nodes[p].text;
}

/** `code@line` (1-based) for every diagnostic, in order. */
export function codes(a: Analysis): string[] {
  return a.diagnostics.map((d) => `${d.code}@${d.range.start.line + 1}`);
}

export function codesOf(a: Analysis, code: DiagnosticCode): number[] {
  return a.diagnostics.filter((d) => d.code === code).map((d) => d.range.start.line + 1);
}

/** A reader over an in-memory workspace. */
export function files(map: Record<string, string>): AnalyzeOptions['readFile'] {
  return (path) => (path in map ? map[path] : { error: 'the file does not exist' });
}

/** One edit and the analyses around it: `snapshot` is a deep copy of `before` taken before the next analysis ran. */
export interface EditStep {
  before: Analysis;
  snapshot: Analysis;
  after: Analysis;
  fresh: Analysis;
}

/**
 * Analyses `text`, replaces its first `needle` by `replacement`, and analyses the new version
 * incrementally (from the first parse) and afresh; with the smallest chunks, every block is a chunk.
 */
export function editOnce(text: string, needle: string, replacement: string, path: string): EditStep {
  return withChunking({ min: 0, max: 0 }, () => {
    const start = text.indexOf(needle);
    assert.ok(start >= 0, needle);
    const end = start + needle.length;
    const doc = parseDocument(text);
    const before = analyze(doc, { path });
    const snapshot = structuredClone(before);
    const next = text.slice(0, start) + replacement + text.slice(end);
    const after = analyze(parseDocument(next, doc, [{ start, end, text: replacement }]), { path });
    return { before, snapshot, after, fresh: analyzeText(next, { path }) };
  });
}

/**
 * Analyses `lines`, then applies each `[needle, replacement]` in turn to the version before it,
 * analysing each incrementally (smallest chunks: every block is a chunk); each result must be
 * the fresh analysis of its text. The incremental analyses, in order.
 */
export function editInTurn(lines: string[], path: string, ...steps: [string, string][]): Analysis[] {
  return withChunking({ min: 0, max: 0 }, () => {
    let text = lines.join('\n');
    let doc = parseDocument(text);
    analyze(doc, { path });
    const out: Analysis[] = [];
    for (const [needle, replacement] of steps) {
      const start = text.indexOf(needle);
      assert.ok(start >= 0, needle);
      const end = start + needle.length;
      text = text.slice(0, start) + replacement + text.slice(end);
      doc = parseDocument(text, doc, [{ start, end, text: replacement }]);
      const after = analyze(doc, { path });
      assertSameAnalysis(after, analyzeText(text, { path }), `${needle} → ${replacement}`);
      out.push(after);
    }
    return out;
  });
}
