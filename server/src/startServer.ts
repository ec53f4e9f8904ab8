// The language server on a given connection: what it offers, its state, and the features
// wired to the documents. `server.ts` hands it the process's connection; tests hand it an
// in-memory one. Everything argument-specific lives in the model and in features/.
import { pathToFileURL } from 'node:url';
import {
  CodeLensRefreshRequest,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  TextDocumentSyncKind,
  WatchKind,
  type ClientCapabilities,
  type Connection,
  type InitializeResult,
  type WorkspaceFolder,
} from 'vscode-languageserver';
import { Documents } from './documents';
import { faultInjector, NO_FAULTS } from './faults';
import { toLspDiagnostics, type DiagnosticPlace } from './features/diagnostics';
import { graphResponse } from './features/graph';
import { convertIdsResponse } from './features/convertIds';
import { hoverInMarkdown, hoverRequest } from './features/hoverRequest';
import { flatSymbols } from './features/symbols';
import { Outlines } from './features/outline';
import { navigation } from './features/navigationRequests';
import { COMPLETION_TRIGGERS } from './features/completion';
import { codeActionRequest, completionRequest, type EditingSources } from './features/editingRequests';
import { CodeActionKind } from 'vscode-languageserver';
import { guardNotification, guardRequest, type Logger } from './log';
import { CheckWorkspaceRequest, ConvertIdsRequest, GraphRequest, SETTINGS_SECTION, type InitializationOptions } from './protocol';
import { ParallelParser } from './pool/parallelParser';
import { SettingsLoader } from './settingsLoader';
import { WorkspaceFiles } from './workspace/files';
import { WorkspaceIndex } from './workspace/index';
import { fsPathOf } from './workspace/paths';

export interface ServerOptions {
  /** How long the first analyses wait for the client's settings before using the defaults. */
  settingsTimeoutMs?: number;
  /** Features to fail on `fault*` documents (tests only; see faults.ts). */
  faults?: readonly string[];
  /** Worker threads that parse large documents' chunks: the worker script and how many (server.ts; none by default). */
  workers?: { script: string; size: number };
}

export interface RunningServer {
  /** Logs to the client's output channel. */
  readonly log: Logger;
  /** Every argument file of the workspace folders (set up once `initialize` has come). */
  readonly index: () => WorkspaceIndex | undefined;
}

