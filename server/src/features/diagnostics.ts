// Model diagnostics → LSP diagnostics, with the severities the settings give.
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver';
import type { Analysis, DiagnosticCode, ModelDiagnostic, Severity, SeveritySetting } from '../model';

const LSP_SEVERITY: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export const DIAGNOSTIC_SOURCE = 'argmap';

/** Where the analysed document is, to place related information: its uri, and other files' uris by workspace path. */
export interface DiagnosticPlace {
  uri: string;
  resolve?: (path: string) => string | undefined;
}

/**
 * The analysis's diagnostics as LSP diagnostics: a code set to `ignore` is dropped, any
 * other setting replaces the model's default severity. Related places need `place`
 * (a place whose file has no uri is left out).
 */
export function toLspDiagnostics(
  analysis: Analysis,
  severities: Partial<Record<DiagnosticCode, SeveritySetting>> = {},
  place?: DiagnosticPlace,
): Diagnostic[] {
  const result: Diagnostic[] = [];
  for (const d of analysis.diagnostics) {
    const setting = severities[d.code] ?? d.severity;
    if (setting === 'ignore') continue;
    const lsp: Diagnostic = {
      range: d.range,
      severity: LSP_SEVERITY[setting] ?? LSP_SEVERITY[d.severity],
      code: d.code,
      source: DIAGNOSTIC_SOURCE,
      message: d.message,
    };
    const related = place && d.related ? relatedInformation(d, analysis.path, place) : [];
    if (related.length) lsp.relatedInformation = related;
    if (d.replacement !== undefined) lsp.data = { replacement: d.replacement };
    result.push(lsp);
  }
  return result;
}

function relatedInformation(d: ModelDiagnostic, path: string, place: DiagnosticPlace): DiagnosticRelatedInformation[] {
  const out: DiagnosticRelatedInformation[] = [];
  for (const r of d.related ?? []) {
    const uri = r.path === path ? place.uri : place.resolve?.(r.path);
    if (uri !== undefined) out.push({ location: { uri, range: r.range }, message: r.message });
  }
  return out;
}
