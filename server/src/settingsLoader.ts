// When the settings are read: at start-up, then on each change. Analyses wait for the read
// under way, but never for long: a client that never answers must not stop analysis.
import { describeError, type Logger } from './log';
import { SETTINGS_SECTION, type ArgmapSettings } from './protocol';
import { Settings } from './settings';

/** How long analyses wait for the client's settings before using the current ones. */
const SETTINGS_TIMEOUT_MS = 5000;

export class SettingsLoader {
  private readonly settings: Settings;
  private loaded: () => void = () => {};
  /** Analyses wait for this: the settings being read, first at start-up, then after each change. */
  pending: Promise<void> = new Promise<void>((resolve) => (this.loaded = resolve));
  private changed: (previous: ArgmapSettings) => void = () => {};

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
