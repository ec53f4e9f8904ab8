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

/** What an LSP diagnostic was made from besides its model diagnostic: made again when any of it differs. */
interface Made {
  severity: DiagnosticSeverity;
  uri: string | undefined;
  related: readonly DiagnosticRelatedInformation[];
  lsp: Diagnostic;
}

/**
 * The LSP diagnostic made for each model diagnostic, kept while the model diagnostic lives:
 * the model keeps an unchanged node's diagnostic objects across a keystroke
 * (model/diagnosticsReuse.ts), and so the same LSP object goes out again, whose JSON text
 * the stdio connection keeps (documents/publishEncoder.ts). LSP diagnostics are therefore
 * never changed once made.
 */
const made = new WeakMap<ModelDiagnostic, Made>();
const NONE: readonly DiagnosticRelatedInformation[] = [];

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
    const severity = LSP_SEVERITY[setting] ?? LSP_SEVERITY[d.severity];
    const related = place && d.related ? relatedInformation(d, analysis.path, place) : NONE;
    const known = made.get(d);
    if (known && known.severity === severity && known.uri === place?.uri && sameRelated(known.related, related)) {
      result.push(known.lsp);
      continue;
    }
    const lsp: Diagnostic = { range: d.range, severity, code: d.code, source: DIAGNOSTIC_SOURCE, message: d.message };
    if (related.length) lsp.relatedInformation = [...related];
    if (d.replacement !== undefined) lsp.data = { replacement: d.replacement };
    made.set(d, { severity, uri: place?.uri, related, lsp });
    result.push(lsp);
  }
  return result;
}

/** The same related places: the model's ranges are its own objects, so a range kept is the same object. */
function sameRelated(a: readonly DiagnosticRelatedInformation[], b: readonly DiagnosticRelatedInformation[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) {
    const x = a[k];
    const y = b[k];
    if (x.location.uri !== y.location.uri || x.location.range !== y.location.range || x.message !== y.message) return false;
  }
  return true;
}

function relatedInformation(d: ModelDiagnostic, path: string, place: DiagnosticPlace): DiagnosticRelatedInformation[] {
  const out: DiagnosticRelatedInformation[] = [];
  for (const r of d.related ?? []) {
    const uri = r.path === path ? place.uri : place.resolve?.(r.path);
    if (uri !== undefined) out.push({ location: { uri, range: r.range }, message: r.message });
  }
  return out;
}
