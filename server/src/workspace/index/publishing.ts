// Publishing closed files' diagnostics for the index: from a fresh analysis, or from a
// summary without parsing (a file taken from the cache, new severities, the scope going
// to `workspace`); `argmap.checkWorkspace` wants every file. Open documents are
// published by documents/publisher.ts with their version, never from here.
import type { Diagnostic } from 'vscode-languageserver';
import { emptyAnalysis, type Analysis } from '../../model';
import type { FileState } from './fileState';
import { ClosedDiagnostics } from './published';

export interface PublishingHost {
  /** An analysis as LSP diagnostics, under the current severities. */
  diagnostics(uri: string, analysis: Analysis): Diagnostic[];
  send(params: { uri: string; diagnostics: Diagnostic[] }): void;
  isOpen(fsPath: string): boolean;
}

export class IndexPublishing {
  private readonly closed: ClosedDiagnostics;

  constructor(private readonly host: PublishingHost) {
    this.closed = new ClosedDiagnostics({ send: (p) => host.send(p) });
  }

  /** `argmap.diagnostics.scope` is `workspace`. */
  get everything(): boolean {
    return this.closed.everything;
  }

  /** Sets the scope alone (a build starting publishes as it goes). */
  set everything(value: boolean) {
    this.closed.everything = value;
  }

  /** The scope as the settings say; changing it publishes every known file, or clears the unwanted ones. */
  setScope(everything: boolean, files: ReadonlyMap<string, FileState>): void {
    const was = this.closed.everything;
    this.closed.everything = everything;
    if (everything && !was) for (const [fsPath, state] of files) this.fromSummary(fsPath, state);
    if (!everything && was) this.closed.clearUnwanted((p) => this.host.isOpen(p));
  }

  /** New severities: every file published so far goes out again (only a changed list is sent). */
  severitiesChanged(files: ReadonlyMap<string, FileState>): void {
    for (const fsPath of this.closed.sentFiles()) {
      const state = files.get(fsPath);
      if (state) this.fromSummary(fsPath, state);
    }
  }

  /** `argmap.checkWorkspace`: every file is wanted from now on, and what is known of each goes out. */
  checkAll(files: ReadonlyMap<string, FileState>): void {
    for (const fsPath of files.keys()) this.closed.want(fsPath);
    for (const [fsPath, state] of files) this.fromSummary(fsPath, state);
  }

  /** A closed file's diagnostics from its summary, without parsing it. */
  fromSummary(fsPath: string, state: FileState): void {
    const summary = state.summary;
    if (!summary || this.host.isOpen(fsPath)) return;
    this.closed.publish(fsPath, state.uri, () => {
      const standIn = { ...emptyAnalysis(state.relative, summary.lineCount), diagnostics: summary.diagnostics };
      return this.host.diagnostics(state.uri, standIn);
    });
  }

  /** A closed file just analysed. */
  fromAnalysis(fsPath: string, uri: string, analysis: Analysis): void {
    this.closed.publish(fsPath, uri, () => this.host.diagnostics(uri, analysis));
  }

  /** The file vanished or cannot be read: `[]` if anything was sent for it. */
  clear(fsPath: string): void {
    this.closed.clear(fsPath);
  }

  /** The file was opened: its document's publishes take over. */
  opened(fsPath: string): void {
    this.closed.opened(fsPath);
  }
}