/** `argmap.checkWorkspace` answers once indexing is done or after this long (the rest are published as indexed). */
const CHECK_WORKSPACE_WAIT_MS = 20_000;

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
  const parallel = options.workers && options.workers.size > 0 ? new ParallelParser(options.workers.script, options.workers.size, log) : undefined;
  const settings = new SettingsLoader(
    log,
    () => (client.workspace?.configuration ? connection.workspace.getConfiguration({ section: SETTINGS_SECTION }) : undefined),
    options.settingsTimeoutMs,
  );
  /** A diagnostic's related places in other files: their uris in the document's workspace folder. */
  const placeOf = (uri: string): DiagnosticPlace => ({
    uri,
    resolve: (path) => {
      const location = workspace.locate(uri);
      const absolute = location && workspace.resolve(location.root, path);
      return absolute === undefined ? undefined : pathToFileURL(absolute).href;
    },
  });
  const outlines = new Outlines();
  const documents = new Documents({
    workspace,
    log,
    injectFault,
    settings: () => settings.value,
    ready: () => settings.pending,
    diagnostics: (uri, analysis) => {
      injectFault('diagnostics', uri);
      return toLspDiagnostics(analysis, settings.severityFor(workspace.locate(uri)?.root), placeOf(uri));
    },
    send: (params) => void connection.sendDiagnostics(params),
    published: (uri, analysis) => outlines.ahead(uri, analysis, () => documents.isCurrent(uri, analysis)),
    parallel,
  });
  /** Made in `initialize`, which says where the extension keeps its workspace storage. */
  let index: WorkspaceIndex | undefined;
  const folderPaths = () => folders.map((f) => fsPathOf(f.uri)).filter((p): p is string => p !== undefined);
  settings.onChange((previous) => {
    documents.settingsChanged(previous);
    index?.settingsChanged(previous);
    if (previous.codeLens.enabled !== settings.value.codeLens.enabled && client.workspace?.codeLens?.refreshSupport) {
      void connection.sendRequest(CodeLensRefreshRequest.type);
    }
  });
  // An `.argmap.json` changed a folder's severities: everything is checked again, as when folders change.
  settings.onFilesChange(() => documents.foldersChanged());
  const setFolders = () => {
    workspace.setFolders(folders.map((f) => f.uri));
    settings.setFolders(folderPaths());
  };

  connection.onInitialize((params): InitializeResult => {
    client = params.capabilities ?? {};
    folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
    setFolders();
    const storage = (params.initializationOptions as InitializationOptions | undefined)?.storagePath;
    index = new WorkspaceIndex(
      {
        log,
        workspace,
        settings: () => settings.value,
        ready: () => settings.pending,
        openAnalysis: (uri) => documents.analysis(uri),
        analyzeFile: (root, relative) => documents.analyzeFile(root, relative),
        diagnostics: (uri, analysis) => toLspDiagnostics(analysis, settings.severityFor(workspace.locate(uri)?.root), placeOf(uri)),
        send: (p) => void connection.sendDiagnostics(p),
        createProgress: () => connection.window.createWorkDoneProgress(),
        pool: parallel?.pool,
      },
      typeof storage === 'string' && storage !== '' ? storage : undefined,
    );
    index.setFolders(folderPaths());
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
      // Folders too (created or deleted): VS Code reports a folder that appears with its files
      // (a checkout, a copy) as the folder alone, and the index lists it (workspace/index).
      const folders = { globPattern: '**/*', kind: WatchKind.Create | WatchKind.Delete };
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{md,markdown}' }, { globPattern: '**/.argmap.json' }, folders] });
    }
    if (ws?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders(
        guardNotification(log, 'didChangeWorkspaceFolders', (event) => {
          const removed = new Set(event.removed.map((f) => f.uri));
          folders = [...folders.filter((f) => !removed.has(f.uri)), ...event.added];
          setFolders();
          documents.foldersChanged();
          index?.setFolders(folderPaths());
        }),
      );
    }
    settings.start();
  });

  connection.onDidChangeConfiguration(guardNotification(log, 'didChangeConfiguration', (params) => settings.refresh(params?.settings)));

  connection.onDidOpenTextDocument(
    guardNotification(log, 'didOpen', ({ textDocument: d }) => {
      documents.open(d.uri, d.languageId, d.version, d.text);
      index?.opened(d.uri);
    }),
  );
  connection.onDidChangeTextDocument(
    guardNotification(log, 'didChange', ({ textDocument: d, contentChanges }) => {
      documents.change(d.uri, d.version, contentChanges);
      index?.edited(d.uri);
    }),
  );
  connection.onDidCloseTextDocument(
    guardNotification(log, 'didClose', ({ textDocument: d }) => {
      documents.close(d.uri);
      outlines.closed(d.uri);
      index?.closedDocument(d.uri);
    }),
  );
  connection.onDidChangeWatchedFiles(
    guardNotification(log, 'didChangeWatchedFiles', ({ changes }) => {
      const paths = changes.map((c) => fsPathOf(c.uri)).filter((p): p is string => p !== undefined);
      if (paths.some((p) => /[\\/]\.argmap\.json$/.test(p))) settings.readFiles();
      // The documents read Markdown files only; the rest is the folders' watcher's, for the index.
      documents.filesChangedOnDisk(paths.filter((p) => /\.(md|markdown)$/i.test(p) || /[\\/]\.argmap\.json$/.test(p)));
      index?.filesChanged(paths);
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
      // Built once per version, in turns: a 5 MB file's outline is over 100 ms of work, and other requests would wait.
      const symbols = await outlines.request(textDocument.uri, analysis);
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

  navigation.register(connection, { log, documents, workspace, injectFault, settings: () => settings.value, folders: () => folders, index: () => index });
  connection.onRequest(
    ConvertIdsRequest.type,
    guardRequest(log, ConvertIdsRequest.method, null, async (params) => convertIdsResponse(await documents.analysis(params.uri), params)),
  );

  connection.onRequest(
    CheckWorkspaceRequest.type,
    guardRequest(log, CheckWorkspaceRequest.method, { files: 0, complete: false }, (params) => {
      const waitMs = typeof params?.waitMs === 'number' && params.waitMs >= 0 ? Math.min(params.waitMs, CHECK_WORKSPACE_WAIT_MS) : CHECK_WORKSPACE_WAIT_MS;
      return index ? index.checkWorkspace(waitMs) : { files: 0, complete: false };
    }),
  );
  // The cache is written before the process goes (it is otherwise written a second after the index settles).
  // The workers stop too (an idle worker never keeps the process alive, but a busy one would).
  connection.onShutdown(async () => {
    await Promise.all([index?.dispose(), parallel?.close()]);
  });

  return { log, index: () => index };
}
