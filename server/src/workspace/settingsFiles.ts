// The settings files at a workspace root that the editor and the CLI both read:
// `.argmap.json` (the contract's file) and `.vscode/settings.json` (VS Code's own). One reader,
// so a file means the same in `argmap check` and in the editor: the CLI reads both
// (cli/config.ts), the server `.argmap.json` only, as VS Code hands it its own settings.
import type { IdStyle } from '../model';
import { readIdStyle } from './idStyle';
import fs from 'node:fs';
import path from 'node:path';
import { parseJsonc } from '../cli/jsonc';
import { isDiagnosticCode, readLevel, type SeverityOverrides } from '../cli/severity';

/** Where a settings file is, and the prefix its severity keys carry. */
export interface SettingsFile {
  /** Relative to the workspace root, posix: also the name said in messages. */
  name: string;
  /** Keys are `<prefix>severity.<code>`; `.argmap.json` may also leave out `argmap.`. */
  prefixes: readonly string[];
}

export const ARGMAP_JSON: SettingsFile = { name: '.argmap.json', prefixes: ['argmap.', ''] };
export const VSCODE_SETTINGS: SettingsFile = { name: '.vscode/settings.json', prefixes: ['argmap.'] };

/** A settings file is a few KB; anything far larger is not one. */
const MAX_SETTINGS_BYTES = 1_000_000;

export interface FileSettings {
  severity: SeverityOverrides;
  /** The file exists but cannot be read as JSON with comments. */
  error?: string;
  /** A key that names no code, or a level that is not one: ignored, as the editor ignores it. */
  warnings: string[];
  /** `argmap.ids.style`, when the file sets it. */
  idStyle?: IdStyle;
}

/** The severities `file` at `root` sets; none (and no error) when there is no such file. */
export function readSettingsFile(root: string, file: SettingsFile): FileSettings {
  const result: FileSettings = { severity: {}, warnings: [] };
  const text = readSmallFile(path.join(root, ...file.name.split('/')));
  if (text === undefined) return result;
  if (typeof text !== 'string') return { ...result, error: `cannot read '${file.name}': ${text.error}` };
  const parsed = parseJsonc(text);
  if ('error' in parsed) return { ...result, error: `cannot read '${file.name}': not valid JSON (${parsed.error})` };
  result.severity = severities(parsed.value, file, result.warnings);
  const idStyle = readIdStyle(parsed.value, file, result.warnings);
  if (idStyle) result.idStyle = idStyle;
  return result;
}

function severities(value: unknown, file: SettingsFile, warnings: string[]): SeverityOverrides {
  const result: SeverityOverrides = {};
  for (const [key, setting] of flatten(value)) {
    const prefix = file.prefixes.find((p) => key.startsWith(`${p}severity.`));
    if (prefix === undefined) continue; // another tool's setting, or another argmap setting
    const code = key.slice(`${prefix}severity.`.length);
    const level = typeof setting === 'string' ? readLevel(setting) : undefined;
    if (!isDiagnosticCode(code)) warnings.push(`${file.name}: '${key}' names no diagnostic code; ignored`);
    else if (!level) warnings.push(`${file.name}: '${key}' is not ignore, hint, information, warning or error; ignored`);
    else result[code] = level;
  }
  return result;
}

/**
 * `{ "a": { "b": 1 }, "c.d": 2 }` → `a.b` 1, `c.d` 2: nested and dotted keys read alike.
 * Only a few levels deep: no setting is deeper, and a hostile file cannot exhaust the stack.
 */
function* flatten(value: unknown, prefix = '', depth = 0): Generator<[string, unknown]> {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || depth > 4) {
    if (prefix) yield [prefix, value];
    return;
  }
  for (const [key, inner] of Object.entries(value)) yield* flatten(inner, prefix ? `${prefix}.${key}` : key, depth + 1);
}

/** The file's text; undefined when there is no such file (the usual case). */
function readSmallFile(absolute: string): string | { error: string } | undefined {
  try {
    const stat = fs.statSync(absolute);
    if (!stat.isFile()) return { error: 'not a file' };
    if (stat.size > MAX_SETTINGS_BYTES) return { error: `larger than ${MAX_SETTINGS_BYTES} bytes` };
    return fs.readFileSync(absolute, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    return { error: code === 'EACCES' || code === 'EPERM' ? 'permission denied' : `unreadable (${code ?? e})` };
  }
}
