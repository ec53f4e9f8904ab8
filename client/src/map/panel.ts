// The map view (map.md "The map view in VS Code"): a webview panel beside the editor that follows the
// active argument file, draws its graph from `argmap/graph` for the latest version (debounced, never a
// stale one), highlights the node under the cursor, reveals a clicked node, exports the SVG, and is
// restored after a reload by its serializer. No retainContextWhenHidden: the page keeps its own state.
import * as vscode from 'vscode';
import { layoutMap, renderSvg, type MapGraph } from '../../../server/src/map';
import type { GraphSource } from '../argumentView';
import { parseFromPage, type ToPage } from './messages';

export const MAP_VIEW_TYPE = 'argmap.map';
export const SHOW_MAP_COMMAND = 'argmap.showMap';
/**
 * TEST HOOK, for the e2e suite only (test/e2e/suite/80-map.test.js): the extension host cannot see
 * into the webview, so this command (not in package.json, hence in no menu or palette) returns what
 * the panel holds and posted, and can hand it a message as if the page had sent it. It reads and
 * injects nothing the page itself could not: an injected message goes through the same allow-list.
 */
export const MAP_TEST_HOOK_COMMAND = 'argmap.test.mapPanel';
/** How many posted messages the test hook keeps. */
const POSTED_KEPT = 50;

export interface MapTestState {
  open: boolean;
  html: string | undefined;
  /** The messages posted to the page, oldest first, and whether the webview took each. */
  posted: { message: ToPage; delivered: boolean }[];
}

/** After a keystroke: the server's own delay, then the graph; typing on restarts the wait. */
const TYPING_DELAY_MS = 250;

export class MapPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private document: vscode.TextDocument | undefined;
  private shown: { uri: string; version: number; graph: MapGraph } | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly posted: MapTestState['posted'] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly source: GraphSource,
  ) {
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor && this.source.isArgumentDocument(editor.document)) this.follow(editor.document, 0);
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === this.document) this.follow(event.document, TYPING_DELAY_MS);
      }),
      vscode.window.onDidChangeTextEditorSelection((event) => {
        if (event.textEditor.document === this.document) this.select(event.selections[0].active.line);
      }),
      vscode.window.registerWebviewPanelSerializer(MAP_VIEW_TYPE, {
        deserializeWebviewPanel: async (panel) => this.adopt(panel),
      }),
      vscode.commands.registerCommand(MAP_TEST_HOOK_COMMAND, (fromPage?: unknown) => this.testHook(fromPage)),
    );
  }

  /** `argmap.showMap`: open (or reveal) the panel beside the editor, on the active argument file. */
  show(): void {
    if (!this.panel) {
      const panel = vscode.window.createWebviewPanel(MAP_VIEW_TYPE, 'Argument Map', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {});
      this.adopt(panel);
    } else this.panel.reveal(vscode.ViewColumn.Beside, true);
    const editor = vscode.window.activeTextEditor;
    if (editor && this.source.isArgumentDocument(editor.document)) this.follow(editor.document, 0);
  }

  /** What tests can read: the document and version last drawn. */
  get drawn(): { uri: string; version: number } | undefined {
    return this.shown && { uri: this.shown.uri, version: this.shown.version };
  }

  private adopt(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    panel.webview.options = { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'dist')] };
    panel.webview.html = this.html(panel.webview);
    panel.webview.onDidReceiveMessage((message) => void this.receive(message));
    panel.onDidDispose(() => {
      this.panel = undefined;
      this.shown = undefined;
    });
    // After a reload the page shows its saved state; the graph follows for the active argument file.
    const editor = vscode.window.activeTextEditor;
    if (editor && this.source.isArgumentDocument(editor.document)) this.follow(editor.document, 0);
  }

  private follow(document: vscode.TextDocument, delay: number): void {
    if (!this.panel) return;
    this.document = document;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(document), delay);
  }

  private async update(document: vscode.TextDocument): Promise<void> {
    const version = document.version;
    const uri = document.uri.toString();
    let graph: MapGraph | null;
    try {
      graph = await this.source.graph(uri);
    } catch (e) {
      this.source.output.appendLine(`map: ${e instanceof Error ? e.message : String(e)}`);
      return;
    }
    // Never draw a stale graph: a newer version (or another document) has its own request coming.
    if (!graph || document !== this.document || document.version !== version || !this.panel) return;
    this.shown = { uri, version, graph };
    this.post({ type: 'graph', uri, version, graph });
  }

  /** The node under the cursor: the last node starting on or before the cursor's line. */
  private select(line: number): void {
    if (!this.shown) return;
    let id: string | null = null;
    for (const node of this.shown.graph.nodes) if (node.line <= line) id = node.id;
    this.post({ type: 'select', uri: this.shown.uri, version: this.shown.version, id });
  }

  private post(message: ToPage): void {
    const webview = this.panel?.webview;
    if (!webview) return;
    void webview.postMessage(message).then((delivered) => {
      this.posted.push({ message, delivered });
      if (this.posted.length > POSTED_KEPT) this.posted.shift();
    });
  }

  /** See MAP_TEST_HOOK_COMMAND. With an argument, handles it as a message from the page first. */
  private async testHook(fromPage?: unknown): Promise<MapTestState> {
    if (fromPage !== undefined) await this.receive(fromPage);
    return { open: !!this.panel, html: this.panel?.webview.html, posted: [...this.posted] };
  }

  private async receive(raw: unknown): Promise<void> {
    const message = parseFromPage(raw);
    if (!message || !this.shown || message.uri !== this.shown.uri) return; // outside the allow-list, or another document
    if (message.type === 'reveal') {
      const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(message.uri));
      const line = Math.min(message.line, document.lineCount - 1);
      const range = document.lineAt(line).range;
      const column = vscode.window.visibleTextEditors.find((e) => e.document === document)?.viewColumn ?? vscode.ViewColumn.One;
      await vscode.window.showTextDocument(document, { viewColumn: column, selection: range });
    } else {
      const target = await vscode.window.showSaveDialog({
        defaultUri: vscode.Uri.parse(message.uri.replace(/\.md$/i, '.svg')),
        filters: { SVG: ['svg'] },
      });
      if (target) await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(renderSvg(layoutMap(this.shown.graph))));
    }
  }

  private html(webview: vscode.Webview): string {
    const nonce = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
    const script = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', 'mapView.js'));
    const csp = `default-src 'none'; img-src ${webview.cspSource}; style-src ${webview.cspSource}; script-src 'nonce-${nonce}';`;
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Argument Map</title>
</head>
<body>
<div id="bar"><button id="fit" title="Fit the map (0)">Fit</button><button id="export">Export SVG…</button></div>
<div id="map" tabindex="0"></div>
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.panel?.dispose();
    this.subscriptions.forEach((s) => s.dispose());
  }
}
