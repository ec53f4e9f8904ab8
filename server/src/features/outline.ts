// The outline per analysis, so per document version. VS Code asks for a document's symbols
// again and again for one version (the Outline view, breadcrumbs, sticky scroll), and a 1 MB
// file's outline is ~30 ms of work: it is built once and shared. Keyed by the analysis object:
// a newer version has a new analysis, so an older outline is never served for it, and an
// outline goes when its analysis does. A document whose outline the client asked for has it
// built ahead after each publish, while the server is otherwise idle (docs/server.md).
import type { DocumentSymbol } from 'vscode-languageserver';
import type { Analysis } from '../model';
import { inTurns } from '../documents/analyzing';
import { documentSymbolSteps } from './symbols';

export class Outlines {
  private readonly built = new WeakMap<Analysis, Promise<DocumentSymbol[] | undefined>>();
  /** Documents whose outline the client has asked for since they were opened. */
  private readonly asked = new Set<string>();

  constructor(
    /** How an outline is built (tests count the builds). */
    private readonly steps: (analysis: Analysis) => Generator<void, DocumentSymbol[], void> = documentSymbolSteps,
    /** Steps run back to back this long before a turn (undefined: inTurns' own). */
    private readonly stepMs?: number,
  ) {}

  /** The outline of `analysis` (the current version of `uri`), built once. */
  async request(uri: string, analysis: Analysis): Promise<DocumentSymbol[]> {
    this.asked.add(uri);
    // Undefined only when this joined a build ahead that a newer version stopped: built again, whole.
    return (await this.build(analysis, () => true)) ?? (await this.build(analysis, () => true, true)) ?? [];
  }

  /**
   * `analysis` was published for `uri`: if the client shows that document's outline, it is
   * built now, in turns, and dropped at the first turn after `current()` stops being true.
   */
  ahead(uri: string, analysis: Analysis, current: () => boolean): void {
    if (this.asked.has(uri)) void this.build(analysis, current).catch(() => undefined);
  }

  /** The document was closed: no outline is built ahead for it until it is asked for again. */
  closed(uri: string): void {
    this.asked.delete(uri);
  }

  /** The outline of `analysis` (undefined if stopped), shared with a build under way or done unless `afresh`. */
  private build(analysis: Analysis, stillWanted: () => boolean, afresh = false): Promise<DocumentSymbol[] | undefined> {
    const known = this.built.get(analysis);
    if (known && !afresh) return known;
    // A failed build is not kept: the next request tries again (a stopped one is built afresh by the request).
    const promise = inTurns(this.steps(analysis), stillWanted, this.stepMs).catch((err: unknown) => {
      this.built.delete(analysis);
      throw err;
    });
    this.built.set(analysis, promise);
    return promise;
  }
}
