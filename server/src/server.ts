// The language server: the connection, what it offers, and the features wired to the
// documents. Everything argument-specific lives in the model and in features/.
import {
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ProposedFeatures,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type Diagnostic,
  type InitializeResult,
  type WorkspaceFolder,
} from 'vscode-languageserver/node';
import { MarkupKind } from 'vscode-languageserver';
import { Documents } from './documents';
import { injectedFaults, injectFault } from './faults';
import { toLspDiagnostics } from './features/diagnostics';
import { graphOf } from './features/graph';
import { hover, hoverFiles } from './features/hover';
import { documentSymbols, flatSymbols } from './features/symbols';
import { describeError, guardNotification, guardRequest, type Logger } from './log';
import type { Analysis } from './model/types';
import { GraphRequest, SETTINGS_SECTION } from './protocol';
import { Settings } from './settings';
import { fsPathOf, Workspace } from './workspace';

/** How long the first analyses wait for the client's settings before using the defaults. */
const SETTINGS_TIMEOUT_MS = 5000;

const connection = createConnection(ProposedFeatures.all);

const log: Logger = {
  error: (m) => connection.console.error(m),
  warn: (m) => connection.console.warn(m),
  info: (m) => connection.console.info(m),
};

// Bad input must never take the server down: whatever escapes a handler is logged.
process.on('uncaughtException', (err) => log.error(`uncaught: ${describeError(err)}`));
process.on('unhandledRejection', (err) => log.error(`unhandled rejection: ${describeError(err)}`));

let client: ClientCapabilities = {};
let folders: WorkspaceFolder[] = [];
const workspace = new Workspace();

const settings = new Settings({
  pull: () => (client.workspace?.configuration ? connection.workspace.getConfiguration({ section: SETTINGS_SECTION }) : undefined),
});
/** Analyses wait for this: the settings being read, first at start-up, then after each change. */
let settingsLoaded: () => void = () => {};
let settingsPending: Promise<void> = new Promise<void>((resolve) => (settingsLoaded = resolve));

/** What was last sent per document, so that a re-analysis that changes nothing sends nothing. */
const lastPublished = new Map<string, { version: number; diagnostics: Diagnostic[] }>();

/** Whether two diagnostic lists are the same; compared only for a re-analysis of one version (not per keystroke). */
function sameDiagnostics(a: Diagnostic[], b: Diagnostic[]): boolean {
  return a.length === b.length && JSON.stringify(a) === JSON.stringify(b);
}

const documents = new Documents({
  workspace,
  log,
  settings: () => settings.value,
  ready: () => settingsPending,
  publish: (uri: string, version: number, analysis: Analysis) => {
    let diagnostics: Diagnostic[];
    try {
      injectFault('diagnostics', uri);
      diagnostics = toLspDiagnostics(analysis, settings.value.severity);
    } catch (err) {
      // Publishing nothing would leave the previous version's diagnostics, at stale ranges.
      log.error(`diagnostics of ${uri} failed: ${describeError(err)}`);
      diagnostics = [];
    }
    const last = lastPublished.get(uri);
    if (last?.version === version && sameDiagnostics(last.diagnostics, diagnostics)) return;
    lastPublished.set(uri, { version, diagnostics });
    void connection.sendDiagnostics({ uri, version, diagnostics });
  },
  clear: (uri: string) => {
    lastPublished.delete(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  },
});

/** Reads the settings again (pulled, or from a push) and applies what changed. */
function refreshSettings(pushed?: unknown): Promise<void> {
  const refresh = (async () => {
    const previous = settings.value;
    try {
      await settings.refresh(pushed);
    } catch (err) {
      log.warn(`could not read the ${SETTINGS_SECTION} settings, keeping the current ones: ${describeError(err)}`);
    }
    documents.settingsChanged(previous);
  })();
  // A client that never answers must not stop analysis for good.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      log.warn(`no answer to workspace/configuration after ${SETTINGS_TIMEOUT_MS} ms: analysing with the current settings`);
      resolve();
    }, SETTINGS_TIMEOUT_MS);
  });
  const settled = Promise.race([refresh, timeout]).finally(() => clearTimeout(timer));
  settingsPending = settled;
  return settled;
}

connection.onInitialize((params): InitializeResult => {
  client = params.capabilities ?? {};
  folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
  workspace.setFolders(folders.map((f) => f.uri));
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      hoverProvider: true,
      documentSymbolProvider: { label: 'Argument' },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'argmap' },
  };
});

connection.onInitialized(() => {
  if (injectedFaults.length) log.warn(`ARGMAP_FAULT (tests only): ${injectedFaults.join(', ')} will throw on fault* documents`);
  const ws = client.workspace;
  if (ws?.didChangeConfiguration?.dynamicRegistration) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION });
  }
  if (ws?.didChangeWatchedFiles?.dynamicRegistration) {
    void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{md,markdown}' }] });
  }
  if (ws?.workspaceFolders) {
    connection.workspace.onDidChangeWorkspaceFolders(
      guardNotification(log, 'didChangeWorkspaceFolders', (event) => {
        const removed = new Set(event.removed.map((f) => f.uri));
        folders = [...folders.filter((f) => !removed.has(f.uri)), ...event.added];
        workspace.setFolders(folders.map((f) => f.uri));
        documents.foldersChanged();
      }),
    );
  }
  void refreshSettings().finally(() => settingsLoaded());
});

connection.onDidChangeConfiguration(guardNotification(log, 'didChangeConfiguration', (params) => refreshSettings(params?.settings)));

connection.onDidOpenTextDocument(
  guardNotification(log, 'didOpen', ({ textDocument: d }) => documents.open(d.uri, d.languageId, d.version, d.text)),
);
connection.onDidChangeTextDocument(
  guardNotification(log, 'didChange', ({ textDocument: d, contentChanges }) => documents.change(d.uri, d.version, contentChanges)),
);
connection.onDidCloseTextDocument(guardNotification(log, 'didClose', ({ textDocument: d }) => documents.close(d.uri)));
connection.onDidChangeWatchedFiles(
  guardNotification(log, 'didChangeWatchedFiles', ({ changes }) =>
    documents.filesChangedOnDisk(changes.map((c) => fsPathOf(c.uri)).filter((p): p is string => p !== undefined)),
  ),
);

connection.onHover(
  guardRequest(log, 'hover', null, async ({ textDocument, position }, token) => {
    const analysis = await documents.analysis(textDocument.uri);
    if (!analysis || token.isCancellationRequested) return null;
    const others = new Map<string, Analysis>();
    const location = workspace.locate(textDocument.uri);
    if (location) {
      for (const file of hoverFiles(analysis, position)) {
        const other = await documents.analyzeFile(location.root, file);
        if (token.isCancellationRequested) return null;
        if (other) others.set(file, other);
      }
    }
    injectFault('hover', textDocument.uri);
    const formats = client.textDocument?.hover?.contentFormat;
    const markdown = !formats || formats.includes(MarkupKind.Markdown);
    return hover(analysis, position, (path) => others.get(path), markdown);
  }),
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

connection.onRequest(
  GraphRequest.type,
  guardRequest(log, GraphRequest.method, null, async (params) => {
    const analysis = await documents.analysis(params.uri);
    injectFault('graph', params.uri);
    return graphOf(analysis);
  }),
);

connection.listen();
