// The client: starts the language server on argument files, registers the Argument view and
// the commands, and returns an API that in-editor tests wait on instead of sleeping.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { GraphJson } from '../../server/src/protocol';
import { ArgumentView, REVEAL_COMMAND, revealNode, type ArgumentViewApi } from './argumentView';
import { ArgmapLanguageServer } from './languageServer';
import { MapPanel, SHOW_MAP_COMMAND } from './map/panel';
import { argmapPreview } from './preview/plugin';
import { PreviewStatuses } from './preview/previewStatuses';
import { argumentSelector } from './selector';
import { SHOW_REFERENCES_COMMAND, showReferences } from './showReferences';
import { CONVERT_IDS_COMMAND, convertIdsCommand } from './convertIds';
import { CHECK_WORKSPACE_COMMAND, checkWorkspace } from './checkWorkspace';

export interface ArgmapApi {
  /** The running language client (a new one after each restart). */
  readonly client: LanguageClient | undefined;
  /** Settles when the current client has started. */
  readonly ready: Promise<void>;
  /** `argmap/graph` for a document: its graph, or null when it is not an argument file. */
  getGraph(uri: vscode.Uri | string): Promise<GraphJson | null>;
  readonly argumentView: ArgumentViewApi;
  /** VS Code's Markdown preview calls this (`markdown.markdownItPlugins`) with its markdown-it. */
  extendMarkdownIt<T extends MarkdownIt>(md: T): T;
}

type MarkdownIt = Parameters<typeof argmapPreview>[0];

let server: ArgmapLanguageServer | undefined;

export function activate(context: vscode.ExtensionContext): ArgmapApi {
  const output = vscode.window.createOutputChannel('argmap');
  const languageServer = new ArgmapLanguageServer(context.asAbsolutePath('dist/server.js'), output, context.storageUri);
  server = languageServer;
  // Started before the view exists, so that the view's first request waits for this start.
  void languageServer.restart().catch(() => undefined);
  const view = new ArgumentView(languageServer);
  const map = new MapPanel(context.extensionUri, languageServer);
  const previewStatuses = new PreviewStatuses(languageServer);

  // The selector follows `argmap.files` and the workspace folders: a new selector, a new client.
  const reselect = () => void languageServer.restart(argumentSelector()).catch(() => undefined);

  context.subscriptions.push(
    output,
    view,
    map,
    vscode.commands.registerCommand(SHOW_MAP_COMMAND, () => map.show()),
    previewStatuses,
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration('argmap.files')) reselect();
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(reselect),
    vscode.commands.registerCommand('argmap.refreshArgumentView', () => view.refresh()),
    vscode.commands.registerCommand('argmap.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('argmap.restartServer', () => languageServer.restart()),
    vscode.commands.registerCommand(REVEAL_COMMAND, (target) => revealNode(languageServer, target)),
    vscode.commands.registerCommand(SHOW_REFERENCES_COMMAND, showReferences),
    vscode.commands.registerCommand(CONVERT_IDS_COMMAND, (style?: unknown) => convertIdsCommand(languageServer, style)),
    vscode.commands.registerCommand(CHECK_WORKSPACE_COMMAND, () => checkWorkspace(languageServer)),
  );

  return {
    get client() {
      return languageServer.client;
    },
    get ready() {
      return languageServer.ready;
    },
    getGraph: (uri) => languageServer.graph(typeof uri === 'string' ? uri : uri.toString()),
    argumentView: view,
    extendMarkdownIt(md) {
      argmapPreview(md, {
        argumentDocument: (env) =>
          vscode.workspace.getConfiguration('argmap').get<boolean>('preview.enabled', true) ? previewStatuses.argumentDocument(env) : undefined,
      });
      return md;
    },
  };
}

export async function deactivate(): Promise<void> {
  const stopping = server;
  server = undefined;
  await stopping?.dispose();
}
