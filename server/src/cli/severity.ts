// Severity settings for the CLI: the words people write (`--severity empty-node=warning`,
// `"argmap.severity.empty-node": "warning"`), and the diagnostics they produce.
import { DIAGNOSTIC_CODES, type DiagnosticCode, type ModelDiagnostic, type SeveritySetting } from '../model';

export type SeverityOverrides = Partial<Record<DiagnosticCode, SeveritySetting>>;

export const SEVERITY_LEVELS: readonly SeveritySetting[] = ['ignore', 'hint', 'information', 'warning', 'error'];

const CODES: ReadonlySet<string> = new Set(DIAGNOSTIC_CODES);

export function isDiagnosticCode(code: string): code is DiagnosticCode {
  return CODES.has(code);
}

/**
 * A level as the editor's settings accept it: any case, `info` for `information`
 * (as the server reads `argmap.severity.*`), so one file means the same in both.
 */
export function readLevel(value: string): SeveritySetting | undefined {
  let level = value.trim().toLowerCase();
  if (level === 'info') level = 'information';
  return (SEVERITY_LEVELS as readonly string[]).includes(level) ? (level as SeveritySetting) : undefined;
}

/** `code=level` from the command line, or why it cannot be read. */
export function parseSeverityOption(value: string): { code: DiagnosticCode; level: SeveritySetting } | { error: string } {
  const eq = value.indexOf('=');
  if (eq < 0) return { error: `needs code=level (got '${value}')` };
  const code = value.slice(0, eq).trim();
  const level = readLevel(value.slice(eq + 1));
  if (!isDiagnosticCode(code)) return { error: `unknown diagnostic code '${code}'` };
  if (!level) return { error: `unknown level '${value.slice(eq + 1)}' for ${code} (expected ${SEVERITY_LEVELS.join(', ')})` };
  return { code, level };
}

/**
 * The diagnostics as the settings want them: a code set to `ignore` is dropped, any
 * other setting replaces the model's default severity (as the server does for the editor).
 */
export function applySeverities(diagnostics: readonly ModelDiagnostic[], overrides: SeverityOverrides): ModelDiagnostic[] {
  const result: ModelDiagnostic[] = [];
  for (const d of diagnostics) {
    const setting = overrides[d.code] ?? d.severity;
    if (setting === 'ignore') continue;
    result.push(setting === d.severity ? d : { ...d, severity: setting });
  }
  return result;
}
