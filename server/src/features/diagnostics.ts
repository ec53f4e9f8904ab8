// Model diagnostics → LSP diagnostics, with the severities the settings give.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { Analysis, DiagnosticCode, Severity, SeveritySetting } from '../model';

const LSP_SEVERITY: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export const DIAGNOSTIC_SOURCE = 'argmap';

/**
 * The analysis's diagnostics as LSP diagnostics: a code set to `ignore` is dropped, any
 * other setting replaces the model's default severity.
 */
export function toLspDiagnostics(
  analysis: Analysis,
  severities: Partial<Record<DiagnosticCode, SeveritySetting>> = {},
): Diagnostic[] {
  const result: Diagnostic[] = [];
  for (const d of analysis.diagnostics) {
    const setting = severities[d.code] ?? d.severity;
    if (setting === 'ignore') continue;
    result.push({
      range: d.range,
      severity: LSP_SEVERITY[setting] ?? LSP_SEVERITY[d.severity],
      code: d.code,
      source: DIAGNOSTIC_SOURCE,
      message: d.message,
    });
  }
  return result;
}
