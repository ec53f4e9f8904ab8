// `textDocument/completion` and `textDocument/codeAction` end to end: the document's text
// and analysis of one version, the other files a request names (loaded first, as the
// features themselves are synchronous about them), then the feature.
import type { CancellationToken, CodeAction, CodeActionParams, CompletionItem, Position } from 'vscode-languageserver';
import { dirname, joinPath, type Analysis, type IdStyle } from '../model';
import type { Location } from '../workspace/paths';
import { codeActions, type Snapshot } from './codeActions';
import { completion } from './completion';

export interface EditingSources {
  /** The current version's text and analysis; `stale`: the last analysis made, without waiting for the current one. */
  snapshot(uri: string, stale: boolean): Promise<Snapshot | undefined>;
  locate(uri: string): Location | undefined;
  analyzeFile(root: string, relative: string): Promise<Analysis | undefined>;
  /** `argmap.ids.style` for the document (VS Code's setting, else its folder's `.argmap.json`). */
  idStyle(uri: string): IdStyle;
  /** Whether the client takes versioned `documentChanges`. */
  documentChanges(): boolean;
}

/** Another file by the path a link in `uri` writes. */
function otherFile(sources: EditingSources, uri: string, written: string): Promise<Analysis | undefined> {
  const location = sources.locate(uri);
  if (!location) return Promise.resolve(undefined);
  let decoded = written.split('?')[0];
  try {
    decoded = decodeURIComponent(decoded);
  } catch {
    // As written.
  }
  return sources.analyzeFile(location.root, joinPath(dirname(location.path), decoded));
}

export async function completionRequest(sources: EditingSources, uri: string, position: Position, token: CancellationToken): Promise<CompletionItem[] | null> {
  // Completion never waits for the analysis of a version typed since: the text tells the context.
  const snapshot = await sources.snapshot(uri, true);
  if (!snapshot || token.isCancellationRequested) return null;
  return completion(snapshot, position, (written) => otherFile(sources, uri, written));
}

export async function codeActionRequest(sources: EditingSources, params: CodeActionParams, token: CancellationToken): Promise<CodeAction[] | null> {
  const uri = params.textDocument.uri;
  const snapshot = await sources.snapshot(uri, false);
  if (!snapshot || token.isCancellationRequested) return null;
  // The ids of the other files that broken links point into, for "Change to #y".
  const ids = new Map<string, string[]>();
  const location = sources.locate(uri);
  if (location && params.context.diagnostics?.some((d) => d.code === 'broken-reference')) {
    const files = new Set<string>();
    for (const [link, res] of snapshot.analysis.links) if (res.error !== undefined && link.file !== undefined) files.add(link.file);
    for (const file of files) {
      const other = await sources.analyzeFile(location.root, file);
      if (token.isCancellationRequested) return null;
      if (other) ids.set(file, other.nodes.filter((n) => n.explicitId).map((n) => n.id));
    }
  }
  return codeActions(snapshot, params, {
    idStyle: sources.idStyle(uri),
    documentChanges: sources.documentChanges(),
    idsOf: (file) => ids.get(file),
  });
}
