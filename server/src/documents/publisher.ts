// Publishing diagnostics: debounced after an edit, for the version analysed, at most once
// per version and severity settings, and never the same list twice for one version.
import type { Diagnostic } from 'vscode-languageserver';
import type { Analysis } from '../model';
import { describeError, type Logger } from '../log';
import type { Entry } from './store';
import { nextTurn } from './turns';

export interface PublisherHost {
  readonly log: Logger;
  /** The analysis of the document's current version (undefined when it is not an argument file). */
  analysis(uri: string): Promise<Analysis | undefined>;
  /** The document's entry while it is open. */
  entry(uri: string): Entry | undefined;
  /** The analysis as LSP diagnostics, under the current severity settings. */
  diagnostics(uri: string, analysis: Analysis): Diagnostic[];
  send(params: { uri: string; version?: number; diagnostics: Diagnostic[] }): void;
  /** After a version's diagnostics went out (or were already out unchanged): work that may follow it. */
  published?(uri: string, analysis: Analysis): void;
}

/**
 * Whether two diagnostic lists are the same; compared only for a re-analysis of one version
 * (not per keystroke). Most are the same objects (features/diagnostics.ts keeps them): only
 * the others are stringified.
 */
function sameDiagnostics(a: Diagnostic[], b: Diagnostic[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i] && JSON.stringify(a[i]) !== JSON.stringify(b[i])) return false;
  }
  return true;
}

export class Publisher {
  /** Bumped when severities change: every document is published again, analysis unchanged. */
  private epoch = 0;
  /** What was last sent per document, so that a re-analysis that changes nothing sends nothing. */
  private readonly lastSent = new Map<string, { version: number; diagnostics: Diagnostic[] }>();

  constructor(private readonly host: PublisherHost) {}

  /** Publishes the document after `delay` ms (at once for 0), replacing a publish already scheduled. */
  schedule(entry: Entry, delay: number): void {
    this.cancel(entry);
    if (delay <= 0) {
      void this.validate(entry.uri);
    } else {
      entry.timer = setTimeout(() => {
        entry.timer = undefined;
        void this.validate(entry.uri);
      }, delay);
    }
  }

  cancel(entry: Entry): void {
    clearTimeout(entry.timer);
    entry.timer = undefined;
  }

  /** Severities changed: the next publish of every document goes out even for the same analysis. */
  severitiesChanged(): void {
    this.epoch++;
  }

  /** Analyses the current version and publishes it, unless an edit supersedes it first or it is already out. */
  async validate(uri: string): Promise<void> {
    try {
      const analysis = await this.host.analysis(uri);
      // A turn between the analysis and turning it into LSP diagnostics (both long on a big document).
      if (analysis) await nextTurn();
      const entry = this.host.entry(uri);
      if (!analysis || !entry || !entry.argument || entry.result?.analysis !== analysis) return;
      if (entry.result.generation !== entry.generation) return;
      if (entry.published?.generation === entry.generation && entry.published.epoch === this.epoch) return;
      entry.published = { generation: entry.generation, epoch: this.epoch };
      this.send(uri, entry.document.version, analysis);
      this.host.published?.(uri, analysis);
    } catch (err) {
      this.host.log.error(`validating ${uri} failed: ${describeError(err)}`);
    }
  }

  /** The document is no longer analysed: its diagnostics go. */
  clear(entry: Entry): void {
    entry.published = undefined;
    this.lastSent.delete(entry.uri);
    this.host.send({ uri: entry.uri, diagnostics: [] });
  }

  private send(uri: string, version: number, analysis: Analysis): void {
    let diagnostics: Diagnostic[];
    try {
      diagnostics = this.host.diagnostics(uri, analysis);
    } catch (err) {
      // Publishing nothing would leave the previous version's diagnostics, at stale ranges.
      this.host.log.error(`diagnostics of ${uri} failed: ${describeError(err)}`);
      diagnostics = [];
    }
    const last = this.lastSent.get(uri);
    if (last?.version === version && sameDiagnostics(last.diagnostics, diagnostics)) return;
    this.lastSent.set(uri, { version, diagnostics });
    this.host.send({ uri, version, diagnostics });
  }
}
