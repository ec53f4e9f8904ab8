// The `argmap` configuration section, read from the client and checked field by field:
// a setting of the wrong type falls back to its default instead of reaching the model.
import { cleanFiles } from './shared/membership';
import { DIAGNOSTIC_CODES, type DiagnosticCode, type SeveritySetting } from './model';
import { DEFAULT_SETTINGS, SETTINGS_SECTION, type ArgmapSettings } from './protocol';

const SEVERITY_SETTINGS: ReadonlySet<string> = new Set<SeveritySetting>(['ignore', 'hint', 'information', 'warning', 'error']);
const CODES: ReadonlySet<string> = new Set(DIAGNOSTIC_CODES);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function severities(raw: Record<string, unknown>): Partial<Record<DiagnosticCode, SeveritySetting>> {
  const result: Partial<Record<DiagnosticCode, SeveritySetting>> = {};
  const take = (code: string, value: unknown) => {
    if (!CODES.has(code) || typeof value !== 'string') return;
    // VS Code shows enum values as written; users also type `info` and `Warning`.
    let setting = value.trim().toLowerCase();
    if (setting === 'info') setting = 'information';
    if (SEVERITY_SETTINGS.has(setting)) result[code as DiagnosticCode] = setting as SeveritySetting;
  };
  if (isRecord(raw.severity)) for (const [code, value] of Object.entries(raw.severity)) take(code, value);
  // A client that sends dotted keys unexpanded (`"severity.empty-node": "ignore"`).
  for (const [key, value] of Object.entries(raw)) {
    if (key.startsWith('severity.')) take(key.slice('severity.'.length), value);
  }
  return result;
}

function nonNegativeNumber(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;
}

/** Turns whatever the client sent for the `argmap` section into complete settings. */
export function normalizeSettings(raw: unknown): ArgmapSettings {
  if (!isRecord(raw)) return { ...DEFAULT_SETTINGS, severity: {}, diagnostics: { ...DEFAULT_SETTINGS.diagnostics }, codeLens: { ...DEFAULT_SETTINGS.codeLens }, ids: { ...DEFAULT_SETTINGS.ids } };
  const files = cleanFiles(raw.files);
  const diagnostics = isRecord(raw.diagnostics) ? raw.diagnostics : {};
  const delay = nonNegativeNumber(diagnostics.delay ?? raw['diagnostics.delay'], DEFAULT_SETTINGS.diagnostics.delay);
  const scopeRaw = diagnostics.scope ?? raw['diagnostics.scope'];
  const scope = scopeRaw === 'workspace' || scopeRaw === 'open' ? scopeRaw : DEFAULT_SETTINGS.diagnostics.scope;
  const maxFileSize = nonNegativeNumber(raw.maxFileSize, DEFAULT_SETTINGS.maxFileSize);
  const lens = isRecord(raw.codeLens) ? raw.codeLens.enabled : raw['codeLens.enabled'];
  const codeLens = { enabled: typeof lens === 'boolean' ? lens : DEFAULT_SETTINGS.codeLens.enabled };
  const ids = isRecord(raw.ids) ? raw.ids : {};
  const style = ids.style ?? raw['ids.style'];
  const maxBlockSize = nonNegativeNumber(raw.maxBlockSize, DEFAULT_SETTINGS.maxBlockSize);
  return { files, severity: severities(raw), diagnostics: { delay, scope }, maxFileSize, maxBlockSize, codeLens, ids: { style: style === 'html' ? 'html' : 'pandoc' } };
}

/** How the server asks for settings: pulled when the client supports it, else pushed in didChangeConfiguration. */
export interface SettingsSource {
  /** `workspace/configuration` for the `argmap` section; returns undefined when the client cannot answer it. */
  pull?: () => Promise<unknown> | undefined;
}

/** The current settings, refreshed on demand. */
export class Settings {
  private current: ArgmapSettings = normalizeSettings(undefined);

  constructor(private readonly source: SettingsSource) {}

  get value(): ArgmapSettings {
    return this.current;
  }

  /**
   * Re-reads the settings: from the client when it can be asked, else from the pushed
   * `didChangeConfiguration` payload (`{ argmap: {…} }`). Returns the new settings.
   */
  async refresh(pushed?: unknown): Promise<ArgmapSettings> {
    let raw: unknown;
    const pulling = this.source.pull?.();
    if (pulling) raw = await pulling;
    else if (isRecord(pushed)) raw = pushed[SETTINGS_SECTION];
    else return this.current;
    this.current = normalizeSettings(raw);
    return this.current;
  }
}
