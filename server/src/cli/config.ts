// Severities and the id style for the CLI from the files at the workspace root that the editor reads too
// (workspace/settingsFiles.ts): `.argmap.json`, then `.vscode/settings.json`, which wins, as
// VS Code's settings win over `.argmap.json` in the editor; the command line wins over both (in main).
import { ARGMAP_JSON, readSettingsFile, VSCODE_SETTINGS } from '../workspace/settingsFiles';
import type { IdStyle } from '../model';
import type { SeverityOverrides } from './severity';

/** Lowest precedence first. */
export const SETTINGS_FILES = [ARGMAP_JSON, VSCODE_SETTINGS] as const;

export interface Config {
  severity: SeverityOverrides;
  /** `argmap.ids.style`, when a file sets it. */
  idStyle?: IdStyle;
  /** A file that exists but cannot be read as JSON with comments: the run exits 2. */
  errors: string[];
  /** A key that names no code, or a level that is not one: ignored, as the editor ignores it. */
  warnings: string[];
}

export function readConfig(root: string): Config {
  const config: Config = { severity: {}, errors: [], warnings: [] };
  for (const file of SETTINGS_FILES) {
    const read = readSettingsFile(root, file);
    if (read.error) config.errors.push(read.error);
    config.warnings.push(...read.warnings);
    Object.assign(config.severity, read.severity);
    config.idStyle = read.idStyle ?? config.idStyle;
  }
  return config;
}
