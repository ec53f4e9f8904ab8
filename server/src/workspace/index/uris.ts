// File uris of absolute paths, written as VS Code writes them (so the client matches them
// to its documents, and the index keys agree with the documents' uris).
import { pathToFileURL } from 'node:url';

export function uriOfPath(fsPath: string): string {
  return pathToFileURL(fsPath).href;
}
