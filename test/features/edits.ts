// Code actions over Markdown text for feature tests: the actions for a diagnostic as the
// server publishes it, an action's edit applied to the text, and the text re-analysed.
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver';
import { codeActions } from '../../server/src/features/codeActions';
import { toLspDiagnostics } from '../../server/src/features/diagnostics';
import { linesOf, type Analysis, type IdStyle } from '../../server/src/model';
import { analysisOf } from './text';

/** `text` with LSP edits applied (all in the one document, none overlapping). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = linesOf(text);
  // From the end back; edits at one place in reverse, so that they land in the array's order (as LSP applies them).
  const sorted = edits.map((e, k) => ({ e, k })).sort((a, b) => lines.offset(b.e.range.start) - lines.offset(a.e.range.start) || b.k - a.k);
  let out = text;
  for (const { e } of sorted) out = out.slice(0, lines.offset(e.range.start)) + e.newText + out.slice(lines.offset(e.range.end));
  return out;
}

/** The edits of an action in a single document (either WorkspaceEdit form). */
export function editsOf(action: CodeAction): TextEdit[] {
  const edit = action.edit;
  if (!edit) return [];
  if (edit.documentChanges) return edit.documentChanges.flatMap((c) => ('edits' in c ? (c.edits as TextEdit[]) : []));
  return Object.values(edit.changes ?? {}).flat();
}

export interface Case {
  analysis: Analysis;
  diagnostics: Diagnostic[];
  actions: CodeAction[];
}

export const URI = 'file:///ws/test.arg.md';

/** The quick fixes for the published diagnostics with `code` (all of them, or the one on `line`). */
export function quickFixes(text: string, code: string, options: { line?: number; idStyle?: IdStyle; files?: Record<string, string> } = {}): Case {
  const analysis = analysisOf(text, 'test.arg.md', options.files);
  const diagnostics = toLspDiagnostics(analysis).filter((d) => d.code === code && (options.line === undefined || d.range.start.line === options.line));
  const actions = codeActions(
    { analysis, text, version: 1 },
    { textDocument: { uri: URI }, range: diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics, only: ['quickfix'] } },
    { idStyle: options.idStyle ?? 'pandoc', documentChanges: false, idsOf: (file) => (options.files?.[file] !== undefined ? analysisOf(options.files[file], file).nodes.filter((n) => n.explicitId).map((n) => n.id) : undefined) },
  );
  return { analysis, diagnostics, actions };
}

/** The text after the action titled `title` of these actions. */
export function applied(text: string, actions: readonly CodeAction[], title: string): string {
  const action = actions.find((a) => a.title === title);
  if (!action) throw new Error(`no action "${title}" among: ${actions.map((a) => a.title).join(' | ')}`);
  return applyEdits(text, editsOf(action));
}

/** `code@line` (1-based) of every diagnostic of the text. */
export function codesOf(text: string, files?: Record<string, string>): string[] {
  return analysisOf(text, 'test.arg.md', files).diagnostics.map((d) => `${d.code}@${d.range.start.line + 1}`);
}

/** The error-severity diagnostics of the text, as `code@line`. */
export function errorsOf(text: string, files?: Record<string, string>): string[] {
  return analysisOf(text, 'test.arg.md', files).diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code}@${d.range.start.line + 1}`);
}
