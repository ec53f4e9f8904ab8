// `textDocument/codeAction`: the quick fixes of the diagnostics the client sends back (only
// those of the document's current version: a stale one gets nothing) and the refactors at
// the cursor. Each fix is computed from one version's text and analysis (fixes/).
import {
  CodeActionKind,
  CodeActionTriggerKind,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { compareRanges, linesOf, writingStyle, type Analysis, type IdStyle, type ModelDiagnostic } from '../model';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import { FIXES, type Fix, type FixInput } from './fixes';
import { refactors } from './fixes/refactors';

/** One version of a document: what every fix is computed from. */
export interface Snapshot {
  analysis: Analysis;
  text: string;
  version: number;
}

export interface CodeActionOptions {
  idStyle: IdStyle;
  /** Whether the client takes versioned `documentChanges` (then a fix for an older version is refused by the client too). */
  documentChanges: boolean;
  idsOf?: FixInput['idsOf'];
}

/** The model diagnostic of this version that the client's diagnostic is, if it is one. */
function current(analysis: Analysis, d: Diagnostic): ModelDiagnostic | undefined {
  if (d.source !== DIAGNOSTIC_SOURCE || typeof d.code !== 'string') return undefined;
  return analysis.diagnostics.find((m) => m.code === d.code && m.message === d.message && compareRanges(m.range, d.range) === 0);
}

function wants(only: readonly string[] | undefined, kind: string): boolean {
  return !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

export function codeActions(snapshot: Snapshot, params: CodeActionParams, options: CodeActionOptions): CodeAction[] {
  const { analysis, text, version } = snapshot;
  const uri = params.textDocument.uri;
  const lines = linesOf(text);
  const base = { analysis, text, lines, style: writingStyle(analysis, text), uri, idStyle: options.idStyle, idsOf: options.idsOf };
  const edit = (edits: TextEdit[]): WorkspaceEdit =>
    options.documentChanges ? { documentChanges: [{ textDocument: { uri, version }, edits }] } : { changes: { [uri]: edits } };
  const only = params.context.only;
  const out: CodeAction[] = [];
  if (wants(only, CodeActionKind.QuickFix)) {
    for (const diagnostic of params.context.diagnostics ?? []) {
      const model = current(analysis, diagnostic);
      const fixer = FIXES[String(diagnostic.code)];
      // Only a diagnostic of this very version is fixed: an older one's ranges may point elsewhere now.
      if (!fixer || !model) continue;
      for (const fix of fixer({ ...base, diagnostic, model })) out.push(action(fix, CodeActionKind.QuickFix, edit, diagnostic));
    }
  }
  // The lightbulb asks automatically as the cursor moves: refactors on every paragraph would
  // light it everywhere, so they come when asked for (Ctrl+., the Refactor menu, `only`).
  const automatic = params.context.triggerKind === CodeActionTriggerKind.Automatic && !only;
  if (!automatic && wants(only, CodeActionKind.RefactorRewrite)) {
    for (const fix of refactors(base, params.range.start)) out.push(action(fix, CodeActionKind.RefactorRewrite, edit));
  }
  return out;
}

function action(fix: Fix, kind: string, edit: (edits: TextEdit[]) => WorkspaceEdit, diagnostic?: Diagnostic): CodeAction {
  const a: CodeAction = { title: fix.title, kind };
  if (diagnostic) a.diagnostics = [diagnostic];
  if (fix.preferred) a.isPreferred = true;
  a.edit = edit(fix.edits);
  return a;
}
