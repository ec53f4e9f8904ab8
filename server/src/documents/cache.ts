// One analysis per document version, computed once and read by every feature. Work for a
// version that an edit has replaced is dropped; a failed analysis is retried once from
// scratch, then the document gets an empty analysis rather than none.
import { emptyAnalysis, type Analysis } from '../model';
import { describeError, type Logger } from '../log';
import type { CrossFileLoads } from './loads';
import type { SlicedParser } from './parsing';
import { modelPath, type DocumentStore, type Entry } from './store';
import { nextTurn } from './turns';

export interface CacheHost {
  readonly log: Logger;
  maxFileSize(): number;
  /** Settles once the client's settings are known; analyses wait for it. */
  ready?(): Promise<void>;
}

interface Computed {
  analysis: Analysis;
  /** The absolute paths of every file the analysis asked for, missing ones included. */
  dependencies: ReadonlySet<string>;
}

export class AnalysisCache {
  constructor(
    private readonly store: DocumentStore,
    private readonly parser: SlicedParser,
    private readonly loads: CrossFileLoads,
    private readonly host: CacheHost,
  ) {}

  /** The analysis of the document's current version (computed once), or undefined for a non-argument document. */
  async analysis(uri: string): Promise<Analysis | undefined> {
    if (this.host.ready) await this.host.ready();
    for (;;) {
      const entry = this.store.get(uri);
      if (!entry || !entry.argument) return undefined;
      if (entry.result && entry.result.generation === entry.generation) return entry.result.analysis;
      if (entry.computing?.generation !== entry.generation) this.start(entry);
      // Then loop: the result is there, or an edit came meanwhile and its version is wanted.
      await entry.computing!.promise;
    }
  }

  private start(entry: Entry): void {
    const generation = entry.generation;
    const store = (computed: Computed) => {
      if (this.store.isOpen(entry) && entry.generation === generation) entry.result = { generation, ...computed };
    };
    const promise = this.compute(entry, generation).then(
      (computed) => {
        if (computed) store(computed);
      },
      (err: unknown) => {
        this.host.log.error(`analysis of ${entry.uri} failed: ${describeError(err)}`);
        store({ analysis: this.fallback(entry), dependencies: new Set() });
      },
    );
    entry.computing = { generation, promise };
    void promise.finally(() => {
      if (entry.computing?.promise === promise) entry.computing = undefined;
    });
  }

  private async compute(entry: Entry, generation: number): Promise<Computed | undefined> {
    const stillWanted = () => this.store.isOpen(entry) && entry.generation === generation;
    const maxFileSize = this.host.maxFileSize();
    // Every file asked for, missing ones included: creating one fixes a reference.
    const reads = new Set<string>();
    const attempt = async (): Promise<Analysis | undefined> => {
      const parsed = await this.parser.parsed(entry, maxFileSize, stillWanted);
      // A turn between the parse's last slice and the analysis; a version replaced meanwhile is not analysed.
      await nextTurn();
      if (!stillWanted()) return undefined;
      return parsed && this.loads.analyze(parsed, modelPath(entry), entry.location, maxFileSize, reads, stillWanted);
    };
    let analysis: Analysis | undefined;
    try {
      analysis = await attempt();
    } catch (err) {
      // The model parses lazily, inside analyze: an incremental parse that failed is
      // retried from scratch before the document is given up on.
      this.host.log.error(`analysing ${entry.uri} failed: ${describeError(err)}`);
      this.parser.forget(entry);
      if (!stillWanted()) return undefined;
      try {
        analysis = await attempt();
      } catch (again) {
        this.host.log.error(`analysing ${entry.uri} from scratch failed too: ${describeError(again)}`);
        this.parser.forget(entry);
        return { analysis: this.fallback(entry), dependencies: new Set() };
      }
    }
    if (!analysis) return undefined;
    return { analysis, dependencies: this.loads.dependencies(analysis, entry.location, reads) };
  }

  private fallback(entry: Entry): Analysis {
    return emptyAnalysis(modelPath(entry), entry.document.lineCount);
  }
}
