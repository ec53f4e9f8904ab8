// The Argument view in the Explorer: the argument of the active editor's file as a tree,
// from `argmap/graph`, refreshed while the user types.
import * as vscode from 'vscode';
import type { GraphJson } from '../../server/src/protocol';
import { buildArgumentTree, treeItemParts, type ArgumentItem, type RevealTarget } from './argumentTree';

export const VIEW_ID = 'argmap.argumentView';
export const CONTEXT_KEY = 'argmap.isArgumentFile';
export const REVEAL_COMMAND = 'argmap.revealNode';

/** After a keystroke: long enough to let the server's own delay pass and typing go on. */
const TYPING_DELAY_MS = 400;
/** After new diagnostics: the analysis is done, so the graph is ready. */
const DIAGNOSTICS_DELAY_MS = 30;

export interface GraphSource {
  graph(uri: string): Promise<GraphJson | null>;
  isArgumentDocument(document: vscode.TextDocument): boolean;
  readonly onDidStart: vscode.Event<void>;
  readonly output: vscode.OutputChannel;
}

/** What tests (and other extensions) can read of the view without a UI. */
export interface ArgumentViewApi {
  /** The document shown, if any. */
  readonly uri: vscode.Uri | undefined;
  /** The items shown, as plain data: the roots, each with its children. */
  readonly items: readonly ArgumentItem[];
  /** Follows the active editor and asks the server again; settles when the view shows the answer. */
  refresh(): Promise<void>;
  /** Fires after the items have changed. */
  readonly onDidRefresh: vscode.Event<void>;
  /** The item as VS Code is given it (label, description, icon, tooltip). */
  getTreeItem(item: ArgumentItem): vscode.TreeItem;
}

export class ArgumentView implements vscode.TreeDataProvider<ArgumentItem>, ArgumentViewApi, vscode.Disposable {
  private document: vscode.Uri | undefined;
  private roots: ArgumentItem[] = [];
  private parents = new Map<ArgumentItem, ArgumentItem>();
  private generation = 0;
  private latest: Promise<void> = Promise.resolve();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastError: string | undefined;
  private readonly treeChanged = new vscode.EventEmitter<void>();
  private readonly refreshed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [];
  readonly onDidChangeTreeData = this.treeChanged.event;
  readonly onDidRefresh = this.refreshed.event;

