// The language server on a given connection: what it offers, its state, and the features
// wired to the documents. `server.ts` hands it the process's connection; tests hand it an
// in-memory one. Everything argument-specific lives in the model and in features/.
import {
  CodeLensRefreshRequest,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type Connection,
  type InitializeResult,
  type WorkspaceFolder,
} from 'vscode-languageserver';
import { Documents } from './documents';
import { faultInjector, NO_FAULTS } from './faults';
import { toLspDiagnostics } from './features/diagnostics';
import { graphResponse } from './features/graph';
import { convertIdsResponse } from './features/convertIds';
import { hoverInMarkdown, hoverRequest } from './features/hoverRequest';
import { documentSymbols, flatSymbols } from './features/symbols';
import { navigation } from './features/navigationRequests';
import { COMPLETION_TRIGGERS } from './features/completion';
import { codeActionRequest, completionRequest, type EditingSources } from './features/editingRequests';
import { CodeActionKind } from 'vscode-languageserver';
import { guardNotification, guardRequest, type Logger } from './log';
import { ConvertIdsRequest, GraphRequest, SETTINGS_SECTION } from './protocol';
import { SettingsLoader } from './settingsLoader';
import { WorkspaceFiles } from './workspace/files';
import { fsPathOf } from './workspace/paths';

export interface ServerOptions {
  /** How long the first analyses wait for the client's settings before using the defaults. */
  settingsTimeoutMs?: number;
  /** Features to fail on `fault*` documents (tests only; see faults.ts). */
  faults?: readonly string[];
}

export interface RunningServer {
  /** Logs to the client's output channel. */
  readonly log: Logger;
}

