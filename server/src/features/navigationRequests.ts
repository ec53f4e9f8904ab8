// Definition, references, highlights, rename, workspace symbols and code lens wired to a
// connection: each request finds its document's analysis and hands it to its feature file.
import { LSPErrorCodes, ResponseError, type Connection, type ServerCapabilities, type WorkspaceFolder } from 'vscode-languageserver';
import type { Documents } from '../documents';
import type { InjectFault } from '../faults';
import { guardRequest, type Logger } from '../log';
import type { ArgmapSettings } from '../protocol';
import type { WorkspaceFiles } from '../workspace/files';
import { codeLenses } from './codeLens';
import { definition } from './definition';
import { highlights } from './highlights';
import { indexedWorkspace, type IndexView } from './indexedWorkspace';
import { ListedWorkspace, rootsOf } from './listedWorkspace';
import { references } from './references';
import { prepareRename, rename, renameMessages } from './rename';
import type { AnalysedFile, ArgumentWorkspace } from './workspaceFiles';
import { workspaceSymbols } from './workspaceSymbols';

export interface NavigationHost {
  log: Logger;
  documents: Documents;
  workspace: WorkspaceFiles;
  injectFault: InjectFault;
  settings(): ArgmapSettings;
  folders(): WorkspaceFolder[];
  /** The argument files of the workspace; default: the open documents plus each folder listed. */
  argumentWorkspace?: ArgumentWorkspace;
  /** The workspace index, once made: then it answers (indexed so far; rename waits for all). */
  index?: () => IndexView | undefined;
}

const capabilities: ServerCapabilities = {
  definitionProvider: true,
  referencesProvider: true,
  documentHighlightProvider: true,
  renameProvider: { prepareProvider: true },
  workspaceSymbolProvider: true,
  codeLensProvider: { resolveProvider: false },
};

function register(connection: Connection, host: NavigationHost): void {
  const { log, documents } = host;
  const listed = new ListedWorkspace({
    documents,
    workspace: host.workspace,
    roots: () => rootsOf(host.folders().map((f) => f.uri)),
    files: () => host.settings().files,
  });
  const ws =
    host.argumentWorkspace ??
    (host.index ? indexedWorkspace(host.index, listed, () => documents.openArguments().map((d) => d.uri)) : listed);
  const fileOf = async (uri: string): Promise<AnalysedFile | undefined> => {
    const analysis = await documents.analysis(uri);
    if (!analysis) return undefined;
    host.injectFault('navigation', uri);
    return { uri, analysis };
  };

  connection.onDefinition(
    guardRequest(log, 'definition', null, async ({ textDocument, position }) => {
      const file = await fileOf(textDocument.uri);
      return file ? definition(ws, file, position) : null;
    }),
  );
  connection.onReferences(
    guardRequest(log, 'references', null, async ({ textDocument, position, context }) => {
      const file = await fileOf(textDocument.uri);
      return file ? references(ws, file, position, context?.includeDeclaration === true) : null;
    }),
  );
  connection.onDocumentHighlight(
    guardRequest(log, 'documentHighlight', null, async ({ textDocument, position }) => {
      const file = await fileOf(textDocument.uri);
      return file ? highlights(ws, file, position) : null;
    }),
  );
  // A rename that cannot be answered rejects: VS Code then asks its own Markdown rename.
  const refused = new ResponseError(LSPErrorCodes.RequestFailed, renameMessages.nothing);
  connection.onPrepareRename(
    guardRequest(log, 'prepareRename', refused, async ({ textDocument, position }) => {
      const file = await fileOf(textDocument.uri);
      return file ? prepareRename(ws, file, position) : refused;
    }),
  );
  connection.onRenameRequest(
    guardRequest(log, 'rename', refused, async ({ textDocument, position, newName }) => {
      const file = await fileOf(textDocument.uri);
      return file ? rename(ws, file, position, typeof newName === 'string' ? newName : '') : refused;
    }),
  );
  connection.onWorkspaceSymbol(
    guardRequest(log, 'workspaceSymbol', [], (params, token) =>
      workspaceSymbols(ws, typeof params.query === 'string' ? params.query : '', () => token.isCancellationRequested),
    ),
  );
  connection.onCodeLens(
    guardRequest(log, 'codeLens', null, async ({ textDocument }) => {
      if (!host.settings().codeLens.enabled) return [];
      const file = await fileOf(textDocument.uri);
      return file ? codeLenses(ws, file) : null;
    }),
  );
}

export const navigation = { capabilities, register };
