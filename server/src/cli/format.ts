// Check results printed for people (one line per diagnostic) and for programs (JSON).
import { plainText } from '../model';
import type { ModelDiagnostic } from '../model';

export interface FileResult {
  /** The path as shown: as given on the command line, or found under a given folder or glob. */
  file: string;
  diagnostics: ModelDiagnostic[];
}

/** `path:line:column: severity code: message`, 1-based, one line per diagnostic; clean files print nothing. */
export function formatText(results: readonly FileResult[]): string {
  const lines: string[] = [];
  for (const { file, diagnostics } of results) {
    for (const d of diagnostics) {
      const { line, character } = d.range.start;
      // Paths and messages quote the file's own text: keep terminal control sequences out.
      lines.push(`${plainText(file)}:${line + 1}:${character + 1}: ${d.severity} ${d.code}: ${plainText(d.message)}`);
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

/** The spec's JSON: every checked file, 0-based LSP ranges. */
export function formatJson(results: readonly FileResult[]): string {
  const json = results.map(({ file, diagnostics }) => ({
    file,
    diagnostics: diagnostics.map((d) => ({
      code: d.code,
      severity: d.severity,
      message: d.message,
      range: {
        start: { line: d.range.start.line, character: d.range.start.character },
        end: { line: d.range.end.line, character: d.range.end.character },
      },
    })),
  }));
  return JSON.stringify(json, null, 2) + '\n';
}

/** Diagnostics by position (start, then end), ties kept in the model's order. */
export function byPosition(diagnostics: readonly ModelDiagnostic[]): ModelDiagnostic[] {
  const key = (d: ModelDiagnostic) => [d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character];
  return [...diagnostics].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let k = 0; k < ka.length; k++) if (ka[k] !== kb[k]) return ka[k] - kb[k];
    return 0;
  });
}