/** Wires `connection` to the features; the caller then calls `connection.listen()`. */
export function startServer(connection: Connection, options: ServerOptions = {}): RunningServer {
  const log: Logger = {
    error: (m) => connection.console.error(m),
    warn: (m) => connection.console.warn(m),
    info: (m) => connection.console.info(m),
  };
  const faults = options.faults ?? [];
  const injectFault = faults.length ? faultInjector(faults) : NO_FAULTS;
  let client: ClientCapabilities = {};
  let folders: WorkspaceFolder[] = [];
  const workspace = new WorkspaceFiles();
  const settings = new SettingsLoader(
    log,
    () => (client.workspace?.configuration ? connection.workspace.getConfiguration({ section: SETTINGS_SECTION }) : undefined),
    options.settingsTimeoutMs,
  );
  const documents = new Documents({
    workspace,
    log,
    injectFault,
    settings: () => settings.value,
    ready: () => settings.pending,
    diagnostics: (uri, analysis) => {
      injectFault('diagnostics', uri);
      return toLspDiagnostics(analysis, settings.severityFor(workspace.locate(uri)?.root));
    },
    send: (params) => void connection.sendDiagnostics(params),
  });
  settings.onChange((previous) => {
    documents.settingsChanged(previous);
    if (previous.codeLens.enabled !== settings.value.codeLens.enabled && client.workspace?.codeLens?.refreshSupport) {
      void connection.sendRequest(CodeLensRefreshRequest.type);
    }
  });
  // An `.argmap.json` changed a folder's severities: everything is checked again, as when folders change.
  settings.onFilesChange(() => documents.foldersChanged());
  const setFolders = () => {
    workspace.setFolders(folders.map((f) => f.uri));
    settings.setFolders(folders.map((f) => fsPathOf(f.uri)).filter((p): p is string => p !== undefined));
  };

  connection.onInitialize((params): InitializeResult => {
    client = params.capabilities ?? {};
    folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
    setFolders();
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        documentSymbolProvider: { label: 'Argument' },
        ...navigation.capabilities,
        completionProvider: { triggerCharacters: COMPLETION_TRIGGERS },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'argmap' },
    };
  });

  connection.onInitialized(() => {
    if (faults.length) log.warn(`ARGMAP_FAULT (tests only): ${faults.join(', ')} will throw on fault* documents`);
    const ws = client.workspace;
    if (ws?.didChangeConfiguration?.dynamicRegistration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION });
    }
    if (ws?.didChangeWatchedFiles?.dynamicRegistration) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{md,markdown}' }, { globPattern: '**/.argmap.json' }] });
    }
    if (ws?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(
        guardNotification(log, 'didChangeWorkspaceFolders', (event) => {
          const removed = new Set(event.removed.map((f) => f.uri));
          folders = [...folders.filter((f) => !removed.has(f.uri)), ...event.added];
          setFolders();
          documents.foldersChanged();
        }),
      );
    }
    settings.start();
  });

  connection.onDidChangeConfiguration(guardNotification(log, 'didChangeConfiguration', (params) => settings.refresh(params?.settings)));

  connection.onDidOpenTextDocument(
    guardNotification(log, 'didOpen', ({ textDocument: d }) => documents.open(d.uri, d.languageId, d.version, d.text)),
  );
  connection.onDidChangeTextDocument(
    guardNotification(log, 'didChange', ({ textDocument: d, contentChanges }) => documents.change(d.uri, d.version, contentChanges)),
  );
  connection.onDidCloseTextDocument(guardNotification(log, 'didClose', ({ textDocument: d }) => documents.close(d.uri)));
  connection.onDidChangeWatchedFiles(
    guardNotification(log, 'didChangeWatchedFiles', ({ changes }) => {
      const paths = changes.map((c) => fsPathOf(c.uri)).filter((p): p is string => p !== undefined);
      if (paths.some((p) => /[\\/]\.argmap\.json$/.test(p))) settings.readFiles();
      documents.filesChangedOnDisk(paths);
    }),
  );

  const hoverSources = {
    analysis: (uri: string) => documents.analysis(uri),
    locate: (uri: string) => workspace.locate(uri),
    analyzeFile: (root: string, relative: string) => documents.analyzeFile(root, relative),
    injectFault,
  };
  connection.onHover(
    guardRequest(log, 'hover', null, ({ textDocument, position }, token) =>
      hoverRequest(hoverSources, textDocument.uri, position, token, hoverInMarkdown(client)),
    ),
  );

  connection.onDocumentSymbol(
    guardRequest(log, 'documentSymbol', null, async ({ textDocument }) => {
      const analysis = await documents.analysis(textDocument.uri);
      if (!analysis) return null;
      injectFault('symbols', textDocument.uri);
      const symbols = documentSymbols(analysis);
      return client.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport ? symbols : flatSymbols(symbols, textDocument.uri);
    }),
  );

  const editing: EditingSources = {
    snapshot: (uri, stale) => documents.snapshot(uri, stale),
    locate: (uri) => workspace.locate(uri),
    analyzeFile: (root, relative) => documents.analyzeFile(root, relative),
    idStyle: (uri) => settings.idStyleFor(workspace.locate(uri)?.root),
    documentChanges: () => client.workspace?.workspaceEdit?.documentChanges === true,
  };
  connection.onCompletion(
    guardRequest(log, 'completion', null, ({ textDocument, position }, token) => completionRequest(editing, textDocument.uri, position, token)),
  );
  connection.onCodeAction(guardRequest(log, 'codeAction', null, (params, token) => codeActionRequest(editing, params, token)));

  connection.onRequest(
    GraphRequest.type,
    guardRequest(log, GraphRequest.method, null, async (params) => {
      const analysis = await documents.analysis(params.uri);
      injectFault('graph', params.uri);
      return graphResponse(analysis);
    }),
  );

  navigation.register(connection, { log, documents, workspace, injectFault, settings: () => settings.value, folders: () => folders });
  connection.onRequest(
    ConvertIdsRequest.type,
    guardRequest(log, ConvertIdsRequest.method, null, async (params) => convertIdsResponse(await documents.analysis(params.uri), params)),
  );

  return { log };
}
