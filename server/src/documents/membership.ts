// Which open documents are argument files, by the shared rule (../membership.ts) matched
// with picomatch. The client only syncs documents its selector matches, but a stray
// document must cost nothing, so the server decides again.
import { sep } from 'node:path';
import picomatch from 'picomatch';
import { globsFor, hasArgumentSuffix, isMarkdownName, type Place } from '../shared/membership';
import { describeError, type Logger } from '../log';
import type { Entry } from './store';

function schemeOf(uri: string): string {
  const colon = uri.indexOf(':');
  return colon < 0 ? '' : uri.slice(0, colon).toLowerCase();
}

export class ArgumentFiles {
  /** Matchers per place, for the `argmap.files` they were compiled from. */
  private compiled: { files: string; byPlace: Map<Place, (path: string) => boolean> } | undefined;

  constructor(
    private readonly log: Logger,
    /** The current `argmap.files`. */
    private readonly files: () => readonly string[],
    /** Whether a workspace folder is open. */
    private readonly hasFolders: () => boolean,
  ) {}

  /**
   * Only `file:` Markdown whose name ends in `.arg.md` or that the globs select, and
   * untitled Markdown (which the client only sends when asked to), are analysed.
   */
  isArgument(entry: Entry): boolean {
    const scheme = schemeOf(entry.uri);
    if (scheme === 'untitled') return entry.languageId === 'markdown';
    if (scheme !== 'file' || entry.fsPath === undefined) return false;
    if (!isMarkdownName(entry.fsPath)) return false;
    if (hasArgumentSuffix(entry.fsPath)) return true;
    if (entry.location) return this.matcher('folder')(entry.location.path);
    return this.matcher(this.hasFolders() ? 'outside' : 'no-folder')(entry.fsPath.split(sep).join('/'));
  }

  private matcher(place: Place): (path: string) => boolean {
    const files = this.files();
    const key = JSON.stringify(files);
    if (this.compiled?.files !== key) this.compiled = { files: key, byPlace: new Map() };
    let match = this.compiled.byPlace.get(place);
    if (!match) {
      try {
        const matchers = globsFor(files, place).map((glob) => picomatch(glob, { dot: true }));
        match = (path) => matchers.some((m) => m(path));
      } catch (err) {
        this.log.warn(`argmap.files: ${describeError(err)}`);
        match = () => false;
      }
      this.compiled.byPlace.set(place, match);
    }
    return match;
  }
}
