// When the settings are read: at start-up, then on each change. Analyses wait for the read
// under way, but never for long: a client that never answers must not stop analysis.
// Severities and the id style also come from `.argmap.json` at each workspace folder's root (the file the CLI
// reads), under VS Code's settings: a VS Code value wins unless it is the setting's default,
// which VS Code reports whether or not the user set it.
import { DEFAULT_SEVERITY, type DiagnosticCode, type IdStyle, type SeveritySetting } from './model';
import { describeError, type Logger } from './log';
import { DEFAULT_SETTINGS, SETTINGS_SECTION, type ArgmapSettings } from './protocol';
import { Settings } from './settings';
import { ARGMAP_JSON, readSettingsFile } from './workspace/settingsFiles';

export type Severities = Partial<Record<DiagnosticCode, SeveritySetting>>;

/** How long analyses wait for the client's settings before using the current ones. */
const SETTINGS_TIMEOUT_MS = 5000;

export class SettingsLoader {
  private readonly settings: Settings;
  private loaded: () => void = () => {};
  /** Analyses wait for this: the settings being read, first at start-up, then after each change. */
  pending: Promise<void> = new Promise<void>((resolve) => (this.loaded = resolve));
  private changed: (previous: ArgmapSettings) => void = () => {};
  private filesChanged: () => void = () => {};
  /** `.argmap.json` severities by workspace folder root (absolute path). */
  private fileSeverity = new Map<string, Severities>();
  private fileIdStyle = new Map<string, IdStyle>();
  private roots: readonly string[] = [];

  constructor(
    private readonly log: Logger,
    /** `workspace/configuration` for the section, or undefined when the client cannot answer it. */
    pull: () => Promise<unknown> | undefined,
    private readonly timeoutMs = SETTINGS_TIMEOUT_MS,
  ) {
    this.settings = new Settings({ pull });
  }

  get value(): ArgmapSettings {
    return this.settings.value;
  }

  /** Called after each read with the settings before it. */
  onChange(listener: (previous: ArgmapSettings) => void): void {
    this.changed = listener;
  }

  /** Called when an `.argmap.json` changed what it sets. */
  onFilesChange(listener: () => void): void {
    this.filesChanged = listener;
  }

  /** The severities for a document in workspace folder `root` (undefined: outside every folder). */
  severityFor(root: string | undefined): Severities {
    const editor: Severities = {};
    for (const [code, level] of Object.entries(this.value.severity) as [DiagnosticCode, SeveritySetting][]) {
      if (level !== DEFAULT_SEVERITY[code]) editor[code] = level;
    }
    const file = root === undefined ? undefined : this.fileSeverity.get(root);
    return file ? { ...file, ...editor } : this.value.severity;
  }

  /** The id style for a document in workspace folder `root`: VS Code's unless left at its default, else `.argmap.json`'s. */
  idStyleFor(root: string | undefined): IdStyle {
    const editor = this.value.ids.style;
    if (editor !== DEFAULT_SETTINGS.ids.style) return editor;
    return (root === undefined ? undefined : this.fileIdStyle.get(root)) ?? editor;
  }

  /** The workspace folders' roots: their `.argmap.json` files are read now. */
  setFolders(roots: readonly string[]): void {
    this.roots = roots;
    this.readFiles();
  }

  /** Reads every folder's `.argmap.json` again (one changed on disk); tells the listener when what they set changed. */
  readFiles(): void {
    const next = new Map<string, Severities>();
    const nextStyle = new Map<string, IdStyle>();
    for (const root of this.roots) {
      const read = readSettingsFile(root, ARGMAP_JSON);
      if (read.error) this.log.warn(`${root}: ${read.error}; its severities are not used`);
      for (const warning of read.warnings) this.log.warn(`${root}: ${warning}`);
      if (Object.keys(read.severity).length) next.set(root, read.severity);
      if (read.idStyle) nextStyle.set(root, read.idStyle);
    }
    const same = JSON.stringify([...next]) === JSON.stringify([...this.fileSeverity]);
    this.fileSeverity = next;
    this.fileIdStyle = nextStyle;
    if (!same) this.filesChanged();
  }

  /** The first read, once the client is initialised: analyses waiting since start-up go on after it. */
  start(): void {
    void this.refresh().finally(() => this.loaded());
  }

  /** Reads the settings again (pulled, or from a push) and applies what changed. */
  refresh(pushed?: unknown): Promise<void> {
    const refresh = (async () => {
      const previous = this.settings.value;
      try {
        await this.settings.refresh(pushed);
      } catch (err) {
        this.log.warn(`could not read the ${SETTINGS_SECTION} settings, keeping the current ones: ${describeError(err)}`);
      }
      this.changed(previous);
    })();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        this.log.warn(`no answer to workspace/configuration after ${this.timeoutMs} ms: analysing with the current settings`);
        resolve();
      }, this.timeoutMs);
    });
    const settled = Promise.race([refresh, timeout]).finally(() => clearTimeout(timer));
    this.pending = settled;
    return settled;
  }
}
