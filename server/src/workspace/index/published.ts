// Diagnostics of closed files: published for the files the user asked for
// (`argmap.checkWorkspace`, or every file under `argmap.diagnostics.scope: workspace`),
// kept up to date as they are indexed again, cleared when a file vanishes or cannot be
// read. Open documents are published by documents/publisher.ts with their version.
import type { Diagnostic } from 'vscode-languageserver';

export interface ClosedSender {
  send(params: { uri: string; diagnostics: Diagnostic[] }): void;
}

export class ClosedDiagnostics {
  /** Files whose diagnostics the user asked for (absolute paths), beyond the open ones. */
  private readonly wanted = new Set<string>();
  /** What was last sent per file, so that indexing a file again sends only what changed. */
  private readonly sent = new Map<string, { uri: string; json: string }>();
  /** `argmap.diagnostics.scope` is `workspace`: every file is wanted. */
  everything = false;

  constructor(private readonly sender: ClosedSender) {}

  want(fsPath: string): void {
    this.wanted.add(fsPath);
  }

  isWanted(fsPath: string): boolean {
    return this.everything || this.wanted.has(fsPath);
  }

  /** Publishes a closed file's diagnostics when wanted and changed. */
  publish(fsPath: string, uri: string, diagnostics: () => Diagnostic[]): void {
    if (!this.isWanted(fsPath)) return;
    const list = diagnostics();
    const json = JSON.stringify(list);
    if (this.sent.get(fsPath)?.json === json) return;
    this.sent.set(fsPath, { uri, json });
    this.sender.send({ uri, diagnostics: list });
  }

  /** Publishes `[]` for a file that vanished or cannot be read, if anything was sent for it. */
  clear(fsPath: string): void {
    const last = this.sent.get(fsPath);
    this.wanted.delete(fsPath);
    if (!last) return;
    this.sent.delete(fsPath);
    if (last.json !== '[]') this.sender.send({ uri: last.uri, diagnostics: [] });
  }

  /** The file was opened: the document's own publishes take over, and on close it is sent again. */
  opened(fsPath: string): void {
    this.sent.delete(fsPath);
  }

  /** Clears every published closed file that is no longer wanted (the scope went back to `open`). */
  clearUnwanted(isOpen: (fsPath: string) => boolean): void {
    for (const fsPath of [...this.sent.keys()]) {
      if (!this.isWanted(fsPath) && !isOpen(fsPath)) this.clear(fsPath);
    }
  }

  /** Every file sent, for a republish with new severities (the changed list then goes out). */
  sentFiles(): string[] {
    return [...this.sent.keys()];
  }
}
