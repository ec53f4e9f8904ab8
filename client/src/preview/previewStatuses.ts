// Feeds the preview plugin, which must answer synchronously while markdown-it renders: a cache of
// status words per document, filled from the server's `argmap/graph`. A render that finds no
// entry for the document's current version shows tags without status, asks the server, and the
// previews are refreshed when the answer is in. A change to the document, or new diagnostics for
// it (the server re-analyses a file when a file it references changes), asks again.
import * as vscode from 'vscode';
import type { GraphJson } from '../../../server/src/protocol';
import type { PreviewDocument } from './plugin';
import { statusWords, type StatusWords } from './status';

export interface StatusSource {
  graph(uri: string): Promise<GraphJson | null>;
  isArgumentDocument(document: vscode.TextDocument): boolean;
  readonly onDidStart: vscode.Event<void>;
}

interface Entry {
  /** The document version the statuses are for (undefined: not open, read from disk). */
  version: number | undefined;
  statuses: StatusWords | undefined;
  /** JSON of the last graph, to refresh previews only when something changed. */
  key: string;
  pending: boolean;
}

/** Previews rarely show more documents than this; older entries are dropped. */
const MAX_ENTRIES = 50;
/** After a keystroke: let the server's own delay pass before asking. */
const TYPING_DELAY_MS = 300;

export class PreviewStatuses implements vscode.Disposable {
  private readonly entries = new Map<string, Entry>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly disposables: vscode.Disposable[] = [];
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly source: StatusSource) {
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length && this.entries.has(e.document.uri.toString())) this.schedule(e.document.uri.toString(), TYPING_DELAY_MS);
      }),
      vscode.languages.onDidChangeDiagnostics((e) => {
        for (const uri of e.uris) if (this.entries.has(uri.toString())) this.schedule(uri.toString(), 0);
      }),
      source.onDidStart(() => {
        for (const uri of this.entries.keys()) this.schedule(uri, 0);
      }),
    );
  }

  /** For the plugin: the document of a render's `env`, when it is an argument file. */
  argumentDocument(env: unknown): PreviewDocument | undefined {
    const uri = (env as { currentDocument?: unknown } | undefined)?.currentDocument;
    if (!(uri instanceof vscode.Uri)) return undefined;
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    const candidate = document ?? ({ uri, languageId: 'markdown' } as vscode.TextDocument);
    if (!this.source.isArgumentDocument(candidate)) return undefined;
    const key = uri.toString();
    const entry = this.entries.get(key);
    if (!entry || (document && entry.version !== document.version)) {
      this.schedule(key, 0);
      return { statuses: undefined };
    }
    return { statuses: entry.statuses };
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
    vscode.Disposable.from(...this.disposables).dispose();
  }

  private schedule(uri: string, delay: number): void {
    clearTimeout(this.timers.get(uri));
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        void this.load(uri);
      }, delay),
    );
  }

  private async load(uri: string): Promise<void> {
    const current = this.entries.get(uri);
    if (current?.pending) return this.schedule(uri, TYPING_DELAY_MS);
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
    const version = document?.version;
    const entry: Entry = current ?? { version: undefined, statuses: undefined, key: '', pending: false };
    entry.pending = true;
    this.remember(uri, entry);
    let graph: GraphJson | null = null;
    try {
      graph = await this.source.graph(uri);
    } catch {
      graph = null; // The server is restarting or the file is gone: keep what we had.
    } finally {
      entry.pending = false;
    }
    const key = JSON.stringify(graph);
    const changed = key !== entry.key || entry.version !== version;
    entry.version = version;
    entry.key = key;
    entry.statuses = graph ? statusWords(graph) : undefined;
    if (changed) this.refreshPreviews();
  }

  private remember(uri: string, entry: Entry): void {
    this.entries.delete(uri);
    this.entries.set(uri, entry);
    while (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
  }

  /** One refresh for a burst of answers. */
  private refreshPreviews(): void {
    if (this.refreshTimer) return;
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = undefined;
      void vscode.commands.executeCommand('markdown.preview.refresh').then(undefined, () => undefined);
    }, 50);
  }
}