  constructor(private readonly source: GraphSource) {
    this.disposables.push(
      this.treeChanged,
      this.refreshed,
      vscode.window.createTreeView(VIEW_ID, { treeDataProvider: this, showCollapseAll: true }),
      vscode.window.onDidChangeActiveTextEditor((editor) => this.follow(editor)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (this.isShown(event.document.uri) && event.contentChanges.length) this.schedule(TYPING_DELAY_MS);
      }),
      vscode.languages.onDidChangeDiagnostics((event) => {
        if (event.uris.some((uri) => this.isShown(uri))) this.schedule(DIAGNOSTICS_DELAY_MS);
      }),
      source.onDidStart(() => this.follow(vscode.window.activeTextEditor, true)),
    );
    this.follow(vscode.window.activeTextEditor);
  }

  get uri(): vscode.Uri | undefined {
    return this.document;
  }

  get items(): readonly ArgumentItem[] {
    return this.roots;
  }

  refresh(): Promise<void> {
    this.follow(vscode.window.activeTextEditor);
    return this.load();
  }

  // --- TreeDataProvider ------------------------------------------------------

  getChildren(item?: ArgumentItem): ArgumentItem[] {
    return item ? item.children : this.roots;
  }

  getParent(item: ArgumentItem): ArgumentItem | undefined {
    return this.parents.get(item);
  }

  getTreeItem(item: ArgumentItem): vscode.TreeItem {
    const parts = treeItemParts(item);
    const treeItem = new vscode.TreeItem(
      parts.label,
      parts.expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None,
    );
    treeItem.id = item.id;
    treeItem.description = parts.description;
    treeItem.tooltip = parts.tooltip;
    treeItem.iconPath = new vscode.ThemeIcon(parts.icon.id, parts.icon.color ? new vscode.ThemeColor(parts.icon.color) : undefined);
    treeItem.command = { command: REVEAL_COMMAND, title: 'Reveal in Editor', arguments: [item.target] };
    treeItem.contextValue = parts.contextValue;
    treeItem.accessibilityInformation = { label: parts.accessibilityLabel };
    return treeItem;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.disposables.forEach((d) => d.dispose());
  }

  // --- following the editor ----------------------------------------------------

  private isShown(uri: vscode.Uri): boolean {
    return this.document !== undefined && uri.toString() === this.document.toString();
  }

  /** Shows the argument of the editor's document, if it is an argument file. */
  private follow(editor: vscode.TextEditor | undefined, reload = false): void {
    // Focus in the Output panel or a debug console keeps what the view shows.
    if (editor && (editor.document.uri.scheme === 'output' || editor.document.uri.scheme === 'debug')) return;
    const document = editor && this.source.isArgumentDocument(editor.document) ? editor.document.uri : undefined;
    void vscode.commands.executeCommand('setContext', CONTEXT_KEY, document !== undefined);
    if (!reload && document?.toString() === this.document?.toString()) return;
    this.document = document;
    this.schedule(0);
  }

  private schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.load(), delay);
  }

  /** Asks for the graph of the shown document; an answer that a newer request overtook is dropped. */
  private load(): Promise<void> {
    clearTimeout(this.timer);
    const generation = ++this.generation;
    const uri = this.document;
    const run = (async () => {
      let roots: ArgumentItem[] = [];
      if (uri) {
        try {
          const graph = await this.source.graph(uri.toString());
          roots = graph ? buildArgumentTree(graph, uri.toString()) : [];
          this.lastError = undefined;
        } catch (err) {
          // Keep the items shown; say it once, not on every keystroke.
          if (generation !== this.generation) return this.latest;
          const message = err instanceof Error ? err.message : String(err);
          if (message !== this.lastError) {
            this.lastError = message;
            this.source.output.appendLine(`argmap: could not refresh the Argument view: ${message}`);
          }
          return;
        }
      }
      if (generation !== this.generation) return this.latest;
      this.roots = roots;
      this.parents = parentsOf(roots);
      this.treeChanged.fire();
      this.refreshed.fire();
    })();
    this.latest = run;
    return run;
  }
}

function parentsOf(roots: readonly ArgumentItem[]): Map<ArgumentItem, ArgumentItem> {
  const parents = new Map<ArgumentItem, ArgumentItem>();
  const stack = [...roots];
  for (let item = stack.pop(); item; item = stack.pop()) {
    for (const child of item.children) {
      parents.set(child, item);
      stack.push(child);
    }
  }
  return parents;
}

/** Opens the document at the node; for a node of another file, opens that file at the node's id. */
export async function revealNode(source: Pick<GraphSource, 'graph'>, target?: RevealTarget): Promise<void> {
  if (!target || typeof target.uri !== 'string') return;
  let uri = vscode.Uri.parse(target.uri);
  let line = typeof target.line === 'number' ? target.line : 0;
  if (target.external) {
    const hash = target.external.indexOf('#');
    const file = hash < 0 ? target.external : target.external.slice(0, hash);
    const id = hash < 0 ? '' : target.external.slice(hash + 1);
    uri = vscode.Uri.joinPath(uri, '..', safeDecode(file));
    try {
      await vscode.workspace.openTextDocument(uri);
    } catch {
      void vscode.window.showWarningMessage(`argmap: cannot open ${vscode.workspace.asRelativePath(uri)}`);
      return;
    }
    const graph = await source.graph(uri.toString()).catch(() => null);
    line = graph?.nodes.find((n) => n.id === id)?.line ?? 0;
  }
  const position = new vscode.Position(line, 0);
  await vscode.window.showTextDocument(uri, { selection: new vscode.Range(position, position) });
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
