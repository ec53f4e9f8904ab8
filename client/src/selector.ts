// Which documents are argument files: Markdown on disk matching `argmap.files`, by the rule
// the server and the CLI share (server/src/membership.ts). Untitled documents have no path
// to match, so they are not argument files (save one as `*.arg.md` to map it).
import * as vscode from 'vscode';
import { cleanFiles, globsFor } from '../../server/src/shared/membership';
import { SETTINGS_SECTION } from '../../server/src/protocol';

export interface ArgumentSelector {
  filters: vscode.DocumentFilter[];
  /** Equal keys select the same documents. */
  key: string;
}

/** `argmap.files` for a folder (or the window), with bad entries dropped. */
export function filesSetting(scope?: vscode.Uri): string[] {
  return cleanFiles(vscode.workspace.getConfiguration(SETTINGS_SECTION, scope).get<unknown>('files'));
}

/** One filter per folder and glob, relative to the folder; then the globs that apply outside every folder. */
export function argumentSelector(): ArgumentSelector {
  const filters: vscode.DocumentFilter[] = [];
  const keys: string[] = [];
  const add = (pattern: vscode.GlobPattern, key: string) => {
    filters.push({ language: 'markdown', scheme: 'file', pattern });
    keys.push(key);
  };
  const folders = vscode.workspace.workspaceFolders ?? [];
  for (const folder of folders) {
    for (const glob of globsFor(filesSetting(folder.uri), 'folder')) add(new vscode.RelativePattern(folder, glob), `${folder.uri.toString()} ${glob}`);
  }
  for (const glob of globsFor(filesSetting(), folders.length ? 'outside' : 'no-folder')) add(glob, `* ${glob}`);
  return { filters, key: keys.join('\n') };
}

export function isArgumentDocument(selector: ArgumentSelector, document: vscode.TextDocument): boolean {
  return vscode.languages.match(selector.filters, document) > 0;
}
