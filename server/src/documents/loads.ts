// Cross-file loads: the model reads other files synchronously, through the workspace's
// cache; what it missed is loaded from disk and the model runs again, until nothing is
// missing. Also the analysis of a file that is not open (a hover's target).
import { createGraphCache, type Analysis, type AnalyzeOptions, type ParsedDocument } from '../model';
import { analyzeInTurns } from './analyzing';
import type { InjectFault } from '../faults';
import { describeError, type Logger } from '../log';
import type { WorkspaceFiles } from '../workspace/files';
import type { Location } from '../workspace/paths';
import { parseInSlices } from './parsing';

/** A document re-analysed because of loaded files is analysed at most this many times per version. */
const MAX_LOAD_ROUNDS = 16;

export interface LoadsHost {
  readonly workspace: WorkspaceFiles;
  readonly log: Logger;
  readonly injectFault: InjectFault;
  /** The text of an open buffer at a file-system path (read before the disk). */
  openText(fsPath: string): string | undefined;
  /** The analysis of the open argument document at `fsPath`, or undefined when none is open. */
  openAnalysis(fsPath: string): Promise<Analysis | undefined> | undefined;
}

export class CrossFileLoads {
  /** Other files' graphs, kept across analyses (the model keeps no state of its own). */
  private readonly graphCache = createGraphCache();

  constructor(private readonly host: LoadsHost) {}

  /**
   * Runs the model with a reader over the file cache, loads what it missed and runs it
   * again, until nothing is missing. `reads` collects every file asked for. Returns
   * undefined if `stillWanted` turns false.
   */
  async analyze(
    parsed: ParsedDocument,
    path: string,
    location: Location | undefined,
    maxFileSize: number,
    reads: Set<string>,
    stillWanted: () => boolean,
  ): Promise<Analysis | undefined> {
    const workspace = this.host.workspace;
    const misses = new Set<string>();
    const options: AnalyzeOptions = {
      path,
      readFile: location ? workspace.reader(location.root, this.host.openText, misses, reads) : undefined,
      maxFileSize,
      graphCache: this.graphCache,
    };
    for (let round = 0; ; round++) {
      misses.clear();
      this.host.injectFault('analysis', options.path);
      const analysis = await analyzeInTurns(parsed, options, stillWanted);
      if (!analysis) return undefined;
      if (misses.size === 0 || !location || round >= MAX_LOAD_ROUNDS) return analysis;
      await workspace.load(misses, location.root, maxFileSize);
      if (!stillWanted()) return undefined;
    }
  }

  /** The analysis of another file of the workspace (a reference's target), open or not. */
  async analyzeFile(root: string, relative: string, maxFileSize: number): Promise<Analysis | undefined> {
    const workspace = this.host.workspace;
    const absolute = workspace.resolve(root, relative);
    if (absolute === undefined) return undefined;
    const open = this.host.openAnalysis(absolute);
    if (open) return open;
    let text = this.host.openText(absolute);
    if (text === undefined) {
      await workspace.load([absolute], root, maxFileSize);
      const loaded = workspace.reader(root, this.host.openText, new Set())(relative);
      if (typeof loaded !== 'string') return undefined;
      text = loaded;
    }
    try {
      const parsed = await parseInSlices(text, maxFileSize);
      return await this.analyze(parsed, relative, { root, path: relative }, maxFileSize, new Set(), () => true);
    } catch (err) {
      this.host.log.error(`analysing ${relative} failed: ${describeError(err)}`);
      return undefined;
    }
  }

  /** The absolute paths of an analysis's dependencies (workspace-relative in the model). */
  dependencies(analysis: Analysis, location: Location | undefined, into: Set<string>): Set<string> {
    if (location) {
      for (const relative of analysis.dependencies) {
        const absolute = this.host.workspace.resolve(location.root, relative);
        if (absolute !== undefined) into.add(absolute);
      }
    }
    return into;
  }
}
